// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace aw::storage {

struct OutboxEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString objectType;
    QString objectId;
    QString operation;  // same name as the audit action, e.g. "case_file.close"
    int baseRev = 0;    // the revision the change was based on (0 for a create)
    QJsonObject payload;
};

// Changes waiting to be pushed to the central store, written in the same transaction as the
// change itself and taken out only once the server has accepted them.
class Outbox
{
public:
    explicit Outbox(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    core::Result<qint64> append(const OutboxEntry &entry);
    core::Result<QList<OutboxEntry>> pending(int limit = 1000) const;
    core::Result<void> remove(qint64 upToSeq);  // after the server confirmed these
    core::Result<qint64> count() const;

private:
    QSqlDatabase m_db;
};

}  // namespace aw::storage
