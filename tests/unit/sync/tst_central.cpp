// SPDX-License-Identifier: GPL-3.0-or-later
// The central store's schema on a real PostgreSQL server started for this test: made and brought
// up to date, users with their units, and what a user may read and write with plain SQL.
#include "support/pgserver.h"
#include "support/testenv.h"
#include "sync/central.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace aw;
using aw::test::why;

class TestCentral : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PgServer> m_server;
    QSqlDatabase m_admin;
    int m_connections = 0;

    static constexpr const char *Password = "geheim-12345";

    QSqlDatabase as(const QString &login)
    {
        auto db = sync::connectCentral(m_server->conninfo(login, QString::fromLatin1(Password)),
                                       QStringLiteral("user-%1").arg(++m_connections));
        [&] { QVERIFY2(db, qPrintable(why(db))); }();
        return db ? db.value() : QSqlDatabase();
    }

    // The SQLSTATE of running `sql` (empty when it worked).
    static QString stateOf(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
    }

    static int count(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // The first number of a new block for the user of `db`, or -1.
    static int reserve(const QSqlDatabase &db, const QString &planCode, int year, int count)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT aw_api.reserve_numbers(?, ?, ?)"));
        q.addBindValue(planCode);
        q.addBindValue(year);
        q.addBindValue(count);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    // A new case file with the running number `sequence` of (planCode, 2026); its id, or the
    // SQLSTATE of the refusal in `state`.
    static QString createCaseFile(const QSqlDatabase &db, const QString &unit, const QString &planCode, int sequence,
                                  QString *state = nullptr)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT aw_api.create_case_file(?::uuid, ?, ?, ?, ?, ?, ?)"));
        const QString reference = QStringLiteral("%1-%2/2026").arg(planCode).arg(sequence);
        for (const QVariant &v :
             QVariantList{id, unit, planCode, 2026, sequence, reference, QString(QStringLiteral("Akte ") + reference)})
            q.addBindValue(v);
        const bool made = q.exec();
        if (state)
            *state = made ? QString() : q.lastError().nativeErrorCode();
        return made ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto server = test::PgServer::start();
        QVERIFY2(server, qPrintable(why(server)));
        m_server = std::move(server.value());
        auto admin = sync::connectCentral(m_server->conninfo(), QStringLiteral("admin"));
        QVERIFY2(admin, qPrintable(why(admin)));
        m_admin = admin.value();
    }

    void schemaIsMadeOnceAndKeptUpToDate()
    {
        QCOMPARE(*sync::CentralSchema::version(m_admin), 0);
        auto made = sync::CentralSchema::migrate(m_admin);
        QVERIFY2(made, qPrintable(why(made)));
        QCOMPARE(made.value(), sync::CentralSchema::latestVersion());
        QVERIFY(sync::CentralSchema::latestVersion() >= 1);
        auto again = sync::CentralSchema::migrate(m_admin);  // nothing to do, nothing doubled
        QVERIFY2(again, qPrintable(why(again)));
        QCOMPARE(again.value(), made.value());
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.migration")), made.value());

        QVERIFY(sync::CentralSchema::addUnit(m_admin, QStringLiteral("StA"), QStringLiteral("Standesamt")));
        QVERIFY(sync::CentralSchema::addUnit(m_admin, QStringLiteral("KZS"), QStringLiteral("Kundenzentrum Süd")));
        QVERIFY(!sync::CentralSchema::addUnit(m_admin, QStringLiteral("StA"), QStringLiteral("doppelt")));
    }

    void usersGetTheirUnits()
    {
        const QString password = QString::fromLatin1(Password);
        using M = sync::CentralSchema::Membership;
        auto anna = sync::CentralSchema::addUser(m_admin, QStringLiteral("anna"), password,
                                                 {M{QStringLiteral("StA"), QStringLiteral("clerk")}});
        QVERIFY2(anna, qPrintable(why(anna)));
        QVERIFY(sync::CentralSchema::addUser(m_admin, QStringLiteral("bernd"), password,
                                             {M{QStringLiteral("KZS"), QStringLiteral("clerk")}}));
        QVERIFY(sync::CentralSchema::addUser(m_admin, QStringLiteral("sabine"), password,
                                             {M{QStringLiteral("StA"), QStringLiteral("supervisor")}}));
        // Refused, and nothing of it made: no role without its units.
        auto unknownUnit = sync::CentralSchema::addUser(m_admin, QStringLiteral("carl"), password,
                                                        {M{QStringLiteral("XYZ"), QStringLiteral("clerk")}});
        QVERIFY(!unknownUnit);
        QVERIFY2(unknownUnit.error().message.contains(QStringLiteral("XYZ")), qPrintable(why(unknownUnit)));
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'carl'")), 0);
        QVERIFY(!sync::CentralSchema::addUser(m_admin, QStringLiteral("Robert'); DROP TABLE x; --"), password,
                                              {M{QStringLiteral("StA"), QStringLiteral("clerk")}}));
        QVERIFY(!sync::CentralSchema::addUser(m_admin, QStringLiteral("dora"), QStringLiteral("kurz"),
                                              {M{QStringLiteral("StA"), QStringLiteral("clerk")}}));
        QVERIFY(!sync::CentralSchema::addUser(m_admin, QStringLiteral("dora"), password,
                                              {M{QStringLiteral("StA"), QStringLiteral("superuser")}}));
        // The server keeps a SCRAM verifier, never the password.
        QSqlQuery stored(m_admin);
        QVERIFY(stored.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'anna'")));
        QVERIFY(stored.next());
        QVERIFY(stored.value(0).toString().startsWith(QStringLiteral("SCRAM-SHA-256$")));
        QVERIFY(!stored.value(0).toString().contains(password));
        // A wrong password does not connect.
        QVERIFY(!sync::connectCentral(m_server->conninfo(QStringLiteral("anna"), QStringLiteral("falsch-123")),
                                      QStringLiteral("wrong")));
    }

    void aUserReadsOnlyTheirUnitsAndWritesOnlyThroughTheApi()
    {
        QSqlDatabase anna = as(QStringLiteral("anna"));
        QSqlDatabase bernd = as(QStringLiteral("bernd"));
        const int annas = reserve(anna, QStringLiteral("5.1"), 2026, 10);
        QCOMPARE(annas, 1);
        const QString mine = createCaseFile(anna, QStringLiteral("StA"), QStringLiteral("5.1"), annas);
        QVERIFY(!mine.isEmpty());
        const int bernds = reserve(bernd, QStringLiteral("6.2"), 2026, 10);
        QVERIFY(!createCaseFile(bernd, QStringLiteral("KZS"), QStringLiteral("6.2"), bernds).isEmpty());
        // Plain SQL as anna: not a row of KZS, in the files nor in the change log.
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.case_file")), 1);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.change")), 1);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.case_file WHERE reference LIKE '6.2%'")), 0);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.membership")), 1);  // her own
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.case_file")), 2);
        // No table is writable directly (SQLSTATE 42501: insufficient privilege).
        QCOMPARE(stateOf(anna, QStringLiteral("INSERT INTO aw.case_file VALUES (gen_random_uuid(), "
                                              "(SELECT id FROM aw.org_unit WHERE code = 'StA'), 'x', 'x', "
                                              "'open', false, 1, 1)")),
                 QStringLiteral("42501"));
        QCOMPARE(stateOf(anna, QStringLiteral("UPDATE aw.case_file SET subject = 'x'")), QStringLiteral("42501"));
        QCOMPARE(stateOf(anna, QStringLiteral("DELETE FROM aw.change")), QStringLiteral("42501"));
        QCOMPARE(stateOf(anna, QStringLiteral("INSERT INTO aw.membership VALUES ('anna', "
                                              "(SELECT id FROM aw.org_unit WHERE code = 'KZS'), 'supervisor')")),
                 QStringLiteral("42501"));
        QCOMPARE(stateOf(anna, QStringLiteral("CREATE TABLE aw.mine (x int)")), QStringLiteral("42501"));
        // A forged change for another unit is refused by the API, and leaves nothing behind.
        QString refused;
        QVERIFY(createCaseFile(anna, QStringLiteral("KZS"), QStringLiteral("5.1"), annas + 1, &refused).isEmpty());
        QCOMPARE(refused, QStringLiteral("42501"));
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.case_file")), 2);
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.change")), 2);
        // The functions behind the policies are not the clients' to call.
        QCOMPARE(stateOf(anna, QStringLiteral("SELECT aw.member_unit('KZS')")), QStringLiteral("42501"));
    }

    void referenceNumbersStayUniqueAcrossClients()
    {
        QSqlDatabase anna = as(QStringLiteral("anna"));
        QSqlDatabase sabine = as(QStringLiteral("sabine"));
        // Blocks of the same code and year never overlap, whoever reserves them (anna's first block
        // of 5.1/2026 was 1–10).
        const int annas = reserve(anna, QStringLiteral("5.1"), 2026, 5);
        const int sabines = reserve(sabine, QStringLiteral("5.1"), 2026, 5);
        QCOMPARE(annas, 11);
        QCOMPARE(sabines, 16);
        QCOMPARE(reserve(anna, QStringLiteral("5.1"), 2027, 5), 1);  // another year counts anew
        QCOMPARE(reserve(anna, QStringLiteral("5.1"), 2026, 0), -1);
        QCOMPARE(reserve(anna, QStringLiteral("5.1"), 2026, 1001), -1);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.sequence_block")), 3);  // only her own
        // Offline, each takes numbers from their own block; a number of someone else's block, or
        // one taken already, is refused when it reaches the server.
        QString state;
        QVERIFY(!createCaseFile(anna, QStringLiteral("StA"), QStringLiteral("5.1"), annas, &state).isEmpty());
        QVERIFY(!createCaseFile(sabine, QStringLiteral("StA"), QStringLiteral("5.1"), sabines, &state).isEmpty());
        QVERIFY(createCaseFile(anna, QStringLiteral("StA"), QStringLiteral("5.1"), sabines + 1, &state).isEmpty());
        QCOMPARE(state, QStringLiteral("42501"));
        QVERIFY(createCaseFile(anna, QStringLiteral("StA"), QStringLiteral("5.1"), annas, &state).isEmpty());
        QCOMPARE(state, QStringLiteral("23505"));  // unique violation: the number is taken
        QVERIFY(createCaseFile(anna, QStringLiteral("StA"), QStringLiteral("5.1"), 99, &state).isEmpty());
        QCOMPARE(state, QStringLiteral("42501"));  // reserved by nobody yet
        // Nobody writes the counters directly.
        QCOMPARE(stateOf(anna, QStringLiteral("UPDATE aw.sequence_next SET next = 1")), QStringLiteral("42501"));
        QCOMPARE(stateOf(anna, QStringLiteral("INSERT INTO aw.sequence_block VALUES ('5.1', 2026, 500, 600, "
                                              "'anna', now())")),
                 QStringLiteral("42501"));
    }

    void anEditOnAnOldRevisionIsAConflict()
    {
        QSqlDatabase anna = as(QStringLiteral("anna"));
        QSqlQuery id(anna);
        QVERIFY(id.exec(QStringLiteral("SELECT id, revision FROM aw.case_file WHERE reference = '5.1-1/2026'")));
        QVERIFY(id.next());
        const QString file = id.value(0).toString();
        const int base = id.value(1).toInt();
        const auto setSubject = [&](const QSqlDatabase &db, int revision, const QString &subject) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT aw_api.set_case_file_subject(?::uuid, ?, ?)"));
            q.addBindValue(file);
            q.addBindValue(revision);
            q.addBindValue(subject);
            return q.exec() ? QString() : q.lastError().nativeErrorCode();
        };
        QCOMPARE(setSubject(anna, base, QStringLiteral("Geburt Emma")), QString());
        // Someone else's edit based on the same, now outdated revision: refused, nothing overwritten.
        QSqlDatabase sabine = as(QStringLiteral("sabine"));
        QCOMPARE(setSubject(sabine, base, QStringLiteral("Geburt E.")), QStringLiteral("40001"));
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.case_file WHERE subject = 'Geburt Emma' "
                                               "AND revision = %1")
                                    .arg(base + 1)),
                 1);
        // bernd (another unit) cannot even see it.
        QCOMPARE(setSubject(as(QStringLiteral("bernd")), base + 1, QStringLiteral("x")), QStringLiteral("P0002"));
    }

    void theArchiveIsForSupervisors()
    {
        QSqlQuery close(m_admin);
        QVERIFY(close.exec(QStringLiteral("UPDATE aw.case_file SET archived = true WHERE reference = '5.1-1/2026'")));
        QSqlDatabase anna = as(QStringLiteral("anna"));
        QSqlDatabase sabine = as(QStringLiteral("sabine"));
        const QString closed = QStringLiteral("(SELECT id FROM aw.case_file WHERE reference = '5.1-1/2026')");
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.case_file WHERE id = ") + closed), 1);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.case_file WHERE reference = '5.1-1/2026'")), 0);
        QCOMPARE(count(sabine, QStringLiteral("SELECT count(*) FROM aw.case_file WHERE reference = '5.1-1/2026'")), 1);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.case_file")), 2);  // the open ones
        // Nor its changes, which hold its subject (made, then renamed).
        const QString changes = QStringLiteral("SELECT count(*) FROM aw.change WHERE object_id = (SELECT object_id "
                                               "FROM aw.change c JOIN aw.case_file f ON f.id = c.object_id "
                                               "WHERE f.reference = '5.1-1/2026' LIMIT 1)");
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.change c WHERE NOT EXISTS (SELECT 1 FROM "
                                            "aw.case_file f WHERE f.id = c.object_id)")),
                 0);
        QCOMPARE(count(sabine, changes), 2);
        // And a closed file takes no more changes, not even from a supervisor.
        QSqlQuery edit(sabine);
        QVERIFY(!edit.exec(QStringLiteral("SELECT aw_api.set_case_file_subject(id, revision, 'x') FROM aw.case_file "
                                          "WHERE reference = '5.1-1/2026'")));
        QCOMPARE(edit.lastError().nativeErrorCode(), QStringLiteral("55000"));
    }

    void badConnectionsSayWhy()
    {
        auto unquoted = sync::connectCentral(QStringLiteral("host='127.0.0.1 port=1"), QStringLiteral("bad1"));
        QVERIFY(!unquoted);
        QVERIFY2(unquoted.error().message.contains(QStringLiteral("quote")), qPrintable(why(unquoted)));
        QVERIFY(!sync::connectCentral(QStringLiteral("nonsense"), QStringLiteral("bad2")));
        auto refused = sync::connectCentral(
            QStringLiteral("host=127.0.0.1 port=%1 dbname=aktenwerk user=x password=y").arg(m_server->port() + 1),
            QStringLiteral("bad3"));
        QVERIFY(!refused);
    }
};

QTEST_GUILESS_MAIN(TestCentral)
#include "tst_central.moc"
