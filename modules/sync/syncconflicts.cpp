// SPDX-License-Identifier: GPL-3.0-or-later
// Conflicts of the sync: listing them and settling them as the user chose.
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "sync/localrecords.h"
#include "sync/synchronizer.h"
#include "sync/syncobjects.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace aw::sync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::sync::Synchronizer)
};

}  // namespace

core::Result<QList<SyncConflict>> Synchronizer::conflicts(const QSqlDatabase &local)
{
    auto q = storage::exec(local, QStringLiteral("SELECT object_type, object_id, fields, theirs FROM sync_conflict "
                                                 "ORDER BY at, object_id"));
    if (!q)
        return q.error();
    LocalRecords records(local);
    QList<SyncConflict> out;
    while (q->next()) {
        SyncConflict c;
        c.objectType = q->value(0).toString();
        c.objectId = q->value(1).toString();
        for (const QJsonValue &f : QJsonDocument::fromJson(q->value(2).toString().toUtf8()).array())
            c.fields << f.toString();
        c.theirs = jsonObject(q->value(3).toString());
        auto local = records.read(c.objectType, c.objectId);
        if (!local)
            return local.error();
        if (local->has_value()) {
            const QJsonObject &fields = (*local)->fields;
            for (const QString &f : std::as_const(c.fields))
                c.mine.insert(f, fields.value(f));
            for (const char *name : {"reference", "title", "text"})
                if (c.label.isEmpty())
                    c.label = fields.value(QLatin1String(name)).toString();
        }
        if (c.label.isEmpty())
            c.label = c.objectId;
        out.append(c);
    }
    return out;
}

core::Result<void> Synchronizer::resolve(const QSqlDatabase &local, const QString &actorId, const QString &objectId,
                                         const QStringList &keepMine)
{
    storage::UnitOfWork work(local, actorId);
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto q = storage::exec(local,
                           QStringLiteral("SELECT object_type, fields, theirs, their_revision FROM sync_conflict "
                                          "WHERE object_id = ?"),
                           {objectId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::notFound(Text::tr("There is no open conflict for this record."));
    const QString type = q->value(0).toString();
    QStringList clashing;
    for (const QJsonValue &f : QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array())
        clashing << f.toString();
    const QJsonObject theirs = jsonObject(q->value(2).toString());
    const qint64 theirRevision = q->value(3).toLongLong();
    LocalRecords records(local);
    auto row = records.read(type, objectId);
    if (!row)
        return row.error();
    if (!row->has_value())
        return core::notFound(Text::tr("The record of this conflict is no longer in this store."));
    SyncObjects synced(local);
    auto known = synced.known(objectId);
    if (!known)
        return known.error();
    // Clashing fields as chosen; the others: mine where changed here, theirs otherwise.
    const QJsonObject &mine = (*row)->fields;
    QJsonObject apply;
    for (auto it = theirs.begin(); it != theirs.end(); ++it) {
        const bool clash = clashing.contains(it.key());
        const bool keep = clash ? keepMine.contains(it.key()) : mine.value(it.key()) != known->base.value(it.key());
        if (!keep && mine.contains(it.key()) && mine.value(it.key()) != it.value())
            apply.insert(it.key(), it.value());
    }
    if (auto ok = records.change(type, objectId, apply); !ok)
        return ok.error();
    QJsonObject base = theirs;
    if (known->base.contains(LocalRecord::ParentField))
        base.insert(LocalRecord::ParentField, known->base.value(LocalRecord::ParentField));
    if (auto ok = synced.keep(type, objectId, theirRevision, base); !ok)
        return ok.error();
    if (auto ok = storage::done(
            storage::exec(local, QStringLiteral("DELETE FROM sync_conflict WHERE object_id = ?"), {objectId}));
        !ok)
        return ok.error();
    // The audit event and an outbox entry, so that the next push sends the values kept.
    QJsonObject payload{{QStringLiteral("kept"), QJsonArray::fromStringList(keepMine)},
                        {QStringLiteral("taken"), QJsonObject(apply)}};
    if (auto ok = work.record(QStringLiteral("sync.resolve"), type, objectId, payload, int(theirRevision)); !ok)
        return ok.error();
    return work.commit();
}

}  // namespace aw::sync
