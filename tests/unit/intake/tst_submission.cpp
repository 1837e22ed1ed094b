// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/samples.h"
#include "intake/submission.h"
#include "support/pdfmaker.h"
#include "support/testenv.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

namespace samples = aw::intake::samples;
using namespace aw;
using aw::test::s;

namespace {

// Every name, kind and byte under `dir`: equal before and after means nothing was touched.
QByteArray fingerprint(const QString &dir)
{
    QStringList lines;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        QString line = QDir(dir).relativeFilePath(info.filePath());
        if (info.isSymLink()) {
            line += QStringLiteral(" -> ") + info.symLinkTarget();
        } else if (info.isDir()) {
            line += QLatin1Char('/');
        } else {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly))
                line +=
                    QLatin1Char(' ') +
                    QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        }
        lines << line;
    }
    lines.sort();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

QString expectedReason(samples::Kind kind, samples::Defect defect)
{
    const QString dataFile = samples::submissionDataFile(kind);
    switch (defect) {
    case samples::Defect::None:
        return {};
    case samples::Defect::WrongDataHash:
        return dataFile + QStringLiteral(": the SHA-512 does not match");
    case samples::Defect::WrongAttachmentHash:
        return QStringLiteral("): the SHA-512 does not match (the file was changed or damaged in transport)");
    case samples::Defect::MissingAttachment:
        return QStringLiteral("is missing: attachments/");
    case samples::Defect::ExtraAttachment:
        return QStringLiteral("attachments/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d is not listed in metadata.json");
    case samples::Defect::UnknownSchemaVersion:
        return s("metadata schema version 2.0.0 is not supported (supported: 1.0–1.2)");
    case samples::Defect::MalformedMetadata:
        return QStringLiteral("metadata.json is not valid JSON");
    case samples::Defect::MalformedData:
        return kind == samples::Kind::ResidenceRegistration ? QStringLiteral("data.xml is not well-formed XML")
                                                            : QStringLiteral("data.json is not valid JSON");
    case samples::Defect::XmlDoctype:
        return QStringLiteral("data.xml: XML with a document type declaration is not accepted");
    case samples::Defect::BadServiceIdentifier:
        return QStringLiteral("\"urn:de:fim:leika:leistung:9911500400100\" is not a LeiKa service key");
    case samples::Defect::DuplicateAttachmentId:
        return QStringLiteral("is listed twice");
    case samples::Defect::MissingDataFile:
        return dataFile + QStringLiteral(" is missing from the submission");
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonValue at(const QJsonValue &value, const QStringList &path)
{
    QJsonValue current = value;
    for (const QString &key : path)
        current = current.toObject().value(key);
    return current;
}

}  // namespace

class TestSubmission : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void goodSubmission_data();
    void goodSubmission();
    void certificateRequestFields();
    void residenceRegistrationXml();
    void birthBundle();
    void filesMatchDirectory();

    void brokenSubmission_data();
    void brokenSubmission();
    void billionLaughsIsRefusedQuickly();
    void entityReferenceWithoutDoctype();
    void unexpectedTopLevelFile_data();
    void unexpectedTopLevelFile();
    void symlinkedAttachment();
    void schemaVersions_data();
    void schemaVersions();
    void metadataTooLarge();
    void missingFolder();
};

void TestSubmission::goodSubmission_data()
{
    QTest::addColumn<samples::Kind>("kind");
    for (samples::Kind kind : samples::allKinds())
        QTest::newRow(qPrintable(samples::kindName(kind))) << kind;
}

void TestSubmission::goodSubmission()
{
    QFETCH(samples::Kind, kind);
    test::TempDir dir;
    QVERIFY(samples::writeSubmission(dir.path(), kind));
    const QByteArray before = fingerprint(dir.path());

    const auto parsed = intake::parseSubmission(dir.path());
    QVERIFY2(parsed.ok(), qPrintable(test::why(parsed)));
    const intake::Submission &submission = parsed.value();
    const auto verified = intake::verifySubmission(dir.path(), submission);
    QVERIFY2(verified.ok(), qPrintable(test::why(verified)));

    QCOMPARE(submission.serviceKey, samples::submissionServiceKey(kind));
    QCOMPARE(submission.serviceIdentifier, QStringLiteral("urn:de:fim:leika:leistung:") + submission.serviceKey);
    QCOMPARE(submission.applicantName, samples::submissionApplicant(kind));
    QCOMPARE(submission.attachments.size(), qsizetype(samples::submissionAttachmentCount(kind)));
    QCOMPARE(submission.dataFileName(), samples::submissionDataFile(kind));
    QCOMPARE(submission.dataHash.size(), 128);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                .match(submission.submissionId)
                .hasMatch());
    QVERIFY(!submission.replyChannel.summary.isEmpty());
    QVERIFY(submission.formData.isObject());
    for (const intake::Attachment &attachment : submission.attachments) {
        QCOMPARE(attachment.hashType, QStringLiteral("sha512"));
        QCOMPARE(attachment.mimeType, QStringLiteral("application/pdf"));
        QVERIFY(readAll(dir.file(QStringLiteral("attachments/") + attachment.attachmentId)).startsWith("%PDF-"));
    }
    QCOMPARE(fingerprint(dir.path()), before);
}

void TestSubmission::certificateRequestFields()
{
    test::TempDir dir;
    QVERIFY(samples::writeSubmission(dir.path(), samples::Kind::CertificateRequest));
    const auto parsed = intake::parseSubmission(dir.path());
    QVERIFY2(parsed.ok(), qPrintable(test::why(parsed)));
    const intake::Submission &submission = parsed.value();

    QCOMPARE(submission.schemaVersion, QStringLiteral("1.2.0"));
    QCOMPARE(submission.submissionId, QStringLiteral("6f0e2c1a-8b7d-4e3f-9a21-5c4d3b2a1f00"));
    QCOMPARE(submission.serviceName, QStringLiteral("Geburtsurkunde ausstellen"));
    QCOMPARE(submission.dataMimeType, QStringLiteral("application/json"));

    QVERIFY(submission.paymentInformation.present);
    QCOMPARE(submission.paymentInformation.paymentMethod, QStringLiteral("CREDIT_CARD"));
    QCOMPARE(submission.paymentInformation.status, QStringLiteral("BOOKED"));
    QCOMPARE(submission.paymentInformation.transactionReference, QStringLiteral("URK-2025-004711"));
    QCOMPARE(submission.paymentInformation.grossAmount, 24.0);
    QCOMPARE(submission.paymentInformation.raw.value(QStringLiteral("transactionUrl")).toString(),
             QStringLiteral("https://epayment.example.org/transactions/a1c9e0d2"));

    QCOMPARE(submission.replyChannel.channel, QStringLiteral("eMail"));
    QCOMPARE(submission.replyChannel.address, QStringLiteral("j.groessmann@example.org"));
    QVERIFY(submission.replyChannel.summary.contains(QStringLiteral("j.groessmann@example.org")));

    QCOMPARE(submission.authenticationInformation.size(), qsizetype(1));
    QCOMPARE(submission.additionalReferenceInfo.applicationDate, QStringLiteral("2025-11-03"));
    QCOMPARE(submission.additionalReferenceInfo.senderReference, QStringLiteral("OZG-URK-2025-004711"));

    const QJsonValue &form = submission.formData;
    QCOMPARE(at(form, {QStringLiteral("urkundenart")}).toString(), QStringLiteral("Geburtsurkunde"));
    QCOMPARE(at(form, {QStringLiteral("registereintrag")}).toString(), QStringLiteral("G 334/2020"));
    QCOMPARE(at(form, {QStringLiteral("anzahl")}).toInt(), 2);
    QCOMPARE(at(form, {QStringLiteral("antragsteller"), QStringLiteral("geburtsdatum")}).toString(),
             QStringLiteral("1984-03-12"));
    QCOMPARE(
        at(form, {QStringLiteral("antragsteller"), QStringLiteral("anschrift"), QStringLiteral("strasse")}).toString(),
        s("Mühlenweg"));
    QCOMPARE(at(form, {QStringLiteral("antragsteller"), QStringLiteral("anschrift"), QStringLiteral("ort")}).toString(),
             s("Göttingen"));
    QVERIFY(at(form, {QStringLiteral("verwendungszweck")}).toString().contains(s("für die Schulanmeldung")));

    QCOMPARE(submission.attachments.first().purpose, QStringLiteral("form"));
    QCOMPARE(submission.attachments.first().filename, QStringLiteral("Antrag_Urkunde.pdf"));
}

void TestSubmission::residenceRegistrationXml()
{
    test::TempDir dir;
    QVERIFY(samples::writeSubmission(dir.path(), samples::Kind::ResidenceRegistration));
    const auto parsed = intake::parseSubmission(dir.path());
    QVERIFY2(parsed.ok(), qPrintable(test::why(parsed)));
    const intake::Submission &submission = parsed.value();

    QCOMPARE(submission.schemaVersion, QStringLiteral("1.0.0"));
    QCOMPARE(submission.dataMimeType, QStringLiteral("application/xml"));
    QVERIFY(!submission.paymentInformation.present);
    QCOMPARE(submission.replyChannel.channel, QStringLiteral("deMail"));
    QCOMPARE(submission.replyChannel.address, QStringLiteral("oemer.celik@example.de-mail.de"));

    const QJsonValue root = at(submission.formData, {QStringLiteral("wohnsitzanmeldung")});
    QVERIFY(root.isObject());
    QCOMPARE(at(root, {QStringLiteral("@version")}).toString(), QStringLiteral("1.0"));
    QCOMPARE(at(root, {QStringLiteral("neueWohnung"), QStringLiteral("strasse")}).toString(), s("Königsallee"));
    QCOMPARE(at(root, {QStringLiteral("neueWohnung"), QStringLiteral("@art")}).toString(),
             QStringLiteral("Hauptwohnung"));
    QCOMPARE(at(root, {QStringLiteral("bisherigeWohnung"), QStringLiteral("strasse")}).toString(), s("Weißdornweg"));
    const QJsonArray movers = at(root, {QStringLiteral("mitziehendePerson")}).toArray();
    QCOMPARE(movers.size(), qsizetype(2));
    QCOMPARE(at(movers.at(0), {QStringLiteral("vorname")}).toString(), s("Ayşe"));
    QCOMPARE(at(root, {QStringLiteral("bemerkung")}).toString(),
             s("Straße & Hausnummer laut Mietvertrag – Klingel \"Çelik\""));
    QCOMPARE(at(root, {QStringLiteral("wohnungsgeber")}).toString(), s("Hausverwaltung Müller & Söhne GmbH"));

    QCOMPARE(submission.attachments.size(), qsizetype(1));
    QCOMPARE(submission.attachments.first().filename, s("Wohnungsgeberbestätigung.pdf"));
    QCOMPARE(submission.attachments.first().purpose, QStringLiteral("attachment"));
}

void TestSubmission::birthBundle()
{
    test::TempDir dir;
    QVERIFY(samples::writeSubmission(dir.path(), samples::Kind::BirthBundle));
    const auto first = intake::parseSubmission(dir.path());
    QVERIFY2(first.ok(), qPrintable(test::why(first)));
    const auto second = intake::parseSubmission(dir.path());
    QVERIFY2(second.ok(), qPrintable(test::why(second)));

    // No submissionId in the metadata: derived from the data hash, so the same package gives the same id.
    QCOMPARE(first->submissionId, second->submissionId);
    QCOMPARE(first->schemaVersion, QStringLiteral("1.1.0"));
    QCOMPARE(first->replyChannel.channel, QStringLiteral("fink"));
    QVERIFY(first->replyChannel.address.startsWith(QStringLiteral("urn:de:fink:postfach:")));

    QStringList purposes;
    for (const intake::Attachment &attachment : first->attachments)
        purposes << attachment.purpose;
    QCOMPARE(purposes, (QStringList{QStringLiteral("form"), QStringLiteral("attachment"), QStringLiteral("attachment"),
                                    QStringLiteral("attachment")}));
    QCOMPARE(first->attachments.at(1).filename, QStringLiteral("Geburtsbescheinigung_Klinik.pdf"));
    QCOMPARE(first->attachments.at(2).description, QStringLiteral("Eheurkunde der Eltern"));
    QCOMPARE(at(first->formData, {QStringLiteral("kind"), QStringLiteral("familienname")}).toString(), s("Weißenböck"));
    QCOMPARE(at(first->formData, {QStringLiteral("leistungen")}).toArray().size(), qsizetype(5));
}

void TestSubmission::filesMatchDirectory()
{
    for (samples::Kind kind : samples::allKinds()) {
        test::TempDir dir;
        QVERIFY(samples::writeSubmission(dir.path(), kind));
        const auto files = samples::submissionFiles(kind);
        QCOMPARE(files.size(), qsizetype(2 + samples::submissionAttachmentCount(kind)));
        for (const auto &[path, bytes] : files)
            QCOMPARE(readAll(dir.file(path)), bytes);
    }
}

void TestSubmission::brokenSubmission_data()
{
    QTest::addColumn<samples::Kind>("kind");
    QTest::addColumn<samples::Defect>("defect");
    QTest::addColumn<QString>("reason");
    for (samples::Defect defect : samples::allDefects()) {
        for (samples::Kind kind : samples::allKinds()) {
            const QString name = samples::defectName(defect) + QLatin1Char('/') + samples::kindName(kind);
            QTest::newRow(qPrintable(name)) << kind << defect << expectedReason(kind, defect);
        }
    }
}

void TestSubmission::brokenSubmission()
{
    QFETCH(samples::Kind, kind);
    QFETCH(samples::Defect, defect);
    QFETCH(QString, reason);
    test::TempDir dir;
    QVERIFY(samples::writeSubmission(dir.path(), kind, defect));
    const QByteArray before = fingerprint(dir.path());

    QString message;
    const auto parsed = intake::parseSubmission(dir.path());
    if (parsed.ok()) {
        const auto verified = intake::verifySubmission(dir.path(), parsed.value());
        QVERIFY2(!verified.ok(), "a broken submission was accepted");
        message = verified.error().message;
    } else {
        message = parsed.error().message;
    }
    QVERIFY2(message.contains(reason), qPrintable(message));
    QCOMPARE(fingerprint(dir.path()), before);
}

void TestSubmission::billionLaughsIsRefusedQuickly()
{
    test::TempDir dir;
    QVERIFY(samples::writeSubmission(dir.path(), samples::Kind::CertificateRequest, samples::Defect::XmlDoctype));
    QElapsedTimer timer;
    timer.start();
    const auto parsed = intake::parseSubmission(dir.path());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, core::Error::Code::Refused);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestSubmission::entityReferenceWithoutDoctype()
{
    test::TempDir dir;
    QVERIFY(samples::writeSubmission(dir.path(), samples::Kind::ResidenceRegistration));
    QVERIFY(test::writeFile(dir.file(QStringLiteral("data.xml")),
                            "<?xml version=\"1.0\"?>\n<antrag><name>&xxe;</name></antrag>\n"));
    const auto parsed = intake::parseSubmission(dir.path());
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("data.xml")), qPrintable(parsed.error().message));
}

void TestSubmission::unexpectedTopLevelFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("notes") << QStringLiteral("notes.txt");
    QTest::newRow("hidden") << QStringLiteral(".DS_Store");
    QTest::newRow("both data files") << QStringLiteral("data.xml");
}

void TestSubmission::unexpectedTopLevelFile()
{
    QFETCH(QString, name);
    test::TempDir dir;
    QVERIFY(samples::writeSubmission(dir.path(), samples::Kind::CertificateRequest));
    QVERIFY(test::writeFile(dir.file(name), "x"));
    const auto parsed = intake::parseSubmission(dir.path());
    QVERIFY2(parsed.ok(), qPrintable(test::why(parsed)));
    const auto verified = intake::verifySubmission(dir.path(), parsed.value());
    QVERIFY(!verified.ok());
    QVERIFY2(verified.error().message.contains(QStringLiteral("unexpected file \"%1\"").arg(name)),
             qPrintable(verified.error().message));
}

void TestSubmission::symlinkedAttachment()
{
    test::TempDir dir;
    test::TempDir outside;
    QVERIFY(samples::writeSubmission(dir.path(), samples::Kind::ResidenceRegistration));
    const auto parsed = intake::parseSubmission(dir.path());
    QVERIFY2(parsed.ok(), qPrintable(test::why(parsed)));
    const QString attachment = dir.file(QStringLiteral("attachments/") + parsed->attachments.first().attachmentId);
    const QString target = outside.file(QStringLiteral("elsewhere.pdf"));
    QVERIFY(QFile::rename(attachment, target));
    QVERIFY(QFile::link(target, attachment));
    const auto verified = intake::verifySubmission(dir.path(), parsed.value());
    QVERIFY(!verified.ok());
    QVERIFY2(verified.error().message.contains(QStringLiteral("is not a regular file")),
             qPrintable(verified.error().message));
}

void TestSubmission::schemaVersions_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");  // empty: accepted
    QTest::newRow("1.0.0") << samples::metadataSchemaUrl(QStringLiteral("1.0.0")) << QString();
    QTest::newRow("1.1.0") << samples::metadataSchemaUrl(QStringLiteral("1.1.0")) << QString();
    QTest::newRow("1.2.7") << samples::metadataSchemaUrl(QStringLiteral("1.2.7")) << QString();
    QTest::newRow("1.3.0") << samples::metadataSchemaUrl(QStringLiteral("1.3.0"))
                           << s("metadata schema version 1.3.0 is not supported (supported: 1.0–1.2)");
    QTest::newRow("0.9.0") << samples::metadataSchemaUrl(QStringLiteral("0.9.0"))
                           << s("metadata schema version 0.9.0 is not supported");
    QTest::newRow("foreign") << QStringLiteral("https://example.org/metadata/1.0.0/metadata.schema.json")
                             << QStringLiteral("does not name the FIT-Connect metadata schema");
}

void TestSubmission::schemaVersions()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    test::TempDir dir;
    QVERIFY(samples::writeSubmission(dir.path(), samples::Kind::CertificateRequest));
    QJsonObject metadata = QJsonDocument::fromJson(readAll(dir.file(QStringLiteral("metadata.json")))).object();
    metadata.insert(QStringLiteral("$schema"), url);
    QVERIFY(test::writeFile(dir.file(QStringLiteral("metadata.json")), QJsonDocument(metadata).toJson()));
    const auto parsed = intake::parseSubmission(dir.path());
    if (reason.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(test::why(parsed)));
    } else {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    }
}

void TestSubmission::metadataTooLarge()
{
    test::TempDir dir;
    QVERIFY(samples::writeSubmission(dir.path(), samples::Kind::CertificateRequest));
    QByteArray big = readAll(dir.file(QStringLiteral("metadata.json")));
    big.append(QByteArray(intake::MaxMetadataBytes, ' '));
    QVERIFY(test::writeFile(dir.file(QStringLiteral("metadata.json")), big));
    const auto parsed = intake::parseSubmission(dir.path());
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(QStringLiteral("metadata.json is larger than the limit of 1 MiB")),
             qPrintable(parsed.error().message));
}

void TestSubmission::missingFolder()
{
    test::TempDir dir;
    const auto parsed = intake::parseSubmission(dir.file(QStringLiteral("nowhere")));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, core::Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestSubmission)
#include "tst_submission.moc"
