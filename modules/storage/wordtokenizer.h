// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace aw::storage {

// Registers the FTS5 tokenizer `aktenwerk` on one connection; the search index (search_text) is
// made with it, so every connection that writes case files, proceedings or documents needs it.
// It splits and folds words as Analyzer does and indexes each word's German stem, marked with a
// leading "~", at the word's position; the word itself is indexed too where it differs from its
// stem, for prefix searches. Queries look up stems, so "Anträge" finds "Antrag"; a prefix ("Wohng*")
// looks up both words and stems that start with it.
bool registerWordTokenizer(sqlite3 *handle);

}  // namespace aw::storage
