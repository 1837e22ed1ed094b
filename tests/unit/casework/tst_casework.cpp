// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/casefileservice.h"
#include "casework/demo.h"
#include "casework/documentservice.h"
#include "casework/fileplanservice.h"
#include "casework/noteservice.h"
#include "casework/orgservice.h"
#include "casework/proceedingservice.h"
#include "officefixture.h"
#include "storage/auditlog.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "support/testenv.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonObject>
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
using aw::core::Role;
using aw::storage::CaseFile;
using aw::storage::CaseFileListQuery;
using aw::storage::CaseFileRepository;
using aw::storage::Proceeding;

using aw::test::s;
using aw::test::why;

class TestCasework : public QObject, private OfficeFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        aw::test::isolate();
        // Lists order text by the locale, as for the clerks (the C locale knows no numbers in text).
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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
    void releaseAndStaleAssign();
    void proceedingSubjectEdit();
    void moveProceeding();
    void unitMembers();
    void caseFileListPages();
    void proceedingCloseReopen();
    void myWork();
    void notesAndResubmissions();
    void documents();
    void demoSeed();
};

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

void TestCasework::releaseAndStaleAssign()
{
    const CaseFile file = newFile(m_node51, m_clerk);
    const Proceeding p = newProceeding(file.id, m_supervisor);
    ProceedingService clerk(as(m_clerk));
    const auto taken = clerk.assign(p.id, m_clerk, p.rev);
    QVERIFY2(taken.ok(), qPrintable(why(taken)));
    auto before = writes();
    QCOMPARE(clerk.assign(p.id, QString(), p.rev).error().code, Error::Code::Conflict);  // stale
    QVERIFY(refused(ProceedingService(as(m_clerk2)).assign(p.id, QString())));           // not theirs to release
    QCOMPARE(delta(before), s("+0/+0"));
    const auto released = clerk.assign(p.id, QString(), taken->rev);  // handing one's own work back
    QVERIFY2(released.ok(), qPrintable(why(released)));
    QVERIFY(released->assigneeId.isEmpty());
    QCOMPARE(delta(before), s("+1/+1"));
}

void TestCasework::proceedingSubjectEdit()
{
    const CaseFile file = newFile(m_node51, m_clerk);
    const Proceeding p = newProceeding(file.id, m_clerk, m_clerk);
    ProceedingService clerk(as(m_clerk));
    auto before = writes();
    const auto edited = clerk.editSubject(p.id, s("  Geburtsurkunde für Emma "), p.rev);
    QVERIFY2(edited.ok(), qPrintable(why(edited)));
    QCOMPARE(edited->subject, s("Geburtsurkunde für Emma"));
    QCOMPARE(edited->rev, p.rev + 1);
    QCOMPARE(delta(before), s("+1/+1"));

    before = writes();
    QCOMPARE(clerk.editSubject(p.id, s("Veraltet"), p.rev).error().code, Error::Code::Conflict);
    QCOMPARE(clerk.editSubject(p.id, s("   "), edited->rev).error().code, Error::Code::Invalid);
    const auto tooLong =
        clerk.editSubject(p.id, QString(ProceedingService::MaxSubjectLength + 1, QLatin1Char('x')), edited->rev);
    QCOMPARE(tooLong.error().code, Error::Code::Invalid);
    QVERIFY(tooLong.error().message.contains(QString::number(ProceedingService::MaxSubjectLength)));
    QVERIFY(refused(ProceedingService(as(m_kzClerk)).editSubject(p.id, s("Fremd"), edited->rev)));
    QCOMPARE(delta(before), s("+0/+0"));
    QCOMPARE(clerk.listForCaseFile(file.id)->first().subject, s("Geburtsurkunde für Emma"));

    // The due date too: refused from a stale revision, set from the current one.
    before = writes();
    QCOMPARE(clerk.setDue(p.id, QDate(2027, 1, 15), p.rev).error().code, Error::Code::Conflict);
    QCOMPARE(delta(before), s("+0/+0"));
    const auto due = clerk.setDue(p.id, QDate(2027, 1, 15), edited->rev);
    QVERIFY2(due.ok(), qPrintable(why(due)));
    QCOMPARE(due->dueAt, QDate(2027, 1, 15));
    QCOMPARE(due->rev, edited->rev + 1);
}

void TestCasework::caseFileListPages()
{
    // 25 files of the Standesamt, one of them closed, and 2 of the Kundenzentrum, in 5.1.
    QStringList staReferences;
    for (int i = 1; i <= 25; ++i)
        staReferences << CaseFileService(as(m_clerk)).create(m_node51, s("Akte %1").arg(i), m_sta)->reference;
    for (int i = 1; i <= 2; ++i)
        QVERIFY(CaseFileService(as(m_kzClerk)).create(m_node51, s("Kundenanliegen %1").arg(i), m_kzn).ok());
    const auto closing = CaseFileRepository(m_store->connection()).byReference(staReferences.at(4));
    QVERIFY(CaseFileService(as(m_clerk)).close(closing->id).ok());

    // Each user's pages hold exactly the files the permission rules let them see.
    for (const QString &user : {m_clerk, m_supervisor, m_kzClerk, m_registrar}) {
        const CaseFileService files(as(user));
        auto whole = files.listForNode(m_node51);
        QVERIFY2(whole.ok(), qPrintable(why(whole)));
        CaseFileListQuery query;
        query.limit = 10;
        QStringList paged;
        int total = -1;
        for (query.offset = 0; query.offset < int(whole->size()) + 10; query.offset += query.limit) {
            auto page = files.listPage(m_node51, query);
            QVERIFY2(page.ok(), qPrintable(why(page)));
            total = page->total;
            for (const CaseFile &f : page->rows)
                paged << f.id;
        }
        QStringList expected;
        for (const CaseFile &f : whole.value())
            expected << f.id;
        QCOMPARE(total, int(expected.size()));
        QCOMPARE(paged.size(), expected.size());  // each once
        paged.sort();
        expected.sort();
        QCOMPARE(paged, expected);
    }
    // A clerk sees the open files of the own unit, the supervisor its closed one too; the
    // Kundenzentrum's clerk only the Kundenzentrum's.
    QCOMPARE(CaseFileService(as(m_clerk)).listPage(m_node51, {})->total, 24);
    QCOMPARE(CaseFileService(as(m_supervisor)).listPage(m_node51, {})->total, 25);
    QCOMPARE(CaseFileService(as(m_kzClerk)).listPage(m_node51, {})->total, 2);

    // References by their numbers, in both directions.
    CaseFileListQuery byReference;
    byReference.order = CaseFileListQuery::Order::Reference;
    byReference.descending = false;
    byReference.filter = s("akte ");  // the Standesamt's subjects, in another case
    QStringList listed;
    const auto ascending = CaseFileService(as(m_supervisor)).listPage(m_node51, byReference);
    QVERIFY2(ascending.ok(), qPrintable(why(ascending)));
    for (const CaseFile &f : ascending->rows)
        listed << f.reference;
    QCOMPARE(listed.size(), 25);
    QVERIFY2(listed.indexOf(staReferences.at(1)) < listed.indexOf(staReferences.at(9)), qPrintable(listed.join(u' ')));
    QCOMPARE(listed, staReferences);  // created in order: 1, 2, … 25
    byReference.descending = true;
    QStringList reversed;
    const auto descending = CaseFileService(as(m_supervisor)).listPage(m_node51, byReference);
    QVERIFY2(descending.ok(), qPrintable(why(descending)));
    for (const CaseFile &f : descending->rows)
        reversed << f.reference;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(reversed, listed);

    // The filter matches references too, and counts.
    CaseFileListQuery one;
    one.filter = staReferences.at(11);
    QCOMPARE(CaseFileService(as(m_clerk)).listPage(m_node51, one)->total, 1);
}

void TestCasework::moveProceeding()
{
    const CaseFile from = newFile(m_node51, m_clerk);
    const CaseFile to = newFile(m_node51, m_clerk);
    const Proceeding first = newProceeding(to.id, m_clerk);  // the target already has number 1
    const Proceeding p = newProceeding(from.id, m_clerk, m_clerk);
    QVERIFY(NoteService(as(m_clerk)).addNote(s("proceeding"), p.id, s("Vermerk zieht mit")).ok());
    ProceedingService clerk(as(m_clerk));

    auto before = writes();
    QVERIFY(refused(clerk.move(p.id, from.id)));                           // already there
    QVERIFY(refused(ProceedingService(as(m_kzClerk)).move(p.id, to.id)));  // not their unit
    QCOMPARE(delta(before), s("+0/+0"));

    before = writes();
    const auto moved = clerk.move(p.id, to.id);
    QVERIFY2(moved.ok(), qPrintable(why(moved)));
    QCOMPARE(delta(before), s("+1/+1"));
    QCOMPARE(moved->caseFileId, to.id);
    QCOMPARE(moved->number, first.number + 1);
    QCOMPARE(moved->reference, to.reference + s("-0002"));
    QCOMPARE(moved->assigneeId, m_clerk);  // still in the same unit
    QCOMPARE(clerk.listForCaseFile(from.id)->size(), 0);
    QCOMPARE(clerk.listForCaseFile(to.id)->size(), 2);
    QCOMPARE(NoteService(as(m_clerk)).notes(s("proceeding"), p.id)->size(), 1);
    auto events = aw::storage::AuditLog(m_store->connection()).forObject(s("proceeding"), p.id);
    QVERIFY(events.ok());
    QCOMPARE(events->last().action, s("proceeding.move"));
    QCOMPARE(events->last().details.value(s("movedFrom")).toObject().value(s("caseFileReference")).toString(),
             from.reference);
    QCOMPARE(events->last().details.value(s("movedTo")).toObject().value(s("reference")).toString(), moved->reference);

    // Closed proceedings and closed case files stay where they are.
    QVERIFY(clerk.close(p.id).ok());
    QVERIFY(refused(clerk.move(p.id, from.id)));
    const auto reopened = ProceedingService(as(m_supervisor)).reopen(p.id);
    QVERIFY2(reopened.ok(), qPrintable(why(reopened)));
    const Proceeding other = newProceeding(from.id, m_clerk);
    QVERIFY(ProceedingService(as(m_supervisor)).close(other.id).ok());
    const auto closedFile = CaseFileService(as(m_supervisor)).close(from.id);
    QVERIFY2(closedFile.ok(), qPrintable(why(closedFile)));
    before = writes();
    QVERIFY(refused(clerk.move(p.id, from.id)));  // into a closed case file
    QCOMPARE(delta(before), s("+0/+0"));
}

void TestCasework::unitMembers()
{
    auto members = aw::storage::OrgRepository(m_store->connection()).members(m_sta);
    QVERIFY2(members.ok(), qPrintable(why(members)));
    QStringList ids;
    for (const auto &u : members.value())
        ids << u.id;
    QVERIFY(ids.contains(m_clerk) && ids.contains(m_clerk2) && ids.contains(m_supervisor));
    QVERIFY(!ids.contains(m_kzClerk));
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
