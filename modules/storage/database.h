// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace aw::storage {

// The local SQLite store: opens (or creates) the database file, checks that it is an Aktenwerk
// store this version understands, applies the embedded migrations (schema/local/NNNN_*.sql) in
// one transaction, and hands out one connection per thread with WAL and foreign keys on.
// A damaged file, a foreign database or a store from a newer version is refused and left as it is.
class Database : public std::enable_shared_from_this<Database>
{
public:
    enum class OpenMode
    {
        CreateIfMissing,
        MustExist
    };

    static core::Result<std::shared_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // The connection of the calling thread, opened on first use and configured like every other.
    // Open failures surface as errors on the first query (QSqlDatabase::isOpen() is false).
    QSqlDatabase connection() const;

    // The schema version this build knows (the number of the newest embedded migration).
    static int latestSchemaVersion();

    static constexpr int ApplicationId = 0x414B5457;  // "AKTW" in the SQLite header

private:
    explicit Database(QString path);
    core::Result<void> initialise(OpenMode mode);
    core::Result<void> migrate(QSqlDatabase &db, int from);
    core::Result<void> configure(QSqlDatabase &db) const;

    QString m_path;
    quint64 m_instance;
    int m_schemaVersion = 0;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
    mutable std::optional<core::Error> m_setupError;  // why a connection could not be set up
};

// Maps a failed SQL step to an Error with a message the user can act on (damaged file, disk full,
// locked) and the statement's own text for the log.
core::Error sqlError(const QSqlDatabase &db, const QString &what, const QString &driverText, const QString &nativeCode);

}  // namespace aw::storage
