// SPDX-License-Identifier: GPL-3.0-or-later
// `aktenwerk-cli central …` as an administrator runs it, against a real PostgreSQL server.
#include "support/clirun.h"
#include "support/pgserver.h"
#include "support/testenv.h"
#include "sync/central.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace aw;
using aw::test::why;

class TestCliCentral : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PgServer> m_server;
    QTemporaryDir m_home;

    test::CliRun cli(const QStringList &args)
    {
        return test::runCli(QStringLiteral(AW_CLI), m_home.path(), m_home.path(), args);
    }

    // add-user reads the password from standard input.
    static std::pair<int, QString> addUser(const QString &db, const QStringList &args, const QByteArray &password)
    {
        QProcess p;
        p.start(QStringLiteral(AW_CLI),
                QStringList{QStringLiteral("central"), QStringLiteral("add-user"), QStringLiteral("--db"), db} + args);
        p.write(password + '\n');
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto server = test::PgServer::start();
        QVERIFY2(server, qPrintable(why(server)));
        m_server = std::move(server.value());
    }

    void initMakesTheSchemaAndKeepsIt()
    {
        const QString db = m_server->conninfo();
        auto first = cli({QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--db"), db});
        QVERIFY2(first.exitCode == 0, first.said());
        QVERIFY2(first.out.contains(QStringLiteral("schema version %1.").arg(sync::CentralSchema::latestVersion())),
                 first.said());
        auto again = cli(
            {QStringLiteral("--json"), QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--db"), db});
        QVERIFY2(again.exitCode == 0, again.said());
        const QJsonObject json = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), sync::CentralSchema::latestVersion());
        QCOMPARE(json.value(QStringLiteral("previous")).toInt(), sync::CentralSchema::latestVersion());
    }

    void unitsAndUsers()
    {
        const QString db = m_server->conninfo();
        auto unit = cli({QStringLiteral("central"), QStringLiteral("add-unit"), QStringLiteral("--db"), db,
                         QStringLiteral("StA"), QStringLiteral("Standesamt"), QStringLiteral("Mitte")});
        QVERIFY2(unit.exitCode == 0, unit.said());
        const auto [code, said] = addUser(db, {QStringLiteral("anna"), QStringLiteral("StA:clerk")}, "geheim-12345");
        QVERIFY2(code == 0, qPrintable(said));
        // anna logs in with the password given on standard input.
        auto anna = sync::connectCentral(m_server->conninfo(QStringLiteral("anna"), QStringLiteral("geheim-12345")),
                                         QStringLiteral("anna"));
        QVERIFY2(anna, qPrintable(why(anna)));
        const auto [badRole, saidRole] =
            addUser(db, {QStringLiteral("bea"), QStringLiteral("StA:chef")}, "geheim-12345");
        QCOMPARE(badRole, 1);
        QVERIFY2(saidRole.contains(QStringLiteral("clerk, supervisor or registrar")), qPrintable(saidRole));
        const auto [badSpec, saidSpec] = addUser(db, {QStringLiteral("bea"), QStringLiteral("StA")}, "geheim-12345");
        QCOMPARE(badSpec, 2);
        QVERIFY2(saidSpec.contains(QStringLiteral("UNIT:ROLE")), qPrintable(saidSpec));
    }

    void mistakesAreSaid()
    {
        auto noDb = cli({QStringLiteral("central"), QStringLiteral("init")});
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY2(noDb.err.contains(QStringLiteral("--db")), noDb.said());
        auto down = cli({QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--db"),
                         QStringLiteral("host=127.0.0.1 port=%1 dbname=aktenwerk user=aw_admin password=x")
                             .arg(m_server->port() + 1)});
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(QStringLiteral("Cannot connect to the central store")), down.said());
    }
};

QTEST_GUILESS_MAIN(TestCliCentral)
#include "tst_cli_central.moc"
