// SPDX-License-Identifier: GPL-3.0-or-later
// Abgabe (xdomea 0401) between two real stores: a case file with proceedings, documents and
// versions goes out as a package that validates against the official schema, comes in as the
// same structure with byte-identical files, and the sender records the import confirmation (0402).
// Broken packages are refused and leave nothing behind.
#include "casework/casefileservice.h"
#include "casework/documentservice.h"
#include "casework/proceedingservice.h"
#include "packages/safezip.h"
#include "storage/auditlog.h"
#include "storage/casefilerepository.h"
#include "storage/documentrepository.h"
#include "storage/fileplanrepository.h"
#include "storage/noterepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "support/demooffice.h"
#include "support/pdfmaker.h"
#include "support/xmllint.h"
#include "xdomea/exchangerepository.h"
#include "xdomea/reader.h"
#include "xdomea/transfers.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QtTest>

using namespace aw;
using namespace aw::xdomea;
using aw::test::s;

class TestTransfers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripIntoASecondStore();
    void secondImportIsRefused();
    void cancelledImportTakesNothingIn();
    void clerksMayNotHandOver();
    void brokenPackagesAreRefused_data();
    void brokenPackagesAreRefused();

private:
    casework::Session as(const std::shared_ptr<test::DemoOffice> &office, const char *login) const
    {
        return {office->store(), office->userId(QString::fromLatin1(login))};
    }
    QString id(const std::shared_ptr<test::DemoOffice> &office, const QString &table, const QString &column,
               const QString &value) const;
    int caseFileCount(const std::shared_ptr<test::DemoOffice> &office) const;
    QString freshPackage();  // a good 0401 of a new case file in the sender's store

    std::shared_ptr<test::DemoOffice> m_sender;
    std::shared_ptr<test::DemoOffice> m_receiver;
    QString m_caseFileId;
    QByteArray m_pdf;
};

void TestTransfers::initTestCase()
{
    auto sender = test::DemoOffice::make();
    QVERIFY2(sender, qPrintable(test::why(sender)));
    m_sender = sender.value();
    auto receiver = test::DemoOffice::make();
    QVERIFY2(receiver, qPrintable(test::why(receiver)));
    m_receiver = receiver.value();
    QVERIFY(m_sender->store()->setSetting(QStringLiteral("office.name"), s("Bezirksamt Nord")));
    QVERIFY(m_receiver->store()->setSetting(QStringLiteral("office.name"), s("Bezirksamt Süd")));

    // A Gewerbe file of the Kundenzentrum Nord: two proceedings, a PDF with two versions, a
    // letter sent and an internal note file with an umlaut name.
    const auto lead = as(m_sender, "jfischer");
    const QString node = id(m_sender, QStringLiteral("file_plan_node"), QStringLiteral("code"), QStringLiteral("3.3"));
    const QString unit = id(m_sender, QStringLiteral("org_unit"), QStringLiteral("code"), QStringLiteral("KZN"));
    auto file = casework::CaseFileService(lead).create(node, s("Gaststätte „Zum Löwen“, Inh. Weiß"), unit);
    QVERIFY2(file, qPrintable(test::why(file)));
    m_caseFileId = file->id;
    auto first = casework::ProceedingService(lead).create(file->id, s("Gaststättenerlaubnis"));
    auto second = casework::ProceedingService(lead).create(file->id, s("Änderung der Öffnungszeiten"));
    QVERIFY(first && second);
    casework::DocumentService docs(lead);
    m_pdf = test::makePdf({s("Antrag auf Gaststättenerlaubnis"), s("Seite zwei")});
    QBuffer pdf(&m_pdf);
    pdf.open(QIODevice::ReadOnly);
    auto antrag = docs.addDocument(first->id, s("Antrag"), storage::Direction::In, pdf, QStringLiteral("antrag.pdf"),
                                   QStringLiteral("application/pdf"));
    QVERIFY2(antrag, qPrintable(test::why(antrag)));
    QByteArray corrected = test::makePdf({s("Antrag, berichtigt")});
    QBuffer second_pdf(&corrected);
    second_pdf.open(QIODevice::ReadOnly);
    QVERIFY(docs.addVersion(antrag->id, second_pdf, QStringLiteral("antrag.pdf"), QStringLiteral("application/pdf")));
    QByteArray letter = "Sehr geehrte Frau Wei\xc3\x9f, ...";
    QBuffer letterBuffer(&letter);
    letterBuffer.open(QIODevice::ReadOnly);
    QVERIFY(docs.addDocument(first->id, s("Bescheid"), storage::Direction::Out, letterBuffer, s("bescheid.txt"),
                             QStringLiteral("text/plain")));
    QByteArray note = "Ortstermin am 3. M\xc3\xa4rz";
    QBuffer noteBuffer(&note);
    noteBuffer.open(QIODevice::ReadOnly);
    QVERIFY(docs.addDocument(second->id, s("Vermerk Ortstermin"), storage::Direction::Internal, noteBuffer,
                             s("vermerk über ortstermin.txt"), QStringLiteral("text/plain")));
}

QString TestTransfers::id(const std::shared_ptr<test::DemoOffice> &office, const QString &table, const QString &column,
                          const QString &value) const
{
    auto v = storage::scalar(office->store()->connection(),
                             QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column), {value});
    return v && v->isValid() ? v->toString() : QString();
}

int TestTransfers::caseFileCount(const std::shared_ptr<test::DemoOffice> &office) const
{
    auto v = storage::scalar(office->store()->connection(), QStringLiteral("SELECT COUNT(*) FROM case_file"));
    return v ? v->toInt() : -1;
}

void TestTransfers::roundTripIntoASecondStore()
{
    const auto lead = as(m_sender, "jfischer");
    const QString out = m_sender->file(QStringLiteral("out"));
    auto sent = Transfers(lead).send({m_caseFileId}, {s("Bezirksamt Süd"), s("Kundenzentrum")}, out);
    QVERIFY2(sent, qPrintable(test::why(sent)));
    QCOMPARE(sent->caseFiles, 1);
    QCOMPARE(sent->documents, 3);
    QCOMPARE(QFileInfo(sent->packagePath).fileName(), sent->processId + QStringLiteral("_Abgabe.Abgabe.0401.zip"));

    // The package: the XML of the same base name and four primary files (two versions) at the root.
    auto zip = packages::SafeZip::open(sent->packagePath);
    QVERIFY2(zip, qPrintable(test::why(zip)));
    QCOMPARE(zip->entries().size(), 5);
    auto xml = zip->read(sent->processId + QStringLiteral("_Abgabe.Abgabe.0401.xml"), 1 << 20);
    QVERIFY2(xml, qPrintable(test::why(xml)));
    if (test::haveOfficialXdomeaSchemas()) {
        const QString complaint = test::xmllintXdomea(xml.value(), QStringLiteral("3.1.0"));
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    }
    QVERIFY(xml->contains("<xdomea:Kennzeichen>3.3</xdomea:Kennzeichen>"));
    QVERIFY(xml->contains("<code>018</code>"));  // pdf
    QVERIFY(xml->contains("<code>045</code>"));  // txt

    // Into the second store, under its own file plan, for its own unit.
    auto package = openPackage(sent->packagePath);
    QVERIFY2(package, qPrintable(test::why(package)));
    const auto registrar = as(m_receiver, "registratur");
    const QString node =
        id(m_receiver, QStringLiteral("file_plan_node"), QStringLiteral("code"), QStringLiteral("3.3"));
    const QString unit = id(m_receiver, QStringLiteral("org_unit"), QStringLiteral("code"), QStringLiteral("KZS"));
    // Files are taken in by someone of the unit they are for; the registry is not.
    auto outsider = Transfers(registrar).receive(package.value(), node, unit);
    QVERIFY(!outsider);
    QCOMPARE(outsider.error().code, core::Error::Code::Refused);
    const auto receiverLead = as(m_receiver, "jfischer");
    QList<qint64> steps;
    auto received = Transfers(receiverLead)
                        .receive(package.value(), node, unit, m_receiver->file(QStringLiteral("receipts")),
                                 [&](qint64 done, qint64) {
                                     steps.append(done);
                                     return true;
                                 });
    QVERIFY2(received, qPrintable(test::why(received)));
    QCOMPARE(steps.last(), 4);
    QCOMPARE(received->caseFileIds.size(), 1);
    QCOMPARE(received->documents, 3);
    QCOMPARE(received->sender.institution, s("Bezirksamt Nord"));

    // Same structure and metadata; the reference is the receiver's own, the sender's is in a note.
    const QSqlDatabase a = m_sender->store()->connection();
    const QSqlDatabase b = m_receiver->store()->connection();
    auto original = storage::CaseFileRepository(a).get(m_caseFileId);
    auto copy = storage::CaseFileRepository(b).get(received->caseFileIds.first());
    QVERIFY(original && copy);
    QCOMPARE(copy->subject, original->subject);
    QCOMPARE(copy->ownerUnitId, unit);
    QVERIFY(copy->reference.startsWith(QStringLiteral("3.3")));
    auto notes = storage::NoteRepository(b).notes(QStringLiteral("case_file"), copy->id);
    QVERIFY(notes && notes->size() == 1);
    QVERIFY2(notes->first().text.contains(original->reference), qPrintable(notes->first().text));
    QVERIFY(notes->first().text.contains(s("Bezirksamt Nord")));

    auto before = storage::ProceedingRepository(a).byCaseFile(original->id);
    auto after = storage::ProceedingRepository(b).byCaseFile(copy->id);
    QVERIFY(before && after);
    QCOMPARE(after->size(), before->size());
    for (int i = 0; i < before->size(); ++i) {
        QCOMPARE(after->at(i).subject, before->at(i).subject);
        auto docsBefore = storage::DocumentRepository(a).byProceeding(before->at(i).id);
        auto docsAfter = storage::DocumentRepository(b).byProceeding(after->at(i).id);
        QVERIFY(docsBefore && docsAfter);
        QCOMPARE(docsAfter->size(), docsBefore->size());
        for (int d = 0; d < docsBefore->size(); ++d) {
            QCOMPARE(docsAfter->at(d).title, docsBefore->at(d).title);
            QCOMPARE(docsAfter->at(d).direction, docsBefore->at(d).direction);
            QCOMPARE(docsAfter->at(d).receivedAt.toLocalTime().date(),
                     docsBefore->at(d).receivedAt.toLocalTime().date());
            auto vBefore = storage::DocumentRepository(a).versions(docsBefore->at(d).id);
            auto vAfter = storage::DocumentRepository(b).versions(docsAfter->at(d).id);
            QVERIFY(vBefore && vAfter);
            QCOMPARE(vAfter->size(), vBefore->size());
            for (int v = 0; v < vBefore->size(); ++v) {
                QCOMPARE(vAfter->at(v).n, vBefore->at(v).n);
                QCOMPARE(vAfter->at(v).fileName, vBefore->at(v).fileName);
                QCOMPARE(vAfter->at(v).sha256, vBefore->at(v).sha256);
                QCOMPARE(vAfter->at(v).mime, vBefore->at(v).mime);
                auto bytesBefore = m_sender->store()->blobs().read(vBefore->at(v).sha256);
                auto bytesAfter = m_receiver->store()->blobs().read(vAfter->at(v).sha256);
                QVERIFY(bytesBefore && bytesAfter);
                QCOMPARE(bytesAfter.value(), bytesBefore.value());
            }
        }
    }

    // The import confirmation goes back; the sender records it and the file's content leaves.
    QVERIFY(QFileInfo::exists(received->receiptPath));
    QCOMPARE(QFileInfo(received->receiptPath).fileName(),
             sent->processId + QStringLiteral("_Abgabe.ImportBestaetigen.0402.zip"));
    auto receipt = openPackage(received->receiptPath);
    QVERIFY2(receipt, qPrintable(test::why(receipt)));
    if (test::haveOfficialXdomeaSchemas()) {
        const QString complaint = test::xmllintXdomea(receipt->xml, QStringLiteral("3.1.0"));
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    }
    auto clerk = Transfers(as(m_sender, "aweber")).recordReceipt(receipt.value());
    QVERIFY(!clerk);
    QCOMPARE(clerk.error().code, core::Error::Code::Refused);
    auto confirmed = Transfers(lead).recordReceipt(receipt.value());
    QVERIFY2(confirmed, qPrintable(test::why(confirmed)));
    QCOMPARE(confirmed->state, ProcessState::Confirmed);
    auto left = ExchangeRepository(a).disposedRecord(m_caseFileId);
    QVERIFY2(left, qPrintable(test::why(left)));
    QCOMPARE(left->fate, Fate::Transferred);
    QCOMPARE(left->documents, 3);
    QCOMPARE(left->recipient, s("Bezirksamt Süd"));
    auto remaining = storage::scalar(a,
                                     QStringLiteral("SELECT COUNT(*) FROM document d JOIN proceeding p ON "
                                                    "p.id = d.proceeding_id WHERE p.case_file_id = ?"),
                                     {m_caseFileId});
    QCOMPARE(remaining->toInt(), 0);
    auto closed = storage::CaseFileRepository(a).get(m_caseFileId);
    QVERIFY(closed && closed->isClosed());

    // Every step is in both audit chains, which still verify.
    for (const auto &office : {m_sender, m_receiver}) {
        auto problems = storage::AuditLog(office->store()->connection()).verify();
        QVERIFY2(problems && problems->isEmpty(), problems ? qPrintable(problems->join(u'\n')) : "verify failed");
    }
    auto actions = storage::scalar(a, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action IN "
                                                     "('xdomea.send', 'xdomea.receipt', 'case_file.dispose')"));
    QCOMPARE(actions->toInt(), 3);
}

QString TestTransfers::freshPackage()
{
    const auto lead = as(m_sender, "jfischer");
    const QString node = id(m_sender, QStringLiteral("file_plan_node"), QStringLiteral("code"), QStringLiteral("3.3"));
    const QString unit = id(m_sender, QStringLiteral("org_unit"), QStringLiteral("code"), QStringLiteral("KZN"));
    auto file = casework::CaseFileService(lead).create(node, s("Gewerbeummeldung"), unit);
    auto p =
        file ? casework::ProceedingService(lead).create(file->id, s("Ummeldung")) : core::Result<storage::Proceeding>();
    if (!p)
        return {};
    QBuffer pdf(&m_pdf);
    pdf.open(QIODevice::ReadOnly);
    if (!casework::DocumentService(lead).addDocument(p->id, s("Antrag"), storage::Direction::In, pdf,
                                                     QStringLiteral("antrag.pdf"), QStringLiteral("application/pdf")))
        return {};
    auto sent = Transfers(lead).send({file->id}, {s("Bezirksamt Süd"), {}},
                                     m_sender->file(QStringLiteral("fresh-") + storage::newId()));
    return sent ? sent->packagePath : QString();
}

void TestTransfers::secondImportIsRefused()
{
    const QString path = freshPackage();
    QVERIFY(!path.isEmpty());
    const auto registrar = as(m_receiver, "jfischer");
    const QString node =
        id(m_receiver, QStringLiteral("file_plan_node"), QStringLiteral("code"), QStringLiteral("3.3"));
    const QString unit = id(m_receiver, QStringLiteral("org_unit"), QStringLiteral("code"), QStringLiteral("KZS"));
    auto package = openPackage(path);
    QVERIFY(package);
    QVERIFY(Transfers(registrar).receive(package.value(), node, unit));
    const int files = caseFileCount(m_receiver);
    auto again = openPackage(path);
    QVERIFY(again);
    auto twice = Transfers(registrar).receive(again.value(), node, unit);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, core::Error::Code::Conflict);
    QCOMPARE(caseFileCount(m_receiver), files);
}

void TestTransfers::cancelledImportTakesNothingIn()
{
    const QString path = freshPackage();
    QVERIFY(!path.isEmpty());
    auto package = openPackage(path);
    QVERIFY(package);
    const QString node =
        id(m_receiver, QStringLiteral("file_plan_node"), QStringLiteral("code"), QStringLiteral("3.3"));
    const QString unit = id(m_receiver, QStringLiteral("org_unit"), QStringLiteral("code"), QStringLiteral("KZS"));
    const int files = caseFileCount(m_receiver);
    auto cancelled = Transfers(as(m_receiver, "jfischer")).receive(package.value(), node, unit, {}, [](qint64, qint64) {
        return false;
    });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, core::Error::Code::Refused);
    QCOMPARE(caseFileCount(m_receiver), files);
    // Nothing remembers the package either: it can be taken in afterwards.
    auto again = openPackage(path);
    QVERIFY(again);
    QVERIFY(Transfers(as(m_receiver, "jfischer")).receive(again.value(), node, unit));
    QCOMPARE(caseFileCount(m_receiver), files + 1);
}

void TestTransfers::clerksMayNotHandOver()
{
    const QString node = id(m_sender, QStringLiteral("file_plan_node"), QStringLiteral("code"), QStringLiteral("3.3"));
    const QString unit = id(m_sender, QStringLiteral("org_unit"), QStringLiteral("code"), QStringLiteral("KZN"));
    auto file = casework::CaseFileService(as(m_sender, "aweber")).create(node, s("Gewerbeanmeldung"), unit);
    QVERIFY(file);
    const QString out = m_sender->file(QStringLiteral("clerk"));
    auto sent = Transfers(as(m_sender, "aweber")).send({file->id}, {s("Bezirksamt Süd"), {}}, out);
    QVERIFY(!sent);
    QCOMPARE(sent.error().code, core::Error::Code::Refused);
    QVERIFY(QDir(out).isEmpty() || !QDir(out).exists());
    auto noRecipient = Transfers(as(m_sender, "jfischer")).send({file->id}, {}, out);
    QVERIFY(!noRecipient);
    QCOMPARE(noRecipient.error().code, core::Error::Code::Invalid);
}

// How a good package is broken: the ZIP's entries are rewritten with `change` applied.
using Breaker = std::function<void(QList<QPair<QString, QByteArray>> &entries, QString &zipName)>;
Q_DECLARE_METATYPE(Breaker)

void TestTransfers::brokenPackagesAreRefused_data()
{
    QTest::addColumn<Breaker>("breaker");
    QTest::addColumn<QString>("expected");
    auto xmlOf = [](QList<QPair<QString, QByteArray>> &entries) -> QByteArray & {
        for (auto &e : entries) {
            if (e.first.endsWith(QStringLiteral(".xml")))
                return e.second;
        }
        return entries.first().second;
    };
    QTest::newRow("missing primary file") << Breaker([](auto &entries, QString &) {
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [](const auto &e) { return e.first.endsWith(QStringLiteral(".pdf")); }),
                      entries.end());
    }) << QStringLiteral("missing from the package");
    QTest::newRow("file not named") << Breaker([](auto &entries, QString &) {
        entries.append({QStringLiteral("readme.txt"), "hello"});
    }) << QStringLiteral("does not name");
    QTest::newRow("wrong package name") << Breaker([](auto &, QString &name) { name = QStringLiteral("abgabe.zip"); })
                                        << QStringLiteral("not named like an xdomea package");
    QTest::newRow("name and message differ") << Breaker([](auto &, QString &name) {
        name = QStringLiteral("00000000-0000-4000-8000-000000000000_Abgabe.Abgabe.0401.zip");
    }) << QStringLiteral("does not contain the message");
    QTest::newRow("not well-formed") << Breaker([xmlOf](auto &entries, QString &) {
        QByteArray &xml = xmlOf(entries);
        xml.chop(40);
    }) << QStringLiteral("not well-formed");
    QTest::newRow("schema-invalid") << Breaker([xmlOf](auto &entries, QString &) {
        QByteArray &xml = xmlOf(entries);
        xml.replace("<xdomea:Nummer>1</xdomea:Nummer>",
                    "<xdomea:Nummer>1</xdomea:Nummer><xdomea:Farbe>rot</xdomea:Farbe>");
    }) << QStringLiteral("schema");
    QTest::newRow("entity attack") << Breaker([xmlOf](auto &entries, QString &) {
        QByteArray &xml = xmlOf(entries);
        const qsizetype start = xml.indexOf("<xdomea:Abgabe");
        xml.insert(start, "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n");
        xml.replace("<xdomea:Hinweis>", "<xdomea:Hinweis>&b;");
    }) << QStringLiteral("DOCTYPE");
    QTest::newRow("external entity") << Breaker([xmlOf](auto &entries, QString &) {
        QByteArray &xml = xmlOf(entries);
        const qsizetype start = xml.indexOf("<xdomea:Abgabe");
        xml.insert(start, "<!DOCTYPE x [<!ENTITY p SYSTEM \"file:///etc/passwd\">]>\n");
    }) << QStringLiteral("DOCTYPE");
    QTest::newRow("traversal in Dateiname") << Breaker([xmlOf](auto &entries, QString &) {
        QByteArray &xml = xmlOf(entries);
        const qsizetype at = xml.indexOf("<xdomea:Dateiname>") + qsizetype(strlen("<xdomea:Dateiname>"));
        const qsizetype end = xml.indexOf("</xdomea:Dateiname>", at);
        const QByteArray name = xml.mid(at, end - at);
        // Past the schema's pattern (it only looks at the UUID in front), but not past ours.
        xml.replace(at, end - at, QByteArray(name).replace("_antrag", "_../../antrag"));
    }) << QStringLiteral("<UUID>_<name>");
}

void TestTransfers::brokenPackagesAreRefused()
{
    QFETCH(Breaker, breaker);
    QFETCH(QString, expected);
    const QString good = freshPackage();
    QVERIFY(!good.isEmpty());
    auto zip = packages::SafeZip::open(good);
    QVERIFY(zip);
    QList<QPair<QString, QByteArray>> entries;
    for (const packages::Entry &e : zip->entries()) {
        auto bytes = zip->read(e.name, 1 << 24);
        QVERIFY(bytes);
        entries.append({e.name, bytes.value()});
    }
    QString name = QFileInfo(good).fileName();
    breaker(entries, name);
    const QString dir = m_receiver->file(QStringLiteral("broken-") + storage::newId());
    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(name);
    QVERIFY(packages::writeZip(path, entries));

    const int files = caseFileCount(m_receiver);
    auto package = openPackage(path);
    QVERIFY(!package);
    QVERIFY2(package.error().message.contains(expected), qPrintable(package.error().message));
    QVERIFY(!package.error().message.contains(QStringLiteral("root:")));  // nothing of /etc/passwd
    QCOMPARE(caseFileCount(m_receiver), files);
}

QTEST_MAIN(TestTransfers)
#include "tst_transfers.moc"
