// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "storage/records.h"
#include "storage/unitofwork.h"

#include <functional>

namespace aw::casework {

// Proceedings (Vorgänge): created inside an open case file with the file's reference plus a
// suffix; assigned, given a status and due date, closed and reopened.
class ProceedingService
{
public:
    explicit ProceedingService(Session session)
        : m_session(std::move(session))
    {}

    core::Result<storage::Proceeding> create(const QString &caseFileId, const QString &subject, const QDate &dueAt = {},
                                             const QString &assigneeId = {});
    // The same inside a unit of work the caller commits; `sourceSubmissionId` links the online
    // application the proceeding came from.
    core::Result<storage::Proceeding> createIn(storage::UnitOfWork &work, const QString &caseFileId,
                                               const QString &subject, const QDate &dueAt = {},
                                               const QString &assigneeId = {}, const QString &sourceSubmissionId = {});
    // Assigns to `userId` (a member of the owning unit). Supervisors assign anyone; a clerk may
    // take an unassigned proceeding for themselves.
    core::Result<storage::Proceeding> assign(const QString &id, const QString &userId);
    core::Result<storage::Proceeding> setStatus(const QString &id, storage::ProceedingStatus status);
    core::Result<storage::Proceeding> setDue(const QString &id, const QDate &dueAt);
    core::Result<storage::Proceeding> close(const QString &id);
    core::Result<storage::Proceeding> reopen(const QString &id);

    core::Result<QList<storage::Proceeding>> listForCaseFile(const QString &caseFileId) const;
    core::Result<QList<storage::Proceeding>> myWork() const;   // open proceedings assigned to me
    core::Result<QList<storage::Proceeding>> listAll() const;  // in case files the user may see

private:
    core::Result<storage::Proceeding> change(const QString &id, core::Action action, const QString &auditAction,
                                             const std::function<core::Result<void>(storage::Proceeding &)> &apply);
    Session m_session;
};

}  // namespace aw::casework
