// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace aw::storage {

// Teaches one SQLite connection to order and match text the way people read it:
// - the collation `aw_text` compares by the locale, ignoring case, numbers by value
//   ("Anlage 9" before "Anlage 10", "Änderung" beside "Anderung", not after "Z");
// - the function `aw_fold(text)` folds case for matching beyond ASCII (`ÄNDERUNG` finds
//   `Änderung`), as LIKE does only for ASCII.
// Each connection gets its own collator (connections are used by one thread at a time).
bool registerTextFunctions(sqlite3 *handle);

}  // namespace aw::storage
