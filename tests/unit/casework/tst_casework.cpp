// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/casefileservice.h"
#include "casework/demo.h"
#include "casework/documentservice.h"
#include "casework/fileplanservice.h"
#include "casework/noteservice.h"
#include "casework/orgservice.h"
#include "casework/proceedingservice.h"
#include "storage/fileplanrepository.h"
#include "storage/sql.h"
#include "support/testenv.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QObject>
#include <QSet>
#include <QtTest>

using aw::casework::CaseFileService;
using aw::casework::DocumentService;
using aw::casework::FilePlanService;
using aw::casework::NoteService;
using aw::casework::OrgService;
using aw::casework::ProceedingService;
using aw::casework::Session;
using aw::core::DisposalDecision;
using aw::core::Error;
using aw::core::Result;
using aw::core::RetentionPeriod;
using aw::core::Role;
using aw::storage::CaseFile;
using aw::storage::Proceeding;

using aw::test::s;
using aw::test::why;

namespace {

QString year()
{
    return QString::number(QDate::currentDate().year());
}

// Refused with a reason the user can read.
template <typename T>
bool refused(const Result<T> &result)
{
    if (result.ok() || result.error().code != Error::Code::Refused || result.error().message.trimmed().isEmpty()) {
        qWarning("expected a refusal, got %s", result.ok() ? "success" : qPrintable(result.error().message));
        return false;
    }
    return true;
}

}  // namespace

class TestCasework : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filePlanCreateAndEdit();
    void filePlanImport();
    void filePlanImportInvalid_data();
    void filePlanImportInvalid();
    void clerkMayNotChangeFilePlan();
    void referencesPerPlanAndYear();
    void referencesUniqueAcross200();
    void customReferencePattern();
    void otherUnitIsRefused();
    void closeSetsRetention_data();
    void closeSetsRetention();
    void closedFileIsFrozen();
    void staleRevisionConflicts();
    void proceedingReferences();
    void assignRules();
    void proceedingCloseReopen();
    void myWork();
    void notesAndResubmissions();
    void documents();
    void demoSeed();

private:
    Session as(const QString &userId) const { return Session(m_store, userId); }
    qint64 count(const char *table) const;
    // Audit events and outbox rows written since `before`, as "+audit/+outbox".
    QString delta(const std::pair<qint64, qint64> &before) const;
    std::pair<qint64, qint64> writes() const { return {count("audit_event"), count("outbox")}; }
    CaseFile newFile(const QString &nodeId, const QString &userId);
    // Imports `csv` as the registrar; "created/updated/unchanged", or the error message.
    QString import(const QByteArray &csv);
    // A node as "parent code | title | years | disposal".
    QString node(const QString &code) const;
    Proceeding newProceeding(const QString &caseFileId, const QString &userId, const QString &assignee = {});

    std::unique_ptr<aw::test::TempDir> m_dir;
    std::shared_ptr<aw::storage::Store> m_store;
    QString m_registrar, m_sta, m_kzn, m_clerk, m_clerk2, m_supervisor, m_kzClerk;
    QString m_node5, m_node51, m_node52;
};

void TestCasework::initTestCase()
{
    aw::test::isolate();
}

qint64 TestCasework::count(const char *table) const
{
    const auto n =
        aw::storage::scalar(m_store->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return n ? n->toLongLong() : -1;
}

QString TestCasework::delta(const std::pair<qint64, qint64> &before) const
{
    const auto now = writes();
    return QStringLiteral("+%1/+%2").arg(now.first - before.first).arg(now.second - before.second);
}

void TestCasework::init()
{
    m_dir = std::make_unique<aw::test::TempDir>();
    auto store = aw::storage::Store::open(m_dir->path());
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();

    auto before = writes();
    const auto registrar = OrgService::bootstrap(*m_store, s("registratur"), s("Petra Registratur"));
    QVERIFY2(registrar.ok(), qPrintable(why(registrar)));
    QCOMPARE(delta(before), s("+3/+3"));  // unit, user, membership
    m_registrar = registrar->id;
    QVERIFY(!OrgService::bootstrap(*m_store, s("zweite"), s("Zweite")).ok());

    OrgService org(as(m_registrar));
    before = writes();
    const auto sta = org.createUnit(s("StA"), s("Standesamt"));
    const auto kzn = org.createUnit(s("KZN"), s("Kundenzentrum Nord"));
    QVERIFY2(sta.ok() && kzn.ok(), qPrintable(why(sta) + why(kzn)));
    QCOMPARE(delta(before), s("+2/+2"));
    m_sta = sta->id;
    m_kzn = kzn->id;

    const struct
    {
        const char *login, *name;
        QString *id;
        QString unit;
        Role role;
    } people[] = {{"mmueller", "Maria Müller", &m_clerk, m_sta, Role::Clerk},
                  {"tyilmaz", "Tarik Yılmaz", &m_clerk2, m_sta, Role::Clerk},
                  {"kschmidt", "Karin Schmidt", &m_supervisor, m_sta, Role::Supervisor},
                  {"aweber", "Anna Weber", &m_kzClerk, m_kzn, Role::Clerk}};
    for (const auto &person : people) {
        before = writes();
        const auto user = org.createUser(s(person.login), s(person.name));
        QVERIFY2(user.ok(), qPrintable(why(user)));
        const auto member = org.addMembership(user->id, person.unit, person.role);
        QVERIFY2(member.ok(), qPrintable(why(member)));
        QCOMPARE(delta(before), s("+2/+2"));
        *person.id = user->id;
    }

    FilePlanService plan(as(m_registrar));
    const auto n5 = plan.create(s("5"), s("Personenstandswesen"), {}, {30}, DisposalDecision::Archive);
    QVERIFY2(n5.ok(), qPrintable(why(n5)));
    const auto n51 = plan.create(s("5.1"), s("Geburten"), n5->id, {10}, DisposalDecision::Destroy);
    const auto n52 =
        plan.create(s("5.2"), s("Eheschließungen"), n5->id, {RetentionPeriod::Permanent}, DisposalDecision::Archive);
    QVERIFY2(n51.ok() && n52.ok(), qPrintable(why(n51) + why(n52)));
    m_node5 = n5->id;
    m_node51 = n51->id;
    m_node52 = n52->id;
}

void TestCasework::cleanup()
{
    if (m_store) {
        const auto findings = m_store->verify();
        QVERIFY2(findings.ok(), qPrintable(why(findings)));
        QVERIFY2(findings->isEmpty(), qPrintable(findings->join(QLatin1Char('\n'))));
    }
    m_store.reset();
    m_dir.reset();
}

QString TestCasework::import(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    const auto r = FilePlanService(as(m_registrar)).importCsv(buffer);
    return r ? s("%1/%2/%3").arg(r->created).arg(r->updated).arg(r->unchanged) : r.error().message;
}

QString TestCasework::node(const QString &code) const
{
    aw::storage::FilePlanRepository nodes(m_store->connection());
    const auto n = nodes.byCode(code);
    if (!n)
        return n.error().message;
    const QString parent = n->parentId.isEmpty() ? s("-") : nodes.get(n->parentId)->code;
    return s("%1 | %2 | %3 | %4")
        .arg(parent, n->title)
        .arg(n->retention.years)
        .arg(aw::core::disposalLetter(n->disposal));
}

CaseFile TestCasework::newFile(const QString &nodeId, const QString &userId)
{
    const auto file = CaseFileService(as(userId)).create(nodeId, s("Geburt Emma Schulz"), m_sta);
    if (!file.ok())
        qWarning("creating a case file failed: %s", qPrintable(file.error().message));
    return file.ok() ? file.value() : CaseFile{};
}

Proceeding TestCasework::newProceeding(const QString &caseFileId, const QString &userId, const QString &assignee)
{
    const auto p = ProceedingService(as(userId)).create(caseFileId, s("Geburtsanzeige"), {}, assignee);
    if (!p.ok())
        qWarning("creating a proceeding failed: %s", qPrintable(p.error().message));
    return p.ok() ? p.value() : Proceeding{};
}

void TestCasework::filePlanCreateAndEdit()
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

void TestCasework::filePlanImport()
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

void TestCasework::filePlanImportInvalid_data()
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

void TestCasework::filePlanImportInvalid()
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

void TestCasework::clerkMayNotChangeFilePlan()
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

void TestCasework::referencesPerPlanAndYear()
{
    CaseFileService files(as(m_clerk));
    QStringList refs;
    for (const QString &node : {m_node51, m_node51, m_node52, m_node51}) {
        const auto before = writes();
        const auto file = files.create(node, s("Geburt"), m_sta);
        QVERIFY2(file.ok(), qPrintable(why(file)));
        QCOMPARE(delta(before), s("+1/+1"));
        QCOMPARE(file->status, aw::storage::CaseFileStatus::Open);
        QCOMPARE(file->disposal, node == m_node51 ? DisposalDecision::Destroy : DisposalDecision::Archive);
        refs << file->reference;
    }
    QCOMPARE(refs,
             QStringList({s("5.1-1/") + year(), s("5.1-2/") + year(), s("5.2-1/") + year(), s("5.1-3/") + year()}));
    QCOMPARE(files.create(m_node51, s("   "), m_sta).error().code, Error::Code::Invalid);
    QCOMPARE(files.create(s("no-such-node"), s("X"), m_sta).error().code, Error::Code::NotFound);
}

void TestCasework::referencesUniqueAcross200()
{
    CaseFileService files(as(m_clerk));
    QSet<QString> refs;
    for (int i = 1; i <= 200; ++i) {
        const auto file = files.create(m_node51, s("Akte %1").arg(i), m_sta);
        QVERIFY2(file.ok(), qPrintable(why(file)));
        QCOMPARE(file->reference, s("5.1-%1/").arg(i) + year());
        refs.insert(file->reference);
    }
    QCOMPARE(refs.size(), 200);
    QCOMPARE(count("case_file"), qint64(200));
}

void TestCasework::customReferencePattern()
{
    QVERIFY(m_store->setSetting(s("reference.pattern"), s("{unit} {plan}/{seq:4}-{year}")).ok());
    const CaseFile first = newFile(m_node51, m_clerk);
    const CaseFile second = newFile(m_node51, m_clerk);
    QCOMPARE(first.reference, s("StA 5.1/0001-") + year());
    QCOMPARE(second.reference, s("StA 5.1/0002-") + year());
    const Proceeding p = newProceeding(second.id, m_clerk);
    QCOMPARE(p.reference, s("StA 5.1/0002-") + year() + s("-0001"));
}

void TestCasework::otherUnitIsRefused()
{
    const CaseFile file = newFile(m_node51, m_clerk);
    QVERIFY(!file.id.isEmpty());
    CaseFileService files(as(m_kzClerk));
    const auto before = writes();
    QVERIFY(refused(files.create(m_node51, s("Fremd"), m_sta)));
    QVERIFY(refused(files.editSubject(file.id, s("Fremd"), file.rev)));
    QVERIFY(refused(files.close(file.id)));
    QVERIFY(refused(files.get(file.id)));
    QVERIFY(refused(ProceedingService(as(m_kzClerk)).create(file.id, s("Fremd"))));
    QVERIFY(refused(NoteService(as(m_kzClerk)).addNote(s("case_file"), file.id, s("Fremd"))));
    QCOMPARE(delta(before), s("+0/+0"));
    QVERIFY(files.listAll()->isEmpty());
    QCOMPARE(CaseFileService(as(m_clerk2)).listAll()->size(), 1);
}

void TestCasework::closeSetsRetention_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("years");  // -1: kept permanently, no end
    QTest::addColumn<DisposalDecision>("disposal");
    QTest::addColumn<bool>("changeNode");  // node edited after the file was created

    QTest::newRow("10 years, V") << s("5.1") << 10 << DisposalDecision::Destroy << false;
    QTest::newRow("permanent, A") << s("5.2") << -1 << DisposalDecision::Archive << false;
    QTest::newRow("node changed to 0 years, B") << s("5.1") << 0 << DisposalDecision::Evaluate << true;
}

void TestCasework::closeSetsRetention()
{
    QFETCH(QString, node);
    QFETCH(int, years);
    QFETCH(DisposalDecision, disposal);
    QFETCH(bool, changeNode);

    const QString nodeId = node == s("5.1") ? m_node51 : m_node52;
    const CaseFile file = newFile(nodeId, m_clerk);
    if (changeNode) {
        auto n = aw::storage::FilePlanRepository(m_store->connection()).get(nodeId).value();
        n.retention = {years};
        n.disposal = disposal;
        QVERIFY(FilePlanService(as(m_registrar)).edit(n).ok());
    }
    const Proceeding p = newProceeding(file.id, m_clerk);
    CaseFileService files(as(m_clerk));

    auto before = writes();
    QVERIFY(refused(files.close(file.id)));
    QCOMPARE(delta(before), s("+0/+0"));
    QCOMPARE(files.get(file.id)->status, aw::storage::CaseFileStatus::Open);

    QVERIFY(ProceedingService(as(m_clerk)).close(p.id).ok());
    before = writes();
    const auto closed = files.close(file.id);
    QVERIFY2(closed.ok(), qPrintable(why(closed)));
    QCOMPARE(delta(before), s("+1/+1"));
    QVERIFY(closed->isClosed());
    QVERIFY(closed->closedAt.isValid());
    const int closingYear = closed->closedAt.toLocalTime().date().year();
    QCOMPARE(closed->retentionUntil, years < 0 ? QDate() : QDate(closingYear + years, 12, 31));
    QCOMPARE(closed->disposal, disposal);
    QCOMPARE(closed->rev, file.rev + 1);

    const auto stored = CaseFileService(as(m_supervisor)).get(file.id);  // clerks no longer see it
    QVERIFY2(stored.ok(), qPrintable(why(stored)));
    QCOMPARE(stored->retentionUntil, closed->retentionUntil);
    QCOMPARE(stored->disposal, disposal);
    QVERIFY(stored->isClosed());
}

void TestCasework::closedFileIsFrozen()
{
    const CaseFile file = newFile(m_node51, m_clerk);
    const auto closed = CaseFileService(as(m_clerk)).close(file.id);
    QVERIFY2(closed.ok(), qPrintable(why(closed)));

    auto before = writes();
    for (const QString &user : {m_clerk, m_clerk2, m_supervisor, m_registrar, m_kzClerk})
        QVERIFY(refused(CaseFileService(as(user)).editSubject(file.id, s("Neu"), closed->rev)));
    QVERIFY(refused(ProceedingService(as(m_supervisor)).create(file.id, s("Nachtrag"))));
    QVERIFY(refused(NoteService(as(m_supervisor)).addNote(s("case_file"), file.id, s("Vermerk"))));
    QVERIFY(refused(CaseFileService(as(m_clerk)).reopen(file.id)));
    QVERIFY(refused(CaseFileService(as(m_supervisor)).close(file.id)));
    QCOMPARE(delta(before), s("+0/+0"));

    before = writes();
    const auto reopened = CaseFileService(as(m_supervisor)).reopen(file.id);
    QVERIFY2(reopened.ok(), qPrintable(why(reopened)));
    QCOMPARE(delta(before), s("+1/+1"));
    QVERIFY(!reopened->isClosed());
    QVERIFY(!reopened->closedAt.isValid());
    QVERIFY(!reopened->retentionUntil.isValid());
    QVERIFY(refused(CaseFileService(as(m_supervisor)).reopen(file.id)));  // not closed any more
    QVERIFY(CaseFileService(as(m_clerk)).editSubject(file.id, s("Neu"), reopened->rev).ok());
}

void TestCasework::staleRevisionConflicts()
{
    const CaseFile file = newFile(m_node51, m_clerk);
    CaseFileService files(as(m_clerk));
    const auto first = files.editSubject(file.id, s("  Geburt Emma Schulz-Meier "), file.rev);
    QVERIFY2(first.ok(), qPrintable(why(first)));
    QCOMPARE(first->rev, file.rev + 1);
    QCOMPARE(first->subject, s("Geburt Emma Schulz-Meier"));

    const auto before = writes();
    const auto stale = CaseFileService(as(m_clerk2)).editSubject(file.id, s("Überschrieben"), file.rev);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(delta(before), s("+0/+0"));
    QCOMPARE(files.get(file.id)->subject, first->subject);
    QCOMPARE(files.editSubject(file.id, s(""), first->rev).error().code, Error::Code::Invalid);
    QVERIFY(files.editSubject(file.id, s("Drittens"), first->rev).ok());
}

void TestCasework::proceedingReferences()
{
    const CaseFile file = newFile(m_node51, m_clerk);
    ProceedingService proceedings(as(m_clerk));
    auto before = writes();
    const auto p1 = proceedings.create(file.id, s("Geburtsanzeige"), QDate::currentDate().addDays(14));
    const auto p2 = proceedings.create(file.id, s("Namenserklärung"));
    QVERIFY2(p1.ok() && p2.ok(), qPrintable(why(p1) + why(p2)));
    QCOMPARE(delta(before), s("+2/+2"));
    QCOMPARE(p1->reference + s(" ") + p2->reference, file.reference + s("-0001 ") + file.reference + s("-0002"));
    QCOMPARE(p2->number, 2);
    QCOMPARE(p1->dueAt, QDate::currentDate().addDays(14));
    QCOMPARE(proceedings.listForCaseFile(file.id)->size(), 2);
}

void TestCasework::assignRules()
{
    const CaseFile file = newFile(m_node51, m_clerk);
    const Proceeding p = newProceeding(file.id, m_supervisor);
    ProceedingService clerk(as(m_clerk));
    ProceedingService clerk2(as(m_clerk2));
    ProceedingService supervisor(as(m_supervisor));

    auto before = writes();
    QVERIFY(refused(clerk.assign(p.id, m_clerk2)));  // giving work to others
    QVERIFY(refused(clerk.create(file.id, s("Für Tarik"), {}, m_clerk2)));
    QVERIFY(refused(supervisor.assign(p.id, m_kzClerk)));  // not in the unit
    QVERIFY(refused(supervisor.create(file.id, s("Für Anna"), {}, m_kzClerk)));
    QCOMPARE(delta(before), s("+0/+0"));

    before = writes();
    const auto taken = clerk.assign(p.id, m_clerk);  // taking unassigned work
    QVERIFY2(taken.ok(), qPrintable(why(taken)));
    QCOMPARE(delta(before), s("+1/+1"));
    QCOMPARE(taken->assigneeId, m_clerk);

    before = writes();
    QVERIFY(refused(clerk2.assign(p.id, m_clerk2)));  // already someone's
    QVERIFY(refused(clerk2.setStatus(p.id, aw::storage::ProceedingStatus::Waiting)));
    QVERIFY(refused(clerk2.close(p.id)));
    QCOMPARE(delta(before), s("+0/+0"));

    const auto reassigned = supervisor.assign(p.id, m_clerk2);
    QVERIFY2(reassigned.ok(), qPrintable(why(reassigned)));
    QCOMPARE(reassigned->assigneeId, m_clerk2);
    QVERIFY(clerk2.setStatus(p.id, aw::storage::ProceedingStatus::Waiting).ok());
    const auto own = clerk.create(file.id, s("Für mich"), {}, m_clerk);
    QVERIFY2(own.ok(), qPrintable(why(own)));
    QCOMPARE(own->assigneeId, m_clerk);
}

void TestCasework::proceedingCloseReopen()
{
    const CaseFile file = newFile(m_node51, m_clerk);
    const Proceeding p = newProceeding(file.id, m_clerk, m_clerk);
    ProceedingService clerk(as(m_clerk));
    auto before = writes();
    const auto closed = clerk.close(p.id);
    QVERIFY2(closed.ok(), qPrintable(why(closed)));
    QCOMPARE(delta(before), s("+1/+1"));
    QVERIFY(closed->isClosed());
    QVERIFY(closed->closedAt.isValid());

    before = writes();
    QVERIFY(refused(clerk.reopen(p.id)));
    QVERIFY(refused(clerk.setDue(p.id, QDate::currentDate())));
    QCOMPARE(delta(before), s("+0/+0"));

    const auto reopened = ProceedingService(as(m_supervisor)).reopen(p.id);
    QVERIFY2(reopened.ok(), qPrintable(why(reopened)));
    QCOMPARE(reopened->status, aw::storage::ProceedingStatus::InProgress);
    QVERIFY(!reopened->closedAt.isValid());
    QCOMPARE(reopened->rev, p.rev + 2);
}

void TestCasework::myWork()
{
    const CaseFile file = newFile(m_node51, m_clerk);
    const Proceeding mine = newProceeding(file.id, m_clerk, m_clerk);
    const Proceeding done = newProceeding(file.id, m_clerk, m_clerk);
    const Proceeding theirs = newProceeding(file.id, m_supervisor, m_clerk2);
    newProceeding(file.id, m_clerk);  // unassigned
    QVERIFY(ProceedingService(as(m_clerk)).close(done.id).ok());

    const auto work = ProceedingService(as(m_clerk)).myWork();
    QVERIFY2(work.ok(), qPrintable(why(work)));
    QCOMPARE(work->size(), 1);
    QCOMPARE(work->first().id, mine.id);
    const auto other = ProceedingService(as(m_clerk2)).myWork();
    QVERIFY(other.ok() && other->size() == 1);
    QCOMPARE(other->first().id, theirs.id);
    QVERIFY(ProceedingService(as(m_supervisor)).myWork()->isEmpty());
}

void TestCasework::notesAndResubmissions()
{
    const CaseFile file = newFile(m_node51, m_clerk);
    const Proceeding p = newProceeding(file.id, m_clerk, m_clerk);
    NoteService notes(as(m_clerk));
    const QDate today = QDate::currentDate();

    auto before = writes();
    const auto note = notes.addNote(s("proceeding"), p.id, s("Anzeige vollständig."));
    QVERIFY2(note.ok(), qPrintable(why(note)));
    QVERIFY(notes.addNote(s("case_file"), file.id, s("Akte angelegt.")).ok());
    const auto mine = notes.setResubmission(s("proceeding"), p.id, today.addDays(3), s("nachfassen"));
    QVERIFY2(mine.ok(), qPrintable(why(mine)));
    const auto forTarik = notes.setResubmission(s("proceeding"), p.id, today.addDays(5), s("Urkunde"), m_clerk2);
    QVERIFY2(forTarik.ok(), qPrintable(why(forTarik)));
    QCOMPARE(delta(before), s("+4/+4"));
    QCOMPARE(notes.notes(s("proceeding"), p.id)->size(), 1);
    QCOMPARE(notes.notes(s("proceeding"), p.id)->first().authorId, m_clerk);

    before = writes();
    QVERIFY(refused(notes.setResubmission(s("proceeding"), p.id, today, s("x"), m_kzClerk)));
    QCOMPARE(notes.addNote(s("document"), p.id, s("x")).error().code, Error::Code::Invalid);
    QCOMPARE(notes.addNote(s("proceeding"), p.id, s("  ")).error().code, Error::Code::Invalid);
    QVERIFY(refused(NoteService(as(m_clerk2)).markDone(mine->id)));
    QCOMPARE(delta(before), s("+0/+0"));

    QCOMPARE(notes.dueForMe(today.addDays(7))->size(), 1);
    QCOMPARE(notes.dueForMe(today.addDays(2))->size(), 0);
    QCOMPARE(NoteService(as(m_clerk2)).dueForMe(today.addDays(7))->first().id, forTarik->id);

    before = writes();
    const auto done = notes.markDone(mine->id);
    QVERIFY2(done.ok(), qPrintable(why(done)));
    QCOMPARE(delta(before), s("+1/+1"));
    QVERIFY(done->done);
    QVERIFY(notes.dueForMe(today.addDays(7))->isEmpty());

    QVERIFY(ProceedingService(as(m_clerk)).close(p.id).ok());
    before = writes();
    QVERIFY(refused(notes.addNote(s("proceeding"), p.id, s("Nachtrag"))));
    QVERIFY(refused(notes.setResubmission(s("proceeding"), p.id, today, s("x"))));
    QCOMPARE(delta(before), s("+0/+0"));
    QVERIFY(notes.addNote(s("case_file"), file.id, s("Vorgang erledigt.")).ok());  // the file is still open
}

void TestCasework::documents()
{
    const CaseFile file = newFile(m_node51, m_clerk);
    const Proceeding p = newProceeding(file.id, m_clerk, m_clerk);
    DocumentService docs(as(m_clerk));
    const QByteArray v1 = QByteArrayLiteral("%PDF-1.7 Geburtsanzeige Klinikum Nord");
    const QByteArray v2 = QByteArrayLiteral("%PDF-1.7 Geburtsanzeige Klinikum Nord, berichtigt");

    QBuffer content;
    content.setData(v1);
    QVERIFY(content.open(QIODevice::ReadOnly));
    auto before = writes();
    const auto doc = docs.addDocument(p.id, s("Geburtsanzeige"), aw::storage::Direction::In, content, s("anzeige.pdf"),
                                      s("application/pdf"));
    QVERIFY2(doc.ok(), qPrintable(why(doc)));
    QCOMPARE(delta(before), s("+1/+1"));
    auto versions = docs.versions(doc->id);
    QVERIFY2(versions.ok(), qPrintable(why(versions)));
    QCOMPARE(versions->size(), 1);
    const QString sha1 = QString::fromLatin1(QCryptographicHash::hash(v1, QCryptographicHash::Sha256).toHex());
    QCOMPARE(versions->first().sha256, sha1);
    QCOMPARE(versions->first().n, 1);
    QCOMPARE(versions->first().size, qint64(v1.size()));
    QCOMPARE(versions->first().mime, s("application/pdf"));
    QVERIFY(m_store->blobs().contains(sha1));
    QCOMPARE(*docs.content(versions->first()), v1);

    QBuffer second;
    second.setData(v2);
    QVERIFY(second.open(QIODevice::ReadOnly));
    before = writes();
    const auto version = docs.addVersion(doc->id, second, s("anzeige-berichtigt.pdf"));
    QVERIFY2(version.ok(), qPrintable(why(version)));
    QCOMPARE(delta(before), s("+1/+1"));
    QCOMPARE(version->n, 2);
    QCOMPARE(version->mime, s("application/octet-stream"));
    QCOMPARE(version->sha256, QString::fromLatin1(QCryptographicHash::hash(v2, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(docs.versions(doc->id)->size(), 2);

    // Refused writes store no bytes.
    const QStringList blobs = m_store->blobs().list();
    QCOMPARE(blobs.size(), 2);
    QBuffer third;
    third.setData(QByteArrayLiteral("never stored"));
    QVERIFY(third.open(QIODevice::ReadOnly));
    before = writes();
    QVERIFY(refused(
        DocumentService(as(m_kzClerk)).addDocument(p.id, s("Fremd"), aw::storage::Direction::In, third, s("x.pdf"))));
    QVERIFY(refused(DocumentService(as(m_kzClerk)).addVersion(doc->id, third, s("x.pdf"))));
    QCOMPARE(delta(before), s("+0/+0"));
    QVERIFY(ProceedingService(as(m_clerk)).close(p.id).ok());
    before = writes();
    QVERIFY(refused(docs.addDocument(p.id, s("Nachtrag"), aw::storage::Direction::In, third, s("x.pdf"))));
    QVERIFY(refused(docs.addVersion(doc->id, third, s("x.pdf"))));
    QCOMPARE(delta(before), s("+0/+0"));
    QCOMPARE(m_store->blobs().list(), blobs);
}

void TestCasework::demoSeed()
{
    aw::test::TempDir dir;
    auto store = aw::storage::Store::open(dir.path());
    QVERIFY2(store.ok(), qPrintable(why(store)));
    const auto report = aw::casework::seedDemo(*store);
    QVERIFY2(report.ok(), qPrintable(why(report)));
    QVERIFY(report->units >= 4 && report->users >= 6 && report->nodes > 0 && report->caseFiles > 0);
    auto findings = (*store)->verify();
    QVERIFY2(findings.ok(), qPrintable(why(findings)));
    QVERIFY2(findings->isEmpty(), qPrintable(findings->join(QLatin1Char('\n'))));

    const auto audit = aw::storage::scalar((*store)->connection(), s("SELECT count(*) FROM audit_event"));
    const auto again = aw::casework::seedDemo(*store);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QCOMPARE(aw::storage::scalar((*store)->connection(), s("SELECT count(*) FROM audit_event"))->toLongLong(),
             audit->toLongLong());
    findings = (*store)->verify();
    QVERIFY(findings.ok() && findings->isEmpty());
}

QTEST_GUILESS_MAIN(TestCasework)
#include "tst_casework.moc"
