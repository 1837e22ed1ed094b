// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "core/migrations.h"
#include "storage/rankfunction.h"
#include "storage/sql.h"
#include "storage/textcollation.h"
#include "storage/wordtokenizer.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <sqlite3.h>

#include <map>
#include <mutex>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using aw::core::Error;
using aw::core::Result;

namespace aw::storage {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::storage::Database)
};

// Before SQLite's first connection in this process (SQLite takes such settings only then):
// - A statement that fires triggers keeps a statement journal (the pages it changed, so it alone can
//   be undone). Beyond 64 KiB SQLite writes it to a temporary file, page by page, in every such
//   statement: inserting a case file, proceeding or document (their search-index triggers touch a
//   dozen pages) wrote ~20 pages to it each time. Kept in memory up to 128 KiB instead. Not without
//   a bound: Debian's SQLite is built with SECURE_DELETE, so dropping the search index (a rebuild)
//   journals every page it frees, and kept in memory they made a rebuild take 1.6 GB. Not more than
//   128 KiB either: with 256 KiB or more, SQLite 3.40 fails such a drop with SQLITE_FULL once the
//   journal goes to its file (tst_database checks a big drop). The bound is also the size of the
//   one block SQLite allocates for a journal, so glibc serves blocks of that size from its heap
//   (kept, see below) rather than mapping and unmapping them for each statement.
// - glibc gives freed memory at the top of the heap back above 128 KiB, and SQLite allocates and
//   frees such blocks for every statement with a temporary b-tree (each CHECK … IN (…) of three or
//   more values makes one): the heap shrank and faulted back in each time. Keep up to 32 MiB.
// Both only speed things up; if SQLite was started already (e.g. by a test), nothing changes.
void tuneSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] {
        constexpr int StatementJournalInMemory = 128 * 1024;
        (void)sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, StatementJournalInMemory);
#ifdef __GLIBC__
        mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_MMAP_THRESHOLD, 2 * StatementJournalInMemory);
#endif
    });
}

// Embedded migrations in order.
const QList<core::Migration> &migrations()
{
    static const QList<core::Migration> list = core::embeddedMigrations(QStringLiteral(":/schema/local"));
    return list;
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// Every thread's connections, removed when the thread ends (worker threads come and go).
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        if (!QCoreApplication::instance())
            return;  // static destruction of the main thread: Qt is already gone
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};
thread_local ThreadConnections t_connections;

QAtomicInteger<quint64> s_nextInstance{1};

// Marks a connection (on its driver, which all copies of a connection share) that has been switched
// to query_only because its store is damaged. On the driver rather than in a list of names, because
// a new thread may get the id, and so the connection name, of one that has ended.
constexpr char DamagedProperty[] = "aktenwerkDamaged";

bool markedDamaged(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->property(DamagedProperty).toBool();
}

QString damagedText(const QString &path, const QString &detail)
{
    return Text::tr("The store “%1” is damaged (%2). It was left unchanged; restore it from a backup.")
        .arg(QDir::toNativeSeparators(path), detail);
}

bool looksLikeSqlite(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem =
            Text::tr("The store “%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16)) {
        *problem = Text::tr("The file “%1” is not an Aktenwerk store or is damaged (it is not an SQLite database). "
                            "It was left unchanged. Restore it from a backup or choose another store.")
                       .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

}  // namespace

Error sqlError(const QSqlDatabase &db, const QString &what, const QString &driverText, const QString &nativeCode)
{
    const int code = nativeCode.toInt() & 0xff;
    const QString file = QDir::toNativeSeparators(db.databaseName());
    switch (code) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return core::corrupt(damagedText(db.databaseName(), driverText));
    case SQLITE_FULL:
        return core::ioError(Text::tr("The disk holding “%1” is full. Free some space and try again.").arg(file));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return core::ioError(Text::tr("The store “%1” is busy in another program. Try again in a moment.").arg(file));
    case SQLITE_READONLY:
        // query_only, switched on by Database::connection() once the integrity check found damage.
        if (markedDamaged(db))
            return core::corrupt(Text::tr("The store “%1” is damaged and open for reading only; nothing was changed. "
                                          "Restore it from a backup.")
                                     .arg(file));
        [[fallthrough]];
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return core::ioError(
            Text::tr("The store “%1” cannot be written or opened (%2). Check its permissions.").arg(file, driverText));
    default:
        return core::ioError(Text::tr("Database error in %1: %2").arg(what, driverText));
    }
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_instance(s_nextInstance.fetchAndAddRelaxed(1))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, OpenMode mode, Integrity integrity)
{
    std::shared_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath()));
    auto ok = db->initialise(mode, integrity);
    if (!ok)
        return ok.error();
    return db;
}

Result<void> Database::initialise(OpenMode mode, Integrity integrity)
{
    const QFileInfo info(m_path);
    if (info.exists()) {
        if (!info.isFile())
            return core::invalid(Text::tr("“%1” is not a file.").arg(QDir::toNativeSeparators(m_path)));
        QString problem;
        if (info.size() == 0)
            return core::corrupt(Text::tr("The store “%1” is an empty file. It was left unchanged; restore it from a "
                                          "backup or remove it to start a new store.")
                                     .arg(QDir::toNativeSeparators(m_path)));
        if (!looksLikeSqlite(m_path, &problem))
            return core::corrupt(problem);
    } else if (mode == OpenMode::MustExist) {
        return core::notFound(Text::tr("There is no store at “%1”.").arg(QDir::toNativeSeparators(m_path)));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return core::ioError(
            Text::tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        QMutexLocker lock(&m_mutex);
        if (m_setupError)
            return *m_setupError;
        return sqlError(db, Text::tr("opening the store"), db.lastError().driverText(),
                        db.lastError().nativeErrorCode());
    }

    // Read what the file is before anything writes to it.
    auto appId = scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.error();
    auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    auto tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tables.error();

    const int current = version->toInt();
    const bool fresh = current == 0 && tables->toInt() == 0;
    if (!fresh && appId->toInt() != ApplicationId)
        return core::invalid(Text::tr("“%1” is an SQLite database of another program, not an Aktenwerk store. "
                                      "It was left unchanged.")
                                 .arg(QDir::toNativeSeparators(m_path)));
    if (current > latestSchemaVersion())
        return core::conflict(Text::tr("The store “%1” was written by a newer version of Aktenwerk (schema %2; this "
                                       "version knows up to %3). It was left unchanged. Please update Aktenwerk.")
                                  .arg(QDir::toNativeSeparators(m_path))
                                  .arg(current)
                                  .arg(latestSchemaVersion()));

    // Nothing may write to a damaged file: when opening writes (a migration, or switching to WAL), the
    // check cannot wait.
    bool checkNow = integrity == Integrity::CheckOnOpen || current < latestSchemaVersion();
    if (!checkNow) {
        auto journal = scalar(db, QStringLiteral("PRAGMA journal_mode"));
        if (!journal)
            return journal.error();
        checkNow = journal->toString().toLower() != QLatin1String("wal");
    }
    if (checkNow) {
        if (auto ok = quickCheck(db); !ok)
            return ok;
    }

    if (auto ok = configure(db); !ok)
        return ok;
    if (current < latestSchemaVersion()) {
        if (auto ok = migrate(db, current); !ok)
            return ok;
    }
    m_schemaVersion = latestSchemaVersion();
    return {};
}

Result<void> Database::quickCheck(const QSqlDatabase &db) const
{
    auto quick = scalar(db, QStringLiteral("PRAGMA quick_check(1)"));
    if (!quick)
        return quick.error();
    if (quick->toString() != QLatin1String("ok"))
        return core::corrupt(damagedText(m_path, quick->toString()));
    return {};
}

Result<void> Database::checkIntegrity()
{
    const QSqlDatabase db = connection();
    const auto stopped = [this] {
        return core::ioError(
            Text::tr("The check of the store “%1” was stopped.").arg(QDir::toNativeSeparators(m_path)));
    };
    {
        QMutexLocker lock(&m_checkMutex);
        if (m_checkStopped)
            return stopped();
        m_checking = nativeHandle(db);
    }
    auto ok = quickCheck(db);
    {
        QMutexLocker lock(&m_checkMutex);
        m_checking = nullptr;
        if (!ok && m_checkStopped)
            return stopped();  // interrupted: says nothing about the file
    }
    if (!ok) {
        // Whatever kept the check from saying "ok" (damage, or an error reading the file), open() would
        // have refused the store; being open already, it is kept from changing.
        m_damaged.store(true, std::memory_order_release);
        connection();  // switches this thread's connection to query_only at once
    }
    return ok;
}

void Database::stopIntegrityCheck()
{
    QMutexLocker lock(&m_checkMutex);
    m_checkStopped = true;
    if (m_checking)
        sqlite3_interrupt(m_checking);  // safe from any thread while the connection is open
}

Result<void> Database::configure(QSqlDatabase &db) const
{
    auto wal = scalar(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!wal)
        return wal.error();
    if (wal->toString().toLower() != QLatin1String("wal"))
        return core::ioError(Text::tr("The store “%1” cannot use write-ahead logging (journal mode is “%2”). "
                                      "Is it on a network drive?")
                                 .arg(QDir::toNativeSeparators(m_path), wal->toString()));
    return {};
}

Result<void> Database::migrate(QSqlDatabase &db, int from)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        return core::ioError(Text::tr("The SQLite driver does not expose its handle; migrations cannot run."));

    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok;
    for (const core::Migration &m : migrations()) {
        if (m.version <= from)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return core::ioError(Text::tr("Migration %1 is missing from this build.").arg(m.resource));
        const QByteArray script = file.readAll();
        char *message = nullptr;
        if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "unknown error");
            sqlite3_free(message);
            return core::ioError(Text::tr("Updating the store to schema %1 failed: %2. The store was left unchanged.")
                                     .arg(m.version)
                                     .arg(text));
        }
        // PRAGMA takes no bound values; the version is an integer we made ourselves.
        if (auto ok = exec(db, QStringLiteral("PRAGMA user_version=%1").arg(m.version)); !ok)
            return ok.error();
    }
    if (auto ok = exec(db, QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId)); !ok)
        return ok.error();
    return tx.commit();
}

QSqlDatabase Database::connection() const
{
    const QString name = QStringLiteral("aw-%1-%2").arg(m_instance).arg(quintptr(QThread::currentThreadId()));
    // On a damaged store, every connection is switched to query_only the next time its thread asks
    // for it (a connection belongs to its thread, so another thread cannot do it).
    const auto guarded = [this](QSqlDatabase db) {
        if (isDamaged() && db.isOpen() && !markedDamaged(db)) {
            if (exec(db, QStringLiteral("PRAGMA query_only=ON")))
                db.driver()->setProperty(DamagedProperty, true);
            else {
                // Closed, it cannot write either.
                qWarning("aktenwerk: could not make the damaged store %s read-only", qPrintable(m_path));
                db.close();
            }
        }
        return db;
    };
    if (QSqlDatabase::contains(name))
        return guarded(QSqlDatabase::database(name, false));

    tuneSqlite();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open()) {
        // Per-connection settings; checked, because a silently ignored PRAGMA is a silent bug.
        const auto fkOn = exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        const auto sync = exec(db, QStringLiteral("PRAGMA synchronous=FULL"));
        auto fk = scalar(db, QStringLiteral("PRAGMA foreign_keys"));
        if (!registerTextFunctions(nativeHandle(db)))
            qWarning("aktenwerk: the text collation could not be registered for %s", qPrintable(m_path));
        if (!registerWordTokenizer(nativeHandle(db)) || !registerRankFunction(nativeHandle(db)))
            qWarning("aktenwerk: the search tokenizer or ranking could not be registered for %s", qPrintable(m_path));
        if (!fkOn || !sync || !fk || fk->toInt() != 1) {
            qWarning("aktenwerk: could not switch on foreign keys for %s", qPrintable(m_path));
            // Kept for initialise(): after close() the connection no longer knows why (e.g. a damaged file).
            QMutexLocker lock(&m_mutex);
            m_setupError = !fkOn   ? fkOn.error()
                           : !sync ? sync.error()
                           : !fk   ? fk.error()
                                   : core::ioError(Text::tr("Foreign keys cannot be switched on for “%1”.")
                                                       .arg(QDir::toNativeSeparators(m_path)));
            db.close();
        }
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    t_connections.names.append(name);
    return guarded(db);
}

}  // namespace aw::storage
