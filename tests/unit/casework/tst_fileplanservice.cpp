// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/fileplanservice.h"
#include "officefixture.h"
#include "storage/fileplanrepository.h"
#include "support/testenv.h"

#include <QBuffer>
#include <QObject>
#include <QtTest>

using aw::casework::FilePlanService;
using aw::core::DisposalDecision;
using aw::core::Error;
using aw::core::RetentionPeriod;

using aw::test::s;
using aw::test::why;

class TestFilePlanService : public QObject, private OfficeFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { aw::test::isolate(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void filePlanCreateAndEdit();
    void filePlanImport();
    void filePlanImportInvalid_data();
    void filePlanImportInvalid();
    void clerkMayNotChangeFilePlan();
};

void TestFilePlanService::filePlanCreateAndEdit()
{
    FilePlanService plan(as(m_registrar));
    auto before = writes();
    const auto node = plan.create(s("5.3"), s("  Sterbefälle "), m_node5, {30}, DisposalDecision::Archive);
    QVERIFY2(node.ok(), qPrintable(why(node)));
    QCOMPARE(delta(before), s("+1/+1"));
    QCOMPARE(node->title, s("Sterbefälle"));
    QCOMPARE(node->parentId, m_node5);
    QCOMPARE(node->rev, 1);

    QCOMPARE(plan.create(s("5.3"), s("Doppelt"), {}, {10}, DisposalDecision::Destroy).error().code,
             Error::Code::Conflict);
    QCOMPARE(plan.create(s("5..3"), s("Ungültig"), {}, {10}, DisposalDecision::Destroy).error().code,
             Error::Code::Invalid);
    QCOMPARE(plan.create(s("5.4"), s("Zu lang"), {}, {201}, DisposalDecision::Destroy).error().code,
             Error::Code::Invalid);

    before = writes();
    aw::storage::FilePlanNode edited = node.value();
    edited.title = s("Sterbefälle und Todeserklärungen");
    edited.retention = {RetentionPeriod::Permanent};
    const auto saved = plan.edit(edited);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    QCOMPARE(delta(before), s("+1/+1"));
    QCOMPARE(saved->rev, 2);
    QCOMPARE(saved->title, edited.title);
    QVERIFY(saved->retention.isPermanent());

    before = writes();
    edited.title = s("Stale");  // still rev 1
    const auto stale = plan.edit(edited);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(delta(before), s("+0/+0"));
    QCOMPARE(aw::storage::FilePlanRepository(m_store->connection()).get(node->id)->title, saved->title);
}

void TestFilePlanService::filePlanImport()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Code;Title;RetentionYears;Disposal\r\n"
                           "1;Allgemeine Verwaltung;10;B\r\n"
                           "\"1.1\";\"Organisation; Geschäftsverteilung\";10;A\r\n"
                           "1.1.2;\"Der \"\"große\"\" Plan\";dauernd;a\r\n"
                           "\r\n"
                           "# a comment\r\n"
                           "5.3;Sterbefälle;-1;A\r\n"
                           "7.3;Ohne Eltern;5;V\r\n";
    auto before = writes();
    const qint64 nodes = count("file_plan_node");
    QCOMPARE(import(csv), s("5/0/0"));
    QCOMPARE(delta(before), s("+5/+5"));
    QCOMPARE(count("file_plan_node"), nodes + 5);
    QCOMPARE(node(s("1")), s("- | Allgemeine Verwaltung | 10 | B"));
    QCOMPARE(node(s("1.1")), s("1 | Organisation; Geschäftsverteilung | 10 | A"));
    QCOMPARE(node(s("1.1.2")), s("1.1 | Der \"große\" Plan | -1 | A"));
    QCOMPARE(node(s("5.3")), s("5 | Sterbefälle | -1 | A"));  // parent already in the store
    QCOMPARE(node(s("7.3")), s("- | Ohne Eltern | 5 | V"));   // "7" does not exist

    // The same file again changes nothing; one changed line updates one node.
    before = writes();
    QCOMPARE(import(csv), s("0/0/5"));
    QCOMPARE(delta(before), s("+0/+0"));
    QVERIFY(import("1;Allgemeine Verwaltung;12;B\n1.1;Organisation; Geschäftsverteilung;10;A\n")
                .startsWith(s("Line 2: expected 4 fields")));  // unquoted ';' in the title
    before = writes();
    QCOMPARE(import("1;Allgemeine Verwaltung;12;B\n\"1.1\";\"Organisation; Geschäftsverteilung\";10;A\n"), s("0/1/1"));
    QCOMPARE(delta(before), s("+1/+1"));
    QCOMPARE(node(s("1")), s("- | Allgemeine Verwaltung | 12 | B"));
    QCOMPARE(aw::storage::FilePlanRepository(m_store->connection()).byCode(s("1"))->rev, 2);
}

void TestFilePlanService::filePlanImportInvalid_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("messagePart");

    const QByteArray head = "code;title;retentionYears;disposal\n1;Allgemeine Verwaltung;10;B\n";
    QTest::newRow("three fields") << head + "2;Nur drei;10\n" << s("Line 3: expected 4 fields");
    QTest::newRow("five fields") << head + "2;Fünf;10;B;x\n" << s("Line 3: expected 4 fields");
    QTest::newRow("one field") << QByteArray("Geburten\n") << s("Line 1: expected 4 fields");
    QTest::newRow("bad code") << head + "1..2;Doppelpunkt;10;B\n" << s("Line 3: “1..2” is not a valid");
    QTest::newRow("umlaut in code") << head + "\n\n1.ä;Umlaut;10;B\n" << s("Line 5:");
    QTest::newRow("empty title") << head + "2; ;10;B\n" << s("Line 3: the title is empty");
    QTest::newRow("retention text") << head + "2;Titel;zehn;B\n" << s("Line 3: the retention period “zehn”");
    QTest::newRow("retention too long") << head + "2;Titel;201;B\n" << s("Line 3:");
    QTest::newRow("retention negative") << head + "2;Titel;-5;B\n" << s("Line 3:");
    QTest::newRow("disposal X") << head + "2;Titel;10;X\n" << s("Line 3: the disposal decision “X”");
    QTest::newRow("disposal empty") << head + "2;Titel;10;\n" << s("Line 3: the disposal decision");
    QTest::newRow("disposal word") << head + "2;Titel;10;Archiv\n" << s("Line 3: the disposal decision");
    QTest::newRow("duplicate code") << head + "2;Zwei;10;B\n1;Nochmal;10;B\n"
                                    << s("Line 4: the code “1” already appears in line 2");
    QTest::newRow("bad line last of many") << head + "2;Zwei;10;B\n3;Drei;10;B\n4;Vier;10;Q\n" << s("Line 5:");
    QTest::newRow("not UTF-8") << head + "2;Geb\xfchren;10;B\n" << s("Line 3");
    QTest::newRow("nothing") << QByteArray("code;title;retentionYears;disposal\n\n") << s("no file plan entries");
}

void TestFilePlanService::filePlanImportInvalid()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, messagePart);

    const auto before = writes();
    const qint64 nodes = count("file_plan_node");
    QBuffer buffer;
    buffer.setData(csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto report = FilePlanService(as(m_registrar)).importCsv(buffer);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, Error::Code::Invalid);
    QVERIFY2(report.error().message.contains(messagePart), qPrintable(report.error().message));
    QCOMPARE(count("file_plan_node"), nodes);
    QCOMPARE(delta(before), s("+0/+0"));
}

void TestFilePlanService::clerkMayNotChangeFilePlan()
{
    for (const QString &user : {m_clerk, m_supervisor}) {
        FilePlanService plan(as(user));
        const auto before = writes();
        QVERIFY(refused(plan.create(s("9"), s("Neu"), {}, {10}, DisposalDecision::Destroy)));
        auto node = aw::storage::FilePlanRepository(m_store->connection()).get(m_node51).value();
        node.title = s("Geändert");
        QVERIFY(refused(plan.edit(node)));
        QBuffer csv;
        csv.setData("9;Neu;10;V\n");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(refused(plan.importCsv(csv)));
        QCOMPARE(delta(before), s("+0/+0"));
    }
}

QTEST_GUILESS_MAIN(TestFilePlanService)
#include "tst_fileplanservice.moc"
