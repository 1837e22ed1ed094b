// SPDX-License-Identifier: GPL-3.0-or-later
// What the store's schema guarantees once the migrations have run: every table, trigger and index
// they leave, foreign keys, an append-only audit log, immutable document versions, times read back
// as written, and a big change inside a transaction (see tst_database for opening and refusing).
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/records.h"
#include "storage/sql.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using aw::storage::Database;

using aw::test::why;

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void foreignKeyViolationIsRejected();
    void migrationsCreateAllTables();
    void bigDropInATransaction();
    void auditEventsAreAppendOnly();
    void documentVersionsAreImmutable();
    void storedTimesReadBack_data();
    void storedTimesReadBack();
};

void TestSchema::initTestCase()
{
    aw::test::isolate();
}

void TestSchema::foreignKeyViolationIsRejected()
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

void TestSchema::migrationsCreateAllTables()
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

// Dropping a big table inside a transaction (as a rebuild of the search index does) journals every
// page it frees (Debian builds SQLite with SECURE_DELETE), beyond what a statement journal keeps in
// memory: it must go to its file and succeed (with some sizes kept in memory SQLite 3.40 fails it
// with SQLITE_FULL, see tuneSqlite).
void TestSchema::bigDropInATransaction()
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

void TestSchema::auditEventsAreAppendOnly()
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

void TestSchema::documentVersionsAreImmutable()
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

void TestSchema::storedTimesReadBack_data()
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

void TestSchema::storedTimesReadBack()
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

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
