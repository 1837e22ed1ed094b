// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/records.h"

#include <QUuid>

namespace aw::storage {

namespace {

QJsonValue optional(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

}  // namespace

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString statusName(CaseFileStatus status)
{
    return status == CaseFileStatus::Closed ? QStringLiteral("closed") : QStringLiteral("open");
}

QString statusName(ProceedingStatus status)
{
    switch (status) {
    case ProceedingStatus::Open:
        return QStringLiteral("open");
    case ProceedingStatus::InProgress:
        return QStringLiteral("in_progress");
    case ProceedingStatus::Waiting:
        return QStringLiteral("waiting");
    case ProceedingStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

bool statusFromName(const QString &name, ProceedingStatus *status)
{
    for (auto s :
         {ProceedingStatus::Open, ProceedingStatus::InProgress, ProceedingStatus::Waiting, ProceedingStatus::Closed}) {
        if (statusName(s) == name) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::In:
        return QStringLiteral("in");
    case Direction::Out:
        return QStringLiteral("out");
    case Direction::Internal:
        return QStringLiteral("internal");
    }
    return {};
}

bool directionFromName(const QString &name, Direction *direction)
{
    for (auto d : {Direction::In, Direction::Out, Direction::Internal}) {
        if (directionName(d) == name) {
            *direction = d;
            return true;
        }
    }
    return false;
}

QString toStored(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace {

// The digits text[from, from + count) as a number, or -1 when one is not a digit.
int digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

}  // namespace

QDateTime dateTimeFromStored(const QString &text)
{
    if (text.isEmpty())
        return {};
    // What toStored writes, "2026-11-30T12:20:33.123Z", is read directly: lists of thousands of
    // documents parse two of these a row, and QDateTime::fromString is the slow general way.
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':' &&
        text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), digits(text, 20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString toStored(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromStored(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QJsonObject toJson(const OrgUnit &unit)
{
    return {{QStringLiteral("id"), unit.id}, {QStringLiteral("code"), unit.code}, {QStringLiteral("name"), unit.name}};
}

QJsonObject toJson(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("login"), user.login},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("active"), user.active}};
}

QJsonObject toJson(const FilePlanNode &node)
{
    return {{QStringLiteral("id"), node.id},
            {QStringLiteral("code"), node.code},
            {QStringLiteral("title"), node.title},
            {QStringLiteral("parentId"), optional(node.parentId)},
            {QStringLiteral("retentionYears"), node.retention.years},
            {QStringLiteral("disposal"), QString(core::disposalLetter(node.disposal))},
            {QStringLiteral("rev"), node.rev}};
}

QJsonObject toJson(const CaseFile &file)
{
    return {{QStringLiteral("id"), file.id},
            {QStringLiteral("nodeId"), file.nodeId},
            {QStringLiteral("reference"), file.reference},
            {QStringLiteral("subject"), file.subject},
            {QStringLiteral("ownerUnitId"), file.ownerUnitId},
            {QStringLiteral("status"), statusName(file.status)},
            {QStringLiteral("openedAt"), toStored(file.openedAt)},
            {QStringLiteral("closedAt"), optional(toStored(file.closedAt))},
            {QStringLiteral("retentionUntil"), optional(toStored(file.retentionUntil))},
            {QStringLiteral("disposal"), QString(core::disposalLetter(file.disposal))},
            {QStringLiteral("rev"), file.rev}};
}

QJsonObject toJson(const Proceeding &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("caseFileId"), p.caseFileId},
            {QStringLiteral("number"), p.number},
            {QStringLiteral("reference"), p.reference},
            {QStringLiteral("subject"), p.subject},
            {QStringLiteral("assigneeId"), optional(p.assigneeId)},
            {QStringLiteral("status"), statusName(p.status)},
            {QStringLiteral("dueAt"), optional(toStored(p.dueAt))},
            {QStringLiteral("sourceSubmissionId"), optional(p.sourceSubmissionId)},
            {QStringLiteral("createdAt"), toStored(p.createdAt)},
            {QStringLiteral("closedAt"), optional(toStored(p.closedAt))},
            {QStringLiteral("rev"), p.rev}};
}

QJsonObject toJson(const Document &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("proceedingId"), d.proceedingId},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("direction"), directionName(d.direction)},
            {QStringLiteral("receivedAt"), toStored(d.receivedAt)},
            {QStringLiteral("rev"), d.rev}};
}

QJsonObject toJson(const DocumentVersion &v)
{
    return {{QStringLiteral("documentId"), v.documentId},
            {QStringLiteral("n"), v.n},
            {QStringLiteral("sha256"), v.sha256},
            {QStringLiteral("fileName"), v.fileName},
            {QStringLiteral("mime"), v.mime},
            {QStringLiteral("size"), double(v.size)},
            {QStringLiteral("pages"), v.pages},
            {QStringLiteral("createdBy"), v.createdBy},
            {QStringLiteral("createdAt"), toStored(v.createdAt)}};
}

QJsonObject toJson(const Note &n)
{
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("objectType"), n.objectType},
            {QStringLiteral("objectId"), n.objectId},
            {QStringLiteral("text"), n.text},
            {QStringLiteral("authorId"), n.authorId},
            {QStringLiteral("at"), toStored(n.at)}};
}

QJsonObject toJson(const Resubmission &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("objectType"), r.objectType},
            {QStringLiteral("objectId"), r.objectId},
            {QStringLiteral("dueAt"), toStored(r.dueAt)},
            {QStringLiteral("userId"), r.userId},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("done"), r.done},
            {QStringLiteral("rev"), r.rev}};
}

}  // namespace aw::storage
