// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace aw::storage {
class Store;
}

namespace aw::search {

// Upkeep of the search index (search_text and search_object in the store). Every change reaches
// the index by trigger in its own transaction, so it cannot drift. What is left to do is what existed
// before the index (an older store), or everything after a rebuild: rows up to search_state.built_until
// past search_state.cursor. update() indexes them in batches, each committed with the cursor, so it
// can be stopped (or crash) and go on later; memory stays bounded by the batch.
class SearchIndex
{
public:
    explicit SearchIndex(std::shared_ptr<storage::Store> store);

    struct Progress
    {
        qint64 done = 0;
        qint64 total = 0;
    };
    // Called after each batch and each step of merging the index after them; return false to stop
    // (what is done stays done).
    using ProgressFn = std::function<bool(const Progress &)>;

    enum class Outcome
    {
        UpToDate,
        Stopped,
    };

    // Objects still to be indexed.
    core::Result<qint64> pending() const;
    core::Result<Outcome> update(const ProgressFn &progress = {});
    // Empties the index and indexes everything again (then as update()).
    core::Result<Outcome> rebuild(const ProgressFn &progress = {});

    void setBatchSize(int objects) { m_batch = objects; }
    // From this many objects to index on, a run merges the index's segments in groups of
    // BatchRunMerge while it goes (FTS5's default is 4), and keeps more of its pages in memory.
    void setLongRun(qint64 objects) { m_longRun = objects; }
    static constexpr int BatchRunMerge = 64;

    // Pages written by each step of merging the index after a batch run.
    static constexpr int MergePages = 2000;

    // While it lives, the index takes many changes in a row cheaply (see searchindex.cpp): FTS5
    // merges fewer, larger groups of segments and the connection keeps more of its pages. For a
    // long run of changes by trigger, too (a first sync pull); mergeSegments() afterwards.
    class BatchRun
    {
    public:
        // `cacheKiB`: pages the connection keeps meanwhile.
        explicit BatchRun(QSqlDatabase db, int cacheKiB = 32 * 1024);
        ~BatchRun();
        BatchRun(const BatchRun &) = delete;
        BatchRun &operator=(const BatchRun &) = delete;

    private:
        void set(int automerge, qint64 cacheSize);
        QSqlDatabase m_db;
        qint64 m_cacheSize = 0;
        bool m_active = false;
    };
    // Merges the index's segments into one, in steps of their own transactions, so writers are
    // never held up for long; `step()` after each, false to stop (the index stays correct, only
    // less merged). Then gives the write-ahead log's space back.
    static core::Result<Outcome> mergeSegments(const QSqlDatabase &db, const std::function<bool()> &step = {});

private:
    std::shared_ptr<storage::Store> m_store;
    int m_batch = 2000;
    qint64 m_longRun = 20000;
};

}  // namespace aw::search
