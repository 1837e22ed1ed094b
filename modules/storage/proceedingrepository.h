// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QList>
#include <QSqlDatabase>

namespace aw::storage {

// Proceedings (Vorgänge) inside case files.
class ProceedingRepository
{
public:
    explicit ProceedingRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    core::Result<void> insert(const Proceeding &proceeding);
    // Writes case file, reference, subject, assignee, status and dates if `rev` is still current.
    core::Result<void> update(const Proceeding &proceeding);
    core::Result<Proceeding> get(const QString &id) const;
    core::Result<Proceeding> byReference(const QString &reference) const;
    core::Result<QList<Proceeding>> byCaseFile(const QString &caseFileId) const;
    core::Result<QList<Proceeding>> byAssignee(const QString &userId, bool includeClosed = false) const;
    core::Result<QList<Proceeding>> all() const;
    core::Result<int> countOpen(const QString &caseFileId) const;

private:
    QSqlDatabase m_db;
};

}  // namespace aw::storage
