// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/sql.h"
#include "support/damagedstore.h"
#include "support/testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QObject>
#include <QRandomGenerator>
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
    void reopenKeepsData();
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

QTEST_GUILESS_MAIN(TestDatabase)

#include "tst_database.moc"
