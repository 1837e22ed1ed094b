// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A decrypted FIT-Connect submission as it lies in a directory after unpacking:
//   metadata.json              FIT-Connect metadata (schema 1.0.x – 1.2.x)
//   data.json | data.xml       the form data record, as declared in contentStructure.data
//   attachments/<attachmentId> one file per declared attachment
// parseSubmission() reads and checks the structure; verifySubmission() checks every hash and that
// nothing else lies in the directory. Neither writes to the directory.
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace aw::intake {

struct Attachment
{
    QString attachmentId;  // UUID as delivered; also the file name under attachments/
    QString filename;      // as the applicant named it; for display only
    QString mimeType;
    QString purpose;  // "form", "attachment" or "report"
    QString description;
    QString hashType;   // "sha512"
    QString hashValue;  // lower-case hex
};

// How the authority may answer. FIT-Connect allows eMail, deMail, fink, elster (and, from 1.1,
// an id-bund mailbox); the first one present is taken.
struct ReplyChannel
{
    QString channel;  // the key in metadata: "eMail", "deMail", "fink", "elster", ...; empty if none
    QString address;  // address, mailbox reference or account id
    QString summary;  // readable, translated: "E-mail to anna@example.org"
    QJsonObject raw;  // the whole replyChannel object as delivered
};

struct PaymentInformation
{
    bool present = false;
    QString transactionReference;
    QString transactionId;
    QString paymentMethod;  // e.g. "CREDIT_CARD", "PAYPAL", "GIROPAY", "INVOICE", "OTHER"
    QString status;         // e.g. "BOOKED", "INITIAL", "FAILED", "CANCELED"
    double grossAmount = 0;
    QJsonObject raw;
};

struct ReferenceInfo
{
    QString applicationDate;  // ISO date as delivered (YYYY-MM-DD)
    QString senderReference;
};

struct Submission
{
    QString schemaVersion;  // e.g. "1.2.0", from the "$schema" URL
    QString submissionId;   // from metadata if present, else a UUID derived from the data hash
    QString serviceIdentifier;
    QString serviceName;
    QString serviceKey;  // the 14 LeiKa digits of serviceIdentifier

    QString dataMimeType;  // "application/json" or "application/xml"
    QString dataHash;      // SHA-512, lower-case hex
    QString submissionSchemaUri;
    QList<Attachment> attachments;

    QJsonArray authenticationInformation;
    ReplyChannel replyChannel;
    PaymentInformation paymentInformation;
    ReferenceInfo additionalReferenceInfo;

    // data.json as parsed; data.xml converted: {"root": {"child": "text", "@attr": "v", ...}},
    // repeated children become arrays, mixed text goes to "#text".
    QJsonValue formData;
    QString applicantName;  // best effort from formData, may be empty

    // "data.json" or "data.xml", following dataMimeType.
    QString dataFileName() const;
};

// Limits on what is read into memory.
inline constexpr qint64 MaxMetadataBytes = 1 << 20;
inline constexpr qint64 MaxDataBytes = 20 << 20;

// Reads and checks metadata.json and the data file of the submission in `dir`.
core::Result<Submission> parseSubmission(const QString &dir);

// Checks the data and attachment hashes (streamed SHA-512) and that `dir` holds nothing besides
// metadata.json, the data file and the declared attachments.
core::Result<void> verifySubmission(const QString &dir, const Submission &submission);

// SHA-512 of a file as lower-case hex, read in chunks; empty if the file cannot be read.
QString sha512OfFile(const QString &path);

}  // namespace aw::intake
