// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/records.h"
#include "storage/sql.h"
#include "support/damagedstore.h"
#include "support/testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <semaphore>
#include <thread>

using aw::core::Error;
using aw::core::Result;
using aw::storage::Database;

using aw::test::why;

namespace {

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs `sql` statements on a plain SQLite connection of its own, outside Database, like another program
// (or an older or newer Aktenwerk) would.
bool rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-sql");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The journal mode, foreign-key switch and connection name of the calling thread's connection.
struct ConnectionState
{
    QString journalMode;
    int foreignKeys = -1;
    QString name;
    QString error;
};

ConnectionState stateOf(const Database &database)
{
    ConnectionState state;
    const QSqlDatabase db = database.connection();
    state.name = db.connectionName();
    auto mode = aw::storage::scalar(db, QStringLiteral("PRAGMA journal_mode"));
    auto fk = aw::storage::scalar(db, QStringLiteral("PRAGMA foreign_keys"));
    if (!mode || !fk) {
        state.error = mode ? fk.error().message : mode.error().message;
        return state;
    }
    state.journalMode = mode->toString().toLower();
    state.foreignKeys = fk->toInt();
    return state;
}

// Opening must fail with `code` and leave the file byte for byte as it was.
void expectRefusedUnchanged(const QString &path, Error::Code code)
{
    const QByteArray before = sha256OfFile(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    {
        const auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, code);
        QVERIFY(!opened.error().message.isEmpty());
    }
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(sha256OfFile(path), before);
}

}  // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void newStoreHasLatestSchema();
    void connectionsAreConfiguredOnEveryThread();
    void foreignKeyViolationIsRejected();
    void migrationsCreateAllTables();
    void reopenKeepsData();
    void bigDropInATransaction();
    void mustExistOnMissingPath();
    void newerStoreIsRefused();
    void notSqliteIsRefused();
    void emptyFileIsRefused();
    void foreignDatabaseIsRefused();
    void damagedStoreIsRefused();
    void damagedStoreCheckedLaterIsReadOnly();
    void intactStoreCheckedLaterWrites();
    void stoppedCheckIsNoDamage();
    void damagedStoreIsCheckedBeforeMigrating();
    void auditEventsAreAppendOnly();
    void documentVersionsAreImmutable();
    void storedTimesReadBack_data();
    void storedTimesReadBack();
};

void TestDatabase::initTestCase()
{
    aw::test::isolate();
}

void TestDatabase::newStoreHasLatestSchema()
{
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("sub/dir/store.sqlite"));
    const auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const auto &db = *opened;

    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(QFileInfo(path).isFile());

    const auto version = aw::storage::scalar(db->connection(), QStringLiteral("PRAGMA user_version"));
    QVERIFY2(version.ok(), qPrintable(why(version)));
    QCOMPARE(version->toInt(), Database::latestSchemaVersion());
    const auto appId = aw::storage::scalar(db->connection(), QStringLiteral("PRAGMA application_id"));
    QVERIFY(appId.ok());
    QCOMPARE(appId->toInt(), Database::ApplicationId);
}

void TestDatabase::connectionsAreConfiguredOnEveryThread()
{
    aw::test::TempDir dir;
    const auto opened = Database::open(dir.file(QStringLiteral("store.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const std::shared_ptr<Database> db = *opened;

    const ConnectionState main = stateOf(*db);
    QVERIFY2(main.error.isEmpty(), qPrintable(main.error));
    QCOMPARE(main.journalMode, QStringLiteral("wal"));
    QCOMPARE(main.foreignKeys, 1);
    QCOMPARE(stateOf(*db).name, main.name);  // the same connection again on the same thread

    ConnectionState fromQThread;
    std::unique_ptr<QThread> thread(QThread::create([&] { fromQThread = stateOf(*db); }));
    thread->start();
    QVERIFY(thread->wait(30000));

    ConnectionState fromStdThread;
    std::thread plain([&] { fromStdThread = stateOf(*db); });
    plain.join();

    for (const ConnectionState *state : {&fromQThread, &fromStdThread}) {
        QVERIFY2(state->error.isEmpty(), qPrintable(state->error));
        QCOMPARE(state->journalMode, QStringLiteral("wal"));
        QCOMPARE(state->foreignKeys, 1);
        QVERIFY(!state->name.isEmpty());
        QVERIFY(state->name != main.name);
    }
}

void TestDatabase::foreignKeyViolationIsRejected()
{
    aw::test::TempDir dir;
    const auto opened = Database::open(dir.file(QStringLiteral("store.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const QSqlDatabase db = (*opened)->connection();

    const auto inserted = aw::storage::exec(db, QStringLiteral("INSERT INTO membership (user_id, org_unit_id, role) "
                                                               "VALUES ('no-such-user', 'no-such-unit', 'clerk')"));
    QVERIFY(!inserted.ok());
    const auto count = aw::storage::scalar(db, QStringLiteral("SELECT count(*) FROM membership"));
    QVERIFY(count.ok());
    QCOMPARE(count->toInt(), 0);

    // And on a worker thread's connection too.
    bool workerRejected = false;
    std::thread worker([&] {
        const auto again = aw::storage::exec(
            (*opened)->connection(),
            QStringLiteral("INSERT INTO file_plan_node (id, code, title, parent_id, retention_years, disposal) "
                           "VALUES ('n1', '1', 'Title', 'no-such-parent', 10, 'A')"));
        workerRejected = !again.ok();
    });
    worker.join();
    QVERIFY(workerRejected);
}

void TestDatabase::migrationsCreateAllTables()
{
    // Every embedded migration, in order.
    QString sql;
    const QDir migrations(QStringLiteral(":/schema/local"));
    for (const QString &name : migrations.entryList(QDir::Files, QDir::Name)) {
        QFile script(migrations.filePath(name));
        QVERIFY2(script.open(QIODevice::ReadOnly), qPrintable(script.errorString()));
        sql += QString::fromUtf8(script.readAll());
    }

    // What the migrations leave, in order: each CREATE adds a name, each DROP takes it away (a later
    // migration may drop something and create it anew; DROP TABLE drops virtual tables too).
    QMap<QString, QString> kindOf;  // name → "TABLE", "VIRTUAL TABLE", "TRIGGER", "INDEX"
    const QRegularExpression statement(
        QStringLiteral("\\b(CREATE|DROP)\\s+(VIRTUAL\\s+TABLE|TABLE|TRIGGER|INDEX)\\s+(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = statement.globalMatch(sql); it.hasNext();) {
        const auto match = it.next();
        const QString kind = match.captured(2).toUpper().simplified();
        const QString name = match.captured(3);
        if (match.captured(1).compare(QLatin1String("CREATE"), Qt::CaseInsensitive) == 0) {
            QVERIFY2(!kindOf.contains(name), qPrintable(name + QStringLiteral(" created twice")));
            kindOf.insert(name, kind);
        } else {
            QVERIFY2(kindOf.contains(name), qPrintable(name + QStringLiteral(" dropped but never created")));
            QVERIFY2(kindOf.value(name).endsWith(kind), qPrintable(name + QStringLiteral(" dropped as ") + kind));
            kindOf.remove(name);
        }
    }
    auto namesOf = [&kindOf](const char *kind) {
        QStringList names;
        for (auto it = kindOf.cbegin(); it != kindOf.cend(); ++it) {
            if (it.value() == QLatin1String(kind))
                names << it.key();
        }
        names.sort();
        return names;
    };
    const QStringList plainTables = namesOf("TABLE");
    const QStringList virtualTables = namesOf("VIRTUAL TABLE");
    const QStringList tables = (plainTables + virtualTables);
    const QStringList triggers = namesOf("TRIGGER");
    const QStringList indexes = namesOf("INDEX");
    QVERIFY2(tables.size() >= 14, qPrintable(tables.join(QLatin1Char(','))));
    for (const char *expected : {"audit_event", "audit_head", "case_file", "document_version", "outbox"})
        QVERIFY2(tables.contains(QLatin1String(expected)), expected);
    QCOMPARE(triggers.size(), 22);  // 8 of the store, 14 keeping the search index

    aw::test::TempDir dir;
    const auto opened = Database::open(dir.file(QStringLiteral("store.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const QSqlDatabase db = (*opened)->connection();

    auto present = [&db](const char *type) {
        QStringList names;
        auto q = aw::storage::exec(
            db,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name"),
            {QString::fromLatin1(type)});
        while (q && q->next())
            names << q->value(0).toString();
        names.sort();
        return names;
    };
    // FTS5 keeps its data in shadow tables named after the virtual table (text_index_data, …).
    QStringList presentTables = present("table");
    presentTables.removeIf([&virtualTables](const QString &name) {
        for (const QString &v : virtualTables) {
            for (const char *suffix : {"_data", "_idx", "_content", "_docsize", "_config"}) {
                if (name == v + QLatin1String(suffix))
                    return true;
            }
        }
        return false;
    });
    QStringList expectedTables = tables;
    expectedTables.sort();
    QCOMPARE(presentTables, expectedTables);
    QCOMPARE(present("trigger"), triggers);
    QCOMPARE(present("index"), indexes);
}

void TestDatabase::reopenKeepsData()
{
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("store.sqlite"));
    {
        const auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(why(opened)));
        const auto written = aw::storage::exec(
            (*opened)->connection(), QStringLiteral("INSERT INTO store_setting (key, value) VALUES ('k', 'Größe ✓')"));
        QVERIFY2(written.ok(), qPrintable(why(written)));
    }
    const auto reopened = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY2(reopened.ok(), qPrintable(why(reopened)));
    QCOMPARE((*reopened)->schemaVersion(), Database::latestSchemaVersion());
    const auto value = aw::storage::scalar((*reopened)->connection(),
                                           QStringLiteral("SELECT value FROM store_setting WHERE key = 'k'"));
    QVERIFY2(value.ok(), qPrintable(why(value)));
    QCOMPARE(value->toString(), QStringLiteral("Größe ✓"));
}

// Dropping a big table inside a transaction (as a rebuild of the search index does) journals every
// page it frees (Debian builds SQLite with SECURE_DELETE), beyond what a statement journal keeps in
// memory: it must go to its file and succeed (with some sizes kept in memory SQLite 3.40 fails it
// with SQLITE_FULL, see tuneSqlite).
void TestDatabase::bigDropInATransaction()
{
    aw::test::TempDir dir;
    const auto opened = Database::open(dir.file(QStringLiteral("store.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const QSqlDatabase db = (*opened)->connection();
    QVERIFY(aw::storage::exec(db, QStringLiteral("CREATE TABLE bulk (x)")).ok());
    auto filled =
        aw::storage::exec(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                             "WHERE i < 10000) INSERT INTO bulk SELECT randomblob(2000) FROM n"));
    QVERIFY2(filled.ok(), qPrintable(why(filled)));
    aw::storage::Transaction tx(db);
    QVERIFY(tx.begin());
    auto dropped = aw::storage::exec(db, QStringLiteral("DROP TABLE bulk"));
    QVERIFY2(dropped.ok(), qPrintable(why(dropped)));
    auto written = aw::storage::exec(db, QStringLiteral("INSERT INTO store_setting (key, value) VALUES ('k', 'v')"));
    QVERIFY2(written.ok(), qPrintable(why(written)));
    QVERIFY(tx.commit());
}

void TestDatabase::mustExistOnMissingPath()
{
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("missing/store.sqlite"));
    const auto opened = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::NotFound);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.file(QStringLiteral("missing"))));
}

void TestDatabase::newerStoreIsRefused()
{
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("store.sqlite"));
    {
        const auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(why(opened)));
        QVERIFY(aw::storage::exec((*opened)->connection(),
                                  QStringLiteral("INSERT INTO store_setting (key, value) VALUES ('k', 'v')"))
                    .ok());
    }
    const int newer = Database::latestSchemaVersion() + 1;
    QVERIFY(rawSql(path, {QStringLiteral("PRAGMA user_version=%1").arg(newer)}));
    QVERIFY(!QFileInfo::exists(path + QLatin1String("-wal")));

    expectRefusedUnchanged(path, Error::Code::Conflict);
    if (QTest::currentTestFailed())
        return;
    const auto again = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QString::number(newer)), qPrintable(again.error().message));

    // Still exactly what the newer version wrote.
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    check.setDatabaseName(path);
    QVERIFY(check.open());
    QCOMPARE(aw::storage::scalar(check, QStringLiteral("PRAGMA user_version"))->toInt(), newer);
    QCOMPARE(aw::storage::scalar(check, QStringLiteral("PRAGMA application_id"))->toInt(), Database::ApplicationId);
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestDatabase::notSqliteIsRefused()
{
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("store.sqlite"));
    QVERIFY(writeFile(path, randomBytes(64 * 1024, 99)));
    expectRefusedUnchanged(path, Error::Code::Corrupt);
    if (QTest::currentTestFailed())
        return;

    // A text file that merely starts like one.
    QVERIFY(writeFile(path, QByteArrayLiteral("SQLite format 2 and then some text\n")));
    expectRefusedUnchanged(path, Error::Code::Corrupt);
    if (QTest::currentTestFailed())
        return;
}

void TestDatabase::emptyFileIsRefused()
{
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("store.sqlite"));
    QVERIFY(writeFile(path, QByteArray()));
    expectRefusedUnchanged(path, Error::Code::Corrupt);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QFileInfo(path).size(), qint64(0));
    QVERIFY(!QFileInfo::exists(path + QLatin1String("-wal")));
}

void TestDatabase::foreignDatabaseIsRefused()
{
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("other.sqlite"));
    QVERIFY(rawSql(path, {QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)"),
                          QStringLiteral("INSERT INTO customer (name) VALUES ('Fa. Meier'), ('Fa. Schulz')")}));
    expectRefusedUnchanged(path, Error::Code::Invalid);
    if (QTest::currentTestFailed())
        return;

    const auto again = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QLatin1String("another program")), qPrintable(again.error().message));
}

void TestDatabase::damagedStoreIsRefused()
{
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("store.sqlite"));
    const QString damaged = aw::test::writeDamagedStore(path);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));

    const QByteArray before = sha256OfFile(path);
    {
        const auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().code == Error::Code::Corrupt || opened.error().code == Error::Code::Io,
                 qPrintable(opened.error().message));
        // Clear: names the file, and says it is damaged when SQLite says so.
        QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(opened.error().message));
        if (opened.error().code == Error::Code::Corrupt)
            QVERIFY2(opened.error().message.contains(QLatin1String("damaged")), qPrintable(opened.error().message));
    }
    QCOMPARE(sha256OfFile(path), before);
}

void TestDatabase::damagedStoreCheckedLaterIsReadOnly()
{
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("store.sqlite"));
    const QString damaged = aw::test::writeDamagedStore(path, aw::test::Damage::DataAfterTheSchema);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));

    const QByteArray before = sha256OfFile(path);
    {
        const auto opened = Database::open(path, Database::OpenMode::MustExist, Database::Integrity::CheckLater);
        QVERIFY2(opened.ok(), qPrintable(why(opened)));
        const std::shared_ptr<Database> db = *opened;
        QVERIFY(!db->isDamaged());
        const QSqlDatabase mine = db->connection();  // opened before the damage is known

        // A worker already holding its connection, which it asks for again after the check.
        std::binary_semaphore checked(0);
        QString workerWrite;
        bool workerOpen = false;
        std::thread worker([&] {
            workerOpen = db->connection().isOpen();
            checked.acquire();
            const auto written = aw::storage::exec(
                db->connection(), QStringLiteral("INSERT INTO store_setting (key, value) VALUES ('w', 'v')"));
            workerWrite = written.ok() ? QStringLiteral("written") : written.error().message;
        });

        // Checked on yet another thread, as the desktop application does.
        Result<void> check;
        std::thread checker([&] { check = db->checkIntegrity(); });
        checker.join();
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, Error::Code::Corrupt);
        QVERIFY2(check.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(check.error().message));
        QVERIFY2(check.error().message.contains(QLatin1String("damaged")), qPrintable(check.error().message));
        QVERIFY(db->isDamaged());
        checked.release();
        worker.join();
        QVERIFY(workerOpen);

        const QString readOnly = QStringLiteral("damaged and open for reading only");
        QVERIFY2(workerWrite.contains(readOnly), qPrintable(workerWrite));

        // This thread's connection, also through a copy taken before the check.
        QVERIFY(db->connection().isOpen());
        const auto inserted =
            aw::storage::exec(mine, QStringLiteral("INSERT INTO store_setting (key, value) VALUES ('k', 'v')"));
        QVERIFY(!inserted.ok());
        QCOMPARE(inserted.error().code, Error::Code::Corrupt);
        QVERIFY2(inserted.error().message.contains(readOnly), qPrintable(inserted.error().message));
        QVERIFY2(inserted.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(inserted.error().message));
        aw::storage::Transaction tx(db->connection());
        const auto begun = tx.begin();
        QVERIFY(!begun.ok());
        QVERIFY2(begun.error().message.contains(readOnly), qPrintable(begun.error().message));
        QVERIFY(!aw::storage::exec(db->connection(), QStringLiteral("PRAGMA user_version=1")).ok());

        // A thread that comes later gets a read-only connection from the start.
        QString lateWrite;
        std::thread late([&] {
            const auto written = aw::storage::exec(db->connection(), QStringLiteral("DELETE FROM store_setting"));
            lateWrite = written.ok() ? QStringLiteral("written") : written.error().message;
        });
        late.join();
        QVERIFY2(lateWrite.contains(readOnly), qPrintable(lateWrite));
    }
    QCOMPARE(sha256OfFile(path), before);
    QVERIFY(!QFileInfo::exists(path + QLatin1String("-wal")));
}

void TestDatabase::intactStoreCheckedLaterWrites()
{
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("store.sqlite"));
    QVERIFY(Database::open(path).ok());  // made with the latest schema

    const auto opened = Database::open(path, Database::OpenMode::MustExist, Database::Integrity::CheckLater);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const std::shared_ptr<Database> db = *opened;
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());

    Result<void> check;
    std::thread checker([&] { check = db->checkIntegrity(); });
    checker.join();
    QVERIFY2(check.ok(), qPrintable(why(check)));
    QVERIFY(!db->isDamaged());

    const auto written =
        aw::storage::exec(db->connection(), QStringLiteral("INSERT INTO store_setting (key, value) VALUES ('k', 'v')"));
    QVERIFY2(written.ok(), qPrintable(why(written)));
    const auto query = aw::storage::scalar(db->connection(), QStringLiteral("PRAGMA query_only"));
    QVERIFY(query.ok());
    QCOMPARE(query->toInt(), 0);
}

void TestDatabase::stoppedCheckIsNoDamage()
{
    // Quitting stops the check; that is no finding about the file.
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("store.sqlite"));
    const QString damaged = aw::test::writeDamagedStore(path, aw::test::Damage::DataAfterTheSchema);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    const auto opened = Database::open(path, Database::OpenMode::MustExist, Database::Integrity::CheckLater);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const std::shared_ptr<Database> db = *opened;

    db->stopIntegrityCheck();
    const auto check = db->checkIntegrity();
    QVERIFY(!check.ok());
    QVERIFY2(check.error().message.contains(QLatin1String("stopped")), qPrintable(check.error().message));
    QVERIFY(!db->isDamaged());
    const auto query = aw::storage::scalar(db->connection(), QStringLiteral("PRAGMA query_only"));
    QVERIFY(query.ok());
    QCOMPARE(query->toInt(), 0);
}

void TestDatabase::damagedStoreIsCheckedBeforeMigrating()
{
    // An older schema would be migrated, which writes: the check then runs at once even when asked
    // for later, and the store is refused unchanged as before.
    aw::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("store.sqlite"));
    const QString damaged = aw::test::writeDamagedStore(path, aw::test::Damage::DataAfterTheSchema);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    {
        // user_version: four bytes, big-endian, at offset 60 of the header.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const quint32 older = quint32(Database::latestSchemaVersion() - 1);
        const char bytes[4] = {char(older >> 24), char(older >> 16), char(older >> 8), char(older)};
        QVERIFY(file.seek(60));
        QCOMPARE(file.write(bytes, 4), qint64(4));
    }

    const QByteArray before = sha256OfFile(path);
    {
        const auto opened = Database::open(path, Database::OpenMode::MustExist, Database::Integrity::CheckLater);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
        QVERIFY2(opened.error().message.contains(QLatin1String("damaged")), qPrintable(opened.error().message));
    }
    QCOMPARE(sha256OfFile(path), before);
}

void TestDatabase::auditEventsAreAppendOnly()
{
    aw::test::TempDir dir;
    const auto opened = Database::open(dir.file(QStringLiteral("store.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const QSqlDatabase db = (*opened)->connection();
    aw::storage::AuditLog log(db);
    const auto event = log.append(QStringLiteral("u1"), QStringLiteral("case_file.create"), QStringLiteral("case_file"),
                                  QStringLiteral("c1"), {{QStringLiteral("subject"), QStringLiteral("Geburt")}});
    QVERIFY2(event.ok(), qPrintable(why(event)));

    const auto updated = aw::storage::exec(db, QStringLiteral("UPDATE audit_event SET actor = 'intruder'"));
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().message.contains(QLatin1String("append-only")), qPrintable(updated.error().message));
    const auto deleted = aw::storage::exec(db, QStringLiteral("DELETE FROM audit_event"));
    QVERIFY(!deleted.ok());
    QVERIFY2(deleted.error().message.contains(QLatin1String("append-only")), qPrintable(deleted.error().message));

    const auto actor = aw::storage::scalar(db, QStringLiteral("SELECT actor FROM audit_event WHERE seq = 1"));
    QVERIFY(actor.ok());
    QCOMPARE(actor->toString(), QStringLiteral("u1"));
    const auto findings = log.verify();
    QVERIFY2(findings.ok(), qPrintable(why(findings)));
    QVERIFY2(findings->isEmpty(), qPrintable(findings->join(QLatin1Char('\n'))));
}

void TestDatabase::documentVersionsAreImmutable()
{
    aw::test::TempDir dir;
    const auto opened = Database::open(dir.file(QStringLiteral("store.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const QSqlDatabase db = (*opened)->connection();
    const QString hash(64, QLatin1Char('a'));
    const QStringList setup{
        QStringLiteral("INSERT INTO org_unit (id, code, name) VALUES ('u', 'StA', 'Standesamt')"),
        QStringLiteral("INSERT INTO user (id, login, display_name) VALUES ('me', 'me', 'Me')"),
        QStringLiteral("INSERT INTO file_plan_node (id, code, title, retention_years, disposal) "
                       "VALUES ('n', '5.1', 'Geburten', 110, 'A')"),
        QStringLiteral("INSERT INTO case_file (id, node_id, reference, subject, owner_unit_id, status, opened_at, "
                       "disposal) VALUES ('c', 'n', '5.1-1/2026', 'S', 'u', 'open', '2026-01-01T00:00:00.000Z', 'A')"),
        QStringLiteral("INSERT INTO proceeding (id, case_file_id, number, reference, subject, status, created_at) "
                       "VALUES ('p', 'c', 1, '5.1-1/2026-0001', 'S', 'open', '2026-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO document (id, proceeding_id, title, direction, received_at) "
                       "VALUES ('d', 'p', 'Anzeige', 'in', '2026-01-01T00:00:00.000Z')"),
    };
    for (const QString &sql : setup) {
        const auto ok = aw::storage::exec(db, sql);
        QVERIFY2(ok.ok(), qPrintable(why(ok)));
    }
    const auto version = aw::storage::exec(
        db,
        QStringLiteral(
            "INSERT INTO document_version (document_id, n, sha256, file_name, mime, size, created_by, "
            "created_at) VALUES ('d', 1, ?, 'a.pdf', 'application/pdf', 3, 'me', '2026-01-01T00:00:00.000Z')"),
        {hash});
    QVERIFY2(version.ok(), qPrintable(why(version)));

    for (const char *change : {"UPDATE document_version SET file_name = 'b.pdf'",
                               "UPDATE document_version SET sha256 = ?", "UPDATE document_version SET n = 2"}) {
        const QString sql = QString::fromLatin1(change);
        const auto updated = aw::storage::exec(
            db, sql, sql.contains(QLatin1Char('?')) ? QVariantList{QString(64, QLatin1Char('b'))} : QVariantList{});
        QVERIFY2(!updated.ok(), change);
        QVERIFY2(updated.error().message.contains(QLatin1String("immutable")), qPrintable(updated.error().message));
    }
    auto stored = aw::storage::exec(db, QStringLiteral("SELECT n, sha256, file_name FROM document_version"));
    QVERIFY(stored.ok());
    QSqlQuery &q = stored.value();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), hash);
    QCOMPARE(q.value(2).toString(), QStringLiteral("a.pdf"));
}

QTEST_GUILESS_MAIN(TestDatabase)
void TestDatabase::storedTimesReadBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const auto utc = [](int y, int mo, int d, int h, int mi, int sec, int ms) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, sec, ms), Qt::UTC);
    };
    QTest::newRow("as written") << QStringLiteral("2026-11-30T12:20:33.123Z") << utc(2026, 11, 30, 12, 20, 33, 123);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59.999Z") << utc(2024, 2, 29, 23, 59, 59, 999);
    QTest::newRow("no day 30 in February") << QStringLiteral("2026-02-30T10:00:00.000Z") << QDateTime();
    QTest::newRow("not a digit") << QStringLiteral("2026-1x-30T12:20:33.123Z") << QDateTime();
    QTest::newRow("older, without ms") << QStringLiteral("2026-11-30T12:20:33Z") << utc(2026, 11, 30, 12, 20, 33, 0);
    QTest::newRow("with an offset") << QStringLiteral("2026-11-30T13:20:33.123+01:00")
                                    << utc(2026, 11, 30, 12, 20, 33, 123);
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestDatabase::storedTimesReadBack()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime read = aw::storage::dateTimeFromStored(text);
    QCOMPARE(read.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(read.toUTC(), expected);
        QCOMPARE(aw::storage::dateTimeFromStored(aw::storage::toStored(read)), expected);
    }
}

#include "tst_database.moc"
