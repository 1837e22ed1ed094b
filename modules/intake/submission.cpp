// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/submission.h"

#include "intake/formdata.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>

#include <optional>
#include <utility>

namespace aw::intake {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::intake::Submission)
};

using core::Error;
using core::Result;

const QString MetadataFile = QStringLiteral("metadata.json");
const QString AttachmentsDir = QStringLiteral("attachments");

constexpr qsizetype MaxAttachments = 1000;

const QRegularExpression &schemaUrlPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^https://schema\.fitko\.de/fit-connect/metadata/(\d{1,4})\.(\d{1,4})\.(\d{1,4})/metadata\.schema\.json$)"));
    return pattern;
}

const QRegularExpression &leikaPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^urn:de:fim:leika:leistung:(\d{14})$)"));
    return pattern;
}

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)"));
    return pattern;
}

const QRegularExpression &sha512HexPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[0-9a-fA-F]{128}$)"));
    return pattern;
}

const QRegularExpression &mimeTypePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$)"));
    return pattern;
}

// "metadata.json: …" for every structural complaint, so the user knows which file to look at.
Error badMetadata(const QString &reason)
{
    return core::invalid(Text::tr("metadata.json: %1").arg(reason));
}

Error missingField(const QString &path)
{
    return badMetadata(Text::tr("the field \"%1\" is missing").arg(path));
}

Error wrongType(const QString &path, const QString &expected)
{
    return badMetadata(Text::tr("the field \"%1\" must be %2").arg(path, expected));
}

QString textType()
{
    return Text::tr("text");
}
QString objectType()
{
    return Text::tr("an object");
}
QString listType()
{
    return Text::tr("a list");
}

// A required or optional string member; `value` stays untouched when an optional one is absent.
std::optional<Error> readString(const QJsonObject &object, const QString &key, const QString &path, QString &value,
                                bool required)
{
    const QJsonValue member = object.value(key);
    if (member.isUndefined()) {
        if (required)
            return missingField(path);
        return std::nullopt;
    }
    if (!member.isString())
        return wrongType(path, textType());
    value = member.toString();
    if (required && value.isEmpty())
        return badMetadata(Text::tr("the field \"%1\" is empty").arg(path));
    return std::nullopt;
}

std::optional<Error> readObject(const QJsonObject &object, const QString &key, const QString &path, QJsonObject &value,
                                bool required)
{
    const QJsonValue member = object.value(key);
    if (member.isUndefined())
        return required ? std::optional<Error>(missingField(path)) : std::nullopt;
    if (!member.isObject())
        return wrongType(path, objectType());
    value = member.toObject();
    return std::nullopt;
}

// {"type": "sha512", "content": "<128 hex>"}
std::optional<Error> readHash(const QJsonObject &owner, const QString &path, QString &type, QString &value)
{
    QJsonObject hash;
    if (auto error = readObject(owner, QStringLiteral("hash"), path, hash, true))
        return error;
    if (auto error = readString(hash, QStringLiteral("type"), path + QStringLiteral(".type"), type, true))
        return error;
    if (type != QLatin1String("sha512"))
        return badMetadata(Text::tr("%1: the hash type \"%2\" is not supported (only sha512)").arg(path, type));
    if (auto error = readString(hash, QStringLiteral("content"), path + QStringLiteral(".content"), value, true))
        return error;
    if (!sha512HexPattern().match(value).hasMatch())
        return badMetadata(Text::tr("%1: the SHA-512 value must be 128 hexadecimal digits").arg(path));
    value = value.toLower();
    return std::nullopt;
}

Result<QByteArray> readCapped(const QString &path, const QString &name, qint64 cap)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return core::refused(Text::tr("%1 is a symbolic link, which is not accepted in a submission").arg(name));
    if (!info.exists())
        return core::notFound(Text::tr("%1 is missing from the submission").arg(name));
    if (!info.isFile())
        return core::invalid(Text::tr("%1 is not a regular file").arg(name));
    if (info.size() > cap)
        return core::invalid(Text::tr("%1 is larger than the limit of %2 MiB").arg(name).arg(cap >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::ioError(Text::tr("%1 cannot be read: %2").arg(name, file.errorString()));
    QByteArray bytes = file.read(cap + 1);
    if (bytes.size() > cap)
        return core::invalid(Text::tr("%1 is larger than the limit of %2 MiB").arg(name).arg(cap >> 20));
    return bytes;
}

// --- metadata sections ----------------------------------------------------------------------------

std::optional<Error> readSchemaVersion(const QJsonObject &metadata, Submission &submission)
{
    QString url;
    if (auto error = readString(metadata, QStringLiteral("$schema"), QStringLiteral("$schema"), url, true))
        return error;
    const QRegularExpressionMatch match = schemaUrlPattern().match(url);
    if (!match.hasMatch())
        return badMetadata(Text::tr("\"$schema\" does not name the FIT-Connect metadata schema: %1").arg(url));
    submission.schemaVersion = QStringLiteral("%1.%2.%3").arg(match.captured(1), match.captured(2), match.captured(3));
    if (match.captured(1).toInt() != 1 || match.captured(2).toInt() > 2) {
        return core::refused(
            Text::tr("metadata schema version %1 is not supported (supported: 1.0–1.2)").arg(submission.schemaVersion));
    }
    return std::nullopt;
}

std::optional<Error> readService(const QJsonObject &metadata, Submission &submission)
{
    QJsonObject service;
    if (auto error = readObject(metadata, QStringLiteral("publicServiceType"), QStringLiteral("publicServiceType"),
                                service, true))
        return error;
    if (auto error = readString(service, QStringLiteral("identifier"), QStringLiteral("publicServiceType.identifier"),
                                submission.serviceIdentifier, true))
        return error;
    const QRegularExpressionMatch match = leikaPattern().match(submission.serviceIdentifier);
    if (!match.hasMatch()) {
        return badMetadata(Text::tr("the service identifier \"%1\" is not a LeiKa service key "
                                    "(urn:de:fim:leika:leistung: followed by 14 digits)")
                               .arg(submission.serviceIdentifier));
    }
    submission.serviceKey = match.captured(1);
    return readString(service, QStringLiteral("name"), QStringLiteral("publicServiceType.name"), submission.serviceName,
                      false);
}

std::optional<Error> readAttachment(const QJsonValue &value, qsizetype index, Attachment &attachment)
{
    const QString path = QStringLiteral("contentStructure.attachments[%1]").arg(index);
    if (!value.isObject())
        return wrongType(path, objectType());
    const QJsonObject object = value.toObject();
    if (auto error = readString(object, QStringLiteral("attachmentId"), path + QStringLiteral(".attachmentId"),
                                attachment.attachmentId, true))
        return error;
    if (!uuidPattern().match(attachment.attachmentId).hasMatch())
        return badMetadata(Text::tr("%1: the attachment id \"%2\" is not a UUID").arg(path, attachment.attachmentId));
    const QString label = Text::tr("attachment %1").arg(attachment.attachmentId);
    if (auto error =
            readString(object, QStringLiteral("purpose"), path + QStringLiteral(".purpose"), attachment.purpose, true))
        return error;
    static const QStringList purposes{QStringLiteral("form"), QStringLiteral("attachment"), QStringLiteral("report")};
    if (!purposes.contains(attachment.purpose)) {
        return badMetadata(
            Text::tr("%1: the purpose \"%2\" is not one of form, attachment, report").arg(label, attachment.purpose));
    }
    if (auto error = readString(object, QStringLiteral("mimeType"), path + QStringLiteral(".mimeType"),
                                attachment.mimeType, true))
        return error;
    if (!mimeTypePattern().match(attachment.mimeType).hasMatch())
        return badMetadata(Text::tr("%1: \"%2\" is not a MIME type").arg(label, attachment.mimeType));
    if (auto error = readString(object, QStringLiteral("filename"), path + QStringLiteral(".filename"),
                                attachment.filename, false))
        return error;
    // The file name is shown and may later name an exported file: no paths, no control characters.
    for (const QChar c : std::as_const(attachment.filename)) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return badMetadata(Text::tr("%1: the file name \"%2\" contains a path separator or control character")
                                   .arg(label, attachment.filename.simplified()));
    }
    if (auto error = readString(object, QStringLiteral("description"), path + QStringLiteral(".description"),
                                attachment.description, false))
        return error;
    return readHash(object, path + QStringLiteral(".hash"), attachment.hashType, attachment.hashValue);
}

std::optional<Error> readContentStructure(const QJsonObject &metadata, Submission &submission)
{
    QJsonObject content;
    if (auto error =
            readObject(metadata, QStringLiteral("contentStructure"), QStringLiteral("contentStructure"), content, true))
        return error;
    QJsonObject data;
    if (auto error = readObject(content, QStringLiteral("data"), QStringLiteral("contentStructure.data"), data, true))
        return error;
    QJsonObject schema;
    if (auto error = readObject(data, QStringLiteral("submissionSchema"),
                                QStringLiteral("contentStructure.data.submissionSchema"), schema, true))
        return error;
    if (auto error = readString(schema, QStringLiteral("schemaUri"),
                                QStringLiteral("contentStructure.data.submissionSchema.schemaUri"),
                                submission.submissionSchemaUri, true))
        return error;
    if (auto error = readString(schema, QStringLiteral("mimeType"),
                                QStringLiteral("contentStructure.data.submissionSchema.mimeType"),
                                submission.dataMimeType, true))
        return error;
    if (submission.dataMimeType != QLatin1String("application/json") &&
        submission.dataMimeType != QLatin1String("application/xml")) {
        return badMetadata(Text::tr("the data type \"%1\" is not supported (application/json or application/xml)")
                               .arg(submission.dataMimeType));
    }
    QString hashType;
    if (auto error = readHash(data, QStringLiteral("contentStructure.data.hash"), hashType, submission.dataHash))
        return error;

    const QJsonValue attachments = content.value(QStringLiteral("attachments"));
    if (attachments.isUndefined())
        return std::nullopt;
    if (!attachments.isArray())
        return wrongType(QStringLiteral("contentStructure.attachments"), listType());
    const QJsonArray list = attachments.toArray();
    if (list.size() > MaxAttachments)
        return badMetadata(Text::tr("more than %1 attachments").arg(MaxAttachments));
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Attachment attachment;
        if (auto error = readAttachment(list.at(i), i, attachment))
            return error;
        const QString key = attachment.attachmentId.toLower();
        if (seen.contains(key))
            return badMetadata(Text::tr("the attachment id %1 is listed twice").arg(attachment.attachmentId));
        seen.insert(key);
        submission.attachments.append(attachment);
    }
    return std::nullopt;
}

std::optional<Error> readReplyChannel(const QJsonObject &metadata, ReplyChannel &reply)
{
    if (auto error =
            readObject(metadata, QStringLiteral("replyChannel"), QStringLiteral("replyChannel"), reply.raw, false))
        return error;
    struct Channel
    {
        const char *key;
        const char *addressKey;
    };
    static const Channel channels[] = {{"eMail", "address"},
                                       {"deMail", "address"},
                                       {"fink", "finkPostfachRef"},
                                       {"elster", "accountId"},
                                       {"idBundDeMailbox", "mailboxUuid"}};
    for (const Channel &channel : channels) {
        const QString key = QLatin1String(channel.key);
        const QJsonValue value = reply.raw.value(key);
        if (value.isUndefined())
            continue;
        const QString path = QStringLiteral("replyChannel.") + key;
        if (!value.isObject())
            return wrongType(path, objectType());
        QString address;
        if (auto error = readString(value.toObject(), QLatin1String(channel.addressKey),
                                    path + QLatin1Char('.') + QLatin1String(channel.addressKey), address, true))
            return error;
        reply.channel = key;
        reply.address = address;
        if (key == QLatin1String("eMail"))
            reply.summary = Text::tr("E-mail to %1").arg(address);
        else if (key == QLatin1String("deMail"))
            reply.summary = Text::tr("De-Mail to %1").arg(address);
        else if (key == QLatin1String("fink"))
            reply.summary = Text::tr("FINK mailbox %1").arg(address);
        else if (key == QLatin1String("elster"))
            reply.summary = Text::tr("ELSTER account %1").arg(address);
        else
            reply.summary = Text::tr("BundID mailbox %1").arg(address);
        return std::nullopt;
    }
    if (!reply.raw.isEmpty()) {
        reply.channel = reply.raw.constBegin().key();
        reply.summary = Text::tr("unknown reply channel \"%1\"").arg(reply.channel);
    }
    return std::nullopt;
}

std::optional<Error> readPayment(const QJsonObject &metadata, PaymentInformation &payment)
{
    if (auto error = readObject(metadata, QStringLiteral("paymentInformation"), QStringLiteral("paymentInformation"),
                                payment.raw, false))
        return error;
    if (!metadata.contains(QStringLiteral("paymentInformation")))
        return std::nullopt;
    payment.present = true;
    const QString prefix = QStringLiteral("paymentInformation.");
    for (auto [key, target] :
         {std::pair{"transactionReference", &payment.transactionReference},
          std::pair{"transactionId", &payment.transactionId}, std::pair{"paymentMethod", &payment.paymentMethod},
          std::pair{"status", &payment.status}}) {
        if (auto error = readString(payment.raw, QLatin1String(key), prefix + QLatin1String(key), *target, false))
            return error;
    }
    const QJsonValue amount = payment.raw.value(QStringLiteral("grossAmount"));
    if (!amount.isUndefined()) {
        if (!amount.isDouble() || amount.toDouble() < 0)
            return wrongType(prefix + QStringLiteral("grossAmount"), Text::tr("a number not below zero"));
        payment.grossAmount = amount.toDouble();
    }
    return std::nullopt;
}

std::optional<Error> readReferenceInfo(const QJsonObject &metadata, ReferenceInfo &info)
{
    QJsonObject object;
    if (auto error = readObject(metadata, QStringLiteral("additionalReferenceInfo"),
                                QStringLiteral("additionalReferenceInfo"), object, false))
        return error;
    if (auto error = readString(object, QStringLiteral("senderReference"),
                                QStringLiteral("additionalReferenceInfo.senderReference"), info.senderReference, false))
        return error;
    if (auto error = readString(object, QStringLiteral("applicationDate"),
                                QStringLiteral("additionalReferenceInfo.applicationDate"), info.applicationDate, false))
        return error;
    if (!info.applicationDate.isEmpty() && !QDate::fromString(info.applicationDate, Qt::ISODate).isValid()) {
        return badMetadata(
            Text::tr("the application date \"%1\" is not a date (YYYY-MM-DD)").arg(info.applicationDate.left(40)));
    }
    return std::nullopt;
}

std::optional<Error> readMetadata(const QJsonObject &metadata, Submission &submission)
{
    if (auto error = readSchemaVersion(metadata, submission))
        return error;
    if (auto error = readService(metadata, submission))
        return error;
    if (auto error = readContentStructure(metadata, submission))
        return error;
    const QJsonValue authentication = metadata.value(QStringLiteral("authenticationInformation"));
    if (!authentication.isUndefined()) {
        if (!authentication.isArray())
            return wrongType(QStringLiteral("authenticationInformation"), listType());
        submission.authenticationInformation = authentication.toArray();
    }
    if (auto error = readReplyChannel(metadata, submission.replyChannel))
        return error;
    if (auto error = readPayment(metadata, submission.paymentInformation))
        return error;
    if (auto error = readReferenceInfo(metadata, submission.additionalReferenceInfo))
        return error;
    if (auto error = readString(metadata, QStringLiteral("submissionId"), QStringLiteral("submissionId"),
                                submission.submissionId, false))
        return error;
    if (!submission.submissionId.isEmpty() && !uuidPattern().match(submission.submissionId).hasMatch())
        return badMetadata(Text::tr("the submission id \"%1\" is not a UUID").arg(submission.submissionId.left(40)));
    if (submission.submissionId.isEmpty()) {
        // Stable across re-imports of the same package, so a second import is recognised.
        static const QUuid ns = QUuid::fromString(QLatin1String("8f2d7a3e-51c4-4b8e-9d0a-6c1f4e2b7a90"));
        submission.submissionId =
            QUuid::createUuidV5(ns, submission.dataHash.toLatin1()).toString(QUuid::WithoutBraces);
    }
    submission.submissionId = submission.submissionId.toLower();
    return std::nullopt;
}

}  // namespace

QString Submission::dataFileName() const
{
    return dataMimeType == QLatin1String("application/xml") ? QStringLiteral("data.xml") : QStringLiteral("data.json");
}

QString sha512OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha512);
    QByteArray chunk(qsizetype(1) << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(chunk.data(), chunk.size());
        if (read < 0)
            return {};
        if (read == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), qsizetype(read)));
    }
    return QString::fromLatin1(hash.result().toHex());
}

core::Result<Submission> parseSubmission(const QString &dir)
{
    const QDir root(dir);
    if (!QFileInfo(dir).isDir())
        return core::notFound(Text::tr("the submission folder %1 does not exist").arg(QDir::toNativeSeparators(dir)));

    auto metadataBytes = readCapped(root.filePath(MetadataFile), MetadataFile, MaxMetadataBytes);
    if (!metadataBytes)
        return metadataBytes.error();
    QJsonParseError parseError;
    const QJsonDocument metadataDocument = QJsonDocument::fromJson(metadataBytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return core::invalid(Text::tr("metadata.json is not valid JSON (at byte %1: %2)")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
    }
    if (!metadataDocument.isObject())
        return badMetadata(Text::tr("the top level must be an object"));

    Submission submission;
    if (auto error = readMetadata(metadataDocument.object(), submission))
        return *error;

    const QString dataName = submission.dataFileName();
    auto dataBytes = readCapped(root.filePath(dataName), dataName, MaxDataBytes);
    if (!dataBytes)
        return dataBytes.error();
    if (submission.dataMimeType == QLatin1String("application/json")) {
        const QJsonDocument data = QJsonDocument::fromJson(dataBytes.value(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return core::invalid(Text::tr("data.json is not valid JSON (at byte %1: %2)")
                                     .arg(parseError.offset)
                                     .arg(parseError.errorString()));
        }
        submission.formData = data.isObject() ? QJsonValue(data.object()) : QJsonValue(data.array());
    } else {
        auto data = xmlToJson(dataBytes.value(), dataName);
        if (!data)
            return data.error();
        submission.formData = data.value();
    }
    submission.applicantName = findApplicant(submission.formData);
    return submission;
}

core::Result<void> verifySubmission(const QString &dir, const Submission &submission)
{
    const QDir root(dir);
    const QString dataName = submission.dataFileName();
    constexpr auto everything = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;

    const QFileInfoList entries = root.entryInfoList(everything, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (entry.isSymLink())
            return core::refused(Text::tr("%1 is a symbolic link, which is not accepted in a submission").arg(name));
        const bool expected =
            ((name == MetadataFile || name == dataName) && entry.isFile()) || (name == AttachmentsDir && entry.isDir());
        if (!expected)
            return core::invalid(Text::tr("unexpected file \"%1\" in the submission (only metadata.json, %2 and "
                                          "attachments/ belong there)")
                                     .arg(name, dataName));
    }
    if (!QFileInfo(root.filePath(dataName)).isFile())
        return core::notFound(Text::tr("%1 is missing from the submission").arg(dataName));

    QSet<QString> declared;
    for (const Attachment &attachment : submission.attachments)
        declared.insert(attachment.attachmentId);
    const QDir attachmentsDir(root.filePath(AttachmentsDir));
    if (attachmentsDir.exists()) {
        const QFileInfoList files = attachmentsDir.entryInfoList(everything, QDir::Name);
        for (const QFileInfo &file : files) {
            if (file.isSymLink() || !file.isFile()) {
                return core::refused(
                    Text::tr("attachments/%1 is not a regular file, which is not accepted").arg(file.fileName()));
            }
            if (!declared.contains(file.fileName()))
                return core::invalid(Text::tr("attachments/%1 is not listed in metadata.json").arg(file.fileName()));
        }
    }
    for (const Attachment &attachment : submission.attachments) {
        if (!QFileInfo(attachmentsDir.filePath(attachment.attachmentId)).isFile()) {
            return core::notFound(Text::tr("attachment %1 (%2) is missing: attachments/%1 does not exist")
                                      .arg(attachment.attachmentId, attachment.filename));
        }
    }

    // Hashes last: everything cheap has passed, now read every byte once.
    const QString dataHash = sha512OfFile(root.filePath(dataName));
    if (dataHash.isEmpty())
        return core::ioError(Text::tr("%1 cannot be read").arg(dataName));
    if (dataHash != submission.dataHash) {
        return core::corrupt(
            Text::tr("%1: the SHA-512 does not match (the file was changed or damaged in transport)").arg(dataName));
    }
    for (const Attachment &attachment : submission.attachments) {
        const QString hash = sha512OfFile(attachmentsDir.filePath(attachment.attachmentId));
        if (hash.isEmpty())
            return core::ioError(Text::tr("attachments/%1 cannot be read").arg(attachment.attachmentId));
        if (hash != attachment.hashValue) {
            return core::corrupt(
                Text::tr("attachment %1 (%2): the SHA-512 does not match (the file was changed or damaged in "
                         "transport)")
                    .arg(attachment.attachmentId, attachment.filename));
        }
    }
    return {};
}

}  // namespace aw::intake
