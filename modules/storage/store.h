// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/blobstore.h"
#include "storage/database.h"

#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

namespace aw::storage {

// A local store on disk: `<dir>/aktenwerk.sqlite` plus `<dir>/blobs/`. What the services and
// the command line open; shared by all threads (each uses its own connection).
class Store
{
public:
    // With Integrity::CheckLater the caller runs database().checkIntegrity() itself, e.g. on a worker.
    static core::Result<std::shared_ptr<Store>> open(const QString &dir,
                                                     Database::OpenMode mode = Database::OpenMode::CreateIfMissing,
                                                     Database::Integrity integrity = Database::Integrity::CheckOnOpen);

    QString dir() const { return m_dir; }
    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    BlobStore &blobs() { return m_blobs; }

    // Checks the audit chain and every blob: each version's blob is present and matches its hash.
    // Returns the findings (empty: intact). `progress(done, total)` is called while blobs are read.
    core::Result<QStringList> verify(const std::function<void(qint64, qint64)> &progress = {});

    // Removes document files that no version refers to (left by a write that failed after its bytes
    // were stored). Files younger than `grace` are kept: their rows may be about to commit.
    core::Result<int> sweepOrphanBlobs(std::chrono::seconds grace = std::chrono::hours(1));

    // Writes the store's file anew (SQLite's VACUUM): each table's pages together and full, and the
    // free pages given back to the file system. A store that has grown piece by piece, or had its
    // search index built anew, has each table's pages scattered over the file, and searches read
    // from all over it: at a million documents compacting took the slowest kind of search from 44 to
    // 31 ms (p95) and the file from 6.5 to 6.2 GB. Other connections may go on reading meanwhile;
    // their writes wait for it (minutes at a million documents). Needs free disk space of about twice
    // the store while it runs. Nothing changes if it fails or is stopped.
    struct Compaction
    {
        qint64 bytesBefore = 0;
        qint64 bytesAfter = 0;
    };
    core::Result<Compaction> compact();

    // A store setting (e.g. "reference.pattern"), or `fallback` when unset.
    QString setting(const QString &key, const QString &fallback = {}) const;
    core::Result<void> setSetting(const QString &key, const QString &value);

    // `store/path` from the settings (user, else office-wide), else the per-user data directory.
    static QString defaultDir();

private:
    Store(QString dir, std::shared_ptr<Database> database);

    QString m_dir;
    std::shared_ptr<Database> m_database;
    BlobStore m_blobs;
};

}  // namespace aw::storage
