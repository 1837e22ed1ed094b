// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/submissionmaker.h"

#include "support/pdfmaker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace aw::test {

namespace {

struct AttachmentSpec
{
    QString id;
    QString filename;
    QString purpose;
    QString description;
    QByteArray bytes;
};

struct Spec
{
    QByteArray metadataTemplate;  // everything except contentStructure
    QByteArray data;
    bool xml = false;
    QString schemaUri;
    QList<AttachmentSpec> attachments;
};

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray pdf(const char *title, std::initializer_list<const char *> lines)
{
    QStringList text{u8(title), QString()};
    for (const char *line : lines)
        text << u8(line);
    return makeTextPdf(text);
}

QString sha512(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex());
}

Spec certificateRequest()
{
    Spec spec;
    spec.metadataTemplate = R"json({
  "$schema": "https://schema.fitko.de/fit-connect/metadata/1.2.0/metadata.schema.json",
  "submissionId": "6f0e2c1a-8b7d-4e3f-9a21-5c4d3b2a1f00",
  "publicServiceType": {
    "identifier": "urn:de:fim:leika:leistung:99115004001000",
    "name": "Geburtsurkunde ausstellen"
  },
  "authenticationInformation": [
    {"type": "identificationReport", "version": "1.0.0", "content": "eyJhbGciOiJQUzUxMiJ9.e30.c2lnbmF0dXI"}
  ],
  "replyChannel": {"eMail": {"address": "j.groessmann@example.org"}},
  "paymentInformation": {
    "transactionReference": "URK-2025-004711",
    "transactionId": "a1c9e0d2-7f3b-4c55-8e61-2b0d9f4a6e17",
    "transactionUrl": "https://epayment.example.org/transactions/a1c9e0d2",
    "paymentMethod": "CREDIT_CARD",
    "status": "BOOKED",
    "grossAmount": 24.00
  },
  "additionalReferenceInfo": {"senderReference": "OZG-URK-2025-004711", "applicationDate": "2025-11-03"}
})json";
    spec.data = R"json({
  "antragsteller": {
    "vorname": "Jürgen",
    "nachname": "Größmann",
    "geburtsdatum": "1984-03-12",
    "anschrift": {"strasse": "Mühlenweg", "hausnummer": "7", "plz": "37073", "ort": "Göttingen"},
    "email": "j.groessmann@example.org"
  },
  "betroffenePerson": {"vorname": "Lea", "nachname": "Größmann", "geburtsdatum": "2020-05-17"},
  "berechtigung": "Elternteil",
  "urkundenart": "Geburtsurkunde",
  "registereintrag": "G 334/2020",
  "anzahl": 2,
  "verwendungszweck": "Vorlage bei der Familienkasse und für die Schulanmeldung",
  "zustellung": "Post"
})json";
    spec.schemaUri = QStringLiteral("urn:xoev-de:xpersonenstand:standard:urkundenanforderung:1.0");
    spec.attachments = {{QStringLiteral("3f2a9c4e-1b7d-4a8e-9c61-0d2e5f7a8b91"), QStringLiteral("Antrag_Urkunde.pdf"),
                         QStringLiteral("form"), u8("Antragsformular Urkundenanforderung"),
                         pdf("Antrag auf Ausstellung einer Personenstandsurkunde",
                             {"Antragsteller: Jürgen Größmann, Mühlenweg 7, 37073 Göttingen",
                              "Urkundenart: Geburtsurkunde, Registereintrag G 334/2020", "Anzahl: 2",
                              "Gebühr: 24,00 EUR (Kreditkarte, bezahlt)"})}};
    return spec;
}

Spec residenceRegistration()
{
    Spec spec;
    spec.xml = true;
    spec.metadataTemplate = R"json({
  "$schema": "https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json",
  "publicServiceType": {
    "identifier": "urn:de:fim:leika:leistung:99115001001000",
    "name": "Anmeldung einer Wohnung"
  },
  "replyChannel": {"deMail": {"address": "oemer.celik@example.de-mail.de"}},
  "additionalReferenceInfo": {"senderReference": "MELD-2025-118", "applicationDate": "2025-10-20"}
})json";
    spec.data = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<!-- Wohnsitzanmeldung aus dem Online-Dienst -->
<wohnsitzanmeldung xmlns="urn:aktenwerk:test:wohnsitzanmeldung" version="1.0">
  <antragsteller>
    <vorname>Ömer</vorname>
    <nachname>Çelik</nachname>
    <geburtsdatum>1991-07-30</geburtsdatum>
    <staatsangehoerigkeit>deutsch</staatsangehoerigkeit>
  </antragsteller>
  <neueWohnung art="Hauptwohnung">
    <strasse>Königsallee</strasse>
    <hausnummer>12a</hausnummer>
    <plz>37081</plz>
    <ort>Göttingen</ort>
  </neueWohnung>
  <einzugsdatum>2025-10-15</einzugsdatum>
  <bisherigeWohnung>
    <strasse>Weißdornweg</strasse>
    <hausnummer>3</hausnummer>
    <plz>34117</plz>
    <ort>Kassel</ort>
  </bisherigeWohnung>
  <mitziehendePerson><vorname>Ayşe</vorname><nachname>Çelik</nachname></mitziehendePerson>
  <mitziehendePerson><vorname>Emir</vorname><nachname>Çelik</nachname></mitziehendePerson>
  <bemerkung>Straße &amp; Hausnummer laut Mietvertrag &#8211; Klingel &quot;Çelik&quot;</bemerkung>
  <wohnungsgeber><![CDATA[Hausverwaltung Müller & Söhne GmbH]]></wohnungsgeber>
</wohnsitzanmeldung>
)xml";
    spec.schemaUri = QStringLiteral("urn:aktenwerk:test:wohnsitzanmeldung:1.0");
    spec.attachments = {{QStringLiteral("b7e4d2c1-5a3f-4e89-8d10-9c2b4a6f0e33"), u8("Wohnungsgeberbestätigung.pdf"),
                         QStringLiteral("attachment"), u8("Wohnungsgeberbestätigung nach § 19 BMG"),
                         pdf("Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz",
                             {"Wohnungsgeber: Hausverwaltung Müller & Söhne GmbH",
                              "Anschrift der Wohnung: Königsallee 12a, 37081 Göttingen", "Einzug am: 15.10.2025",
                              "Meldepflichtige Personen: Ömer Çelik, Ayşe Çelik, Emir Çelik"})}};
    return spec;
}

Spec birthBundle()
{
    Spec spec;
    spec.metadataTemplate = R"json({
  "$schema": "https://schema.fitko.de/fit-connect/metadata/1.1.0/metadata.schema.json",
  "publicServiceType": {
    "identifier": "urn:de:fim:leika:leistung:99115003001000",
    "name": "Geburt anzeigen (Lebenslage Geburt)"
}
,
    "authenticationInformation"
    : [ {"type" : "identificationReport", "version" : "1.0.0", "content" : "eyJhbGciOiJQUzUxMiJ9.e30.YmlydGg"} ],
      "replyChannel" : {
          "fink" : {
              "finkPostfachRef" : "urn:de:fink:postfach:4c1d8e2a-77b0-4b5e-a3f9-1e6d0c2b9a48",
              "host" : "https://fink.example.org"
          }
      },
                       "additionalReferenceInfo":
{
    "senderReference" : "GEB-2025-0093", "applicationDate" : "2025-10-30"
}
})json";
    spec.data = R"json({
  "antragsteller": {"vorname": "Käthe", "nachname": "Weißenböck", "rolle": "Mutter", "geburtsdatum": "1993-02-01"},
  "zweitesElternteil": {"vorname": "Jörg", "nachname": "Weißenböck", "rolle": "Vater"},
  "kind": {
    "vornamen": ["Lotta", "Marie"],
    "familienname": "Weißenböck",
    "geburtsdatum": "2025-10-28",
    "geburtszeit": "04:17",
    "geburtsort": "Göttingen",
    "geschlecht": "weiblich"
  },
  "leistungen": ["Geburtsbeurkundung", "Namensbestimmung", "Geburtsurkunden", "Kindergeld", "Elterngeld"],
  "urkunden": {"anzahl": 3, "zweck": "Kindergeld, Elterngeld, Krankenkasse"}
})json";
    spec.schemaUri = QStringLiteral("urn:aktenwerk:test:geburtsanzeige:1.0");
    spec.attachments = {
        {QStringLiteral("0c9d3e2f-6a1b-4c7d-8e90-a1b2c3d4e5f6"), QStringLiteral("Geburtsanzeige.pdf"),
         QStringLiteral("form"), u8("Geburtsanzeige (Antragsformular)"),
         pdf("Geburtsanzeige", {"Kind: Lotta Marie Weißenböck, geboren am 28.10.2025 in Göttingen",
                                "Mutter: Käthe Weißenböck", "Vater: Jörg Weißenböck"})},
        {QStringLiteral("1d2e3f40-5162-4738-8495-a6b7c8d9e0f1"), u8("Geburtsbescheinigung_Klinik.pdf"),
         QStringLiteral("attachment"), u8("Geburtsbescheinigung der Klinik"),
         pdf("Universitätsmedizin Göttingen - Geburtsbescheinigung",
             {"Geburt am 28.10.2025 um 04:17 Uhr", "Geschlecht: weiblich"})},
        {QStringLiteral("2e3f4051-6273-4849-95a6-b7c8d9e0f1a2"), QStringLiteral("Eheurkunde.pdf"),
         QStringLiteral("attachment"), u8("Eheurkunde der Eltern"),
         pdf("Eheurkunde", {"Käthe Weißenböck geb. Schäfer und Jörg Weißenböck", "Standesamt Göttingen, E 87/2019"})},
        {QStringLiteral("3f405162-7384-495a-a6b7-c8d9e0f1a2b3"), QStringLiteral("Personalausweis_Mutter.pdf"),
         QStringLiteral("attachment"), u8("Personalausweis der Mutter (Kopie)"),
         pdf("Personalausweis (Kopie)", {"Weißenböck, Käthe", "gültig bis 31.01.2031"})},
    };
    return spec;
}

Spec specFor(SubmissionKind kind)
{
    switch (kind) {
    case SubmissionKind::CertificateRequest:
        return certificateRequest();
    case SubmissionKind::ResidenceRegistration:
        return residenceRegistration();
    case SubmissionKind::BirthBundle:
        return birthBundle();
    }
    return {};
}

// Exponential entity expansion; a parser that expands it builds gigabytes.
QByteArray billionLaughs()
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        xml += " <!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            xml += (i == 1 ? QByteArray("&lol;") : "&lol" + QByteArray::number(i - 1) + ';');
        xml += "\">\n";
    }
    xml += "]>\n<antrag><antragsteller><name>&lol9;</name></antragsteller></antrag>\n";
    return xml;
}

QJsonObject hashObject(const QString &hex)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("sha512")}, {QStringLiteral("content"), hex}};
}

}  // namespace

QList<SubmissionKind> allSubmissionKinds()
{
    return {SubmissionKind::CertificateRequest, SubmissionKind::ResidenceRegistration, SubmissionKind::BirthBundle};
}

QList<SubmissionDefect> allSubmissionDefects()
{
    return {SubmissionDefect::WrongDataHash,        SubmissionDefect::WrongAttachmentHash,
            SubmissionDefect::MissingAttachment,    SubmissionDefect::ExtraAttachment,
            SubmissionDefect::UnknownSchemaVersion, SubmissionDefect::MalformedMetadata,
            SubmissionDefect::MalformedData,        SubmissionDefect::XmlDoctype,
            SubmissionDefect::BadServiceIdentifier, SubmissionDefect::DuplicateAttachmentId,
            SubmissionDefect::MissingDataFile};
}

QString submissionKindName(SubmissionKind kind)
{
    switch (kind) {
    case SubmissionKind::CertificateRequest:
        return QStringLiteral("certificate-request");
    case SubmissionKind::ResidenceRegistration:
        return QStringLiteral("residence-registration");
    case SubmissionKind::BirthBundle:
        return QStringLiteral("birth-bundle");
    }
    return {};
}

QString submissionDefectName(SubmissionDefect defect)
{
    switch (defect) {
    case SubmissionDefect::None:
        return QStringLiteral("none");
    case SubmissionDefect::WrongDataHash:
        return QStringLiteral("wrong-data-hash");
    case SubmissionDefect::WrongAttachmentHash:
        return QStringLiteral("wrong-attachment-hash");
    case SubmissionDefect::MissingAttachment:
        return QStringLiteral("missing-attachment");
    case SubmissionDefect::ExtraAttachment:
        return QStringLiteral("extra-attachment");
    case SubmissionDefect::UnknownSchemaVersion:
        return QStringLiteral("unknown-schema-version");
    case SubmissionDefect::MalformedMetadata:
        return QStringLiteral("malformed-metadata");
    case SubmissionDefect::MalformedData:
        return QStringLiteral("malformed-data");
    case SubmissionDefect::XmlDoctype:
        return QStringLiteral("xml-doctype");
    case SubmissionDefect::BadServiceIdentifier:
        return QStringLiteral("bad-service-identifier");
    case SubmissionDefect::DuplicateAttachmentId:
        return QStringLiteral("duplicate-attachment-id");
    case SubmissionDefect::MissingDataFile:
        return QStringLiteral("missing-data-file");
    }
    return {};
}

QString submissionServiceKey(SubmissionKind kind)
{
    switch (kind) {
    case SubmissionKind::CertificateRequest:
        return QStringLiteral("99115004001000");
    case SubmissionKind::ResidenceRegistration:
        return QStringLiteral("99115001001000");
    case SubmissionKind::BirthBundle:
        return QStringLiteral("99115003001000");
    }
    return {};
}

QString submissionApplicant(SubmissionKind kind)
{
    switch (kind) {
    case SubmissionKind::CertificateRequest:
        return u8("Jürgen Größmann");
    case SubmissionKind::ResidenceRegistration:
        return u8("Ömer Çelik");
    case SubmissionKind::BirthBundle:
        return u8("Käthe Weißenböck");
    }
    return {};
}

int submissionAttachmentCount(SubmissionKind kind)
{
    return int(specFor(kind).attachments.size());
}

QString submissionDataFile(SubmissionKind kind)
{
    return kind == SubmissionKind::ResidenceRegistration ? QStringLiteral("data.xml") : QStringLiteral("data.json");
}

QString metadataSchemaUrl(const QString &version)
{
    return QStringLiteral("https://schema.fitko.de/fit-connect/metadata/%1/metadata.schema.json").arg(version);
}

QList<QPair<QString, QByteArray>> submissionFiles(SubmissionKind kind, SubmissionDefect defect)
{
    Spec spec = specFor(kind);

    if (defect == SubmissionDefect::XmlDoctype) {
        spec.xml = true;
        spec.data = billionLaughs();
    } else if (defect == SubmissionDefect::MalformedData) {
        spec.data.chop(spec.data.size() / 3);  // hashed after the cut: only the content is bad
    }

    QJsonObject metadata = QJsonDocument::fromJson(spec.metadataTemplate).object();
    Q_ASSERT(!metadata.isEmpty());
    if (defect == SubmissionDefect::UnknownSchemaVersion)
        metadata.insert(QStringLiteral("$schema"), metadataSchemaUrl(QStringLiteral("2.0.0")));
    if (defect == SubmissionDefect::BadServiceIdentifier) {
        QJsonObject service = metadata.value(QStringLiteral("publicServiceType")).toObject();
        service.insert(QStringLiteral("identifier"), QStringLiteral("urn:de:fim:leika:leistung:9911500400100"));
        metadata.insert(QStringLiteral("publicServiceType"), service);
    }

    QString dataHash = sha512(spec.data);
    if (defect == SubmissionDefect::WrongDataHash)
        dataHash = sha512(spec.data + '\n');
    const QJsonObject data{{QStringLiteral("submissionSchema"),
                            QJsonObject{{QStringLiteral("schemaUri"), spec.schemaUri},
                                        {QStringLiteral("mimeType"), spec.xml ? QStringLiteral("application/xml")
                                                                              : QStringLiteral("application/json")}}},
                           {QStringLiteral("hash"), hashObject(dataHash)}};
    QJsonArray attachments;
    for (const AttachmentSpec &attachment : std::as_const(spec.attachments)) {
        attachments.append(QJsonObject{{QStringLiteral("attachmentId"), attachment.id},
                                       {QStringLiteral("filename"), attachment.filename},
                                       {QStringLiteral("mimeType"), QStringLiteral("application/pdf")},
                                       {QStringLiteral("purpose"), attachment.purpose},
                                       {QStringLiteral("description"), attachment.description},
                                       {QStringLiteral("hash"), hashObject(sha512(attachment.bytes))}});
    }
    if (defect == SubmissionDefect::DuplicateAttachmentId) {
        QJsonObject copy = attachments.first().toObject();
        copy.insert(QStringLiteral("filename"), QStringLiteral("Nachreichung.pdf"));
        attachments.append(copy);
    }
    metadata.insert(QStringLiteral("contentStructure"),
                    QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("attachments"), attachments}});

    QByteArray metadataBytes = QJsonDocument(metadata).toJson(QJsonDocument::Indented);
    if (defect == SubmissionDefect::MalformedMetadata)
        metadataBytes.truncate(metadataBytes.size() / 2);

    QList<QPair<QString, QByteArray>> files;
    files.append({QStringLiteral("metadata.json"), metadataBytes});
    if (defect != SubmissionDefect::MissingDataFile)
        files.append({spec.xml ? QStringLiteral("data.xml") : QStringLiteral("data.json"), spec.data});
    for (qsizetype i = 0; i < spec.attachments.size(); ++i) {
        if (defect == SubmissionDefect::MissingAttachment && i == spec.attachments.size() - 1)
            continue;
        QByteArray bytes = spec.attachments.at(i).bytes;
        if (defect == SubmissionDefect::WrongAttachmentHash && i == 0)
            bytes.append("% changed after hashing\n");
        files.append({QStringLiteral("attachments/") + spec.attachments.at(i).id, bytes});
    }
    if (defect == SubmissionDefect::ExtraAttachment) {
        files.append({QStringLiteral("attachments/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                      makeTextPdf({QStringLiteral("Nicht angemeldete Datei")})});
    }
    return files;
}

bool writeSubmission(const QString &dir, SubmissionKind kind, SubmissionDefect defect)
{
    const QDir root(dir);
    if (!root.mkpath(QStringLiteral("attachments")))
        return false;
    const auto files = submissionFiles(kind, defect);
    for (const auto &[path, bytes] : files) {
        if (!writeFile(root.filePath(path), bytes))
            return false;
    }
    return true;
}

}  // namespace aw::test
