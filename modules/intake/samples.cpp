// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/samples.h"

#include "documents/textpdf.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>

namespace aw::intake::samples {

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

// One applicant's values by name, for the {{name}} placeholders of a kind's templates.
using Fields = QHash<QString, QString>;

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// Fields from a record card: "key=value | key=value | …" on one or more lines.
Fields fields(const char *record)
{
    Fields out;
    const QStringList lines = u8(record).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList parts = line.split(QStringLiteral(" | "));
        for (const QString &part : parts) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            out.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
        }
    }
    return out;
}

QString fillText(const char *text, const Fields &values)
{
    QString out = u8(text);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.replace(QLatin1String("{{") + it.key() + QLatin1String("}}"), it.value());
    return out;
}

QByteArray fill(const char *text, const Fields &values)
{
    return fillText(text, values).toUtf8();
}

QString germanDate(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate).toString(QStringLiteral("dd.MM.yyyy"));
}

// A one-page PDF: the title, an empty line, then the lines, each filled from `values`.
QByteArray pdf(const Fields &values, const char *title, std::initializer_list<const char *> lines)
{
    QStringList text{fillText(title, values), QString()};
    for (const char *line : lines)
        text << fillText(line, values);
    return documents::textPdf(text);
}

QString sha512(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex());
}

// --- Urkundenanforderung -------------------------------------------------------------------

QList<Fields> certificateApplicants()
{
    return {
        fields(R"(submissionId=6f0e2c1a-8b7d-4e3f-9a21-5c4d3b2a1f00 | number=004711 | applicationDate=2025-11-03
            transactionId=a1c9e0d2-7f3b-4c55-8e61-2b0d9f4a6e17 | email=j.groessmann@example.org
            firstName=Jürgen | lastName=Größmann | birthDate=1984-03-12
            street=Mühlenweg | houseNumber=7 | postcode=37073 | city=Göttingen
            personFirst=Lea | personLast=Größmann | personBorn=2020-05-17 | entitlement=Elternteil
            registerEntry=G 334/2020 | copies=2 | delivery=Post
            purpose=Vorlage bei der Familienkasse und für die Schulanmeldung)"),
        fields(R"(submissionId=2b7c9d41-3e5a-4f60-8b12-7d9e0a1c3f52 | number=004752 | applicationDate=2025-11-05
            transactionId=5d3e8f10-2a4b-4c6d-9e7f-0a1b2c3d4e5f | email=s.krueger@example.org
            firstName=Sabine | lastName=Krüger | birthDate=1979-08-02
            street=Weender Landstraße | houseNumber=58 | postcode=37075 | city=Göttingen
            personFirst=Sabine | personLast=Krüger | personBorn=1979-08-02 | entitlement=Betroffene Person
            registerEntry=G 1022/1979 | copies=1 | delivery=Post
            purpose=Vorlage bei der Deutschen Rentenversicherung)"),
        fields(R"(submissionId=8e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b | number=004768 | applicationDate=2025-11-06
            transactionId=c4d5e6f7-8091-4a2b-b3c4-d5e6f7a8b9c0 | email=t.brandes@example.org
            firstName=Thomas | lastName=Brandes | birthDate=1969-06-21
            street=Herzberger Landstraße | houseNumber=14 | postcode=37085 | city=Göttingen
            personFirst=Finn | personLast=Brandes | personBorn=2008-09-14 | entitlement=Elternteil
            registerEntry=G 781/2008 | copies=1 | delivery=Abholung im Standesamt
            purpose=Antrag auf einen Reisepass)"),
    };
}

Spec certificateRequest(Fields f)
{
    const double fee = 12.0 * f.value(QStringLiteral("copies")).toInt();  // 12 EUR a certificate
    f.insert(QStringLiteral("fee"), QString::number(fee, 'f', 2));
    f.insert(QStringLiteral("feeText"), QString::number(fee, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(',')));
    f.insert(QStringLiteral("transaction"), f.value(QStringLiteral("transactionId")).left(8));
    Spec spec;
    spec.metadataTemplate = fill(R"json({
  "$schema": "https://schema.fitko.de/fit-connect/metadata/1.2.0/metadata.schema.json",
  "submissionId": "{{submissionId}}",
  "publicServiceType": {
    "identifier": "urn:de:fim:leika:leistung:99115004001000",
    "name": "Geburtsurkunde ausstellen"
  },
  "authenticationInformation": [
    {"type": "identificationReport", "version": "1.0.0", "content": "eyJhbGciOiJQUzUxMiJ9.e30.c2lnbmF0dXI"}
  ],
  "replyChannel": {"eMail": {"address": "{{email}}"}},
  "paymentInformation": {
    "transactionReference": "URK-2025-{{number}}",
    "transactionId": "{{transactionId}}",
    "transactionUrl": "https://epayment.example.org/transactions/{{transaction}}",
    "paymentMethod": "CREDIT_CARD",
    "status": "BOOKED",
    "grossAmount": {{fee}}
  },
  "additionalReferenceInfo": {"senderReference": "OZG-URK-2025-{{number}}", "applicationDate": "{{applicationDate}}"}
})json",
                                 f);
    spec.data = fill(R"json({
  "antragsteller": {
    "vorname": "{{firstName}}",
    "nachname": "{{lastName}}",
    "geburtsdatum": "{{birthDate}}",
    "anschrift": {"strasse": "{{street}}", "hausnummer": "{{houseNumber}}", "plz": "{{postcode}}", "ort": "{{city}}"},
    "email": "{{email}}"
  },
  "betroffenePerson": {"vorname": "{{personFirst}}", "nachname": "{{personLast}}", "geburtsdatum": "{{personBorn}}"},
  "berechtigung": "{{entitlement}}",
  "urkundenart": "Geburtsurkunde",
  "registereintrag": "{{registerEntry}}",
  "anzahl": {{copies}},
  "verwendungszweck": "{{purpose}}",
  "zustellung": "{{delivery}}"
})json",
                     f);
    spec.schemaUri = QStringLiteral("urn:xoev-de:xpersonenstand:standard:urkundenanforderung:1.0");
    spec.attachments = {
        {QStringLiteral("3f2a9c4e-1b7d-4a8e-9c61-0d2e5f7a8b91"), QStringLiteral("Antrag_Urkunde.pdf"),
         QStringLiteral("form"), u8("Antragsformular Urkundenanforderung"),
         pdf(f, "Antrag auf Ausstellung einer Personenstandsurkunde",
             {"Antragsteller: {{firstName}} {{lastName}}, {{street}} {{houseNumber}}, {{postcode}} {{city}}",
              "Urkundenart: Geburtsurkunde, Registereintrag {{registerEntry}}", "Anzahl: {{copies}}",
              "Gebühr: {{feeText}} EUR (Kreditkarte, bezahlt)"})}};
    return spec;
}

// --- Anmeldung einer Wohnung ---------------------------------------------------------------

// "movers": who moves in along with the applicant, "Vorname Nachname, …"; "remark" is XML text.
QList<Fields> residenceApplicants()
{
    return {
        fields(R"(deMail=oemer.celik@example.de-mail.de | number=118 | applicationDate=2025-10-20
            firstName=Ömer | lastName=Çelik | birthDate=1991-07-30 | nationality=deutsch
            street=Königsallee | houseNumber=12a | postcode=37081 | city=Göttingen | moveIn=2025-10-15
            previousStreet=Weißdornweg | previousHouseNumber=3 | previousPostcode=34117 | previousCity=Kassel
            movers=Ayşe Çelik, Emir Çelik | landlord=Hausverwaltung Müller & Söhne GmbH
            remark=Straße &amp; Hausnummer laut Mietvertrag &#8211; Klingel &quot;Çelik&quot;)"),
        fields(R"(deMail=lena.vogt@example.de-mail.de | number=131 | applicationDate=2025-11-04
            firstName=Lena | lastName=Vogt | birthDate=1998-04-09 | nationality=deutsch
            street=Groner Landstraße | houseNumber=9b | postcode=37081 | city=Göttingen | moveIn=2025-11-01
            previousStreet=Lindenstraße | previousHouseNumber=22 | previousPostcode=30159 | previousCity=Hannover
            movers= | landlord=Wohnbau Leinetal GmbH
            remark=Wohngemeinschaft, Zimmer 3 &#8211; Briefkasten &quot;Vogt/Adam&quot;)"),
        fields(R"(deMail=a.kowalski@example.de-mail.de | number=137 | applicationDate=2025-11-06
            firstName=Andrzej | lastName=Kowalski | birthDate=1987-12-05 | nationality=polnisch
            street=Hannoversche Straße | houseNumber=101 | postcode=37077 | city=Göttingen | moveIn=2025-10-25
            previousStreet=Am Wall | previousHouseNumber=8 | previousPostcode=28195 | previousCity=Bremen
            movers=Marta Kowalska | landlord=Gisela Brandt (privat)
            remark=Zuzug aus Bremen)"),
    };
}

Spec residenceRegistration(Fields f)
{
    QString moversXml;
    QStringList people{f.value(QStringLiteral("firstName")) + QLatin1Char(' ') + f.value(QStringLiteral("lastName"))};
    const QStringList movers = f.value(QStringLiteral("movers")).split(QStringLiteral(", "), Qt::SkipEmptyParts);
    for (const QString &mover : movers) {
        const qsizetype space = mover.lastIndexOf(QLatin1Char(' '));
        moversXml += QStringLiteral("  <mitziehendePerson><vorname>%1</vorname><nachname>%2</nachname>"
                                    "</mitziehendePerson>\n")
                         .arg(mover.left(space), mover.mid(space + 1));
        people << mover;
    }
    f.insert(QStringLiteral("moversXml"), moversXml);
    f.insert(QStringLiteral("people"), people.join(QStringLiteral(", ")));
    f.insert(QStringLiteral("moveInDay"), germanDate(f.value(QStringLiteral("moveIn"))));
    Spec spec;
    spec.xml = true;
    spec.metadataTemplate = fill(R"json({
  "$schema": "https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json",
  "publicServiceType": {
    "identifier": "urn:de:fim:leika:leistung:99115001001000",
    "name": "Anmeldung einer Wohnung"
  },
  "replyChannel": {"deMail": {"address": "{{deMail}}"}},
  "additionalReferenceInfo": {"senderReference": "MELD-2025-{{number}}", "applicationDate": "{{applicationDate}}"}
})json",
                                 f);
    spec.data = fill(R"xml(<?xml version="1.0" encoding="UTF-8"?>
<!-- Wohnsitzanmeldung aus dem Online-Dienst -->
<wohnsitzanmeldung xmlns="urn:aktenwerk:test:wohnsitzanmeldung" version="1.0">
  <antragsteller>
    <vorname>{{firstName}}</vorname>
    <nachname>{{lastName}}</nachname>
    <geburtsdatum>{{birthDate}}</geburtsdatum>
    <staatsangehoerigkeit>{{nationality}}</staatsangehoerigkeit>
  </antragsteller>
  <neueWohnung art="Hauptwohnung">
    <strasse>{{street}}</strasse>
    <hausnummer>{{houseNumber}}</hausnummer>
    <plz>{{postcode}}</plz>
    <ort>{{city}}</ort>
  </neueWohnung>
  <einzugsdatum>{{moveIn}}</einzugsdatum>
  <bisherigeWohnung>
    <strasse>{{previousStreet}}</strasse>
    <hausnummer>{{previousHouseNumber}}</hausnummer>
    <plz>{{previousPostcode}}</plz>
    <ort>{{previousCity}}</ort>
  </bisherigeWohnung>
{{moversXml}}  <bemerkung>{{remark}}</bemerkung>
  <wohnungsgeber><![CDATA[{{landlord}}]]></wohnungsgeber>
</wohnsitzanmeldung>
)xml",
                     f);
    spec.schemaUri = QStringLiteral("urn:aktenwerk:test:wohnsitzanmeldung:1.0");
    spec.attachments = {
        {QStringLiteral("b7e4d2c1-5a3f-4e89-8d10-9c2b4a6f0e33"), u8("Wohnungsgeberbestätigung.pdf"),
         QStringLiteral("attachment"), u8("Wohnungsgeberbestätigung nach § 19 BMG"),
         pdf(f, "Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz",
             {"Wohnungsgeber: {{landlord}}", "Anschrift der Wohnung: {{street}} {{houseNumber}}, {{postcode}} {{city}}",
              "Einzug am: {{moveInDay}}", "Meldepflichtige Personen: {{people}}"})}};
    return spec;
}

// --- Geburtsanzeige ------------------------------------------------------------------------

QList<Fields> birthApplicants()
{
    return {
        fields(R"(mailbox=4c1d8e2a-77b0-4b5e-a3f9-1e6d0c2b9a48 | number=0093 | applicationDate=2025-10-30
            mother=Käthe | lastName=Weißenböck | motherBorn=1993-02-01 | maidenName=Schäfer
            father=Jörg | idValidUntil=31.01.2031 | marriageEntry=Standesamt Göttingen, E 87/2019
            firstName=Lotta | secondName=Marie | birthDate=2025-10-28 | birthTime=04:17 | sex=weiblich
            place=Göttingen | clinic=Universitätsmedizin Göttingen)"),
        fields(R"(mailbox=9e2f7a15-3c48-4d6b-b1e0-58a4c7d2f936 | number=0101 | applicationDate=2025-11-05
            mother=Hanna | lastName=Petersen | motherBorn=1990-09-12 | maidenName=Kühn
            father=Malte | idValidUntil=11.09.2029 | marriageEntry=Standesamt Hann. Münden, E 14/2021
            firstName=Jonas | secondName=Emil | birthDate=2025-11-02 | birthTime=01:52 | sex=männlich
            place=Göttingen | clinic=Evangelisches Krankenhaus Göttingen-Weende)"),
    };
}

Spec birthBundle(Fields f)
{
    f.insert(QStringLiteral("birthDay"), germanDate(f.value(QStringLiteral("birthDate"))));
    Spec spec;
    spec.metadataTemplate = fill(R"json({
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
              "finkPostfachRef" : "urn:de:fink:postfach:{{mailbox}}",
              "host" : "https://fink.example.org"
          }
      },
                       "additionalReferenceInfo":
{
    "senderReference" : "GEB-2025-{{number}}", "applicationDate" : "{{applicationDate}}"
}
})json",
                                 f);
    spec.data = fill(R"json({
  "antragsteller": {"vorname": "{{mother}}", "nachname": "{{lastName}}", "rolle": "Mutter", "geburtsdatum": "{{motherBorn}}"},
  "zweitesElternteil": {"vorname": "{{father}}", "nachname": "{{lastName}}", "rolle": "Vater"},
  "kind": {
    "vornamen": ["{{firstName}}", "{{secondName}}"],
    "familienname": "{{lastName}}",
    "geburtsdatum": "{{birthDate}}",
    "geburtszeit": "{{birthTime}}",
    "geburtsort": "{{place}}",
    "geschlecht": "{{sex}}"
  },
  "leistungen": ["Geburtsbeurkundung", "Namensbestimmung", "Geburtsurkunden", "Kindergeld", "Elterngeld"],
  "urkunden": {"anzahl": 3, "zweck": "Kindergeld, Elterngeld, Krankenkasse"}
})json",
                     f);
    spec.schemaUri = QStringLiteral("urn:aktenwerk:test:geburtsanzeige:1.0");
    spec.attachments = {
        {QStringLiteral("0c9d3e2f-6a1b-4c7d-8e90-a1b2c3d4e5f6"), QStringLiteral("Geburtsanzeige.pdf"),
         QStringLiteral("form"), u8("Geburtsanzeige (Antragsformular)"),
         pdf(f, "Geburtsanzeige",
             {"Kind: {{firstName}} {{secondName}} {{lastName}}, geboren am {{birthDay}} in {{place}}",
              "Mutter: {{mother}} {{lastName}}", "Vater: {{father}} {{lastName}}"})},
        {QStringLiteral("1d2e3f40-5162-4738-8495-a6b7c8d9e0f1"), u8("Geburtsbescheinigung_Klinik.pdf"),
         QStringLiteral("attachment"), u8("Geburtsbescheinigung der Klinik"),
         pdf(f, "{{clinic}} - Geburtsbescheinigung",
             {"Geburt am {{birthDay}} um {{birthTime}} Uhr", "Geschlecht: {{sex}}"})},
        {QStringLiteral("2e3f4051-6273-4849-95a6-b7c8d9e0f1a2"), QStringLiteral("Eheurkunde.pdf"),
         QStringLiteral("attachment"), u8("Eheurkunde der Eltern"),
         pdf(f, "Eheurkunde",
             {"{{mother}} {{lastName}} geb. {{maidenName}} und {{father}} {{lastName}}", "{{marriageEntry}}"})},
        {QStringLiteral("3f405162-7384-495a-a6b7-c8d9e0f1a2b3"), QStringLiteral("Personalausweis_Mutter.pdf"),
         QStringLiteral("attachment"), u8("Personalausweis der Mutter (Kopie)"),
         pdf(f, "Personalausweis (Kopie)", {"{{lastName}}, {{mother}}", "gültig bis {{idValidUntil}}"})},
    };
    return spec;
}

QList<Fields> applicants(Kind kind)
{
    switch (kind) {
    case Kind::CertificateRequest:
        return certificateApplicants();
    case Kind::ResidenceRegistration:
        return residenceApplicants();
    case Kind::BirthBundle:
        return birthApplicants();
    }
    return {};
}

Fields applicant(Kind kind, int variant)
{
    const QList<Fields> all = applicants(kind);
    return all.at(qAbs(variant) % all.size());
}

Spec specFor(Kind kind, int variant)
{
    switch (kind) {
    case Kind::CertificateRequest:
        return certificateRequest(applicant(kind, variant));
    case Kind::ResidenceRegistration:
        return residenceRegistration(applicant(kind, variant));
    case Kind::BirthBundle:
        return birthBundle(applicant(kind, variant));
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

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.flush();
}

}  // namespace

QList<Kind> allKinds()
{
    return {Kind::CertificateRequest, Kind::ResidenceRegistration, Kind::BirthBundle};
}

QList<Defect> allDefects()
{
    return {Defect::WrongDataHash,         Defect::WrongAttachmentHash,  Defect::MissingAttachment,
            Defect::ExtraAttachment,       Defect::UnknownSchemaVersion, Defect::MalformedMetadata,
            Defect::MalformedData,         Defect::XmlDoctype,           Defect::BadServiceIdentifier,
            Defect::DuplicateAttachmentId, Defect::MissingDataFile};
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::CertificateRequest:
        return QStringLiteral("certificate-request");
    case Kind::ResidenceRegistration:
        return QStringLiteral("residence-registration");
    case Kind::BirthBundle:
        return QStringLiteral("birth-bundle");
    }
    return {};
}

QString defectName(Defect defect)
{
    switch (defect) {
    case Defect::None:
        return QStringLiteral("none");
    case Defect::WrongDataHash:
        return QStringLiteral("wrong-data-hash");
    case Defect::WrongAttachmentHash:
        return QStringLiteral("wrong-attachment-hash");
    case Defect::MissingAttachment:
        return QStringLiteral("missing-attachment");
    case Defect::ExtraAttachment:
        return QStringLiteral("extra-attachment");
    case Defect::UnknownSchemaVersion:
        return QStringLiteral("unknown-schema-version");
    case Defect::MalformedMetadata:
        return QStringLiteral("malformed-metadata");
    case Defect::MalformedData:
        return QStringLiteral("malformed-data");
    case Defect::XmlDoctype:
        return QStringLiteral("xml-doctype");
    case Defect::BadServiceIdentifier:
        return QStringLiteral("bad-service-identifier");
    case Defect::DuplicateAttachmentId:
        return QStringLiteral("duplicate-attachment-id");
    case Defect::MissingDataFile:
        return QStringLiteral("missing-data-file");
    }
    return {};
}

int variantCount(Kind kind)
{
    return int(applicants(kind).size());
}

QString submissionServiceKey(Kind kind)
{
    switch (kind) {
    case Kind::CertificateRequest:
        return QStringLiteral("99115004001000");
    case Kind::ResidenceRegistration:
        return QStringLiteral("99115001001000");
    case Kind::BirthBundle:
        return QStringLiteral("99115003001000");
    }
    return {};
}

QString submissionApplicant(Kind kind, int variant)
{
    const Fields f = applicant(kind, variant);
    const QString first = kind == Kind::BirthBundle ? QStringLiteral("mother") : QStringLiteral("firstName");
    return f.value(first) + QLatin1Char(' ') + f.value(QStringLiteral("lastName"));
}

int submissionAttachmentCount(Kind kind)
{
    return int(specFor(kind, 0).attachments.size());
}

QString submissionDataFile(Kind kind)
{
    return kind == Kind::ResidenceRegistration ? QStringLiteral("data.xml") : QStringLiteral("data.json");
}

QString metadataSchemaUrl(const QString &version)
{
    return QStringLiteral("https://schema.fitko.de/fit-connect/metadata/%1/metadata.schema.json").arg(version);
}

QList<QPair<QString, QByteArray>> submissionFiles(Kind kind, Defect defect, int variant)
{
    Spec spec = specFor(kind, variant);

    if (defect == Defect::XmlDoctype) {
        spec.xml = true;
        spec.data = billionLaughs();
    } else if (defect == Defect::MalformedData) {
        spec.data.chop(spec.data.size() / 3);  // hashed after the cut: only the content is bad
    }

    QJsonObject metadata = QJsonDocument::fromJson(spec.metadataTemplate).object();
    Q_ASSERT(!metadata.isEmpty());
    if (defect == Defect::UnknownSchemaVersion)
        metadata.insert(QStringLiteral("$schema"), metadataSchemaUrl(QStringLiteral("2.0.0")));
    if (defect == Defect::BadServiceIdentifier) {
        QJsonObject service = metadata.value(QStringLiteral("publicServiceType")).toObject();
        service.insert(QStringLiteral("identifier"), QStringLiteral("urn:de:fim:leika:leistung:9911500400100"));
        metadata.insert(QStringLiteral("publicServiceType"), service);
    }

    QString dataHash = sha512(spec.data);
    if (defect == Defect::WrongDataHash)
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
    if (defect == Defect::DuplicateAttachmentId) {
        QJsonObject copy = attachments.first().toObject();
        copy.insert(QStringLiteral("filename"), QStringLiteral("Nachreichung.pdf"));
        attachments.append(copy);
    }
    metadata.insert(QStringLiteral("contentStructure"),
                    QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("attachments"), attachments}});

    QByteArray metadataBytes = QJsonDocument(metadata).toJson(QJsonDocument::Indented);
    if (defect == Defect::MalformedMetadata)
        metadataBytes.truncate(metadataBytes.size() / 2);

    QList<QPair<QString, QByteArray>> files;
    files.append({QStringLiteral("metadata.json"), metadataBytes});
    if (defect != Defect::MissingDataFile)
        files.append({spec.xml ? QStringLiteral("data.xml") : QStringLiteral("data.json"), spec.data});
    for (qsizetype i = 0; i < spec.attachments.size(); ++i) {
        if (defect == Defect::MissingAttachment && i == spec.attachments.size() - 1)
            continue;
        QByteArray bytes = spec.attachments.at(i).bytes;
        if (defect == Defect::WrongAttachmentHash && i == 0)
            bytes.append("% changed after hashing\n");
        files.append({QStringLiteral("attachments/") + spec.attachments.at(i).id, bytes});
    }
    if (defect == Defect::ExtraAttachment) {
        files.append({QStringLiteral("attachments/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                      documents::textPdf({QStringLiteral("Nicht angemeldete Datei")})});
    }
    return files;
}

bool writeSubmission(const QString &dir, Kind kind, Defect defect, int variant)
{
    const QDir root(dir);
    if (!root.mkpath(QStringLiteral("attachments")))
        return false;
    const auto files = submissionFiles(kind, defect, variant);
    for (const auto &[path, bytes] : files) {
        if (!writeFile(root.filePath(path), bytes))
            return false;
    }
    return true;
}

}  // namespace aw::intake::samples
