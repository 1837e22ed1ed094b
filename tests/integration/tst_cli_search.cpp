// SPDX-License-Identifier: GPL-3.0-or-later
// `aktenwerk-cli search` on the demo store with the real binary: text and JSON, scopes, the
// acting user's permissions, messages for bad queries, and the index rebuild.
#include "support/clirun.h"
#include "support/testenv.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using aw::test::CliRun;

class TestCliSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        aw::test::isolate();
        QVERIFY2(QFileInfo(QStringLiteral(AW_CLI)).isExecutable(), AW_CLI);
        m_store = m_temp.file(QStringLiteral("store"));
        const CliRun demo = cli({QStringLiteral("demo")});
        QCOMPARE(demo.exitCode, 0);
    }

    void textShowsFilesAndMarkedHits()
    {
        const CliRun run = cli({QStringLiteral("--user"), QStringLiteral("jfischer"), QStringLiteral("search"),
                                QStringLiteral("Wohngeld"), QStringLiteral("Jankowski")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Wohngeld Familie Jankowski")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("[Wohngeld]")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("1 case file(s)")), qPrintable(run.err));
    }

    void jsonWithFacetsAndPermissions()
    {
        const auto search = [this](const char *login, const QStringList &more) {
            const CliRun run = cli(QStringList{QStringLiteral("--user"), QString::fromLatin1(login),
                                               QStringLiteral("--json"), QStringLiteral("search")} +
                                   more);
            return QJsonDocument::fromJson(run.out.toUtf8()).object();
        };
        // The supervisor of both Kundenzentren sees both Wohngeld files; a clerk of KZN only hers.
        const QJsonObject lead = search("jfischer", {QStringLiteral("Wohngeld")});
        QVERIFY(lead.value(QStringLiteral("caseFiles")).toInt() >= 2);
        QVERIFY(lead.value(QStringLiteral("complete")).toBool());
        QCOMPARE(lead.value(QStringLiteral("estimatedObjects")).toInteger(),
                 lead.value(QStringLiteral("objects")).toInteger());
        const QJsonArray units =
            lead.value(QStringLiteral("facets")).toObject().value(QStringLiteral("unit")).toArray();
        QCOMPARE(units.size(), 2);
        const QJsonObject clerk = search("aweber", {QStringLiteral("Wohngeld")});
        for (const QJsonValue &hit : clerk.value(QStringLiteral("hits")).toArray())
            QVERIFY(!hit.toObject()
                         .value(QStringLiteral("caseFile"))
                         .toObject()
                         .value(QStringLiteral("subject"))
                         .toString()
                         .contains(QStringLiteral("Jankowski")));
        QVERIFY(clerk.value(QStringLiteral("caseFiles")).toInt() < lead.value(QStringLiteral("caseFiles")).toInt());
        // The archive: closed files only, and none for a clerk.
        const QJsonObject archive =
            search("jfischer", {QStringLiteral("--scope"), QStringLiteral("archive"), QStringLiteral("typ:akte")});
        QVERIFY(archive.value(QStringLiteral("caseFiles")).toInt() >= 1);
        for (const QJsonValue &hit : archive.value(QStringLiteral("hits")).toArray())
            QVERIFY(hit.toObject().value(QStringLiteral("archived")).toBool());
        QCOMPARE(search("aweber", {QStringLiteral("--scope"), QStringLiteral("archive"), QStringLiteral("typ:akte")})
                     .value(QStringLiteral("caseFiles"))
                     .toInt(),
                 0);
    }

    void badInputIsSaid()
    {
        CliRun run = cli({QStringLiteral("--user"), QStringLiteral("jfischer"), QStringLiteral("search"),
                          QStringLiteral("\"Wohngeld")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not closed")), qPrintable(run.err));
        run = cli({QStringLiteral("search"), QStringLiteral("Wohngeld")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--user")), qPrintable(run.err));
        run = cli({QStringLiteral("--user"), QStringLiteral("jfischer"), QStringLiteral("--scope"),
                   QStringLiteral("everything"), QStringLiteral("search"), QStringLiteral("Wohngeld")});
        QCOMPARE(run.exitCode, 2);
    }

    void rebuildKeepsTheResults()
    {
        const QStringList query{QStringLiteral("--user"), QStringLiteral("jfischer"), QStringLiteral("--json"),
                                QStringLiteral("search"), QStringLiteral("Familie")};
        const CliRun before = cli(query);
        const CliRun rebuild = cli({QStringLiteral("search"), QStringLiteral("--rebuild")});
        QCOMPARE(rebuild.exitCode, 0);
        QVERIFY2(rebuild.err.contains(QStringLiteral("Indexing for search")), qPrintable(rebuild.err));
        const CliRun after = cli(query);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("hits")),
                 QJsonDocument::fromJson(before.out.toUtf8()).object().value(QStringLiteral("hits")));
    }

private:
    CliRun cli(const QStringList &args)
    {
        return aw::test::runCli(QStringLiteral(AW_CLI), m_home.path(), m_temp.path(),
                                QStringList{QStringLiteral("--store"), m_store} + args);
    }

    aw::test::TempDir m_home;
    aw::test::TempDir m_temp;
    QString m_store;
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
