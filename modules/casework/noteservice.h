// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "storage/records.h"

namespace aw::casework {

// Notes (Vermerke) and resubmissions (Wiedervorlagen) on case files and proceedings.
// Object types are "case_file" and "proceeding".
class NoteService
{
public:
    explicit NoteService(Session session)
        : m_session(std::move(session))
    {}

    core::Result<storage::Note> addNote(const QString &objectType, const QString &objectId, const QString &text);
    core::Result<QList<storage::Note>> notes(const QString &objectType, const QString &objectId) const;

    // A reminder for the signed-in user (or `forUserId`, a member of the owning unit).
    core::Result<storage::Resubmission> setResubmission(const QString &objectType, const QString &objectId,
                                                        const QDate &dueAt, const QString &note,
                                                        const QString &forUserId = {});
    core::Result<storage::Resubmission> markDone(const QString &resubmissionId);
    // The resubmissions of a case file or proceeding, done ones included, earliest first.
    core::Result<QList<storage::Resubmission>> resubmissions(const QString &objectType, const QString &objectId) const;
    core::Result<QList<storage::Resubmission>> dueForMe(const QDate &until) const;

private:
    // The permission target of the object a note or resubmission is attached to.
    core::Result<core::Target> targetOf(const QSqlDatabase &db, const QString &objectType,
                                        const QString &objectId) const;
    Session m_session;
};

}  // namespace aw::casework
