// SPDX-License-Identifier: GPL-3.0-or-later
// The central store's schema on a real PostgreSQL server started for this test: made and brought
// up to date, users with their units, and what a user may read and write with plain SQL.
#include "support/pgserver.h"
#include "support/testenv.h"
#include "sync/central.h"
#include "sync/centralapi.h"

#include <QJsonArray>
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

    // A change of the user of `db`, sent as client `client` with the next running number.
    core::Result<sync::PushAnswer> push(const QSqlDatabase &db, const QString &type, const QString &id,
                                        const QString &parent, qint64 base, const QJsonObject &fields,
                                        const QString &client = QString())
    {
        const QString from = client.isEmpty() ? QStringLiteral("0b3c6f5e-1d2a-4c8b-9e7f-000000000001") : client;
        return sync::CentralApi(db).push({from, ++m_clientSeq, type, id, parent, base, fields});
    }

    // A new case file with the running number `sequence` of (planCode, 2026); its id, or the
    // SQLSTATE-like kind of the refusal in `refusal`.
    QString createCaseFile(const QSqlDatabase &db, const QString &unit, const QString &planCode, int sequence,
                           core::Error::Code *refusal = nullptr)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString reference = QStringLiteral("%1-%2/2026").arg(planCode).arg(sequence);
        auto made = push(db, QStringLiteral("case_file"), id, {}, 0,
                         {{QStringLiteral("unit"), unit},
                          {QStringLiteral("plan"), planCode},
                          {QStringLiteral("year"), 2026},
                          {QStringLiteral("sequence"), sequence},
                          {QStringLiteral("reference"), reference},
                          {QStringLiteral("subject"), QString(QStringLiteral("Akte ") + reference)},
                          {QStringLiteral("status"), QStringLiteral("open")}});
        if (refusal && !made)
            *refusal = made.error().code;
        return made ? id : QString();
    }

    QString idOf(const QString &reference)
    {
        QSqlQuery q(m_admin);
        q.prepare(QStringLiteral("SELECT id::text FROM aw.record WHERE data->>'reference' = ?"));
        q.addBindValue(reference);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    qint64 m_clientSeq = 0;

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
        const QString bernds_file = createCaseFile(bernd, QStringLiteral("KZS"), QStringLiteral("6.2"), bernds);
        QVERIFY(!bernds_file.isEmpty());
        // Plain SQL as anna: not a row of KZS, in the records nor in the change log.
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.record")), 1);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.change")), 1);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.record WHERE data->>'reference' LIKE '6.2%'")), 0);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.membership")), 1);  // her own
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.record")), 2);
        // No table is writable directly (SQLSTATE 42501: insufficient privilege).
        QCOMPARE(stateOf(anna, QStringLiteral("INSERT INTO aw.record (id, object_type, case_file_id, unit_id, "
                                              "revision, change_seq, data) VALUES (gen_random_uuid(), 'case_file', "
                                              "gen_random_uuid(), (SELECT id FROM aw.org_unit WHERE code = 'StA'), "
                                              "1, 1, '{}')")),
                 QStringLiteral("42501"));
        QCOMPARE(stateOf(anna, QStringLiteral("UPDATE aw.record SET data = '{}'")), QStringLiteral("42501"));
        QCOMPARE(stateOf(anna, QStringLiteral("DELETE FROM aw.change")), QStringLiteral("42501"));
        QCOMPARE(stateOf(anna, QStringLiteral("INSERT INTO aw.membership VALUES ('anna', "
                                              "(SELECT id FROM aw.org_unit WHERE code = 'KZS'), 'supervisor')")),
                 QStringLiteral("42501"));
        QCOMPARE(stateOf(anna, QStringLiteral("CREATE TABLE aw.mine (x int)")), QStringLiteral("42501"));
        // A forged change for another unit is refused by the API, and leaves nothing behind: a case
        // file in bernd's unit, a proceeding in bernd's file, an edit of bernd's file.
        core::Error::Code refused{};
        QVERIFY(createCaseFile(anna, QStringLiteral("KZS"), QStringLiteral("5.1"), annas + 1, &refused).isEmpty());
        QCOMPARE(refused, core::Error::Code::Refused);
        const QString proceeding = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto intoBernds = push(anna, QStringLiteral("proceeding"), proceeding, bernds_file, 0,
                               {{QStringLiteral("subject"), QStringLiteral("untergeschoben")}});
        QVERIFY(!intoBernds);
        QCOMPARE(intoBernds.error().code, core::Error::Code::NotFound);
        auto editBernds = push(anna, QStringLiteral("case_file"), bernds_file, {}, 1,
                               {{QStringLiteral("subject"), QStringLiteral("x")}});
        QVERIFY(!editBernds);
        QCOMPARE(editBernds.error().code, core::Error::Code::NotFound);
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.record")), 2);
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.change")), 2);
        // The functions behind the policies are not the clients' to call.
        QCOMPARE(stateOf(anna, QStringLiteral("SELECT aw.member_unit('KZS')")), QStringLiteral("42501"));
        QCOMPARE(stateOf(anna, QStringLiteral("SELECT aw.writable_unit('x')")), QStringLiteral("42501"));
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
        core::Error::Code refusal{};
        QVERIFY(!createCaseFile(anna, QStringLiteral("StA"), QStringLiteral("5.1"), annas, &refusal).isEmpty());
        QVERIFY(!createCaseFile(sabine, QStringLiteral("StA"), QStringLiteral("5.1"), sabines, &refusal).isEmpty());
        QVERIFY(createCaseFile(anna, QStringLiteral("StA"), QStringLiteral("5.1"), sabines + 1, &refusal).isEmpty());
        QCOMPARE(refusal, core::Error::Code::Refused);
        QVERIFY(createCaseFile(anna, QStringLiteral("StA"), QStringLiteral("5.1"), annas, &refusal).isEmpty());
        QCOMPARE(refusal, core::Error::Code::Conflict);  // unique violation: the number is taken
        QVERIFY(createCaseFile(anna, QStringLiteral("StA"), QStringLiteral("5.1"), 99, &refusal).isEmpty());
        QCOMPARE(refusal, core::Error::Code::Refused);  // reserved by nobody yet
        // Nobody writes the counters directly.
        QCOMPARE(stateOf(anna, QStringLiteral("UPDATE aw.sequence_next SET next = 1")), QStringLiteral("42501"));
        QCOMPARE(stateOf(anna, QStringLiteral("INSERT INTO aw.sequence_block VALUES ('5.1', 2026, 500, 600, "
                                              "'anna', now())")),
                 QStringLiteral("42501"));
    }

    void anEditOnAnOldRevisionIsAConflictUnlessTheFieldsDiffer()
    {
        QSqlDatabase anna = as(QStringLiteral("anna"));
        QSqlDatabase sabine = as(QStringLiteral("sabine"));
        const QString file = idOf(QStringLiteral("5.1-1/2026"));
        QVERIFY(!file.isEmpty());
        const QString type = QStringLiteral("case_file");
        auto first = push(anna, type, file, {}, 1, {{QStringLiteral("subject"), QStringLiteral("Geburt Emma")}});
        QVERIFY2(first, qPrintable(why(first)));
        QCOMPARE(first->outcome, sync::PushAnswer::Outcome::Applied);
        QCOMPARE(first->revision, 2);
        // Someone else's edit of the same field based on the same, now outdated revision: not
        // applied, and the answer names the field and gives the current value.
        auto clash = push(sabine, type, file, {}, 1, {{QStringLiteral("subject"), QStringLiteral("Geburt E.")}});
        QVERIFY2(clash, qPrintable(why(clash)));
        QCOMPARE(clash->outcome, sync::PushAnswer::Outcome::Conflict);
        QCOMPARE(clash->clashing, QStringList{QStringLiteral("subject")});
        QCOMPARE(clash->revision, 2);
        QCOMPARE(clash->fields.value(QStringLiteral("subject")).toString(), QStringLiteral("Geburt Emma"));
        // The same value, or another field, on the old revision: merged.
        auto same = push(sabine, type, file, {}, 1,
                         {{QStringLiteral("subject"), QStringLiteral("Geburt Emma")},
                          {QStringLiteral("disposal"), QStringLiteral("A")}});
        QVERIFY2(same, qPrintable(why(same)));
        QCOMPARE(same->outcome, sync::PushAnswer::Outcome::Applied);
        QCOMPARE(same->revision, 3);
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.record WHERE data->>'subject' = 'Geburt Emma' "
                                               "AND data->>'disposal' = 'A' AND revision = 3 AND id = '%1'")
                                    .arg(file)),
                 1);
        // A change sent twice (the answer was lost) is applied once; the second answer repeats the first.
        const QString client = QUuid::createUuid().toString(QUuid::WithoutBraces);
        sync::Change change{
            client, 7, type, file, {}, 3, {{QStringLiteral("subject"), QStringLiteral("Geburt Emma M.")}}};
        auto once = sync::CentralApi(anna).push(change);
        auto twice = sync::CentralApi(anna).push(change);
        QVERIFY2(once && twice, qPrintable(why(twice)));
        QCOMPARE(once->outcome, sync::PushAnswer::Outcome::Applied);
        QCOMPARE(twice->outcome, sync::PushAnswer::Outcome::Duplicate);
        QCOMPARE(twice->seq, once->seq);
        QCOMPARE(twice->revision, 4);
        QCOMPARE(twice->fields, change.fields);
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.change WHERE object_id = '%1'").arg(file)), 4);
        // The same number for another record: the store was restored from a backup and counts
        // again; refused, not taken for the old change.
        sync::Change reused = change;
        reused.objectId = idOf(QStringLiteral("5.1-11/2026"));
        reused.baseRevision = 1;
        auto again = sync::CentralApi(anna).push(reused);
        QVERIFY(!again);
        QCOMPARE(again.error().code, core::Error::Code::Conflict);
        // Nobody else may claim that client's numbers.
        auto forged = sync::CentralApi(sabine).push(change);
        QVERIFY(!forged);
        QCOMPARE(forged.error().code, core::Error::Code::Refused);
        // A case file keeps its reference; bernd (another unit) cannot even see it.
        auto renumbered = push(anna, type, file, {}, 4, {{QStringLiteral("reference"), QStringLiteral("5.1-99/2026")}});
        QVERIFY(!renumbered);
        QCOMPARE(renumbered.error().code, core::Error::Code::Invalid);
        auto hidden =
            push(as(QStringLiteral("bernd")), type, file, {}, 4, {{QStringLiteral("subject"), QStringLiteral("x")}});
        QVERIFY(!hidden);
        QCOMPARE(hidden.error().code, core::Error::Code::NotFound);
    }

    void changesAreNumberedInTheOrderTheyCommit()
    {
        // While anna's transaction has written a change and not committed, sabine's change waits
        // (here: gives up after 300 ms), so that no later number becomes visible before an earlier.
        QSqlDatabase anna = as(QStringLiteral("anna"));
        QSqlDatabase sabine = as(QStringLiteral("sabine"));
        const QString file = idOf(QStringLiteral("5.1-11/2026"));
        sync::CentralApi annas(anna);
        QVERIFY(annas.begin());
        auto first =
            push(anna, QStringLiteral("case_file"), file, {}, 1, {{QStringLiteral("disposal"), QStringLiteral("A")}});
        QVERIFY2(first, qPrintable(why(first)));
        QSqlQuery wait(sabine);
        QVERIFY(wait.exec(QStringLiteral("SET lock_timeout = '300ms'")));
        const QString other = idOf(QStringLiteral("5.1-16/2026"));
        auto blocked =
            push(sabine, QStringLiteral("case_file"), other, {}, 1, {{QStringLiteral("disposal"), QStringLiteral("A")}},
                 QStringLiteral("0b3c6f5e-1d2a-4c8b-9e7f-000000000002"));
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().code, core::Error::Code::Io);  // lock timeout: try again later
        QVERIFY(annas.commit());
        auto after =
            push(sabine, QStringLiteral("case_file"), other, {}, 1, {{QStringLiteral("disposal"), QStringLiteral("A")}},
                 QStringLiteral("0b3c6f5e-1d2a-4c8b-9e7f-000000000002"));
        QVERIFY2(after, qPrintable(why(after)));
        QVERIFY(after->seq > first->seq);
    }

    void theArchiveIsForSupervisors()
    {
        QSqlDatabase anna = as(QStringLiteral("anna"));
        QSqlDatabase sabine = as(QStringLiteral("sabine"));
        const QString file = idOf(QStringLiteral("5.1-1/2026"));
        const QString proceeding = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto made = push(anna, QStringLiteral("proceeding"), proceeding, file, 0,
                         {{QStringLiteral("subject"), QStringLiteral("Geburtsurkunde")}});
        QVERIFY2(made, qPrintable(why(made)));
        auto closed = push(anna, QStringLiteral("case_file"), file, {}, 4,
                           {{QStringLiteral("status"), QStringLiteral("closed")}});
        QVERIFY2(closed, qPrintable(why(closed)));
        QCOMPARE(closed->outcome, sync::PushAnswer::Outcome::Applied);
        const QString ofFile = QStringLiteral(" WHERE case_file_id = '%1'").arg(file);
        QCOMPARE(count(m_admin, QStringLiteral("SELECT count(*) FROM aw.record") + ofFile), 2);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.record") + ofFile), 0);
        QCOMPARE(count(sabine, QStringLiteral("SELECT count(*) FROM aw.record") + ofFile), 2);
        // Nor its history, which holds its subject; only the closing itself, so that every client
        // learns of it.
        QCOMPARE(count(sabine, QStringLiteral("SELECT count(*) FROM aw.change") + ofFile), 6);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.change") + ofFile), 1);
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.change WHERE data ? 'subject' AND case_file_id = "
                                            "'%1'")
                                 .arg(file)),
                 0);
        // A closed file takes no more changes, not even from a supervisor; reopening it is one.
        auto late =
            push(sabine, QStringLiteral("case_file"), file, {}, 5, {{QStringLiteral("subject"), QStringLiteral("x")}});
        QVERIFY(!late);
        QCOMPARE(late.error().code, core::Error::Code::Refused);
        auto intoClosed = push(sabine, QStringLiteral("proceeding"), QUuid::createUuid().toString(QUuid::WithoutBraces),
                               file, 0, {{QStringLiteral("subject"), QStringLiteral("x")}});
        QVERIFY(!intoClosed);
        QCOMPARE(intoClosed.error().code, core::Error::Code::Refused);
        auto reopened = push(sabine, QStringLiteral("case_file"), file, {}, 5,
                             {{QStringLiteral("status"), QStringLiteral("open")}});
        QVERIFY2(reopened, qPrintable(why(reopened)));
        QCOMPARE(count(anna, QStringLiteral("SELECT count(*) FROM aw.record") + ofFile), 2);
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
