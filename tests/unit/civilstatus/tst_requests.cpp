// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate requests from the demo office's online submission and from the counter, through the
// register index, entitlement, fee and payment, to the certificate read back with Poppler, or to a
// refusal letter. Real store, real blobs, real PDF.
#include "casework/casefileservice.h"
#include "civilstatus/demoregisters.h"
#include "civilstatus/registers.h"
#include "civilstatus/requests.h"
#include "intake/demointake.h"
#include "storage/auditlog.h"
#include "storage/documentrepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "support/demooffice.h"
#include "support/pdftext.h"

#include <QtTest>

using namespace aw;
using namespace aw::civilstatus;

class TestRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registerIndexIsImportedAndSearched();
    void badIndexImportsNothing();
    void registersAreTheStandesamtsOnly();
    void onlineRequestIsIssuedAndSent();
    void counterRequestNeedsTheClerksDecisionAndPayment();
    void refusalWritesALetterAndCloses();
    void oldEntriesAreReferredToTheArchive();
    void staleEditsAreRefused();

private:
    casework::Session as(const char *login) const
    {
        return {m_office->store(), m_office->userId(QString::fromLatin1(login))};
    }
    QString unitId() const;
    QString entryId(const char *number) const;
    QString openCaseFileOf54() const;
    QString pdfText(const QString &documentId) const;

    std::shared_ptr<test::DemoOffice> m_office;
};

void TestRequests::initTestCase()
{
    auto office = test::DemoOffice::make();
    QVERIFY2(office, office ? "" : qPrintable(office.error().message));
    m_office = office.value();
    auto intake = intake::seedDemoIntake(m_office->store());
    QVERIFY2(intake, intake ? "" : qPrintable(intake.error().message));
    auto registers = seedDemoRegisters(m_office->store());
    QVERIFY2(registers, registers ? "" : qPrintable(registers.error().message));
    QCOMPARE(registers.value(), 12);
}

QString TestRequests::unitId() const
{
    return storage::OrgRepository(m_office->store()->connection()).unitByCode(QStringLiteral("StA"))->id;
}

QString TestRequests::entryId(const char *number) const
{
    auto found = Registers(as("mmueller")).search({unitId(), QString::fromLatin1(number), {}, 20});
    return found && found->size() == 1 ? found->first().entry.id : QString();
}

QString TestRequests::openCaseFileOf54() const
{
    auto id = storage::scalar(m_office->store()->connection(),
                              QStringLiteral("SELECT c.id FROM case_file c JOIN file_plan_node n ON n.id = c.node_id "
                                             "WHERE n.code = '5.4' AND c.status = 'open' LIMIT 1"));
    return id && id->isValid() ? id->toString() : QString();
}

QString TestRequests::pdfText(const QString &documentId) const
{
    auto versions = storage::DocumentRepository(m_office->store()->connection()).versions(documentId);
    if (!versions || versions->isEmpty())
        return {};
    auto bytes = m_office->store()->blobs().read(versions->last().sha256);
    if (!bytes)
        return {};
    return test::pdfPageTexts(bytes.value()).join(QLatin1Char('\n')).simplified();
}

void TestRequests::registerIndexIsImportedAndSearched()
{
    Registers registers(as("mmueller"));
    QCOMPARE(registers.count(unitId()).value(), 12);

    auto byNumber = registers.search({unitId(), QStringLiteral("g334/2020"), {}, 20});
    QVERIFY(byNumber);
    QCOMPARE(byNumber->size(), 1);
    QCOMPARE(byNumber->first().entry.number.toString(), QStringLiteral("G 334/2020"));
    QCOMPARE(byNumber->first().entry.persons.size(), 3);
    QVERIFY(registers.search({unitId(), QStringLiteral("G 335/2020"), {}, 20})->isEmpty());
    QCOMPARE(registers.search({unitId(), QStringLiteral("334-2020"), {}, 20}).error().code, core::Error::Code::Invalid);

    // Müller, Mueller and MUELLER are one name: the marriage E 14/1975 (Müller) and the death S 45/2001
    // (Mueller). Muller, typed without the dots, is Müller but not Mueller.
    auto numbersFor = [&](const char *spelling) {
        QStringList numbers;
        auto found = registers.search({unitId(), {}, {{}, QString::fromUtf8(spelling), {}}, 20});
        for (const auto &c : found.value())
            numbers << c.entry.number.toString();
        numbers.sort();
        return numbers;
    };
    for (const char *spelling : {"Müller", "Mueller", "MUELLER"})
        QCOMPARE(numbersFor(spelling), (QStringList{QStringLiteral("E 14/1975"), QStringLiteral("S 45/2001")}));
    QCOMPARE(numbersFor("muller"), QStringList{QStringLiteral("E 14/1975")});
    // ß = ss, and the date narrows it to the child.
    auto grossmann = registers.search({unitId(), {}, {{}, QStringLiteral("Grossmann"), QDate(2020, 5, 17)}, 20});
    QCOMPARE(grossmann->size(), 1);
    QCOMPARE(grossmann->first().entry.number.toString(), QStringLiteral("G 334/2020"));
    // Transposed first names.
    auto schmitz = registers.search({unitId(), {}, {QStringLiteral("Lena Anna"), QStringLiteral("Schmitz"), {}}, 20});
    QCOMPARE(schmitz->size(), 1);
    QCOMPARE(schmitz->first().entry.number.toString(), QStringLiteral("G 99/2003"));
    // The birth name finds Sabine Krüger, née Hoffmann; her entry ranks first for her first name.
    auto hoffmann = registers.search({unitId(), {}, {QStringLiteral("Sabine"), QStringLiteral("Hoffmann"), {}}, 20});
    QVERIFY(!hoffmann->isEmpty());
    QCOMPARE(hoffmann->first().entry.number.toString(), QStringLiteral("G 1022/1979"));
    QCOMPARE(hoffmann->first().entry.laterEntries.size(), 1);
    // Nothing to search by.
    QCOMPARE(registers.search({unitId(), {}, {}, 20}).error().code, core::Error::Code::Invalid);
}

void TestRequests::badIndexImportsNothing()
{
    Registers registers(as("kschmidt"));
    const QByteArray csv =
        "G;1;2024;03159;Standesamt Göttingen;01.01.2024;Göttingen;;Kind;Eva;Neu;;weiblich;01.01.2024;"
        "Göttingen;;\n"
        "G;2;2024;03159;Standesamt Göttingen;32.01.2024;Göttingen;;Kind;Max;Neu;;männlich;;;;\n";
    auto refused = registers.importCsv(unitId(), csv);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("2")), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("32.01.2024")));
    QCOMPARE(registers.count(unitId()).value(), 12);

    // The same index again changes nothing; a corrected entry is an update.
    auto again = registers.importCsv(unitId(), csv.left(csv.indexOf('\n') + 1));
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(again->added, 1);
    auto same = registers.importCsv(unitId(), csv.left(csv.indexOf('\n') + 1));
    QCOMPARE(same->unchanged, 1);
    QCOMPARE(same->added, 0);
    QCOMPARE(registers.count(unitId()).value(), 13);
}

void TestRequests::registersAreTheStandesamtsOnly()
{
    // A clerk of the Kundenzentrum reads no civil register; a Standesamt clerk imports none.
    auto foreign = Registers(as("aweber")).search({unitId(), QStringLiteral("G 334/2020"), {}, 20});
    QCOMPARE(foreign.error().code, core::Error::Code::Refused);
    auto clerk = Registers(as("tyilmaz")).importCsv(unitId(), QByteArray());
    QCOMPARE(clerk.error().code, core::Error::Code::Refused);
}

void TestRequests::onlineRequestIsIssuedAndSent()
{
    // The demo routed one Urkundenanforderung (Jürgen Größmann for his daughter Lea, 2 copies, paid
    // 24 EUR by card) into a proceeding; opening it reads the request out of the submission.
    auto proceedingId =
        storage::scalar(m_office->store()->connection(),
                        QStringLiteral("SELECT id FROM proceeding WHERE source_submission_id IS NOT NULL "
                                       "ORDER BY created_at LIMIT 1"));
    QVERIFY(proceedingId && proceedingId->isValid());
    CertificateRequests requests(as("mmueller"));
    auto opened = requests.forProceeding(proceedingId->toString());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QVERIFY(opened->has_value());
    CertificateRequest r = opened->value();
    QCOMPARE(r.requesterName(), QStringLiteral("Jürgen Größmann"));
    QCOMPARE(r.relation, Relation::Ancestor);
    QCOMPARE(r.wantedNumber, QStringLiteral("G 334/2020"));
    QCOMPARE(r.copies, 2);
    QCOMPARE(r.paid, Cents(2400));
    QCOMPARE(r.fee, Cents(1800));  // 12 EUR the first, 6 EUR the second
    QCOMPARE(r.status, RequestStatus::Received);
    QVERIFY(r.requesterAddress.contains(QStringLiteral("37073 Göttingen")));
    // Opening again finds the same request.
    QCOMPARE(requests.forProceeding(proceedingId->toString())->value().id, r.id);

    // Without an entry nothing can be issued, and the reason says so.
    auto early = requests.issue(r.id, CertificateRequests::HandOver::Sent, r.rev);
    QCOMPARE(early.error().code, core::Error::Code::Refused);
    QVERIFY(early.error().message.contains(QStringLiteral("register entry")));

    auto chosen = requests.chooseEntry(r.id, entryId("G 334/2020"), r.rev);
    QVERIFY2(chosen, chosen ? "" : qPrintable(chosen.error().message));
    QCOMPARE(chosen->status, RequestStatus::Checking);
    auto assessment = requests.assess(chosen.value());
    QVERIFY(assessment);
    QCOMPARE(assessment->entitlement.verdict, Verdict::Entitled);
    QVERIFY(assessment->missing.isEmpty());

    auto issued = requests.issue(r.id, CertificateRequests::HandOver::Sent, chosen->rev);
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
    QCOMPARE(issued->status, RequestStatus::Sent);
    QVERIFY(!issued->documentId.isEmpty());
    auto document = storage::DocumentRepository(m_office->store()->connection()).get(issued->documentId);
    QCOMPARE(document->direction, storage::Direction::Out);
    QCOMPARE(document->proceedingId, proceedingId->toString());
    const QString text = pdfText(issued->documentId);
    for (const QString &expected :
         {QStringLiteral("Geburtsurkunde"), QStringLiteral("Größmann"), QStringLiteral("Lea Marie"),
          QStringLiteral("17.05.2020"), QStringLiteral("G 334/2020"), QStringLiteral("Standesamt Göttingen"),
          QStringLiteral("MUSTER")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in: ") + text));
    auto proceeding = storage::ProceedingRepository(m_office->store()->connection()).get(proceedingId->toString());
    QVERIFY(proceeding->isClosed());
    // Every step is in the audit trail.
    auto events =
        storage::AuditLog(m_office->store()->connection()).forObject(QStringLiteral("certificate_request"), r.id);
    QStringList actions;
    for (const auto &e : events.value())
        actions << e.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("certificate_request.create"),
                                   QStringLiteral("certificate_request.choose_entry"),
                                   QStringLiteral("certificate_request.issue")}));
    // The clerk still reads the finished request; it changes no more.
    QCOMPARE(requests.get(r.id)->status, RequestStatus::Sent);
    auto after = requests.move(r.id, RequestStatus::Query, QStringLiteral("Noch etwas?"), issued->rev);
    QCOMPARE(after.error().code, core::Error::Code::Refused);
}

void TestRequests::counterRequestNeedsTheClerksDecisionAndPayment()
{
    // A sister of Anna Lena Schmitz at the counter, with a legitimate interest: the law leaves the
    // judgement to the clerk.
    CertificateRequest draft;
    draft.requesterFirstNames = QStringLiteral("Jana");
    draft.requesterLastName = QStringLiteral("Schmitz");
    draft.requesterBirthDate = QDate(2000, 4, 1);
    draft.requesterAddress = QStringLiteral("Am Weende 3\n37075 Göttingen");
    draft.relation = Relation::Sibling;
    draft.interest = Interest::Legitimate;
    draft.delivery = Delivery::Pickup;
    draft.copies = 3;
    CertificateRequests requests(as("tyilmaz"));
    const QString caseFileId = openCaseFileOf54();
    QVERIFY(!caseFileId.isEmpty());
    auto created = requests.createAtCounter(caseFileId, draft);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QVERIFY(created->atCounter);
    QCOMPARE(created->status, RequestStatus::Checking);
    QCOMPARE(created->fee, Cents(2400));
    auto proceeding = storage::ProceedingRepository(m_office->store()->connection()).get(created->proceedingId);
    QCOMPARE(proceeding->subject, QStringLiteral("Certificate request Jana Schmitz"));

    auto chosen = requests.chooseEntry(created->id, entryId("G 99/2003"), created->rev);
    QVERIFY(chosen);
    auto assessment = requests.assess(chosen.value());
    QCOMPARE(assessment->entitlement.verdict, Verdict::ClerkDecides);
    QVERIFY(assessment->clerkMayDecide);
    QCOMPARE(assessment->missing.size(), 2);  // the decision and the fee
    auto blocked = requests.issue(created->id, CertificateRequests::HandOver::Collected, chosen->rev);
    QCOMPARE(blocked.error().code, core::Error::Code::Refused);
    QVERIFY(blocked.error().message.contains(QStringLiteral("Decide")));
    QVERIFY(blocked.error().message.contains(QStringLiteral("24,00")));

    QCOMPARE(requests.decide(created->id, true, QStringLiteral("kurz"), chosen->rev).error().code,
             core::Error::Code::Invalid);
    auto decided = requests.decide(
        created->id, true, QStringLiteral("Erbschein-Verfahren nachgewiesen durch Schreiben des Nachlassgerichts."),
        chosen->rev);
    QVERIFY2(decided, decided ? "" : qPrintable(decided.error().message));
    auto paid = requests.recordPayment(created->id, 2400, QStringLiteral("Kasse 4711"), decided->rev);
    QVERIFY(paid);
    auto issued = requests.issue(created->id, CertificateRequests::HandOver::Collected, paid->rev);
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
    QCOMPARE(issued->status, RequestStatus::Collected);
    QVERIFY(pdfText(issued->documentId).contains(QStringLiteral("Schmitz")));
    auto events = storage::AuditLog(m_office->store()->connection())
                      .forObject(QStringLiteral("certificate_request"), created->id);
    bool justified = false;
    for (const auto &e : events.value())
        justified = justified || (e.action == QLatin1String("certificate_request.decide") &&
                                  e.details.value(QStringLiteral("clerkJustification"))
                                      .toString()
                                      .contains(QStringLiteral("Nachlassgerichts")));
    QVERIFY(justified);
}

void TestRequests::refusalWritesALetterAndCloses()
{
    // Someone unrelated without any interest asks for a birth certificate.
    CertificateRequest draft;
    draft.requesterFirstNames = QStringLiteral("Otto");
    draft.requesterLastName = QStringLiteral("Neugier");
    draft.requesterBirthDate = QDate(1970, 1, 1);
    draft.requesterAddress = QStringLiteral("Markt 1\n37073 Göttingen");
    draft.relation = Relation::Other;
    CertificateRequests requests(as("mmueller"));
    auto created = requests.createAtCounter(openCaseFileOf54(), draft);
    QVERIFY(created);
    auto chosen = requests.chooseEntry(created->id, entryId("G 781/2008"), created->rev);
    auto assessment = requests.assess(chosen.value());
    QCOMPARE(assessment->entitlement.verdict, Verdict::Refused);
    QVERIFY(!assessment->entitlement.reason.isEmpty());
    QCOMPARE(requests.decide(created->id, true, QStringLiteral("Weil ich es so entscheide."), chosen->rev).error().code,
             core::Error::Code::Refused);

    auto refused = requests.refuse(
        created->id, QStringLiteral("Ein rechtliches Interesse wurde nicht glaubhaft gemacht."), chosen->rev);
    QVERIFY2(refused, refused ? "" : qPrintable(refused.error().message));
    QCOMPARE(refused->status, RequestStatus::Refused);
    const QString letter = pdfText(refused->documentId);
    QVERIFY2(letter.contains(QStringLiteral("rechtliches Interesse wurde nicht glaubhaft gemacht")),
             qPrintable(letter));
    QVERIFY(letter.contains(QStringLiteral("Otto Neugier")));
    QVERIFY(letter.contains(QStringLiteral("G 781/2008")));
    QVERIFY(letter.contains(QStringLiteral("Widerspruch")));
    QVERIFY(storage::ProceedingRepository(m_office->store()->connection()).get(refused->proceedingId)->isClosed());
}

void TestRequests::oldEntriesAreReferredToTheArchive()
{
    CertificateRequest draft;
    draft.requesterLastName = QStringLiteral("Größmann");
    draft.requesterFirstNames = QStringLiteral("Jürgen");
    draft.requesterBirthDate = QDate(1984, 3, 12);
    draft.relation = Relation::Descendant;
    draft.type = CertificateType::Death;
    CertificateRequests requests(as("mmueller"));
    auto created = requests.createAtCounter(openCaseFileOf54(), draft);
    QVERIFY(created);
    auto chosen = requests.chooseEntry(created->id, entryId("S 12/1990"), created->rev);
    auto assessment = requests.assess(chosen.value());
    QCOMPARE(assessment->entitlement.verdict, Verdict::ReferToArchive);
    QVERIFY(!requests.issue(created->id, CertificateRequests::HandOver::Later, chosen->rev));
}

void TestRequests::staleEditsAreRefused()
{
    CertificateRequest draft;
    draft.requesterLastName = QStringLiteral("Brandes");
    draft.relation = Relation::PersonConcerned;
    CertificateRequests requests(as("mmueller"));
    auto created = requests.createAtCounter(openCaseFileOf54(), draft);
    QVERIFY(created);
    auto first =
        requests.move(created->id, RequestStatus::Query, QStringLiteral("Bitte Ausweis vorlegen."), created->rev);
    QVERIFY(first);
    auto stale = requests.chooseEntry(created->id, entryId("G 781/2008"), created->rev);
    QCOMPARE(stale.error().code, core::Error::Code::Conflict);
    QCOMPARE(requests.move(created->id, RequestStatus::Sent, {}, first->rev).error().code, core::Error::Code::Refused);
    CertificateRequest bad = first.value();
    bad.copies = 0;
    QCOMPARE(requests.edit(bad).error().code, core::Error::Code::Invalid);
}

QTEST_MAIN(TestRequests)
#include "tst_requests.moc"
