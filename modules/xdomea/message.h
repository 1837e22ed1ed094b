// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/retention.h"
#include "storage/records.h"
#include "xdomea/schemas.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One xdomea message as Aktenwerk reads and writes it: the header and the Schriftgutobjekte of the
// Abgabe (0401–0403) and Aussonderung (0501–0507) messages, reduced to what the store holds.
namespace aw::xdomea {

enum class MessageType
{
    Transfer,            // 0401 Abgabe.Abgabe
    TransferImported,    // 0402 Abgabe.ImportBestaetigen
    TransferReceived,    // 0403 Abgabe.EmpfangBestaetigen
    Offer,               // 0501 Aussonderung.Anbieteverzeichnis
    Evaluation,          // 0502 Aussonderung.Bewertungsverzeichnis
    Disposal,            // 0503 Aussonderung.Aussonderung
    OfferReceived,       // 0504 Aussonderung.AnbietungEmpfangBestaetigen
    EvaluationReceived,  // 0505 Aussonderung.BewertungEmpfangBestaetigen
    DisposalImported,    // 0506 Aussonderung.AussonderungImportBestaetigen
    DisposalReceived,    // 0507 Aussonderung.AussonderungEmpfangBestaetigen
};

QString typeCode(MessageType type);     // "0401"
QString typeName(MessageType type);     // "Abgabe.Abgabe"
QString elementName(MessageType type);  // "Abgabe.Abgabe.0401", the root element
std::optional<MessageType> typeFromCode(const QString &code);
std::optional<MessageType> typeFromElement(const QString &name);
// The package and its XML are named `<ProzessID>_<Typname>.<Code>`.
QString packageBaseName(const QString &processId, MessageType type);

// Absender or Empfänger: the authority and, optionally, its unit.
struct Party
{
    QString institution;
    QString unit;
};

struct Header
{
    QString processId;  // ProzessID, a UUID
    MessageType type = MessageType::Transfer;
    QDateTime createdAt;
    Party sender;
    Party recipient;
    QString note;  // Hinweis
};

// Version/Format/Primärdokument: one file of a document version.
struct PrimaryFile
{
    QString fileName;      // in the package: `<uuid>_<name>.<ext>`
    QString originalName;  // DateinameOriginal
    QString formatCode;    // Dateiformat code, e.g. "018" (pdf)
    QString otherFormat;   // SonstigerName when formatCode is "100" (Sonstiges)
    QString createdBy;
    QDateTime createdAt;
    QString sha256;  // of the bytes; not in the XML (export: where to read them)
};

struct RecordVersion
{
    int number = 1;
    PrimaryFile file;
};

struct RecordDocument
{
    QString id;
    QString title;
    storage::Direction direction = storage::Direction::In;
    QDate date;  // Posteingangs-, Postausgangsdatum or DatumDesSchreibens, by direction
    QList<RecordVersion> versions;
};

struct RecordProceeding
{
    QString id;
    QString reference;
    QString subject;
    QDate begin;
    QDate end;
    bool closed = false;
    QList<RecordDocument> documents;
};

struct RecordCaseFile
{
    QString id;
    QString reference;
    QString subject;
    QString unitName;   // Federführung
    QString planCode;   // Aktenplaneinheit/Kennzeichen
    QString planTitle;  // Aktenplaneinheit/Inhaltsangabe
    QDate begin;
    QDate end;
    bool closed = false;
    std::optional<core::RetentionPeriod> retention;
    std::optional<core::DisposalDecision> disposal;
    QDate retentionUntil;
    QList<RecordProceeding> proceedings;
};

// 0502: the archive's decision on one offered object.
struct Verdict
{
    QString objectId;
    core::DisposalDecision decision = core::DisposalDecision::Archive;
};

// 0402 / 0506: whether one object was taken in.
struct Outcome
{
    QString objectId;
    bool ok = false;
    QStringList errors;
    QString archiveId;  // Archivkennung (0506)
};

struct Message
{
    SchemaVersion version = SchemaVersion::V310;
    Header header;
    QList<RecordCaseFile> caseFiles;  // 0401, 0501, 0503
    QList<Verdict> verdicts;          // 0502
    QList<Outcome> outcomes;          // 0402, 0506
};

// Dateiformat code of the xdomea code list (version 1.0) for a file name and MIME type;
// "100" (Sonstiges) when the list has none, with the extension as the other name.
struct FormatCode
{
    QString code;
    QString otherName;
};
FormatCode formatCodeFor(const QString &fileName, const QString &mime);
// Whether files of a Dateiformat code are text that shrinks when deflated (txt, xml, csv, html, …),
// unlike PDFs, images and office files, which are compressed already. Unknown formats count as text.
bool isTextFormat(const QString &code);
// The MIME type a Dateiformat code stands for (empty when unknown).
QString mimeForFormatCode(const QString &code, const QString &fileName);

}  // namespace aw::xdomea
