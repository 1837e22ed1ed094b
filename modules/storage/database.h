// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

struct sqlite3;

namespace aw::storage {

// The local SQLite store: opens (or creates) the database file, checks that it is an Aktenwerk
// store this version understands, applies the embedded migrations (schema/local/NNNN_*.sql) in
// one transaction, and hands out one connection per thread with WAL and foreign keys on.
// A damaged file, a foreign database or a store from a newer version is refused and left as it is.
// The integrity check (SQLite's quick_check) may run later, off the GUI thread: a store found
// damaged then stays open for reading only (every connection gets `PRAGMA query_only`).
class Database : public std::enable_shared_from_this<Database>
{
public:
    enum class OpenMode
    {
        CreateIfMissing,
        MustExist
    };

    // When the (slow: about a second per 100,000 case files) integrity check runs. CheckLater leaves it
    // to checkIntegrity(), except before a migration, which would write to the file.
    enum class Integrity
    {
        CheckOnOpen,
        CheckLater
    };

    static core::Result<std::shared_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing,
                                                        Integrity integrity = Integrity::CheckOnOpen);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // The connection of the calling thread, opened on first use and configured like every other.
    // Open failures surface as errors on the first query (QSqlDatabase::isOpen() is false).
    // A damaged store's connections refuse every write (query_only), on every thread.
    QSqlDatabase connection() const;

    // Runs SQLite's quick_check on the calling thread's connection (so it may run on a worker).
    // A damaged store is refused with the same error as open() gives, and from then on is open for
    // reading only: no connection of any thread can change the file any more.
    core::Result<void> checkIntegrity();
    bool isDamaged() const { return m_damaged.load(std::memory_order_acquire); }

    // For shutting down: stops a checkIntegrity() running on another thread, and any later one. They
    // return an error then, and the store does not count as damaged.
    void stopIntegrityCheck();

    // The schema version this build knows (the number of the newest embedded migration).
    static int latestSchemaVersion();

    static constexpr int ApplicationId = 0x414B5457;  // "AKTW" in the SQLite header

private:
    explicit Database(QString path);
    core::Result<void> initialise(OpenMode mode, Integrity integrity);
    core::Result<void> quickCheck(const QSqlDatabase &db) const;
    core::Result<void> migrate(QSqlDatabase &db, int from);
    core::Result<void> configure(QSqlDatabase &db) const;

    QString m_path;
    quint64 m_instance;
    int m_schemaVersion = 0;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
    std::atomic<bool> m_damaged{false};
    QMutex m_checkMutex;
    sqlite3 *m_checking = nullptr;  // the connection running checkIntegrity(), to interrupt it
    bool m_checkStopped = false;
    mutable std::optional<core::Error> m_setupError;  // why a connection could not be set up
};

// Maps a failed SQL step to an Error with a message the user can act on (damaged file, disk full,
// locked) and the statement's own text for the log.
core::Error sqlError(const QSqlDatabase &db, const QString &what, const QString &driverText, const QString &nativeCode);

}  // namespace aw::storage
