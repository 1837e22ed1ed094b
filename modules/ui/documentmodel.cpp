// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documentmodel.h"

#include "casework/documentservice.h"
#include "ui/dates.h"

#include <QLocale>

namespace aw::ui {

using core::Result;
using storage::DocumentListPage;
using storage::DocumentListQuery;

DocumentModel::DocumentModel(std::shared_ptr<storage::Store> store, QString userId, QObject *parent)
    : PagedModel(std::move(store), parent)
    , m_userId(std::move(userId))
{}

void DocumentModel::showProceeding(const QString &proceedingId)
{
    m_proceedingId = proceedingId;
    if (proceedingId.isEmpty()) {
        restart({});
        return;
    }
    restart([proceedingId, userId = m_userId, query = m_query](const std::shared_ptr<storage::Store> &store,
                                                               int offset) -> Result<DocumentListPage> {
        DocumentListQuery page = query;
        page.offset = offset;
        if (userId.isEmpty())
            return storage::DocumentRepository(store->connection()).listPage(proceedingId, page);
        return casework::DocumentService({store, userId}).listPage(proceedingId, page);
    });
}

void DocumentModel::sort(int column, Qt::SortOrder order)
{
    static constexpr DocumentListQuery::Order byColumn[ColumnCount] = {
        DocumentListQuery::Order::Title,    DocumentListQuery::Order::File,     DocumentListQuery::Order::Pages,
        DocumentListQuery::Order::Received, DocumentListQuery::Order::Versions, DocumentListQuery::Order::TextState};
    if (column >= 0 && column < ColumnCount)
        orderBy(byColumn[column], order == Qt::DescendingOrder);
}

int DocumentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentModel::remarkFor(const QString &textStatus)
{
    if (textStatus == QLatin1String("encrypted"))
        return tr("password protected, not indexed");
    if (textStatus == QLatin1String("damaged"))
        return tr("damaged, kept as received, not indexed");
    if (textStatus == QLatin1String("empty"))
        return tr("no text (scan?)");
    return {};
}

QVariant DocumentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DocumentRow &r = rowAt(index.row());
    const storage::DocumentVersion *newest = r.versions.isEmpty() ? nullptr : &r.versions.last();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title:
            return r.document.title;
        case File:
            return newest ? newest->fileName : QString();
        case Pages:
            return newest && newest->pages > 0 ? QVariant(newest->pages) : QVariant();
        case Received:
            return shortDateTime(r.document.receivedAt);
        case Versions:
            return int(r.versions.size());
        case Remark:
            return remarkFor(r.textStatus);
        }
    }
    if (role == Qt::ToolTipRole && newest)
        return tr("%1, %2 bytes, SHA-256 %3").arg(newest->mime, QLocale().toString(newest->size), newest->sha256);
    return {};
}

QVariant DocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Document");
    case File:
        return tr("File");
    case Pages:
        return tr("Pages");
    case Received:
        return tr("Received");
    case Versions:
        return tr("Versions");
    case Remark:
        return tr("Remark");
    }
    return {};
}

}  // namespace aw::ui
