// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/outbox.h"

#include "storage/records.h"
#include "storage/sql.h"

#include <QJsonDocument>

using aw::core::Result;

namespace aw::storage {

Result<qint64> Outbox::append(const OutboxEntry &e)
{
    auto q = exec(m_db,
                  QStringLiteral("INSERT INTO outbox (at, object_type, object_id, operation, base_rev, payload) "
                                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING seq"),
                  {toStored(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()), e.objectType, e.objectId,
                   e.operation, e.baseRev, QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<QList<OutboxEntry>> Outbox::pending(int limit) const
{
    return rows<OutboxEntry>(
        exec(m_db,
             QStringLiteral("SELECT seq, at, object_type, object_id, operation, base_rev, payload FROM outbox "
                            "ORDER BY seq LIMIT ?"),
             {limit}),
        [](const QSqlQuery &q) {
            OutboxEntry e;
            e.seq = q.value(0).toLongLong();
            e.at = dateTimeFromStored(q.value(1).toString());
            e.objectType = q.value(2).toString();
            e.objectId = q.value(3).toString();
            e.operation = q.value(4).toString();
            e.baseRev = q.value(5).toInt();
            e.payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            return e;
        });
}

Result<void> Outbox::remove(qint64 upToSeq)
{
    return done(exec(m_db, QStringLiteral("DELETE FROM outbox WHERE seq <= ?"), {upToSeq}));
}

Result<qint64> Outbox::count() const
{
    auto n = scalar(m_db, QStringLiteral("SELECT count(*) FROM outbox"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

}  // namespace aw::storage
