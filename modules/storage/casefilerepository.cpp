// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/casefilerepository.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using aw::core::Result;

namespace aw::storage {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::storage::CaseFileRepository)
};

const QString columns = QStringLiteral("SELECT id, node_id, reference, subject, owner_unit_id, status, opened_at, "
                                       "closed_at, retention_until, disposal, rev FROM case_file ");

CaseFile fromRow(const QSqlQuery &q)
{
    CaseFile f;
    f.id = q.value(0).toString();
    f.nodeId = q.value(1).toString();
    f.reference = q.value(2).toString();
    f.subject = q.value(3).toString();
    f.ownerUnitId = q.value(4).toString();
    f.status = q.value(5).toString() == QLatin1String("closed") ? CaseFileStatus::Closed : CaseFileStatus::Open;
    f.openedAt = dateTimeFromStored(q.value(6).toString());
    f.closedAt = dateTimeFromStored(q.value(7).toString());
    f.retentionUntil = dateFromStored(q.value(8).toString());
    f.disposal = core::disposalFromLetter(q.value(9).toString()).value_or(core::DisposalDecision::Evaluate);
    f.rev = q.value(10).toInt();
    return f;
}

}  // namespace

Result<void> CaseFileRepository::insert(const CaseFile &f)
{
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO case_file (id, node_id, reference, subject, owner_unit_id, status, "
                                    "opened_at, closed_at, retention_until, disposal, rev) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {f.id, f.nodeId, f.reference, f.subject, f.ownerUnitId, statusName(f.status), toStored(f.openedAt),
                      nullable(toStored(f.closedAt)), nullable(toStored(f.retentionUntil)),
                      QString(core::disposalLetter(f.disposal)), f.rev}));
}

Result<void> CaseFileRepository::update(const CaseFile &f)
{
    auto q = exec(m_db,
                  QStringLiteral("UPDATE case_file SET subject = ?, status = ?, closed_at = ?, retention_until = ?, "
                                 "disposal = ?, rev = rev + 1 WHERE id = ? AND rev = ?"),
                  {f.subject, statusName(f.status), nullable(toStored(f.closedAt)),
                   nullable(toStored(f.retentionUntil)), QString(core::disposalLetter(f.disposal)), f.id, f.rev});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return core::conflict(
            Text::tr("The case file “%1” was changed meanwhile. Reload it and try again.").arg(f.reference));
    return {};
}

Result<CaseFile> CaseFileRepository::get(const QString &id) const
{
    return row<CaseFile>(exec(m_db, columns + QStringLiteral("WHERE id = ?"), {id}), fromRow,
                         Text::tr("There is no case file with the id “%1”.").arg(id));
}

Result<CaseFile> CaseFileRepository::byReference(const QString &reference) const
{
    return row<CaseFile>(exec(m_db, columns + QStringLiteral("WHERE reference = ?"), {reference}), fromRow,
                         Text::tr("There is no case file “%1”.").arg(reference));
}

Result<QList<CaseFile>> CaseFileRepository::byNode(const QString &nodeId, int limit, int offset) const
{
    return rows<CaseFile>(
        exec(m_db, columns + QStringLiteral("WHERE node_id = ? ORDER BY opened_at DESC, reference LIMIT ? OFFSET ?"),
             {nodeId, limit, offset}),
        fromRow);
}

Result<QList<CaseFileOwner>> CaseFileRepository::ownersOfNode(const QString &nodeId) const
{
    // From the index of the file plan's counts alone.
    return rows<CaseFileOwner>(
        exec(m_db, QStringLiteral("SELECT DISTINCT owner_unit_id, status FROM case_file WHERE node_id = ?"), {nodeId}),
        [](const QSqlQuery &q) {
            return CaseFileOwner{q.value(0).toString(), q.value(1).toString() == QLatin1String("closed")};
        });
}

Result<CaseFileListPage> CaseFileRepository::listPage(const QString &nodeId, const CaseFileListQuery &query,
                                                      const std::optional<QList<CaseFileOwner>> &owners) const
{
    CaseFileListPage page;
    QString where = QStringLiteral("WHERE node_id = ? ");
    QVariantList values{nodeId};
    if (owners) {
        if (owners->isEmpty())
            return page;
        QStringList any;
        for (const CaseFileOwner &o : *owners) {
            any << QStringLiteral("(owner_unit_id = ? AND status %1 'closed')")
                       .arg(o.closed ? QStringLiteral("=") : QStringLiteral("<>"));
            values << o.unitId;
        }
        where += QStringLiteral("AND (") + any.join(QStringLiteral(" OR ")) + QStringLiteral(") ");
    }
    const QString filter = query.filter.trimmed().toCaseFolded();
    if (!filter.isEmpty()) {
        where += QStringLiteral("AND (instr(aw_fold(reference), ?) > 0 OR instr(aw_fold(subject), ?) > 0) ");
        values << filter << filter;
    }
    auto total = scalar(m_db, QStringLiteral("SELECT count(*) FROM case_file ") + where, values);
    if (!total)
        return total.error();
    page.total = total->toInt();

    using Order = CaseFileListQuery::Order;
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    switch (query.order) {
    case Order::Reference:
        order = QStringLiteral("reference COLLATE aw_text") + dir;
        break;
    case Order::Subject:
        order = QStringLiteral("subject COLLATE aw_text") + dir + QStringLiteral(", reference COLLATE aw_text") + dir;
        break;
    case Order::Status:
        order = QStringLiteral("status") + dir + QStringLiteral(", opened_at") + dir;
        break;
    case Order::Opened:
        order = QStringLiteral("opened_at") + dir;
        break;
    }
    order += QStringLiteral(", rowid") + dir;  // stable pages
    auto list = rows<CaseFile>(
        exec(m_db, columns + where + QStringLiteral("ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?"),
             values + QVariantList{std::max(0, query.limit), std::max(0, query.offset)}),
        fromRow);
    if (!list)
        return list.error();
    page.rows = std::move(list).value();
    return page;
}

Result<QList<CaseFile>> CaseFileRepository::all() const
{
    return rows<CaseFile>(exec(m_db, columns + QStringLiteral("ORDER BY reference")), fromRow);
}

Result<QList<CaseFileRepository::Count>> CaseFileRepository::countsByNode() const
{
    return rows<Count>(
        // Grouped by the plain columns, so that SQLite reads the covering index case_file_counts.
        exec(m_db, QStringLiteral("SELECT node_id, owner_unit_id, status, count(*) FROM case_file "
                                  "GROUP BY node_id, owner_unit_id, status")),
        [](const QSqlQuery &q) {
            return Count{q.value(0).toString(), q.value(1).toString(), q.value(2).toString() == QLatin1String("closed"),
                         q.value(3).toInt()};
        });
}

Result<int> CaseFileRepository::takeSequence(const QString &planCode, int year)
{
    // Once the store syncs with a central store, numbers come only from the blocks reserved there.
    auto syncing = exec(m_db, QStringLiteral("SELECT 1 FROM store_setting WHERE key = 'sync.client'"));
    if (!syncing)
        return syncing.error();
    if (!syncing->next()) {
        auto q = exec(m_db,
                      QStringLiteral("INSERT INTO reference_counter (plan_code, year, next_seq) VALUES (?, ?, 2) "
                                     "ON CONFLICT (plan_code, year) DO UPDATE SET next_seq = next_seq + 1 "
                                     "RETURNING next_seq - 1"),
                      {planCode, year});
        if (!q)
            return q.error();
        if (!q->next())
            return core::ioError(Text::tr("No running number could be taken for “%1”.").arg(planCode));
        return q->value(0).toInt();
    }
    auto free = exec(m_db,
                     QStringLiteral("SELECT max(b.first, coalesce(c.next_seq, 1)) FROM reference_block b "
                                    "LEFT JOIN reference_counter c ON c.plan_code = b.plan_code AND c.year = b.year "
                                    "WHERE b.plan_code = ? AND b.year = ? AND b.last >= coalesce(c.next_seq, 1) "
                                    "ORDER BY b.first LIMIT 1"),
                     {planCode, year});
    if (!free)
        return free.error();
    if (!free->next())
        return core::refused(Text::tr("No reference numbers are reserved for “%1” in %2. Synchronize with the "
                                      "central store once while online; it reserves new ones.")
                                 .arg(planCode)
                                 .arg(year));
    const int sequence = free->value(0).toInt();
    if (auto ok = done(exec(m_db,
                            QStringLiteral("INSERT INTO reference_counter (plan_code, year, next_seq) VALUES (?, ?, ?) "
                                           "ON CONFLICT (plan_code, year) DO UPDATE SET next_seq = excluded.next_seq"),
                            {planCode, year, sequence + 1}));
        !ok)
        return ok.error();
    return sequence;
}

Result<int> CaseFileRepository::numbersLeft(const QString &planCode, int year) const
{
    auto left = scalar(m_db,
                       QStringLiteral("SELECT coalesce(sum(b.last - max(b.first, coalesce(c.next_seq, 1)) + 1), 0) "
                                      "FROM reference_block b LEFT JOIN reference_counter c "
                                      "ON c.plan_code = b.plan_code AND c.year = b.year "
                                      "WHERE b.plan_code = ? AND b.year = ? AND b.last >= coalesce(c.next_seq, 1)"),
                       {planCode, year});
    if (!left)
        return left.error();
    return left->toInt();
}

Result<void> CaseFileRepository::addNumberBlock(const QString &planCode, int year, int first, int last)
{
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO reference_block (plan_code, year, first, last) VALUES (?, ?, ?, ?)"),
                     {planCode, year, first, last}));
}

Result<void> CaseFileRepository::setNumber(const QString &caseFileId, const QString &planCode, int year, int sequence)
{
    // Only numbers from central blocks are kept: a file numbered before the store first synced keeps
    // a number of the store's own, which the central store takes as a reference, unique or refused.
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO case_file_number (case_file_id, plan_code, year, sequence) "
                                    "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM store_setting "
                                    "WHERE key = 'sync.client')"),
                     {caseFileId, planCode, year, sequence}));
}

Result<int> CaseFileRepository::takeProceedingNumber(const QString &caseFileId)
{
    auto q = exec(m_db,
                  QStringLiteral("UPDATE case_file SET next_proceeding = next_proceeding + 1 WHERE id = ? "
                                 "RETURNING next_proceeding - 1"),
                  {caseFileId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::notFound(Text::tr("There is no case file with the id “%1”.").arg(caseFileId));
    return q->value(0).toInt();
}

}  // namespace aw::storage
