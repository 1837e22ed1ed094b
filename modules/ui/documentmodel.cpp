// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documentmodel.h"

#include "casework/documentservice.h"
#include "ui/dates.h"
#include "ui/storeworker.h"

#include <QLocale>

namespace aw::ui {

using core::Result;
using storage::DocumentListPage;
using storage::DocumentListQuery;

DocumentModel::DocumentModel(std::shared_ptr<storage::Store> store, QString userId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
{
    m_query.limit = PageSize;
}

void DocumentModel::showProceeding(const QString &proceedingId)
{
    ++m_generation;
    beginResetModel();
    m_proceedingId = proceedingId;
    m_rows.clear();
    m_total = proceedingId.isEmpty() ? 0 : -1;
    m_reading = false;
    endResetModel();
    if (!proceedingId.isEmpty())
        read(0);
}

void DocumentModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    reload();
}

void DocumentModel::sort(int column, Qt::SortOrder order)
{
    static constexpr DocumentListQuery::Order byColumn[ColumnCount] = {
        DocumentListQuery::Order::Title,    DocumentListQuery::Order::File,     DocumentListQuery::Order::Pages,
        DocumentListQuery::Order::Received, DocumentListQuery::Order::Versions, DocumentListQuery::Order::TextState};
    if (column < 0 || column >= ColumnCount)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (byColumn[column] == m_query.order && descending == m_query.descending)
        return;
    m_query.order = byColumn[column];
    m_query.descending = descending;
    reload();
}

bool DocumentModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_reading && m_rows.size() < m_total;
}

void DocumentModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        read(int(m_rows.size()));
}

void DocumentModel::read(int offset)
{
    m_reading = true;
    DocumentListQuery query = m_query;
    query.offset = offset;
    const quint64 generation = m_generation;
    runOnStore<DocumentListPage>(
        this, m_store,
        [proceedingId = m_proceedingId, userId = m_userId,
         query](const std::shared_ptr<storage::Store> &store) -> Result<DocumentListPage> {
            if (userId.isEmpty())
                return storage::DocumentRepository(store->connection()).listPage(proceedingId, query);
            return casework::DocumentService({store, userId}).listPage(proceedingId, query);
        },
        [this, generation, offset](const Result<DocumentListPage> &page) {
            if (generation != m_generation)
                return;
            m_reading = false;
            if (!page) {
                if (offset == 0)
                    m_total = 0;
                Q_EMIT failed(page.error().message);
                return;
            }
            m_total = page->total;
            if (offset == 0) {
                // A reset, not an insertion: the view then fits its columns to the first rows.
                beginResetModel();
                m_rows = page->rows;
                endResetModel();
            } else if (!page->rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
                m_rows.append(page->rows);
                endInsertRows();
            } else {
                m_total = int(m_rows.size());  // fewer than counted: some went meanwhile
            }
            if (offset == 0)
                Q_EMIT loaded(m_total);
            else
                Q_EMIT fetched(int(page->rows.size()));
        });
}

int DocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DocumentRow &r = m_rows.at(index.row());
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
