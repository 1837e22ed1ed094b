// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "core/filereference.h"
#include "storage/casefilerepository.h"
#include "storage/records.h"
#include "storage/unitofwork.h"

#include <QHash>

#include <functional>

namespace aw::casework {

// Case files (Akten): create under a file-plan node with a unique reference, edit, close (zdA)
// and reopen. Every write checks permissions, audits and commits in one transaction.
class CaseFileService
{
public:
    explicit CaseFileService(Session session)
        : m_session(std::move(session))
    {}

    core::Result<storage::CaseFile> create(const QString &nodeId, const QString &subject, const QString &ownerUnitId);
    // The same inside a unit of work the caller commits (several records in one transaction).
    core::Result<storage::CaseFile> createIn(storage::UnitOfWork &work, const QString &nodeId, const QString &subject,
                                             const QString &ownerUnitId);
    core::Result<storage::CaseFile> editSubject(const QString &id, const QString &subject, int expectedRev);
    // Closing needs every proceeding closed; sets the retention end from the file-plan node.
    core::Result<storage::CaseFile> close(const QString &id);
    core::Result<storage::CaseFile> reopen(const QString &id);

    core::Result<storage::CaseFile> get(const QString &id) const;  // checks ViewCaseFile
    // The case files under a node the user may see, newest first.
    core::Result<QList<storage::CaseFile>> listForNode(const QString &nodeId) const;
    // One page of the case files of a node the user may see, ordered and filtered as asked.
    core::Result<storage::CaseFileListPage> listPage(const QString &nodeId,
                                                     const storage::CaseFileListQuery &query) const;
    core::Result<QList<storage::CaseFile>> listAll() const;  // those the user may see
    // Open case files the user may add proceedings to whose reference or subject contains `text`
    // (any case), newest first, at most `limit`. For filing something by hand.
    core::Result<QList<storage::CaseFile>> findForFiling(const QString &text, int limit = 50) const;
    // Per file-plan node id, how many case files the user may see there.
    core::Result<QHash<QString, int>> visibleCountsByNode() const;

    // The office's reference pattern from the store settings (defaults when unset).
    static core::FileReferencePattern referencePattern(const storage::Store &store);

private:
    core::Result<storage::CaseFile> change(const QString &id, core::Action action, const QString &auditAction,
                                           const std::function<core::Result<void>(storage::CaseFile &)> &apply);

    core::Result<QList<storage::CaseFile>> visible(core::Result<QList<storage::CaseFile>> files) const;

    Session m_session;
};

core::Target targetOf(const storage::CaseFile &file);

}  // namespace aw::casework
