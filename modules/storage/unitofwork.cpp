// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/unitofwork.h"

#include "storage/auditlog.h"
#include "storage/outbox.h"

namespace aw::storage {

UnitOfWork::UnitOfWork(QSqlDatabase db, QString actorId)
    : m_db(db)
    , m_actorId(std::move(actorId))
    , m_transaction(std::move(db))
{}

core::Result<void> UnitOfWork::begin()
{
    return m_transaction.begin();
}

core::Result<void> UnitOfWork::record(const QString &action, const QString &objectType, const QString &objectId,
                                      const QJsonObject &payload, int baseRev)
{
    auto event = AuditLog(m_db).append(m_actorId, action, objectType, objectId, payload);
    if (!event)
        return event.error();
    auto queued = Outbox(m_db).append({0, event->at, objectType, objectId, action, baseRev, payload});
    if (!queued)
        return queued.error();
    return {};
}

core::Result<void> UnitOfWork::commit()
{
    return m_transaction.commit();
}

}  // namespace aw::storage
