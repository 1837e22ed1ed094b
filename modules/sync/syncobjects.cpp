// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncobjects.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace aw::sync {

core::Result<SyncObjects::Known> SyncObjects::known(const QString &id)
{
    auto q = m_sql.exec(QStringLiteral("SELECT revision, base FROM sync_object WHERE object_id = ?"), {id});
    if (!q)
        return q.error();
    QSqlQuery &row = *q.value();
    Known known;
    if (row.next())
        known = Known{true, row.value(0).toLongLong(), jsonObject(row.value(1).toString())};
    row.finish();
    return known;
}

core::Result<void> SyncObjects::keep(const QString &type, const QString &id, qint64 revision, const QJsonObject &base)
{
    auto q = m_sql.exec(QStringLiteral("INSERT INTO sync_object (object_id, object_type, revision, base) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (object_id) DO UPDATE SET "
                                       "revision = excluded.revision, base = excluded.base"),
                        {id, type, revision, jsonText(base)});
    return q ? core::Result<void>() : core::Result<void>(q.error());
}

core::Result<bool> SyncObjects::inConflict(const QString &id)
{
    auto v = m_sql.scalar(QStringLiteral("SELECT 1 FROM sync_conflict WHERE object_id = ?"), {id});
    if (!v)
        return v.error();
    return v->isValid();
}

core::Result<void> SyncObjects::wantFile(const QString &sha256)
{
    auto q = m_sql.exec(QStringLiteral("INSERT OR IGNORE INTO sync_blob_wanted (sha256) VALUES (?)"), {sha256});
    return q ? core::Result<void>() : core::Result<void>(q.error());
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QJsonObject merged(QJsonObject base, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

}  // namespace aw::sync
