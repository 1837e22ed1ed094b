// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/permissions.h"
#include "core/retention.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The rows of the local store as value types (fields as in shared/ARCHITECTURE.md). Ids are
// client-made UUIDs; `rev` counts changes for optimistic concurrency during sync.
namespace aw::storage {

QString newId();  // a fresh UUID without braces

struct OrgUnit
{
    QString id;
    QString code;  // short code, e.g. "StA"
    QString name;  // e.g. "Standesamt"
};

struct User
{
    QString id;
    QString login;
    QString displayName;
    bool active = true;
};

struct Membership
{
    QString userId;
    QString orgUnitId;
    core::Role role = core::Role::Clerk;
};

struct FilePlanNode
{
    QString id;
    QString code;
    QString title;
    QString parentId;  // empty for a top-level node
    core::RetentionPeriod retention;
    core::DisposalDecision disposal = core::DisposalDecision::Evaluate;
    int rev = 1;
};

enum class CaseFileStatus
{
    Open,
    Closed
};

struct CaseFile
{
    QString id;
    QString nodeId;
    QString reference;
    QString subject;
    QString ownerUnitId;
    CaseFileStatus status = CaseFileStatus::Open;
    QDateTime openedAt;
    QDateTime closedAt;    // invalid while open
    QDate retentionUntil;  // invalid while open or when kept permanently
    core::DisposalDecision disposal = core::DisposalDecision::Evaluate;
    int rev = 1;

    bool isClosed() const { return status == CaseFileStatus::Closed; }
};

enum class ProceedingStatus
{
    Open,
    InProgress,
    Waiting,
    Closed
};

struct Proceeding
{
    QString id;
    QString caseFileId;
    int number = 0;  // the reference suffix
    QString reference;
    QString subject;
    QString assigneeId;  // empty: not assigned
    ProceedingStatus status = ProceedingStatus::Open;
    QDate dueAt;
    QString sourceSubmissionId;
    QDateTime createdAt;
    QDateTime closedAt;
    int rev = 1;

    bool isClosed() const { return status == ProceedingStatus::Closed; }
};

enum class Direction
{
    In,
    Out,
    Internal
};

struct Document
{
    QString id;
    QString proceedingId;
    QString title;
    Direction direction = Direction::In;
    QDateTime receivedAt;
    int rev = 1;
};

struct DocumentVersion
{
    QString documentId;
    int n = 1;
    QString sha256;
    QString fileName;
    QString mime;
    qint64 size = 0;
    int pages = -1;  // unknown
    QString createdBy;
    QDateTime createdAt;
};

struct Note
{
    QString id;
    QString objectType;  // "case_file", "proceeding" or "document"
    QString objectId;
    QString text;
    QString authorId;
    QDateTime at;
};

struct Resubmission
{
    QString id;
    QString objectType;  // "case_file" or "proceeding"
    QString objectId;
    QDate dueAt;
    QString userId;
    QString note;
    bool done = false;
    int rev = 1;
};

// Stable code names as stored and exported ("open", "in_progress", …).
QString statusName(CaseFileStatus status);
QString statusName(ProceedingStatus status);
bool statusFromName(const QString &name, ProceedingStatus *status);
QString directionName(Direction direction);
bool directionFromName(const QString &name, Direction *direction);

// Timestamps are stored as ISO 8601 UTC with milliseconds, dates as ISO dates.
QString toStored(const QDateTime &at);
QDateTime dateTimeFromStored(const QString &text);
QString toStored(const QDate &date);
QDate dateFromStored(const QString &text);

// JSON forms for the outbox, the audit details and `aktenwerk-cli --json`.
QJsonObject toJson(const OrgUnit &unit);
QJsonObject toJson(const User &user);
QJsonObject toJson(const FilePlanNode &node);
QJsonObject toJson(const CaseFile &file);
QJsonObject toJson(const Proceeding &proceeding);
QJsonObject toJson(const Document &document);
QJsonObject toJson(const DocumentVersion &version);
QJsonObject toJson(const Note &note);
QJsonObject toJson(const Resubmission &resubmission);

}  // namespace aw::storage
