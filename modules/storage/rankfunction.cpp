// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/rankfunction.h"

#include "storage/wordtokenizer.h"

#include <QByteArray>
#include <QByteArrayList>
#include <sqlite3.h>

#include <algorithm>
#include <cstddef>
#include <new>
#include <vector>

namespace aw::storage {

namespace {

constexpr double K1 = 1.2;
constexpr double B = 0.75;

// What stays the same for every row of a statement: the average row length, and the phrases'
// inverse document frequencies.
struct Constants
{
    double averageLength = 0;
    std::vector<double> idf;
};

// "idf idf …", where "n*idf" stands for n phrases of the same weight.
std::vector<double> parseIdf(const char *text)
{
    std::vector<double> out;
    const QByteArrayList parts = QByteArray(text ? text : "").split(' ');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype star = part.indexOf('*');
        const int times = star < 0 ? 1 : std::clamp(part.left(star).toInt(), 0, 100000);
        const double value = (star < 0 ? part : part.mid(star + 1)).toDouble();
        out.insert(out.end(), std::size_t(times), value);
    }
    return out;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    auto *constants = static_cast<Constants *>(api->xGetAuxdata(fts, 0));
    if (!constants) {
        sqlite3_int64 rows = 0, tokens = 0;
        int rc = api->xRowCount(fts, &rows);
        if (rc == SQLITE_OK)
            rc = api->xColumnTotalSize(fts, -1, &tokens);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        constants = new (std::nothrow) Constants;
        if (!constants ||
            api->xSetAuxdata(fts, constants, [](void *p) { delete static_cast<Constants *>(p); }) != SQLITE_OK) {
            sqlite3_result_error_nomem(context);
            return;
        }
        constants->averageLength = rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0;
        if (argc > columns)
            constants->idf = parseIdf(reinterpret_cast<const char *>(sqlite3_value_text(argv[columns])));
    }
    const auto weight = [&](int column) { return column < argc ? sqlite3_value_double(argv[column]) : 1.0; };
    const auto idf = [&](int phrase) {
        return std::size_t(phrase) < constants->idf.size() ? constants->idf[std::size_t(phrase)] : 1.0;
    };

    // Weighted occurrences of each phrase in this row.
    std::vector<double> frequency(std::size_t(phrases), 0.0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < phrases)
            frequency[std::size_t(phrase)] += weight(column);
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double norm = K1 * (1 - B + B * double(length) / constants->averageLength);
    double score = 0;
    for (int p = 0; p < phrases; ++p) {
        const double f = frequency[std::size_t(p)];
        score += idf(p) * (f * (K1 + 1)) / (f + norm);
    }
    sqlite3_result_double(context, score);
}

}  // namespace

bool registerRankFunction(sqlite3 *handle)
{
    fts5_api *api = handle ? fts5Api(handle) : nullptr;
    if (!api || api->iVersion < 2)
        return false;
    return api->xCreateFunction(api, "aw_rank", nullptr, rank, nullptr) == SQLITE_OK;
}

}  // namespace aw::storage
