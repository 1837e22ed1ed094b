// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/sql.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace aw::storage {

// One write of a service: the change, its audit event and its outbox entry commit together or
// not at all. Usage: begin(); repository writes on db(); record(...) per change; commit().
// Destroying it uncommitted rolls everything back.
class UnitOfWork
{
public:
    UnitOfWork(QSqlDatabase db, QString actorId);

    core::Result<void> begin();
    QSqlDatabase db() const { return m_db; }

    // Audit event + outbox entry for one changed object. `payload` is the new state (or the
    // changed fields); `baseRev` the revision the change was based on (0 for a create).
    core::Result<void> record(const QString &action, const QString &objectType, const QString &objectId,
                              const QJsonObject &payload, int baseRev = 0);

    core::Result<void> commit();

private:
    QSqlDatabase m_db;
    QString m_actorId;
    Transaction m_transaction;
};

}  // namespace aw::storage
