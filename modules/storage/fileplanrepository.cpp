// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/fileplanrepository.h"

#include "storage/sql.h"

#include <QCoreApplication>

using aw::core::Result;

namespace aw::storage {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::storage::FilePlanRepository)
};

const QString columns =
    QStringLiteral("SELECT id, code, title, parent_id, retention_years, disposal, rev FROM file_plan_node ");

FilePlanNode fromRow(const QSqlQuery &q)
{
    FilePlanNode n;
    n.id = q.value(0).toString();
    n.code = q.value(1).toString();
    n.title = q.value(2).toString();
    n.parentId = q.value(3).toString();
    n.retention.years = q.value(4).toInt();
    n.disposal = core::disposalFromLetter(q.value(5).toString()).value_or(core::DisposalDecision::Evaluate);
    n.rev = q.value(6).toInt();
    return n;
}

}  // namespace

Result<void> FilePlanRepository::insert(const FilePlanNode &n)
{
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO file_plan_node (id, code, title, parent_id, retention_years, "
                                    "disposal, rev) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {n.id, n.code, n.title, nullable(n.parentId), n.retention.years,
                      QString(core::disposalLetter(n.disposal)), n.rev}));
}

Result<void> FilePlanRepository::update(const FilePlanNode &n)
{
    auto q = exec(
        m_db,
        QStringLiteral("UPDATE file_plan_node SET title = ?, parent_id = ?, retention_years = ?, "
                       "disposal = ?, rev = rev + 1 WHERE id = ? AND rev = ?"),
        {n.title, nullable(n.parentId), n.retention.years, QString(core::disposalLetter(n.disposal)), n.id, n.rev});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return core::conflict(
            Text::tr("The file plan entry “%1” was changed meanwhile. Reload it and try again.").arg(n.code));
    return {};
}

Result<FilePlanNode> FilePlanRepository::get(const QString &id) const
{
    return row<FilePlanNode>(exec(m_db, columns + QStringLiteral("WHERE id = ?"), {id}), fromRow,
                             Text::tr("There is no file plan entry with the id “%1”.").arg(id));
}

Result<FilePlanNode> FilePlanRepository::byCode(const QString &code) const
{
    return row<FilePlanNode>(exec(m_db, columns + QStringLiteral("WHERE code = ?"), {code}), fromRow,
                             Text::tr("There is no file plan entry “%1”.").arg(code));
}

Result<QList<FilePlanNode>> FilePlanRepository::all() const
{
    return rows<FilePlanNode>(exec(m_db, columns + QStringLiteral("ORDER BY code")), fromRow);
}

Result<QList<FilePlanNode>> FilePlanRepository::children(const QString &parentId) const
{
    if (parentId.isEmpty())
        return rows<FilePlanNode>(exec(m_db, columns + QStringLiteral("WHERE parent_id IS NULL ORDER BY code")),
                                  fromRow);
    return rows<FilePlanNode>(exec(m_db, columns + QStringLiteral("WHERE parent_id = ? ORDER BY code"), {parentId}),
                              fromRow);
}

}  // namespace aw::storage
