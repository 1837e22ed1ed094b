// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/sql.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace aw::sync {

// What this store knows of each synced record's central state (sync_object: the central revision
// and the fields as the central store had them then) and which records wait in a conflict. For
// the sync's long runs: the statements are prepared once.
class SyncObjects
{
public:
    explicit SyncObjects(QSqlDatabase db)
        : m_sql(std::move(db))
    {}

    struct Known
    {
        bool known = false;
        qint64 revision = 0;
        QJsonObject base;
    };
    core::Result<Known> known(const QString &id);
    core::Result<void> keep(const QString &type, const QString &id, qint64 revision, const QJsonObject &base);
    core::Result<bool> inConflict(const QString &id);
    // Notes the contents of a pulled version as still to fetch (sync_blob_wanted).
    core::Result<void> wantFile(const QString &sha256);

private:
    storage::StatementCache m_sql;
};

// The JSON kept in the local store's sync tables.
QJsonObject jsonObject(const QString &text);
QString jsonText(const QJsonObject &object);
QString jsonText(const QStringList &list);
// `base` with the values of `fields` put in.
QJsonObject merged(QJsonObject base, const QJsonObject &fields);

}  // namespace aw::sync
