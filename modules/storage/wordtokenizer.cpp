// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/wordtokenizer.h"

#include "storage/analyzer.h"

#include <sqlite3.h>

#include <new>
#include <string>

namespace aw::storage {

namespace {

constexpr char StemMark = '~';
constexpr char TermMark = '\x01';

struct Tokenizer
{
    Analyzer analyzer;
    std::string term;
};

int create(void *, const char **, int argc, Fts5Tokenizer **out)
{
    if (argc != 0)
        return SQLITE_ERROR;
    auto *t = new (std::nothrow) Tokenizer;
    if (!t)
        return SQLITE_NOMEM;
    *out = reinterpret_cast<Fts5Tokenizer *>(t);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Tokenizer *>(tokenizer);
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
             int (*token)(void *, int, const char *, int, int, int))
{
    auto *t = reinterpret_cast<Tokenizer *>(tokenizer);
    const bool query = flags & FTS5_TOKENIZE_QUERY;
    const bool prefix = flags & FTS5_TOKENIZE_PREFIX;
    if (query && !prefix && size > 1 && text[0] == TermMark)  // one term of the index, as it is stored
        return token(context, 0, text + 1, size - 1, 0, size);
    int rc = SQLITE_OK;
    t->analyzer.forEachWord(text, size, [&](std::string_view word, int start, int end) {
        if (rc != SQLITE_OK)
            return;
        if (query && prefix) {
            // Words that start so, and stems that do (a word equal to its stem is indexed as the stem only).
            rc = token(context, 0, word.data(), int(word.size()), start, end);
            if (rc == SQLITE_OK) {
                t->term.assign(1, StemMark).append(word);
                rc = token(context, FTS5_TOKEN_COLOCATED, t->term.data(), int(t->term.size()), start, end);
            }
            return;
        }
        t->term.assign(1, StemMark);
        if (!t->analyzer.appendStem(word, t->term)) {  // numbers: as they are
            rc = token(context, 0, word.data(), int(word.size()), start, end);
            return;
        }
        rc = token(context, 0, t->term.data(), int(t->term.size()), start, end);
        if (rc == SQLITE_OK && !query && std::string_view(t->term).substr(1) != word)
            rc = token(context, FTS5_TOKEN_COLOCATED, word.data(), int(word.size()), start, end);
    });
    return rc;
}

}  // namespace

fts5_api *fts5Api(sqlite3 *handle)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

bool registerWordTokenizer(sqlite3 *handle)
{
    fts5_api *api = handle ? fts5Api(handle) : nullptr;
    if (!api || api->iVersion < 2)
        return false;
    fts5_tokenizer tokenizer{create, destroy, tokenize};
    return api->xCreateTokenizer(api, "aktenwerk", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

}  // namespace aw::storage
