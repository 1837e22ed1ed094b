// SPDX-License-Identifier: GPL-3.0-or-later
// `aktenwerk-cli central …` as an administrator runs it, against a real PostgreSQL server.
#include "casework/casefileservice.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/store.h"
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

    void twoStoresSyncThroughTheCli()
    {
        const QString db = m_server->conninfo();
        QVERIFY(cli({QStringLiteral("central"), QStringLiteral("add-unit"), QStringLiteral("--db"), db,
                     QStringLiteral("REG"), QStringLiteral("Registratur")})
                    .exitCode == 0);
        QCOMPARE(addUser(db, {QStringLiteral("registratur"), QStringLiteral("REG:registrar")}, "geheim-12345").first,
                 0);
        QTemporaryDir a, b;
        QFile plan(m_home.filePath(QStringLiteral("plan.csv")));
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.write("5;Personenstandswesen;30;A\n5.1;Geburten;10;V\n");
        plan.close();
        for (const QString &dir : {a.path(), b.path()}) {
            for (const QStringList &args :
                 {QStringList{QStringLiteral("init")},
                  QStringList{QStringLiteral("fileplan"), QStringLiteral("import"), plan.fileName()}}) {
                auto made = cli(QStringList{QStringLiteral("--store"), dir, QStringLiteral("--user"),
                                            QStringLiteral("registratur")} +
                                args);
                QVERIFY2(made.exitCode == 0, made.said());
            }
        }
        const QString anna = m_server->conninfo(QStringLiteral("registratur"), QStringLiteral("geheim-12345"));
        const auto syncOf = [&](const QString &dir) {
            return cli({QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("sync"),
                        QStringLiteral("--db"), anna});
        };
        auto first = syncOf(a.path());
        QVERIFY2(first.exitCode == 0, first.said());
        QString fileId;
        QCOMPARE(QJsonDocument::fromJson(first.out.toUtf8()).object().value(QStringLiteral("reserved")).toInt(), 2);
        {
            // A case file made in store a (by the library, as the application does).
            auto store = storage::Store::open(a.path());
            QVERIFY2(store, qPrintable(why(store)));
            const auto user =
                storage::OrgRepository(store.value()->connection()).userByLogin(QStringLiteral("registratur"));
            const auto unit = storage::OrgRepository(store.value()->connection()).unitByCode(QStringLiteral("REG"));
            const auto node = storage::FilePlanRepository(store.value()->connection()).byCode(QStringLiteral("5.1"));
            QVERIFY(user && unit && node);
            auto file = casework::CaseFileService(casework::Session(store.value(), user->id))
                            .create(node->id, QStringLiteral("Sammelakte Geburten"), unit->id);
            QVERIFY2(file, qPrintable(why(file)));
            fileId = file->id;
        }
        auto pushed = syncOf(a.path());
        QVERIFY2(pushed.exitCode == 0, pushed.said());
        QCOMPARE(QJsonDocument::fromJson(pushed.out.toUtf8()).object().value(QStringLiteral("pushed")).toInt(), 1);
        auto pulled = syncOf(b.path());
        QVERIFY2(pulled.exitCode == 0, pulled.said());
        QCOMPARE(QJsonDocument::fromJson(pulled.out.toUtf8()).object().value(QStringLiteral("pulled")).toInt(), 1);
        auto listed = cli({QStringLiteral("--store"), b.path(), QStringLiteral("casefiles")});
        QVERIFY2(listed.out.contains(QStringLiteral("Sammelakte Geburten")), listed.said());
        auto conflicts =
            cli({QStringLiteral("--store"), b.path(), QStringLiteral("sync"), QStringLiteral("conflicts")});
        QVERIFY2(conflicts.exitCode == 0 && conflicts.out.contains(QStringLiteral("No conflicts.")), conflicts.said());
        // The contents of a file on request (it has none yet), and a clear word for an unknown id.
        auto fetched = cli({QStringLiteral("--store"), b.path(), QStringLiteral("--json"), QStringLiteral("sync"),
                            QStringLiteral("fetch"), QStringLiteral("--db"), anna, fileId});
        QVERIFY2(fetched.exitCode == 0, fetched.said());
        QCOMPARE(
            QJsonDocument::fromJson(fetched.out.toUtf8()).object().value(QStringLiteral("filesReceived")).toInt(-1), 0);
        auto unknown = cli({QStringLiteral("--store"), b.path(), QStringLiteral("sync"), QStringLiteral("fetch"),
                            QStringLiteral("--db"), anna, QStringLiteral("00000000-0000-0000-0000-000000000001")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no case file, proceeding or document")), unknown.said());
        auto noDb = cli({QStringLiteral("--store"), b.path(), QStringLiteral("sync")});
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY2(noDb.err.contains(QStringLiteral("--db")), noDb.said());
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
