// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace aw::storage {

struct AuditEvent
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;       // user id, or "system"
    QString action;      // e.g. "case_file.create"
    QString objectType;  // e.g. "case_file"
    QString objectId;
    QJsonObject details;
    QString prevHash;
    QString hash;
};

// The Protokoll: append-only and hash-chained. Each event's hash covers its own fields and the
// previous event's hash, and `audit_head` keeps the newest (seq, hash), so any edit, insertion,
// or removal (also at the end) breaks the chain and `verify` names where.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Appends an event; must run inside the transaction of the change it records.
    core::Result<AuditEvent> append(const QString &actor, const QString &action, const QString &objectType,
                                    const QString &objectId, const QJsonObject &details);

    core::Result<QList<AuditEvent>> forObject(const QString &objectType, const QString &objectId) const;

    // Walks the whole chain; an empty list means intact. Each finding names the event.
    core::Result<QStringList> verify() const;

    static QString computeHash(const AuditEvent &event);
    static QString genesisHash();  // the prevHash of the first event

private:
    QSqlDatabase m_db;
};

}  // namespace aw::storage
