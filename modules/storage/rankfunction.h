// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace aw::storage {

// Registers the FTS5 ranking function aw_rank on one connection:
//   aw_rank(search_text, <one weight per column>…, 'idf idf …')
// It is Okapi BM25 as FTS5's bm25() computes it (k1 = 1.2, b = 0.75; higher is better), except that
// the caller supplies each phrase's inverse document frequency, as text ("n*idf" for n phrases of
// the same weight: a prefix expanded into hundreds of words is more phrases than SQL takes
// arguments). bm25() counts the rows of every
// phrase itself, reading the whole of its doclist: for a word in most documents that costs more
// than the search (45 ms against 1.4 ms at a million documents, 168 ms against 3 ms for a phrase).
// A phrase without a frequency given weighs 1.
bool registerRankFunction(sqlite3 *handle);

}  // namespace aw::storage
