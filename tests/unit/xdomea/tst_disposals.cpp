// SPDX-License-Identifier: GPL-3.0-or-later
// Aussonderung with a real store: closed files past retention are offered (0501), the archive's
// evaluation (0502) is applied, the files it keeps are handed over (0503) and, once it confirms
// (0506), leave the store with a record of where they went; what it declines is destroyed.
#include "casework/casefileservice.h"
#include "casework/documentservice.h"
#include "casework/proceedingservice.h"
#include "packages/safezip.h"
#include "storage/auditlog.h"
#include "storage/casefilerepository.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "support/demooffice.h"
#include "support/pdfmaker.h"
#include "support/xmllint.h"
#include "xdomea/disposals.h"
#include "xdomea/writer.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QtTest>

using namespace aw;
using namespace aw::xdomea;
using aw::test::s;

class TestDisposals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dueListsClosedFilesPastRetention();
    void offerIsForTheRegistryAndNotForDestroyFiles();
    void evaluationTransferAndConfirmation();

private:
    casework::Session as(const char *login) const
    {
        return {m_office->store(), m_office->userId(QString::fromLatin1(login))};
    }
    QString nodeId(const char *code) const;
    QString closedFile(const char *node, const QString &subject, bool withDocument);
    QString archiveMessage(const Message &message);  // writes it as the archive's package, returns its path
    int documentsOf(const QString &caseFileId) const;

    std::shared_ptr<test::DemoOffice> m_office;
    QString m_keep;     // 1.1, A: the archive keeps it
    QString m_decline;  // 3.3, B: the archive declines it
    QString m_destroy;  // 3.4, V by the file plan
    QString m_open;     // still running
    const QDate m_today{2200, 1, 1};
};

void TestDisposals::initTestCase()
{
    auto office = test::DemoOffice::make();
    QVERIFY2(office, qPrintable(test::why(office)));
    m_office = office.value();
    QVERIFY(m_office->store()->setSetting(QStringLiteral("office.name"), s("Bezirksamt Nord")));
    m_keep = closedFile("1.1", s("Geschäftsverteilungsplan 2026"), true);
    m_decline = closedFile("3.3", s("Gewerbeabmeldung Bäckerei Kühn"), true);
    m_destroy = closedFile("3.4", s("Wohngeld Familie Öz"), true);
    QVERIFY(!m_keep.isEmpty() && !m_decline.isEmpty() && !m_destroy.isEmpty());
    auto open =
        casework::CaseFileService(as("jfischer"))
            .create(nodeId("3.3"), s("Gewerbe läuft noch"),
                    storage::OrgRepository(m_office->store()->connection()).unitByCode(QStringLiteral("KZN"))->id);
    QVERIFY(open);
    m_open = open->id;
}

QString TestDisposals::nodeId(const char *code) const
{
    auto v =
        storage::scalar(m_office->store()->connection(), QStringLiteral("SELECT id FROM file_plan_node WHERE code = ?"),
                        {QString::fromLatin1(code)});
    return v && v->isValid() ? v->toString() : QString();
}

QString TestDisposals::closedFile(const char *node, const QString &subject, bool withDocument)
{
    const auto lead = as("jfischer");
    const QString unit = storage::OrgRepository(m_office->store()->connection()).unitByCode(QStringLiteral("KZN"))->id;
    auto file = casework::CaseFileService(lead).create(nodeId(node), subject, unit);
    if (!file)
        return {};
    auto p = casework::ProceedingService(lead).create(file->id, subject);
    if (!p)
        return {};
    if (withDocument) {
        QByteArray pdf = test::makePdf({subject});
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::ReadOnly);
        if (!casework::DocumentService(lead).addDocument(p->id, s("Unterlagen"), storage::Direction::In, buffer,
                                                         QStringLiteral("unterlagen.pdf"),
                                                         QStringLiteral("application/pdf")))
            return {};
    }
    if (!casework::ProceedingService(lead).close(p->id) || !casework::CaseFileService(lead).close(file->id))
        return {};
    return file->id;
}

QString TestDisposals::archiveMessage(const Message &message)
{
    const QString dir = m_office->file(QStringLiteral("archive-") + storage::newId());
    auto path = writePackage(message, m_office->store()->blobs(), dir);
    return path ? path.value() : QString();
}

int TestDisposals::documentsOf(const QString &caseFileId) const
{
    auto v =
        storage::scalar(m_office->store()->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM document d JOIN proceeding p ON p.id = d.proceeding_id "
                                       "WHERE p.case_file_id = ?"),
                        {caseFileId});
    return v ? v->toInt() : -1;
}

void TestDisposals::dueListsClosedFilesPastRetention()
{
    auto clerk = Disposals(as("aweber")).due(m_today);
    QVERIFY(!clerk);
    QCOMPARE(clerk.error().code, core::Error::Code::Refused);

    auto due = Disposals(as("registratur")).due(m_today);
    QVERIFY2(due, qPrintable(test::why(due)));
    QStringList ids;
    for (const DueFile &f : due.value())
        ids.append(f.caseFileId);
    QVERIFY(ids.contains(m_keep) && ids.contains(m_decline) && ids.contains(m_destroy));
    QVERIFY(!ids.contains(m_open));
    const auto keep =
        std::find_if(due->cbegin(), due->cend(), [&](const DueFile &f) { return f.caseFileId == m_keep; });
    QCOMPARE(keep->planned, core::DisposalDecision::Archive);
    QCOMPARE(keep->planCode, QStringLiteral("1.1"));
    QVERIFY(keep->retentionUntil.isValid());

    // Nothing is due before its retention ends.
    auto now = Disposals(as("registratur")).due(QDate::currentDate());
    QVERIFY(now);
    QVERIFY(std::none_of(now->cbegin(), now->cend(), [&](const DueFile &f) { return f.caseFileId == m_keep; }));
}

void TestDisposals::offerIsForTheRegistryAndNotForDestroyFiles()
{
    const QString out = m_office->file(QStringLiteral("refused"));
    auto clerk = Disposals(as("jfischer")).offer({m_keep}, {s("Landesarchiv"), {}}, out, m_today);
    QVERIFY(!clerk);
    QCOMPARE(clerk.error().code, core::Error::Code::Refused);
    auto destroy = Disposals(as("registratur")).offer({m_destroy}, {s("Landesarchiv"), {}}, out, m_today);
    QVERIFY(!destroy);
    QVERIFY2(destroy.error().message.contains(QStringLiteral("(V)")), qPrintable(destroy.error().message));
    auto open = Disposals(as("registratur")).offer({m_open}, {s("Landesarchiv"), {}}, out, m_today);
    QVERIFY(!open);
    QVERIFY(!QFileInfo::exists(out) || QDir(out).isEmpty());
}

void TestDisposals::evaluationTransferAndConfirmation()
{
    Disposals registry(as("registratur"));
    const QString out = m_office->file(QStringLiteral("out"));
    auto offered = registry.offer({m_keep, m_decline}, {s("Landesarchiv Berlin"), {}}, out, m_today);
    QVERIFY2(offered, qPrintable(test::why(offered)));
    QCOMPARE(QFileInfo(offered->packagePath).fileName(),
             offered->processId + QStringLiteral("_Aussonderung.Anbieteverzeichnis.0501.zip"));
    auto offerPackage = openPackage(offered->packagePath);
    QVERIFY2(offerPackage, qPrintable(test::why(offerPackage)));
    QCOMPARE(offerPackage->message.caseFiles.size(), 2);
    QVERIFY(!offerPackage->xml.contains("<xdomea:Dokument>"));  // metadata only
    QVERIFY(offerPackage->xml.contains("<code>B</code>"));
    if (test::haveOfficialXdomeaSchemas()) {
        const QString complaint = test::xmllintXdomea(offerPackage->xml, QStringLiteral("3.1.0"));
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    }
    // Offered twice: refused.
    QVERIFY(!registry.offer({m_keep}, {s("Landesarchiv Berlin"), {}}, out, m_today));

    // The archive's evaluation: keep the 1.1 file, decline the Gewerbe file.
    Message evaluation;
    evaluation.header = {offered->processId,
                         MessageType::Evaluation,
                         QDateTime::currentDateTimeUtc(),
                         {s("Landesarchiv Berlin"), {}},
                         {s("Bezirksamt Nord"), {}},
                         {}};
    evaluation.verdicts = {{m_keep, core::DisposalDecision::Archive},
                           {storage::newId(), core::DisposalDecision::Destroy}};
    auto stranger = openPackage(archiveMessage(evaluation));
    QVERIFY2(stranger, qPrintable(test::why(stranger)));
    auto refused = registry.applyEvaluation(stranger.value());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("not offered")), qPrintable(refused.error().message));

    evaluation.verdicts = {{m_keep, core::DisposalDecision::Archive}, {m_decline, core::DisposalDecision::Destroy}};
    auto evaluated = openPackage(archiveMessage(evaluation));
    QVERIFY2(evaluated, qPrintable(test::why(evaluated)));
    if (test::haveOfficialXdomeaSchemas()) {
        const QString complaint = test::xmllintXdomea(evaluated->xml, QStringLiteral("3.1.0"));
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    }
    auto applied = registry.applyEvaluation(evaluated.value());
    QVERIFY2(applied, qPrintable(test::why(applied)));
    QCOMPARE(applied->state, ProcessState::Evaluated);

    // What the archive keeps may not be destroyed; what it declines and what the plan marks V may.
    auto keepDestroyed = registry.destroy({m_keep}, m_today);
    QVERIFY(!keepDestroyed);
    QCOMPARE(keepDestroyed.error().code, core::Error::Code::Refused);
    QVERIFY(!registry.destroy({m_open}, m_today));
    QVERIFY(!Disposals(as("jfischer")).destroy({m_destroy}, m_today));
    auto destroyed = registry.destroy({m_decline, m_destroy}, m_today);
    QVERIFY2(destroyed, qPrintable(test::why(destroyed)));
    QCOMPARE(destroyed->size(), 2);
    QCOMPARE(destroyed->first().fate, Fate::Destroyed);
    QCOMPARE(destroyed->first().documents, 1);
    QCOMPARE(documentsOf(m_decline), 0);
    QCOMPARE(documentsOf(m_destroy), 0);
    auto record = storage::CaseFileRepository(m_office->store()->connection()).get(m_destroy);
    QVERIFY(record);  // the file's record stays

    // The hand-over: only the file the archive keeps, with its documents.
    auto transferred = registry.transfer(offered->processId, out);
    QVERIFY2(transferred, qPrintable(test::why(transferred)));
    QCOMPARE(transferred->caseFiles, 1);
    auto handed = openPackage(transferred->packagePath);
    QVERIFY2(handed, qPrintable(test::why(handed)));
    QCOMPARE(handed->message.caseFiles.size(), 1);
    QCOMPARE(handed->message.caseFiles.first().id, m_keep);
    QCOMPARE(primaryFiles(handed->message).size(), 1);
    if (test::haveOfficialXdomeaSchemas()) {
        const QString complaint = test::xmllintXdomea(handed->xml, QStringLiteral("3.1.0"));
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    }
    QVERIFY(!registry.transfer(offered->processId, out));  // once

    // Receipts are recorded; the import confirmation removes the archived content.
    Message received;
    received.header = {offered->processId,
                       MessageType::DisposalReceived,
                       QDateTime::currentDateTimeUtc(),
                       {s("Landesarchiv Berlin"), {}},
                       {s("Bezirksamt Nord"), {}},
                       {}};
    auto receipt = openPackage(archiveMessage(received));
    QVERIFY2(receipt, qPrintable(test::why(receipt)));
    QVERIFY(registry.recordReceipt(receipt.value()));
    QCOMPARE(documentsOf(m_keep), 1);

    Message imported = received;
    imported.header.type = MessageType::DisposalImported;
    imported.outcomes = {{m_keep, true, {}, QStringLiteral("LAB A Rep. 005 Nr. 1234")}};
    auto confirmation = openPackage(archiveMessage(imported));
    QVERIFY2(confirmation, qPrintable(test::why(confirmation)));
    if (test::haveOfficialXdomeaSchemas()) {
        const QString complaint = test::xmllintXdomea(confirmation->xml, QStringLiteral("3.1.0"));
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    }
    auto completed = registry.recordReceipt(confirmation.value());
    QVERIFY2(completed, qPrintable(test::why(completed)));
    QCOMPARE(completed->state, ProcessState::Completed);
    QCOMPARE(documentsOf(m_keep), 0);
    auto archived = ExchangeRepository(m_office->store()->connection()).disposedRecord(m_keep);
    QVERIFY(archived);
    QCOMPARE(archived->fate, Fate::Archived);
    QCOMPARE(archived->archiveId, QStringLiteral("LAB A Rep. 005 Nr. 1234"));
    QCOMPARE(archived->recipient, s("Landesarchiv Berlin"));

    // Left files are no longer due; the exchange kept every message; the audit chain holds.
    auto due = registry.due(m_today);
    QVERIFY(due);
    QVERIFY(std::none_of(due->cbegin(), due->cend(), [&](const DueFile &f) {
        return f.caseFileId == m_keep || f.caseFileId == m_decline || f.caseFileId == m_destroy;
    }));
    auto messages = ExchangeRepository(m_office->store()->connection()).messages(offered->processId);
    QVERIFY(messages);
    QStringList types;
    for (const ExchangeMessage &m : messages.value())
        types.append(m.type);
    QCOMPARE(types, (QStringList{QStringLiteral("0501"), QStringLiteral("0502"), QStringLiteral("0503"),
                                 QStringLiteral("0507"), QStringLiteral("0506")}));
    auto problems = storage::AuditLog(m_office->store()->connection()).verify();
    QVERIFY2(problems && problems->isEmpty(), problems ? qPrintable(problems->join(u'\n')) : "verify failed");
}

QTEST_MAIN(TestDisposals)
#include "tst_disposals.moc"
