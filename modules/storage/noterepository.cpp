// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/noterepository.h"

#include "storage/sql.h"

#include <QCoreApplication>

using aw::core::Result;

namespace aw::storage {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::storage::NoteRepository)
};

const QString resubmissionColumns =
    QStringLiteral("SELECT id, object_type, object_id, due_at, user_id, note, done, rev FROM resubmission ");

Note noteFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), dateTimeFromStored(q.value(5).toString())};
}

Resubmission resubmissionFromRow(const QSqlQuery &q)
{
    Resubmission r;
    r.id = q.value(0).toString();
    r.objectType = q.value(1).toString();
    r.objectId = q.value(2).toString();
    r.dueAt = dateFromStored(q.value(3).toString());
    r.userId = q.value(4).toString();
    r.note = q.value(5).toString();
    r.done = q.value(6).toBool();
    r.rev = q.value(7).toInt();
    return r;
}

}  // namespace

Result<void> NoteRepository::insertNote(const Note &n)
{
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO note (id, object_type, object_id, text, author_id, at) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {n.id, n.objectType, n.objectId, n.text, n.authorId, toStored(n.at)}));
}

Result<QList<Note>> NoteRepository::notes(const QString &objectType, const QString &objectId) const
{
    return rows<Note>(exec(m_db,
                           QStringLiteral("SELECT id, object_type, object_id, text, author_id, at FROM note "
                                          "WHERE object_type = ? AND object_id = ? ORDER BY at"),
                           {objectType, objectId}),
                      noteFromRow);
}

Result<void> NoteRepository::insertResubmission(const Resubmission &r)
{
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO resubmission (id, object_type, object_id, due_at, user_id, note, "
                                    "done, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {r.id, r.objectType, r.objectId, toStored(r.dueAt), r.userId, r.note, r.done ? 1 : 0, r.rev}));
}

Result<void> NoteRepository::updateResubmission(const Resubmission &r)
{
    auto q = exec(m_db,
                  QStringLiteral("UPDATE resubmission SET due_at = ?, note = ?, done = ?, rev = rev + 1 "
                                 "WHERE id = ? AND rev = ?"),
                  {toStored(r.dueAt), r.note, r.done ? 1 : 0, r.id, r.rev});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return core::conflict(Text::tr("The resubmission was changed meanwhile. Reload it and try again."));
    return {};
}

Result<Resubmission> NoteRepository::resubmission(const QString &id) const
{
    return row<Resubmission>(exec(m_db, resubmissionColumns + QStringLiteral("WHERE id = ?"), {id}),
                             resubmissionFromRow, Text::tr("There is no resubmission with the id “%1”.").arg(id));
}

Result<QList<Resubmission>> NoteRepository::resubmissions(const QString &objectType, const QString &objectId) const
{
    return rows<Resubmission>(
        exec(m_db, resubmissionColumns + QStringLiteral("WHERE object_type = ? AND object_id = ? ORDER BY due_at"),
             {objectType, objectId}),
        resubmissionFromRow);
}

Result<QList<Resubmission>> NoteRepository::dueFor(const QString &userId, const QDate &until) const
{
    return rows<Resubmission>(
        exec(m_db,
             resubmissionColumns + QStringLiteral("WHERE user_id = ? AND done = 0 AND due_at <= ? ORDER BY due_at"),
             {userId, toStored(until)}),
        resubmissionFromRow);
}

}  // namespace aw::storage
