// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/acknowledgement.h"

#include "casework/documentfiling.h"
#include "documents/letter.h"
#include "documents/preparation.h"
#include "intake/formdata.h"
#include "intake/inbox.h"
#include "intake/packagecontent.h"
#include "storage/casefilerepository.h"
#include "storage/durable.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cerrno>

using aw::core::Result;

namespace aw::intake {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::intake::Acknowledgement)
};

const QString kPdfName = QStringLiteral("Eingangsbestaetigung.pdf");
const QString kManifestName = QStringLiteral("versand.json");
// The name of the letter in the proceeding (the outgoing copy keeps to ASCII for the transport).
const QString kFiledName = QStringLiteral("Eingangsbestätigung.pdf");

// The printed wording is German whatever language the user interface speaks (see letter.cpp):
// the default texts are constants here, not tr() texts. An office words its own letter in the
// store setting "intake.acknowledgement.template".
const QString kSubject = QStringLiteral("Eingangsbestätigung: {{service}}");
const QString kDefaultBody =
    QStringLiteral("{{salutation}}\n"
                   "\n"
                   "Ihr Online-Antrag „{{service}}“ ist am {{receivedAt}} bei uns eingegangen. Die "
                   "Übermittlung trägt die Kennung {{submissionId}}.\n"
                   "\n"
                   "Ihr Antrag wird bei uns unter dem Aktenzeichen {{reference}} bearbeitet. Bitte geben Sie dieses "
                   "Aktenzeichen an, wenn Sie sich in dieser Angelegenheit an uns wenden.\n"
                   "\n"
                   "Diese Bestätigung betrifft nur den Eingang Ihres Antrags; sie ist keine Entscheidung darüber. "
                   "Sollten wir weitere Angaben oder Unterlagen benötigen, kommen wir auf Sie zu.\n"
                   "\n"
                   "Dieses Schreiben wurde maschinell erstellt und trägt daher keine Unterschrift.");

// ---- the applicant's postal address, best effort from the form data ----

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().simplified();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    if (value.isObject())  // an XML element with attributes keeps its text under "#text"
        return value.toObject().value(QLatin1String("#text")).toString().simplified();
    return {};
}

QString field(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) == 0) {
                const QString text = scalarText(*it);
                if (!text.isEmpty())
                    return text;
            }
        }
    }
    return {};
}

// "Mühlenweg 7\n37073 Göttingen", or empty when the object is not a usable address.
QString addressOf(const QJsonObject &object)
{
    const QString street = field(object, {"strasse", "straße", "street", "streetName", "strassenname"});
    const QString number = field(object, {"hausnummer", "houseNumber", "hausnr", "buildingNumber"});
    const QString postcode = field(object, {"plz", "postleitzahl", "postcode", "postalCode", "zipCode", "zip"});
    const QString city = field(object, {"ort", "wohnort", "city", "locality", "gemeinde", "town"});
    if (street.isEmpty() || (postcode.isEmpty() && city.isEmpty()))
        return {};
    return QStringList{street, number}.join(QLatin1Char(' ')).trimmed() % QLatin1Char('\n') %
           QStringList{postcode, city}.join(QLatin1Char(' ')).trimmed();
}

// The first address inside `value` (itself or below, depth-first), skipping earlier addresses.
QString firstAddress(const QJsonValue &value, int depth = 0)
{
    if (depth > 4)
        return {};
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        return list.isEmpty() ? QString() : firstAddress(list.first(), depth + 1);
    }
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    if (const QString address = addressOf(object); !address.isEmpty())
        return address;
    static const QRegularExpression previous(QStringLiteral("bisherig|frueher|früher|previous|former|^alt"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (previous.match(it.key()).hasMatch())
            continue;
        if (const QString address = firstAddress(*it, depth + 1); !address.isEmpty())
            return address;
    }
    return {};
}

// The value under one of `keys`, searched breadth-first to a small depth.
QJsonValue findKey(const QJsonValue &value, const QStringList &keys, int depth = 0)
{
    if (depth > 4 || !value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (keys.contains(it.key().toLower()))
            return *it;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (const QJsonValue found = findKey(*it, keys, depth + 1); !found.isUndefined())
            return found;
    return {};
}

// Where the applicant lives: an address given with the applicant, else the form's own postal
// address or (a registration) the new dwelling. Empty when the form gives none.
QString applicantAddress(const QJsonValue &formData)
{
    const QJsonValue applicant =
        findKey(formData, {QStringLiteral("antragsteller"), QStringLiteral("antragstellerin"),
                           QStringLiteral("antragstellendeperson"), QStringLiteral("applicant")});
    if (const QString address = firstAddress(applicant); !address.isEmpty())
        return address;
    const QJsonValue elsewhere = findKey(formData, {QStringLiteral("postanschrift"), QStringLiteral("zustellanschrift"),
                                                    QStringLiteral("anschrift"), QStringLiteral("adresse"),
                                                    QStringLiteral("address"), QStringLiteral("neuewohnung")});
    return firstAddress(elsewhere);
}

// ---- the outgoing folder ----

core::Error folderError(const QString &folder, const QString &reason)
{
    // Context spelt out: lupdate loses the file's context after the #ifdef above.
    return core::ioError(
        QCoreApplication::translate("aw::intake::Acknowledgement", "The outgoing folder “%1” cannot be written: %2")
            .arg(QDir::toNativeSeparators(folder), reason));
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);  // flushed to disk on commit
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return core::ioError(file.errorString());
    return {};
}

// Writes the files into `<outgoing>/.<name>.tmp` and renames that into place as `<outgoing>/<name>`
// (or `<name>-2`, … should that exist), so the transport never sees a half-written folder.
// Returns the folder's path.
Result<QString> handOver(const QString &outgoing, const QString &name, const QList<QPair<QString, QByteArray>> &files)
{
    if (!QDir().mkpath(outgoing))
        return folderError(outgoing, Text::tr("it does not exist and cannot be created."));
    const QDir base(outgoing);
    const QString temp = base.filePath(QLatin1Char('.') % name % QStringLiteral(".tmp"));
    if (QFileInfo::exists(temp))
        QDir(temp).removeRecursively();  // left by an attempt that was cut off
    if (!base.mkdir(QFileInfo(temp).fileName()))
        return folderError(outgoing, Text::tr("no folder can be created in it."));
    for (const auto &[fileName, bytes] : files) {
        if (auto ok = writeFile(QDir(temp).filePath(fileName), bytes); !ok) {
            QDir(temp).removeRecursively();
            return folderError(outgoing, ok.error().message);
        }
    }
    storage::fsyncDir(temp);
    for (int attempt = 1; attempt <= 100; ++attempt) {
        const QString target = base.filePath(attempt == 1 ? name : name % QLatin1Char('-') % QString::number(attempt));
        const int error = storage::renameNoReplace(temp, target);
        if (error == 0) {
            storage::fsyncDir(outgoing);
            return target;
        }
        if (error != EEXIST && error != ENOTEMPTY) {
            QDir(temp).removeRecursively();
            return folderError(outgoing, qt_error_string(error));
        }
    }
    QDir(temp).removeRecursively();
    return folderError(outgoing, Text::tr("too many folders of the same name."));
}

// File names keep to what every transport and file system takes.
QString folderName(const QDateTime &at, const QString &submissionId, const QString &entryId)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString id = (submissionId.isEmpty() ? entryId : submissionId);
    id.replace(unsafe, QStringLiteral("_"));
    return at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) % QLatin1Char('-') % id.left(80);
}

// ---- the letter ----

struct Context
{
    InboxEntry entry;
    storage::Proceeding proceeding;
    QString unitName;
    Submission submission;
};

documents::Letter letterFor(const storage::Store &store, const Context &c)
{
    documents::Letter letter;
    letter.head.authority = store.setting(QStringLiteral("letterhead.authority"), QStringLiteral("Bezirksamt"));
    letter.head.unit = c.unitName;
    letter.head.street = store.setting(QStringLiteral("letterhead.street"));
    letter.head.city = store.setting(QStringLiteral("letterhead.city"));
    letter.head.phone = store.setting(QStringLiteral("letterhead.phone"));
    letter.head.email = store.setting(QStringLiteral("letterhead.email"));
    letter.head.openingHours = store.setting(QStringLiteral("letterhead.openingHours"));

    const QString applicant = c.submission.applicantName.isEmpty() ? c.entry.applicant : c.submission.applicantName;
    const QString address = applicantAddress(c.submission.formData);
    // Without a name the letter still needs an addressee; the reply channel carries it.
    letter.recipient = applicant.isEmpty() ? QStringLiteral("An die antragstellende Person") : applicant;
    if (!address.isEmpty())
        letter.recipient += QLatin1Char('\n') + address;
    letter.reference = c.proceeding.reference;
    letter.date = QDate::currentDate();
    letter.subject = kSubject;
    letter.body = store.setting(QStringLiteral("intake.acknowledgement.template"));
    if (letter.body.trimmed().isEmpty())
        letter.body = kDefaultBody;
    const QDateTime received = c.entry.receivedAt.toLocalTime();
    const QString service = c.submission.serviceName.isEmpty() ? c.entry.serviceName : c.submission.serviceName;
    letter.values = {
        {QStringLiteral("salutation"), applicant.isEmpty() ? QStringLiteral("Sehr geehrte Damen und Herren,")
                                                           : QStringLiteral("Guten Tag %1,").arg(applicant)},
        {QStringLiteral("applicant"), applicant},
        {QStringLiteral("service"), service},
        {QStringLiteral("serviceKey"), c.entry.serviceKey},
        {QStringLiteral("submissionId"), c.entry.submissionId.isEmpty() ? c.entry.id : c.entry.submissionId},
        {QStringLiteral("receivedAt"), received.toString(QStringLiteral("dd.MM.yyyy 'um' HH:mm 'Uhr'"))},
        {QStringLiteral("receivedDate"), received.toString(QStringLiteral("dd.MM.yyyy"))},
        {QStringLiteral("applicationDate"),
         QDate::fromString(c.submission.additionalReferenceInfo.applicationDate, Qt::ISODate)
             .toString(QStringLiteral("dd.MM.yyyy"))},
        {QStringLiteral("senderReference"), c.submission.additionalReferenceInfo.senderReference},
        {QStringLiteral("reference"), c.proceeding.reference},
        {QStringLiteral("unit"), c.unitName},
        {QStringLiteral("authority"), letter.head.authority},
        {QStringLiteral("date"), letter.date.toString(QStringLiteral("dd.MM.yyyy"))},
    };
    letter.signatory = c.unitName.isEmpty() ? letter.head.authority : c.unitName;
    return letter;
}

// What the acknowledgement is about, read and checked before anything is written.
Result<Context> contextFor(const casework::Session &session, const QString &entryId)
{
    auto entry = Inbox(session).entry(entryId);
    if (!entry)
        return entry.error();
    if (entry->status != QLatin1String("filed"))
        return core::refused(
            Text::tr("Only filed submissions are acknowledged; this one is “%1”.").arg(statusTitle(entry->status)));
    if (entry->acknowledgedAt.isValid())
        return core::refused(
            Text::tr("The receipt of this submission was already acknowledged on %1.")
                .arg(entry->acknowledgedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
    auto proceedings = Inbox(session).proceedingIds(entryId);
    if (!proceedings)
        return proceedings.error();
    if (proceedings->isEmpty())
        return core::notFound(Text::tr("The submission is filed, but no proceeding names it as its source."));
    const QSqlDatabase db = session.db();
    auto proceeding = storage::ProceedingRepository(db).get(proceedings->first());
    if (!proceeding)
        return proceeding.error();
    auto caseFile = storage::CaseFileRepository(db).get(proceeding->caseFileId);
    if (!caseFile)
        return caseFile.error();
    auto unit = storage::OrgRepository(db).unit(caseFile->ownerUnitId);
    if (!unit)
        return unit.error();
    auto content = PackageContent::open(session.store().blobs(), entry->packageSha256);
    if (!content)
        return content.error();
    return Context{std::move(entry).value(), std::move(proceeding).value(), unit->name, content.value()->submission()};
}

QByteArray manifest(const Context &c, const QString &serviceName, const QDateTime &createdAt, const QString &pdfSha)
{
    const ReplyChannel &reply = c.submission.replyChannel;
    const QJsonObject json{
        {QStringLiteral("kind"), QStringLiteral("eingangsbestaetigung")},
        {QStringLiteral("submissionId"), c.entry.submissionId},
        {QStringLiteral("inboxEntryId"), c.entry.id},
        {QStringLiteral("reference"), c.proceeding.reference},
        {QStringLiteral("service"), serviceName},
        {QStringLiteral("serviceKey"), c.entry.serviceKey},
        {QStringLiteral("applicant"), c.entry.applicant},
        // Exactly as the online service delivered it: the transport knows its own fields.
        {QStringLiteral("replyChannel"), reply.raw.isEmpty() ? QJsonValue() : QJsonValue(reply.raw)},
        {QStringLiteral("channel"), reply.channel},  // empty: no electronic channel, print for the post
        {QStringLiteral("address"), reply.address},
        {QStringLiteral("createdAt"), storage::toStored(createdAt)},
        {QStringLiteral("files"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), kPdfName}, {QStringLiteral("sha256"), pdfSha}}}},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

}  // namespace

QString outgoingFolder(const storage::Store &store)
{
    const QString configured = store.setting(QStringLiteral("intake.outgoingFolder")).trimmed();
    const QDir dir(store.dir());
    return QDir::cleanPath(dir.absoluteFilePath(configured.isEmpty() ? QStringLiteral("ausgang") : configured));
}

Result<Acknowledgement> acknowledge(const casework::Session &session, const QString &inboxEntryId)
{
    if (auto ok = session.permit(core::Action::HandleSubmission); !ok)
        return ok.error();
    auto context = contextFor(session, inboxEntryId);
    if (!context)
        return context.error();
    const Context &c = context.value();

    const documents::Letter letter = letterFor(session.store(), c);
    auto pdf = documents::renderLetterToBytes(letter);
    if (!pdf)
        return core::Error{pdf.error().code,
                           Text::tr("The acknowledgement of receipt cannot be written: %1").arg(pdf.error().message)};

    // The letter's bytes and text go into the store before any row names them.
    QTemporaryDir temp;
    if (!temp.isValid())
        return core::ioError(Text::tr("No temporary folder for the letter: %1").arg(temp.errorString()));
    const QString tempPdf = temp.filePath(kFiledName);
    if (auto ok = writeFile(tempPdf, pdf.value()); !ok)
        return ok.error();
    auto prepared = documents::prepareFile(session.store().blobs(), tempPdf);
    if (!prepared)
        return prepared.error();
    prepared->direction = storage::Direction::Out;  // a letter the office sends

    storage::UnitOfWork work(session.db(), session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    // Filing checks that the user may add documents to the case file.
    auto filed = casework::DocumentFiling(session).fileIn(work, c.proceeding.id, {prepared.value()},
                                                          casework::DocumentFiling::Duplicates::AddAsNewDocument);
    if (!filed)
        return filed.error();
    const QString documentId = filed->first().documentId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto marked = storage::exec(work.db(),
                                QStringLiteral("UPDATE submission SET acknowledged_at = ?, rev = rev + 1 "
                                               "WHERE id = ? AND status = 'filed' AND acknowledged_at IS NULL"),
                                {storage::toStored(now), c.entry.id});
    if (!marked)
        return marked.error();
    if (marked->numRowsAffected() != 1)
        return core::conflict(Text::tr("The submission was changed meanwhile."));

    const QString outgoing = outgoingFolder(session.store());
    const QString service = letter.values.value(QStringLiteral("service"));
    auto folder = handOver(outgoing, folderName(now, c.entry.submissionId, c.entry.id),
                           {{kPdfName, pdf.value()}, {kManifestName, manifest(c, service, now, prepared->sha256)}});
    if (!folder)
        return folder.error();

    const QJsonObject payload{{QStringLiteral("acknowledgedAt"), storage::toStored(now)},
                              {QStringLiteral("proceedingId"), c.proceeding.id},
                              {QStringLiteral("documentId"), documentId},
                              {QStringLiteral("channel"), c.submission.replyChannel.channel},
                              {QStringLiteral("folder"), QFileInfo(folder.value()).fileName()}};
    auto recorded =
        work.record(QStringLiteral("submission.acknowledge"), QStringLiteral("submission"), c.entry.id, payload);
    auto committed = recorded ? work.commit() : recorded;
    if (!committed) {
        // The transport must not send what the file does not hold.
        QDir(folder.value()).removeRecursively();
        storage::fsyncDir(outgoing);
        return committed.error();
    }
    return Acknowledgement{folder.value(), QDir(folder.value()).filePath(kPdfName), documentId};
}

}  // namespace aw::intake
