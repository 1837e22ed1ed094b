// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace aw::test {

// The schema version before the text was kept once (0012_search_text_once.sql).
constexpr int OlderSchema = 11;

// Writes a store at `path` as schema 11 left it, the way that version wrote it: the migrations up
// to 11, then by SQL a unit (KZS), a file-plan entry, case file c-1 ("Wohngeld Herr Demir",
// 51.10-1/2025) with proceeding p-1 ("Erstantrag") and documents d-1 ("Mietbescheinigung der
// Hausverwaltung liegt bei") and d-2 ("Der Wohngeldbescheid ergeht unter Vorbehalt"), their text
// in text_index (with its key) and in search_text. Returns what went wrong, or nothing.
QString writeOlderStore(const QString &path);

}  // namespace aw::test
