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
    static constexpr int MaxSubjectLength = 250;
    // The reference of proceeding `number` in the case file with `fileReference`, by the store's pattern.
    static QString referenceFor(const storage::Store &store, const QString &fileReference, int number);

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
    // Assigns to `userId` (a member of the owning unit; empty: nobody). Supervisors assign anyone;
    // a clerk may take an unassigned proceeding for themselves and hand their own back. With
    // `expectedRev` set, refused as stale when the proceeding has changed since.
    core::Result<storage::Proceeding> assign(const QString &id, const QString &userId, int expectedRev = -1);
    // The subject as the user edits it: refused as stale when `expectedRev` is no longer current.
    core::Result<storage::Proceeding> editSubject(const QString &id, const QString &subject, int expectedRev);
    core::Result<storage::Proceeding> setStatus(const QString &id, storage::ProceedingStatus status);
    // An invalid date clears the due date. With `expectedRev` (not -1), refused as Conflict when
    // someone changed the proceeding since that revision.
    core::Result<storage::Proceeding> setDue(const QString &id, const QDate &dueAt, int expectedRev = -1);
    // Moves an open proceeding with its documents, notes and resubmissions into another open case
    // file: it gets that file's next number and a new reference. Needs EditProceeding on the
    // proceeding and CreateProceeding on the target file. An assignee who is not a member of the
    // target file's unit is unassigned.
    core::Result<storage::Proceeding> move(const QString &id, const QString &targetCaseFileId);
    core::Result<storage::Proceeding> close(const QString &id);
    // The same inside a unit of work the caller commits.
    core::Result<storage::Proceeding> closeIn(storage::UnitOfWork &work, const QString &id);
    core::Result<storage::Proceeding> reopen(const QString &id);

    core::Result<QList<storage::Proceeding>> listForCaseFile(const QString &caseFileId) const;
    core::Result<QList<storage::Proceeding>> myWork() const;   // open proceedings assigned to me
    core::Result<QList<storage::Proceeding>> listAll() const;  // in case files the user may see

private:
    core::Result<storage::Proceeding> change(const QString &id, core::Action action, const QString &auditAction,
                                             const std::function<core::Result<void>(storage::Proceeding &)> &apply);
    core::Result<storage::Proceeding> changeIn(storage::UnitOfWork &work, const QString &id, core::Action action,
                                               const QString &auditAction,
                                               const std::function<core::Result<void>(storage::Proceeding &)> &apply);
    Session m_session;
};

}  // namespace aw::casework
