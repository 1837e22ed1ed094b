// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QList>
#include <QSqlDatabase>

namespace aw::storage {

// Notes (Vermerke) and resubmissions (Wiedervorlagen) attached to case files and proceedings.
class NoteRepository
{
public:
    explicit NoteRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    core::Result<void> insertNote(const Note &note);
    core::Result<QList<Note>> notes(const QString &objectType, const QString &objectId) const;

    core::Result<void> insertResubmission(const Resubmission &resubmission);
    // Writes due date, note and done if `rev` is still current; bumps rev.
    core::Result<void> updateResubmission(const Resubmission &resubmission);
    core::Result<Resubmission> resubmission(const QString &id) const;
    core::Result<QList<Resubmission>> resubmissions(const QString &objectType, const QString &objectId) const;
    // Open resubmissions of a user due on or before `until`, earliest first.
    core::Result<QList<Resubmission>> dueFor(const QString &userId, const QDate &until) const;

private:
    QSqlDatabase m_db;
};

}  // namespace aw::storage
