// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchindex.h"

#include "storage/sql.h"
#include "storage/store.h"

#include <algorithm>
#include <optional>

namespace aw::search {

using storage::exec;
using storage::scalar;

namespace {

// The words of each object, as the triggers keep them in search_content.
const char *const indexBatch = "INSERT INTO search_text (rowid, title, subject, reference, body) "
                               "SELECT id, title, subject, reference, body FROM search_content "
                               "WHERE id > ? AND id <= ? ORDER BY id";

// FTS5's defaults.
constexpr int DefaultAutomerge = 4;
constexpr int DefaultCrisismerge = 16;

}  // namespace

SearchIndex::SearchIndex(std::shared_ptr<storage::Store> store)
    : m_store(std::move(store))
{}

// For a long batch run: FTS5 merges fewer, larger groups of the batches' segments (64 at a time
// instead of 4, so each posting is written about twice instead of five times at a million documents;
// the run ends with a full merge anyway), and the connection keeps more pages of the index it is
// merging. Put back as they were when the run ends, however it ends.
SearchIndex::BatchRun::BatchRun(QSqlDatabase db, int cacheKiB)
    : m_db(std::move(db))
{
    auto cache = scalar(m_db, QStringLiteral("PRAGMA cache_size"));
    if (!cache)
        return;
    m_cacheSize = cache->toLongLong();
    m_active = true;                                     // put back even if only part of it could be set
    set(SearchIndex::BatchRunMerge, -qint64(cacheKiB));  // negative: KiB, not pages
}

SearchIndex::BatchRun::~BatchRun()
{
    if (m_active)
        set(DefaultAutomerge, m_cacheSize);
}

// Each setting on its own: one that fails does not keep the others from being set (or put back).
void SearchIndex::BatchRun::set(int automerge, qint64 cacheSize)
{
    // A crisis merge (of that many segments of one level, in one go) must not come first.
    const int crisismerge = std::max(automerge, DefaultCrisismerge);
    (void)exec(m_db, QStringLiteral("INSERT INTO search_text (search_text, rank) VALUES ('automerge', ?)"),
               {automerge});
    (void)exec(m_db, QStringLiteral("INSERT INTO search_text (search_text, rank) VALUES ('crisismerge', ?)"),
               {crisismerge});
    (void)exec(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
}

core::Result<SearchIndex::Outcome> SearchIndex::mergeSegments(const QSqlDatabase &db, const std::function<bool()> &step)
{
    // FTS5's "merge" with a negative amount is an optimize in steps.
    while (true) {
        auto before = scalar(db, QStringLiteral("SELECT total_changes()"));
        if (!before)
            return before.error();
        if (auto ok = exec(db, QStringLiteral("INSERT INTO search_text (search_text, rank) VALUES ('merge', ?)"),
                           {-MergePages});
            !ok)
            return ok.error();
        auto after = scalar(db, QStringLiteral("SELECT total_changes()"));
        if (!after)
            return after.error();
        if (after->toLongLong() - before->toLongLong() < 2)  // no work left (as FTS5 documents it)
            break;
        if (step && !step())
            return Outcome::Stopped;
    }
    // A big batch run leaves a big write-ahead log: give the space back.
    (void)exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return Outcome::UpToDate;
}

core::Result<qint64> SearchIndex::pending() const
{
    auto n = scalar(m_store->connection(),
                    QStringLiteral("SELECT count(*) FROM search_object, search_state "
                                   "WHERE search_object.id > search_state.cursor AND search_object.id <= built_until"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

core::Result<SearchIndex::Outcome> SearchIndex::update(const ProgressFn &progress)
{
    const QSqlDatabase db = m_store->connection();
    auto left = pending();
    if (!left)
        return left.error();
    Progress p{0, *left};
    std::optional<BatchRun> batchRun;
    if (*left >= m_longRun)
        batchRun.emplace(db);
    while (true) {
        storage::Transaction tx(db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        qint64 until = 0, cursor = 0;
        {
            // Read and let go before writing: a statement left open would keep the old snapshot, and
            // no checkpoint could then empty the write-ahead log (it would grow by every batch).
            auto state = exec(db, QStringLiteral("SELECT built_until, cursor FROM search_state"));
            if (!state)
                return state.error();
            if (!state->next())
                return core::corrupt(QStringLiteral("search_state is missing"));
            until = state->value(0).toLongLong();
            cursor = state->value(1).toLongLong();
        }
        if (cursor >= until)
            break;
        auto last = scalar(db,
                           QStringLiteral("SELECT max(id) FROM (SELECT id FROM search_object "
                                          "WHERE id > ? AND id <= ? ORDER BY id LIMIT ?)"),
                           {cursor, until, m_batch});
        if (!last)
            return last.error();
        const qint64 next = last->isNull() ? until : last->toLongLong();
        qint64 count = 0;
        {
            auto indexed = exec(db, QString::fromLatin1(indexBatch), {cursor, next});
            if (!indexed)
                return indexed.error();
            count = indexed->numRowsAffected();
        }
        if (auto ok = exec(db, QStringLiteral("UPDATE search_state SET cursor = ?"), {next}); !ok)
            return ok.error();
        if (auto ok = tx.commit(); !ok)
            return ok.error();
        p.done += std::max<qint64>(0, count);
        if (progress && !progress(p))
            return Outcome::Stopped;
    }
    if (p.done > 0) {
        // The batches leave the index in many segments, and every search looks words up in each.
        return mergeSegments(db, [&progress, &p] { return !progress || progress(p); });
    }
    return Outcome::UpToDate;
}

core::Result<SearchIndex::Outcome> SearchIndex::rebuild(const ProgressFn &progress)
{
    const QSqlDatabase db = m_store->connection();
    {
        storage::Transaction tx(db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        // Dropped and made anew as the store made it: deleting row by row would read every text again.
        auto create = scalar(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'search_text'"));
        if (!create)
            return create.error();
        if (create->toString().isEmpty())
            return core::corrupt(QStringLiteral("search_text is missing"));
        for (const QString &sql : {QStringLiteral("DROP TABLE search_text"), create->toString(),
                                   QStringLiteral("UPDATE search_state SET built_until = (SELECT coalesce(max(id), 0) "
                                                  "FROM search_object), cursor = 0")}) {
            if (auto ok = exec(db, sql); !ok)
                return ok.error();
        }
        if (auto ok = tx.commit(); !ok)
            return ok.error();
    }
    return update(progress);
}

}  // namespace aw::search
