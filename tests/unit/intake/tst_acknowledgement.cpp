// SPDX-License-Identifier: GPL-3.0-or-later
// The acknowledgement of receipt: rendered, filed into the proceeding and handed whole to the
// outgoing folder, once, for filed submissions only; a failure leaves neither file nor folder.
#include "casework/demo.h"
#include "documents/pdfdocument.h"
#include "intake/acknowledgement.h"
#include "intake/inbox.h"
#include "intake/routing.h"
#include "intake/samples.h"
#include "packages/safezip.h"
#include "storage/documentrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "support/testenv.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <unistd.h>

namespace samples = aw::intake::samples;
using aw::documents::PdfDocument;
using aw::intake::Inbox;
using aw::intake::Routing;
using aw::test::s;
using aw::test::why;

namespace {

// Rendering needs a QGuiApplication; without a display it must be the offscreen one, also when
// the binary is started by hand rather than through ctest.
void useOffscreenPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}
Q_CONSTRUCTOR_FUNCTION(useOffscreenPlatform)

QString pdfText(const QString &path)
{
    auto opened = PdfDocument::open(path);
    if (opened.status != PdfDocument::Status::Ok)
        return {};
    QString text;
    for (int i = 0; i < opened.document->pageCount(); ++i)
        text += opened.document->text(i) + QLatin1Char('\n');
    return text.simplified();
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

}  // namespace

class TestAcknowledgement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writesLetterFileAndFolder();
    void onlyOnce();
    void onlyFiledSubmissions();
    void xmlFormGivesTheNewAddress();
    void withoutReplyChannelItGoesByPost();
    void badTemplateWritesNothing();
    void unwritableFolderLeavesNothing();
    void folderThatCannotExistLeavesNothing();
    void failedRecordRemovesTheFolder();

private:
    QString scalar(const QString &sql, const QString &value = {}) const;
    qint64 count(const QString &sql) const;
    aw::casework::Session as(const QString &login) const;
    QString receive(const QString &name, const QList<QPair<QString, QByteArray>> &files);
    QString routed(samples::Kind kind);
    QStringList outgoingEntries() const;  // everything in the outgoing folder, hidden ones too

    std::unique_ptr<aw::test::TempDir> m_dir;
    std::shared_ptr<aw::storage::Store> m_store;
};

void TestAcknowledgement::initTestCase()
{
    aw::test::isolate();
}

void TestAcknowledgement::init()
{
    m_dir = std::make_unique<aw::test::TempDir>();
    auto store = aw::storage::Store::open(m_dir->file(s("store")));
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();
    QVERIFY(aw::casework::seedDemo(m_store).ok());
    auto rules = aw::intake::seedDemoRules(m_store);
    QVERIFY2(rules.ok(), qPrintable(why(rules)));
}

void TestAcknowledgement::cleanup()
{
    if (m_store) {
        auto findings = m_store->verify();
        QVERIFY(findings.ok() && findings->isEmpty());
    }
    m_store.reset();
    m_dir.reset();
}

aw::casework::Session TestAcknowledgement::as(const QString &login) const
{
    return {m_store, aw::storage::OrgRepository(m_store->connection()).userByLogin(login)->id};
}

QString TestAcknowledgement::scalar(const QString &sql, const QString &value) const
{
    const auto v = value.isNull() ? aw::storage::scalar(m_store->connection(), sql)
                                  : aw::storage::scalar(m_store->connection(), sql, {value});
    return v ? v->toString() : QString();
}

qint64 TestAcknowledgement::count(const QString &sql) const
{
    const auto n = aw::storage::scalar(m_store->connection(), sql);
    return n ? n->toLongLong() : -1;
}

QString TestAcknowledgement::receive(const QString &name, const QList<QPair<QString, QByteArray>> &files)
{
    const QString path = m_dir->file(name + s(".zip"));
    if (!aw::packages::writeZip(path, files))
        return {};
    auto received = Inbox(as(s("mmueller"))).receive(path);
    return received ? received->entry.id : QString();
}

QString TestAcknowledgement::routed(samples::Kind kind)
{
    const QString entry = receive(samples::kindName(kind), samples::submissionFiles(kind));
    if (entry.isEmpty() || !Routing(as(s("mmueller"))).route(entry).ok())
        return {};
    return entry;
}

QStringList TestAcknowledgement::outgoingEntries() const
{
    return QDir(aw::intake::outgoingFolder(*m_store))
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

void TestAcknowledgement::writesLetterFileAndFolder()
{
    QVERIFY(m_store->setSetting(s("letterhead.authority"), s("Bezirksamt Göttingen-Mitte")).ok());
    const QString entry = routed(samples::Kind::CertificateRequest);
    QVERIFY(!entry.isEmpty());
    const QString proceedingId = Inbox(as(s("mmueller"))).proceedingIds(entry)->first();
    const auto proceeding = aw::storage::ProceedingRepository(m_store->connection()).get(proceedingId);
    QVERIFY(proceeding.ok());
    const QString submissionId = scalar(s("SELECT submission_id FROM submission WHERE id = ?"), entry);
    const qint64 documentsBefore = count(s("SELECT count(*) FROM document"));

    auto ack = aw::intake::acknowledge(as(s("mmueller")), entry);
    QVERIFY2(ack.ok(), qPrintable(why(ack)));

    // The folder: in the default place, named by time and submission, holding both files only.
    QCOMPARE(aw::intake::outgoingFolder(*m_store), QDir(m_store->dir()).filePath(s("ausgang")));
    QCOMPARE(QFileInfo(ack->folder).absolutePath(), aw::intake::outgoingFolder(*m_store));
    QVERIFY2(QRegularExpression(s("^\\d{8}-\\d{6}-") + QRegularExpression::escape(submissionId) + s("$"))
                 .match(QFileInfo(ack->folder).fileName())
                 .hasMatch(),
             qPrintable(ack->folder));
    QCOMPARE(QDir(ack->folder).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{s("Eingangsbestaetigung.pdf"), s("versand.json")}));
    QCOMPARE(outgoingEntries(), QStringList{QFileInfo(ack->folder).fileName()});
    QCOMPARE(ack->pdfPath, QDir(ack->folder).filePath(s("Eingangsbestaetigung.pdf")));

    // The letter: readable by Poppler, addressed to the applicant, naming the Aktenzeichen.
    const QString text = pdfText(ack->pdfPath);
    QVERIFY2(!text.isEmpty(), "Poppler cannot read the letter");
    const QString applicant = samples::submissionApplicant(samples::Kind::CertificateRequest);
    QVERIFY2(text.contains(applicant), qPrintable(text));
    QVERIFY2(text.contains(proceeding->reference), qPrintable(text));
    QVERIFY2(text.contains(s("Mühlenweg 7")) && text.contains(s("37073 Göttingen")), qPrintable(text));
    QVERIFY2(text.contains(s("Eingangsbestätigung: Geburtsurkunde ausstellen")), qPrintable(text));
    QVERIFY2(text.contains(submissionId), qPrintable(text));
    QVERIFY2(text.contains(s("Bezirksamt Göttingen-Mitte")) && text.contains(s("Standesamt")), qPrintable(text));

    // The hand-over: the reply channel as delivered, and the file's hash.
    const QJsonObject versand = readJson(QDir(ack->folder).filePath(s("versand.json")));
    QCOMPARE(versand.value(s("kind")).toString(), s("eingangsbestaetigung"));
    QCOMPARE(versand.value(s("submissionId")).toString(), submissionId);
    QCOMPARE(versand.value(s("inboxEntryId")).toString(), entry);
    QCOMPARE(versand.value(s("reference")).toString(), proceeding->reference);
    QCOMPARE(versand.value(s("service")).toString(), s("Geburtsurkunde ausstellen"));
    QCOMPARE(versand.value(s("serviceKey")).toString(),
             samples::submissionServiceKey(samples::Kind::CertificateRequest));
    QCOMPARE(versand.value(s("applicant")).toString(), applicant);
    QCOMPARE(versand.value(s("channel")).toString(), s("eMail"));
    QCOMPARE(versand.value(s("address")).toString(), s("j.groessmann@example.org"));
    QCOMPARE(versand.value(s("replyChannel")).toObject(),
             (QJsonObject{{s("eMail"), QJsonObject{{s("address"), s("j.groessmann@example.org")}}}}));
    QVERIFY(QDateTime::fromString(versand.value(s("createdAt")).toString(), Qt::ISODateWithMs).isValid());
    const QJsonArray files = versand.value(s("files")).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).toObject().value(s("name")).toString(), s("Eingangsbestaetigung.pdf"));
    QCOMPARE(files.at(0).toObject().value(s("sha256")).toString(), sha256Of(ack->pdfPath));

    // The file: the letter is a document of the proceeding, with the same bytes.
    QCOMPARE(count(s("SELECT count(*) FROM document")), documentsBefore + 1);
    auto document = aw::storage::DocumentRepository(m_store->connection()).get(ack->documentId);
    QVERIFY2(document.ok(), qPrintable(why(document)));
    QCOMPARE(document->proceedingId, proceedingId);
    QVERIFY2(document->title.startsWith(s("Eingangsbestätigung")), qPrintable(document->title));
    QCOMPARE(document->direction, aw::storage::Direction::Out);  // sent by the office, not received
    auto versions = aw::storage::DocumentRepository(m_store->connection()).versions(ack->documentId);
    QCOMPARE(versions->size(), 1);
    QCOMPARE(versions->first().sha256, sha256Of(ack->pdfPath));
    QCOMPARE(versions->first().mime, s("application/pdf"));

    // The submission: acknowledged, with its audit event.
    auto now = Inbox(as(s("mmueller"))).entry(entry);
    QVERIFY(now->acknowledgedAt.isValid());
    QCOMPARE(count(s("SELECT count(*) FROM audit_event WHERE action = 'submission.acknowledge'")), 1);
}

void TestAcknowledgement::onlyOnce()
{
    const QString entry = routed(samples::Kind::CertificateRequest);
    QVERIFY(!entry.isEmpty());
    auto first = aw::intake::acknowledge(as(s("mmueller")), entry);
    QVERIFY2(first.ok(), qPrintable(why(first)));
    const QStringList folders = outgoingEntries();
    const qint64 documents = count(s("SELECT count(*) FROM document"));
    const qint64 audit = count(s("SELECT count(*) FROM audit_event"));
    const QString acknowledgedAt = scalar(s("SELECT acknowledged_at FROM submission WHERE id = ?"), entry);

    auto second = aw::intake::acknowledge(as(s("tyilmaz")), entry);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, aw::core::Error::Code::Refused);
    const QDateTime at = aw::storage::dateTimeFromStored(acknowledgedAt).toLocalTime();
    QVERIFY2(second.error().message.contains(at.toString(s("dd.MM.yyyy HH:mm"))), qPrintable(second.error().message));
    QCOMPARE(outgoingEntries(), folders);
    QCOMPARE(count(s("SELECT count(*) FROM document")), documents);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), audit);
    QCOMPARE(scalar(s("SELECT acknowledged_at FROM submission WHERE id = ?"), entry), acknowledgedAt);
}

void TestAcknowledgement::onlyFiledSubmissions()
{
    const QString fresh =
        receive(s("new"), samples::submissionFiles(samples::Kind::CertificateRequest, samples::Defect::None, 1));
    QCOMPARE(scalar(s("SELECT status FROM submission WHERE id = ?"), fresh), s("new"));
    const QString broken = receive(
        s("broken"), samples::submissionFiles(samples::Kind::CertificateRequest, samples::Defect::WrongDataHash, 2));
    QCOMPARE(scalar(s("SELECT status FROM submission WHERE id = ?"), broken), s("quarantined"));
    const qint64 documents = count(s("SELECT count(*) FROM document"));
    const qint64 audit = count(s("SELECT count(*) FROM audit_event"));

    for (const QString &entry : {fresh, broken}) {
        auto ack = aw::intake::acknowledge(as(s("mmueller")), entry);
        QVERIFY(!ack.ok());
        QCOMPARE(ack.error().code, aw::core::Error::Code::Refused);
        QVERIFY2(ack.error().message.contains(s("filed")), qPrintable(ack.error().message));
    }
    auto missing = aw::intake::acknowledge(as(s("mmueller")), s("no-such-entry"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, aw::core::Error::Code::NotFound);

    QVERIFY(outgoingEntries().isEmpty());
    QCOMPARE(count(s("SELECT count(*) FROM document")), documents);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), audit);
    QCOMPARE(count(s("SELECT count(*) FROM submission WHERE acknowledged_at IS NOT NULL")), 0);
}

void TestAcknowledgement::xmlFormGivesTheNewAddress()
{
    // A registration (XML form, no rule in the demo): filed by hand into a Kundenzentrum file.
    const QString entry = receive(s("residence"), samples::submissionFiles(samples::Kind::ResidenceRegistration));
    QVERIFY(!entry.isEmpty());
    const QString caseFile = scalar(s("SELECT c.id FROM case_file c JOIN org_unit u ON u.id = c.owner_unit_id "
                                      "WHERE u.code = ? AND c.status = 'open' ORDER BY c.reference LIMIT 1"),
                                    s("KZN"));
    auto filed = Routing(as(s("aweber"))).fileInto(entry, caseFile);
    QVERIFY2(filed.ok(), qPrintable(why(filed)));
    QVERIFY(m_store->setSetting(s("intake.outgoingFolder"), m_dir->file(s("transport/out"))).ok());

    auto ack = aw::intake::acknowledge(as(s("aweber")), entry);
    QVERIFY2(ack.ok(), qPrintable(why(ack)));
    QCOMPARE(QFileInfo(ack->folder).absolutePath(), m_dir->file(s("transport/out")));
    const QString text = pdfText(ack->pdfPath);
    QVERIFY2(text.contains(samples::submissionApplicant(samples::Kind::ResidenceRegistration)), qPrintable(text));
    QVERIFY2(text.contains(s("Königsallee 12a")) && text.contains(s("37081 Göttingen")), qPrintable(text));
    QVERIFY2(!text.contains(s("Kassel")), qPrintable(text));  // not the previous address
    QVERIFY2(text.contains(s("Kundenzentrum Nord")), qPrintable(text));
    const QJsonObject versand = readJson(QDir(ack->folder).filePath(s("versand.json")));
    QCOMPARE(versand.value(s("channel")).toString(), s("deMail"));
    QCOMPARE(versand.value(s("replyChannel")).toObject().value(s("deMail")).toObject().value(s("address")).toString(),
             s("oemer.celik@example.de-mail.de"));
    QCOMPARE(aw::storage::DocumentRepository(m_store->connection()).get(ack->documentId)->proceedingId,
             filed->proceedingIds.first());
}

void TestAcknowledgement::withoutReplyChannelItGoesByPost()
{
    // The birth bundle starts two proceedings; the letter goes into the first. Its metadata here
    // names no reply channel (metadata itself is not hashed, so the package stays good).
    auto files = samples::submissionFiles(samples::Kind::BirthBundle);
    for (auto &[name, bytes] : files) {
        if (name != QLatin1String("metadata.json"))
            continue;
        QJsonObject metadata = QJsonDocument::fromJson(bytes).object();
        QVERIFY(metadata.contains(s("replyChannel")));
        metadata.remove(s("replyChannel"));
        bytes = QJsonDocument(metadata).toJson();
    }
    const QString entry = receive(s("birth"), files);
    QCOMPARE(scalar(s("SELECT status FROM submission WHERE id = ?"), entry), s("new"));
    auto routing = Routing(as(s("kschmidt"))).route(entry);
    QVERIFY2(routing.ok(), qPrintable(why(routing)));
    QCOMPARE(routing->proceedingIds.size(), 2);

    auto ack = aw::intake::acknowledge(as(s("kschmidt")), entry);
    QVERIFY2(ack.ok(), qPrintable(why(ack)));
    QCOMPARE(aw::storage::DocumentRepository(m_store->connection()).get(ack->documentId)->proceedingId,
             Inbox(as(s("kschmidt"))).proceedingIds(entry)->first());
    const QJsonObject versand = readJson(QDir(ack->folder).filePath(s("versand.json")));
    QCOMPARE(versand.value(s("channel")).toString(), QString());
    QVERIFY(versand.value(s("replyChannel")).isNull());
    QVERIFY(pdfText(ack->pdfPath).contains(samples::submissionApplicant(samples::Kind::BirthBundle)));
}

void TestAcknowledgement::badTemplateWritesNothing()
{
    QVERIFY(m_store->setSetting(s("intake.acknowledgement.template"), s("Guten Tag,\n\n{{unknownThing}}")).ok());
    const QString entry = routed(samples::Kind::CertificateRequest);
    QVERIFY(!entry.isEmpty());
    const qint64 documents = count(s("SELECT count(*) FROM document"));
    auto ack = aw::intake::acknowledge(as(s("mmueller")), entry);
    QVERIFY(!ack.ok());
    QCOMPARE(ack.error().code, aw::core::Error::Code::Invalid);
    QVERIFY2(ack.error().message.contains(s("{{unknownThing}}")), qPrintable(ack.error().message));
    QCOMPARE(count(s("SELECT count(*) FROM document")), documents);
    QVERIFY(outgoingEntries().isEmpty());
    QVERIFY(scalar(s("SELECT acknowledged_at FROM submission WHERE id = ?"), entry).isEmpty());

    // A template of the office's own, with the placeholders it offers.
    QVERIFY(m_store
                ->setSetting(s("intake.acknowledgement.template"),
                             s("Guten Tag,\n\nIhr Antrag {{senderReference}} vom {{applicationDate}} liegt uns unter "
                               "{{reference}} vor."))
                .ok());
    auto good = aw::intake::acknowledge(as(s("mmueller")), entry);
    QVERIFY2(good.ok(), qPrintable(why(good)));
    QVERIFY2(pdfText(good->pdfPath).contains(s("OZG-URK-2025-004711 vom 03.11.2025")),
             qPrintable(pdfText(good->pdfPath)));
}

void TestAcknowledgement::unwritableFolderLeavesNothing()
{
    if (::geteuid() == 0)
        QSKIP("Running as root: a read-only folder is writable all the same.");
    const QString entry = routed(samples::Kind::CertificateRequest);
    QVERIFY(!entry.isEmpty());
    const QString outgoing = m_dir->file(s("readonly"));
    QVERIFY(QDir().mkpath(outgoing));
    QVERIFY(QFile::setPermissions(outgoing, QFile::ReadOwner | QFile::ExeOwner));
    QVERIFY(m_store->setSetting(s("intake.outgoingFolder"), outgoing).ok());
    const qint64 documents = count(s("SELECT count(*) FROM document"));
    const qint64 audit = count(s("SELECT count(*) FROM audit_event"));

    auto ack = aw::intake::acknowledge(as(s("mmueller")), entry);
    QFile::setPermissions(outgoing, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!ack.ok());
    QCOMPARE(ack.error().code, aw::core::Error::Code::Io);
    QVERIFY2(ack.error().message.contains(QDir::toNativeSeparators(outgoing)), qPrintable(ack.error().message));
    QCOMPARE(count(s("SELECT count(*) FROM document")), documents);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), audit);
    QVERIFY(scalar(s("SELECT acknowledged_at FROM submission WHERE id = ?"), entry).isEmpty());
    QVERIFY(outgoingEntries().isEmpty());

    // Writable again, it works, and no half folder is left behind.
    auto again = aw::intake::acknowledge(as(s("mmueller")), entry);
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QCOMPARE(outgoingEntries(), QStringList{QFileInfo(again->folder).fileName()});
}

void TestAcknowledgement::folderThatCannotExistLeavesNothing()
{
    // Unlike a read-only folder this fails for root too: a file stands where a folder should be.
    const QString entry = routed(samples::Kind::CertificateRequest);
    QVERIFY(!entry.isEmpty());
    QFile blocker(m_dir->file(s("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly) && blocker.write("x") == 1);
    blocker.close();
    const QString outgoing = m_dir->file(s("blocker/ausgang"));
    QVERIFY(m_store->setSetting(s("intake.outgoingFolder"), outgoing).ok());
    const qint64 documents = count(s("SELECT count(*) FROM document"));
    const qint64 audit = count(s("SELECT count(*) FROM audit_event"));

    auto ack = aw::intake::acknowledge(as(s("mmueller")), entry);
    QVERIFY(!ack.ok());
    QCOMPARE(ack.error().code, aw::core::Error::Code::Io);
    QVERIFY2(ack.error().message.contains(QDir::toNativeSeparators(outgoing)), qPrintable(ack.error().message));
    QCOMPARE(count(s("SELECT count(*) FROM document")), documents);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), audit);
    QVERIFY(scalar(s("SELECT acknowledged_at FROM submission WHERE id = ?"), entry).isEmpty());
}

void TestAcknowledgement::failedRecordRemovesTheFolder()
{
    // The database refuses the audit event after the folder was handed over: the folder goes again,
    // so the transport never sends what the file does not hold.
    const QString entry = routed(samples::Kind::CertificateRequest);
    QVERIFY(!entry.isEmpty());
    QVERIFY(
        aw::storage::exec(m_store->connection(),
                          s("CREATE TEMP TRIGGER refuse_acknowledge BEFORE INSERT ON main.audit_event "
                            "WHEN NEW.action = 'submission.acknowledge' BEGIN SELECT RAISE(ABORT, 'disk full'); END"))
            .ok());
    const qint64 documents = count(s("SELECT count(*) FROM document"));
    auto ack = aw::intake::acknowledge(as(s("mmueller")), entry);
    QVERIFY(aw::storage::exec(m_store->connection(), s("DROP TRIGGER temp.refuse_acknowledge")).ok());
    QVERIFY(!ack.ok());
    QVERIFY(outgoingEntries().isEmpty());
    QCOMPARE(count(s("SELECT count(*) FROM document")), documents);
    QVERIFY(scalar(s("SELECT acknowledged_at FROM submission WHERE id = ?"), entry).isEmpty());

    auto again = aw::intake::acknowledge(as(s("mmueller")), entry);
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QCOMPARE(outgoingEntries(), QStringList{QFileInfo(again->folder).fileName()});
}

QTEST_MAIN(TestAcknowledgement)
#include "tst_acknowledgement.moc"
