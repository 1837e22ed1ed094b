// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;
struct fts5_api;

namespace aw::storage {

// Registers the FTS5 tokenizer `aktenwerk` on one connection; the search index (search_text) is
// made with it, so every connection that writes case files, proceedings or documents needs it.
// It splits and folds words as Analyzer does and indexes each word's German stem, marked with a
// leading "~", at the word's position; the word itself is indexed too where it differs from its
// stem, for prefix searches. Queries look up stems, so "Anträge" finds "Antrag"; a prefix ("Wohng*")
// looks up both words and stems that start with it. A query string that starts with "\x01" is one
// term of the index as it is stored (e.g. "\x01~antrag"), for prefixes expanded into their terms.
bool registerWordTokenizer(sqlite3 *handle);

// The connection's FTS5 interface, for registering tokenizers and functions; null without FTS5.
fts5_api *fts5Api(sqlite3 *handle);

}  // namespace aw::storage
