// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casefilemodel.h"

#include "casework/casefileservice.h"
#include "ui/dates.h"

#include <QLocale>

namespace aw::ui {

using core::Result;
using storage::CaseFileListPage;
using storage::CaseFileListQuery;

CaseFileModel::CaseFileModel(std::shared_ptr<storage::Store> store, QString userId, QObject *parent)
    : PagedModel(std::move(store), parent)
    , m_userId(std::move(userId))
{}

void CaseFileModel::showNode(const QString &nodeId, const QString &wantedId)
{
    m_nodeId = nodeId;
    if (nodeId.isEmpty()) {
        restart({});
        return;
    }
    restart([nodeId, wantedId, userId = m_userId, query = m_query](const std::shared_ptr<storage::Store> &store,
                                                                   int offset) -> Result<CaseFileListPage> {
        auto read = [&](int from) -> Result<CaseFileListPage> {
            CaseFileListQuery page = query;
            page.offset = from;
            if (userId.isEmpty())
                return storage::CaseFileRepository(store->connection()).listPage(nodeId, page, std::nullopt);
            return casework::CaseFileService({store, userId}).listPage(nodeId, page);
        };
        auto first = read(offset);
        if (!first || offset != 0 || wantedId.isEmpty())
            return first;
        // Pages on until the case file asked for is among them (or the list ends).
        CaseFileListPage out = std::move(first).value();
        auto listed = [&out, &wantedId] {
            return std::any_of(out.rows.cbegin(), out.rows.cend(),
                               [&wantedId](const storage::CaseFile &f) { return f.id == wantedId; });
        };
        while (!listed() && out.rows.size() < out.total) {
            auto next = read(int(out.rows.size()));
            if (!next)
                return next.error();
            if (next->rows.isEmpty())
                break;
            out.rows.append(next->rows);
        }
        return out;
    });
}

int CaseFileModel::rowOf(const QString &caseFileId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row).id == caseFileId)
            return row;
    }
    return -1;
}

void CaseFileModel::sort(int column, Qt::SortOrder order)
{
    static constexpr CaseFileListQuery::Order byColumn[ColumnCount] = {
        CaseFileListQuery::Order::Reference, CaseFileListQuery::Order::Subject, CaseFileListQuery::Order::Status,
        CaseFileListQuery::Order::Opened};
    if (column >= 0 && column < ColumnCount)
        orderBy(byColumn[column], order == Qt::DescendingOrder);
}

int CaseFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const storage::CaseFile &f = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reference:
            return f.reference;
        case Subject:
            return f.subject;
        case Status:
            return f.isClosed() ? tr("closed (zdA)") : tr("open");
        case Opened:
            return shortDate(f.openedAt.toLocalTime().date());
        }
    }
    if (role == Qt::ToolTipRole && f.isClosed() && f.retentionUntil.isValid())
        return tr("Retention until %1").arg(shortDate(f.retentionUntil));
    return {};
}

QVariant CaseFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Reference");
    case Subject:
        return tr("Subject");
    case Status:
        return tr("Status");
    case Opened:
        return tr("Opened");
    }
    return {};
}

}  // namespace aw::ui
