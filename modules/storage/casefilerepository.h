// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QList>
#include <QSqlDatabase>

namespace aw::storage {

// Case files (Akten) and the running numbers of their references.
class CaseFileRepository
{
public:
    explicit CaseFileRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    core::Result<void> insert(const CaseFile &file);
    // Writes subject, status, dates and disposal if `file.rev` is still current; bumps rev.
    core::Result<void> update(const CaseFile &file);
    core::Result<CaseFile> get(const QString &id) const;
    core::Result<CaseFile> byReference(const QString &reference) const;
    core::Result<QList<CaseFile>> byNode(const QString &nodeId, int limit = -1, int offset = 0) const;
    core::Result<QList<CaseFile>> all() const;

    // How many case files each node holds, split by owner and status (what visibility depends on).
    struct Count
    {
        QString nodeId;
        QString ownerUnitId;
        bool closed = false;
        int files = 0;
    };
    core::Result<QList<Count>> countsByNode() const;

    // Takes the next running number for (planCode, year); call inside the creating transaction.
    core::Result<int> takeSequence(const QString &planCode, int year);
    // Takes the next proceeding number of a case file; call inside the creating transaction.
    core::Result<int> takeProceedingNumber(const QString &caseFileId);

private:
    QSqlDatabase m_db;
};

}  // namespace aw::storage
