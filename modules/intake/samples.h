// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Realistic decrypted FIT-Connect submissions with fictional applicants, for the demo office and
// for tests: metadata.json, data.json or data.xml and attachments/<attachmentId> (small real
// PDFs), good or broken in one chosen way. A variant picks one of a few applicants of a kind;
// variant 0 is the one tests check field by field.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace aw::intake::samples {

enum class Kind
{
    CertificateRequest,     // Urkundenanforderung to the Standesamt, JSON, paid by credit card, reply by e-mail
    ResidenceRegistration,  // Anmeldung einer Wohnung, XML, Wohnungsgeberbestätigung attached, reply by De-Mail
    BirthBundle,            // Geburtsanzeige (life-event bundle), JSON, four attachments, reply by FINK
};

enum class Defect
{
    None,
    WrongDataHash,          // metadata declares a different SHA-512 for the data file
    WrongAttachmentHash,    // the first attachment was changed after hashing
    MissingAttachment,      // the last declared attachment file is absent
    ExtraAttachment,        // a file under attachments/ that metadata does not list
    UnknownSchemaVersion,   // "$schema" names metadata schema 2.0.0
    MalformedMetadata,      // metadata.json cut off in the middle
    MalformedData,          // data file cut off (hash matches the cut file)
    XmlDoctype,             // data.xml with a DOCTYPE and nested entities ("billion laughs")
    BadServiceIdentifier,   // 13 digits instead of 14
    DuplicateAttachmentId,  // two attachment entries with the same id
    MissingDataFile,        // no data file at all
};

QList<Kind> allKinds();
QList<Defect> allDefects();  // without None
QString kindName(Kind kind);
QString defectName(Defect defect);

// How many applicants a kind has; a larger variant is taken modulo this. Different variants of a
// kind have different submission ids.
int variantCount(Kind kind);

// What the good submission of each kind must parse to.
QString submissionServiceKey(Kind kind);
QString submissionApplicant(Kind kind, int variant = 0);
int submissionAttachmentCount(Kind kind);
QString submissionDataFile(Kind kind);  // "data.json" or "data.xml"

// The files of a submission, relative path → bytes, in a fixed order: for writing a ZIP.
QList<QPair<QString, QByteArray>> submissionFiles(Kind kind, Defect defect = Defect::None, int variant = 0);

// Writes the submission into `dir` (created if needed); false on failure.
bool writeSubmission(const QString &dir, Kind kind, Defect defect = Defect::None, int variant = 0);

// The "$schema" URL of FIT-Connect metadata schema `version`, e.g. "1.2.0".
QString metadataSchemaUrl(const QString &version);

}  // namespace aw::intake::samples
