// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/proceedingrepository.h"

#include "storage/sql.h"

#include <QCoreApplication>

using aw::core::Result;

namespace aw::storage {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::storage::ProceedingRepository)
};

const QString columns = QStringLiteral("SELECT id, case_file_id, number, reference, subject, assignee_id, status, "
                                       "due_at, source_submission_id, created_at, closed_at, rev FROM proceeding ");

Proceeding fromRow(const QSqlQuery &q)
{
    Proceeding p;
    p.id = q.value(0).toString();
    p.caseFileId = q.value(1).toString();
    p.number = q.value(2).toInt();
    p.reference = q.value(3).toString();
    p.subject = q.value(4).toString();
    p.assigneeId = q.value(5).toString();
    statusFromName(q.value(6).toString(), &p.status);
    p.dueAt = dateFromStored(q.value(7).toString());
    p.sourceSubmissionId = q.value(8).toString();
    p.createdAt = dateTimeFromStored(q.value(9).toString());
    p.closedAt = dateTimeFromStored(q.value(10).toString());
    p.rev = q.value(11).toInt();
    return p;
}

}  // namespace

Result<void> ProceedingRepository::insert(const Proceeding &p)
{
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO proceeding (id, case_file_id, number, reference, subject, "
                                    "assignee_id, status, due_at, source_submission_id, created_at, closed_at, rev) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {p.id, p.caseFileId, p.number, p.reference, p.subject, nullable(p.assigneeId),
                      statusName(p.status), nullable(toStored(p.dueAt)), nullable(p.sourceSubmissionId),
                      toStored(p.createdAt), nullable(toStored(p.closedAt)), p.rev}));
}

Result<void> ProceedingRepository::update(const Proceeding &p)
{
    auto q = exec(m_db,
                  QStringLiteral("UPDATE proceeding SET case_file_id = ?, number = ?, reference = ?, subject = ?, "
                                 "assignee_id = ?, status = ?, due_at = ?, closed_at = ?, rev = rev + 1 "
                                 "WHERE id = ? AND rev = ?"),
                  {p.caseFileId, p.number, p.reference, p.subject, nullable(p.assigneeId), statusName(p.status),
                   nullable(toStored(p.dueAt)), nullable(toStored(p.closedAt)), p.id, p.rev});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return core::conflict(
            Text::tr("The proceeding “%1” was changed meanwhile. Reload it and try again.").arg(p.reference));
    return {};
}

Result<Proceeding> ProceedingRepository::get(const QString &id) const
{
    return row<Proceeding>(exec(m_db, columns + QStringLiteral("WHERE id = ?"), {id}), fromRow,
                           Text::tr("There is no proceeding with the id “%1”.").arg(id));
}

Result<Proceeding> ProceedingRepository::byReference(const QString &reference) const
{
    return row<Proceeding>(exec(m_db, columns + QStringLiteral("WHERE reference = ?"), {reference}), fromRow,
                           Text::tr("There is no proceeding “%1”.").arg(reference));
}

Result<QList<Proceeding>> ProceedingRepository::byCaseFile(const QString &caseFileId) const
{
    return rows<Proceeding>(
        exec(m_db, columns + QStringLiteral("WHERE case_file_id = ? ORDER BY number"), {caseFileId}), fromRow);
}

Result<QList<Proceeding>> ProceedingRepository::byAssignee(const QString &userId, bool includeClosed) const
{
    const QString filter = includeClosed ? QString() : QStringLiteral(" AND status <> 'closed'");
    return rows<Proceeding>(exec(m_db,
                                 columns + QStringLiteral("WHERE assignee_id = ?") + filter +
                                     QStringLiteral(" ORDER BY due_at IS NULL, due_at, reference"),
                                 {userId}),
                            fromRow);
}

Result<QList<Proceeding>> ProceedingRepository::all() const
{
    return rows<Proceeding>(exec(m_db, columns + QStringLiteral("ORDER BY reference")), fromRow);
}

Result<int> ProceedingRepository::countOpen(const QString &caseFileId) const
{
    auto n =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM proceeding WHERE case_file_id = ? AND status <> 'closed'"),
               {caseFileId});
    if (!n)
        return n.error();
    return n->toInt();
}

}  // namespace aw::storage
