// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace aw::storage {
class Store;
class UnitOfWork;
}  // namespace aw::storage

#include <functional>
#include <memory>

namespace aw::sync {

struct LocalRecord;

struct SyncReport
{
    int pushed = 0;         // changes the central store applied
    int pulled = 0;         // changes of others applied here
    int conflicts = 0;      // open conflicts after the run
    int reserved = 0;       // new blocks of reference numbers
    int filesSent = 0;      // contents of document versions uploaded
    int filesReceived = 0;  // and fetched
    bool stopped = false;   // asked to stop between batches; the next run goes on from there
    // Case files and proceedings made here whose reference another client had taken meanwhile, and
    // that were renumbered before they were sent: "old reference → new reference".
    QStringList renumbered;
};

// A local change the central store did not apply: someone else changed the same fields since.
struct SyncConflict
{
    QString objectType;
    QString objectId;
    QString label;       // reference (case file, proceeding), title (document) or text (note)
    QStringList fields;  // the clashing ones
    QJsonObject mine;    // their values here
    QJsonObject theirs;  // their values in the central store
};

// Syncs a local store with the central store as the logged-in user: pushes the outbox in order
// (each change once, even when sent again after a broken connection), pulls the others' changes
// after the last one seen, and keeps blocks of reference numbers reserved for work offline.
// Runs on a worker thread with its own connections; `progress(done, total)` returning false stops
// it between batches (what is done stays done; the next run goes on from there).
class Synchronizer
{
public:
    // The store's connection of the calling thread is used; its document files are sent before
    // the versions that name them and fetched for the versions pulled.
    Synchronizer(std::shared_ptr<storage::Store> store, QSqlDatabase central);

    using Progress = std::function<bool(qint64 done, qint64 total)>;
    core::Result<SyncReport> run(const Progress &progress = {});

    core::Result<int> push(const Progress &progress = {});
    core::Result<int> pull(const Progress &progress = {});
    core::Result<int> reserveNumbers();
    // Fetches the contents of pulled versions not yet here; returns how many arrived.
    core::Result<int> fetchFiles();
    // Fetches the contents of one version when they are not here yet (those of archived case files
    // are fetched only when opened). NotFound when the central store has none for this user.
    core::Result<void> fetchFile(const QString &sha256);
    // Fetches what is missing of a case file's, proceeding's or document's contents (say, before an
    // archived file is handed to the state archive); returns how many arrived.
    core::Result<int> fetchFilesOf(const QString &objectId);

    // Open conflicts, and their resolution: for each clashing field, keep mine (true) or take
    // theirs (false); a field not named is taken from theirs. Mine are pushed at the next run.
    static core::Result<QList<SyncConflict>> conflicts(const QSqlDatabase &local);
    static core::Result<void> resolve(const QSqlDatabase &local, const QString &actorId, const QString &objectId,
                                      const QStringList &keepMine);

    static constexpr int BatchSize = 500;        // changes pushed in one transaction
    static constexpr int PullBatchSize = 10000;  // pulled in one (and stopped between)
    static constexpr qint64 LongPull = 20000;    // from so many changes to pull on, the search index
                                                 // is written as a batch run and merged after
    // Kept in memory by a long pull: each batch inserts at random places of the tables' indexes
    // (ids are UUIDs), and what does not fit is written and read again within the batch.
    static constexpr int LongPullCacheKiB = 128 * 1024;
    void setPullBatchSize(int changes) { m_pullBatch = changes; }
    void setLongPull(qint64 changes) { m_longPull = changes; }
    static constexpr int BlockSize = 20;  // reserved at a time per file-plan node and year
    static constexpr int BlockLow = 5;    // reserve anew when fewer numbers are left

private:
    core::Result<QString> clientId();
    core::Result<bool> upload(const QString &sha256);  // true: sent now, false: there already
    core::Result<void> fetch(const QString &sha256);
    // A new or moved proceeding whose number is taken centrally gets the next free one (here and in
    // its reference, audited) before it is sent; returns the record as it is then.
    core::Result<LocalRecord> withFreeNumber(const LocalRecord &proceeding);
    // A case file numbered before the store first synced, whose reference is taken centrally, gets a
    // number from a block (its proceedings' references with it, audited) before it is sent.
    core::Result<LocalRecord> withFreeReference(const LocalRecord &caseFile);
    core::Result<QString> localActor();  // the local user of the central login
    // Reserves a new block of running numbers for (planCode, year) when fewer than `low` are left;
    // true when it did.
    core::Result<bool> topUpNumbers(const QString &planCode, int year, int low);
    // Audits a renumbering made in `work`, commits it and notes it for the report; the record as it is now.
    core::Result<LocalRecord> renumbered(storage::UnitOfWork &work, const LocalRecord &record, const QString &from,
                                         const QString &to, const QString &why);

    std::shared_ptr<storage::Store> m_store;
    QSqlDatabase m_local;
    QSqlDatabase m_central;
    int m_pullBatch = PullBatchSize;
    qint64 m_longPull = LongPull;
    int m_filesSent = 0;
    QStringList m_renumbered;
    bool m_stopped = false;
};

}  // namespace aw::sync
