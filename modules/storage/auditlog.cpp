// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"

#include "storage/records.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

using aw::core::Result;

namespace aw::storage {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::storage::AuditLog)
};

const QString columns =
    QStringLiteral("SELECT seq, at, actor, action, object_type, object_id, details, prev_hash, hash FROM audit_event ");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Keeps the stored details text as it is, so verification hashes exactly what was written.
struct StoredEvent
{
    AuditEvent event;
    QByteArray detailsText;
    QString atText;
};

StoredEvent fromRow(const QSqlQuery &q)
{
    StoredEvent s;
    s.event.seq = q.value(0).toLongLong();
    s.atText = q.value(1).toString();
    s.event.at = dateTimeFromStored(s.atText);
    s.event.actor = q.value(2).toString();
    s.event.action = q.value(3).toString();
    s.event.objectType = q.value(4).toString();
    s.event.objectId = q.value(5).toString();
    s.detailsText = q.value(6).toString().toUtf8();
    s.event.details = QJsonDocument::fromJson(s.detailsText).object();
    s.event.prevHash = q.value(7).toString();
    s.event.hash = q.value(8).toString();
    return s;
}

QString hashOf(qint64 seq, const QString &at, const AuditEvent &e, const QByteArray &details)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    // Length-prefixed fields, so no two different events serialise to the same bytes.
    auto add = [&h](const QByteArray &field) {
        h.addData(QByteArray(QByteArray::number(field.size()) + ':'));
        h.addData(field);
    };
    add(QByteArray::number(seq));
    add(at.toUtf8());
    add(e.actor.toUtf8());
    add(e.action.toUtf8());
    add(e.objectType.toUtf8());
    add(e.objectId.toUtf8());
    add(details);
    add(e.prevHash.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

}  // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditEvent &event)
{
    return hashOf(event.seq, toStored(event.at), event, compact(event.details));
}

Result<AuditEvent> AuditLog::append(const QString &actor, const QString &action, const QString &objectType,
                                    const QString &objectId, const QJsonObject &details)
{
    auto head = exec(m_db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    AuditEvent e;
    e.seq = 1;
    e.prevHash = genesisHash();
    if (head->next()) {
        e.seq = head->value(0).toLongLong() + 1;
        e.prevHash = head->value(1).toString();
    }
    e.at = QDateTime::currentDateTimeUtc();
    e.actor = actor;
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.details = details;
    const QByteArray detailsText = compact(details);
    const QString at = toStored(e.at);
    e.hash = hashOf(e.seq, at, e, detailsText);

    auto insert =
        exec(m_db,
             QStringLiteral("INSERT INTO audit_event (seq, at, actor, action, object_type, object_id, "
                            "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {e.seq, at, actor, action, objectType, objectId, QString::fromUtf8(detailsText), e.prevHash, e.hash});
    if (!insert)
        return insert.error();
    auto moved = exec(m_db,
                      QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) "
                                     "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"),
                      {e.seq, e.hash});
    if (!moved)
        return moved.error();
    return e;
}

Result<QList<AuditEvent>> AuditLog::forObject(const QString &objectType, const QString &objectId) const
{
    return rows<AuditEvent>(exec(m_db, columns + QStringLiteral("WHERE object_type = ? AND object_id = ? ORDER BY seq"),
                                 {objectType, objectId}),
                            [](const QSqlQuery &q) { return fromRow(q).event; });
}

Result<QStringList> AuditLog::verify() const
{
    auto q = exec(m_db, columns + QStringLiteral("ORDER BY seq"));
    if (!q)
        return q.error();
    QStringList findings;
    qint64 expectedSeq = 1;
    QString prev = genesisHash();
    while (q->next()) {
        const StoredEvent s = fromRow(q.value());
        const AuditEvent &e = s.event;
        if (e.seq != expectedSeq)
            findings
                << Text::tr("audit event %1: events %2 to %3 are missing").arg(e.seq).arg(expectedSeq).arg(e.seq - 1);
        if (e.prevHash != prev)
            findings << Text::tr("audit event %1: does not follow the event before it (chain broken)").arg(e.seq);
        if (hashOf(e.seq, s.atText, e, s.detailsText) != e.hash)
            findings << Text::tr("audit event %1 (%2 on %3 %4): its content was changed after it was written")
                            .arg(e.seq)
                            .arg(e.action, e.objectType, e.objectId);
        prev = e.hash;
        expectedSeq = e.seq + 1;
    }
    auto head = exec(m_db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    const qint64 last = expectedSeq - 1;
    if (head->next()) {
        const qint64 headSeq = head->value(0).toLongLong();
        if (headSeq != last || head->value(1).toString() != prev)
            findings << Text::tr("audit log: the newest recorded event is %1, but the log ends at %2 (events removed "
                                 "or head changed)")
                            .arg(headSeq)
                            .arg(last);
    } else if (last > 0) {
        findings << Text::tr("audit log: the record of the newest event is missing");
    }
    return findings;
}

}  // namespace aw::storage
