// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/store.h"
#include "ui/storeworker.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace aw::ui {

// The signals and counters of a list read from the store a page at a time (see PagedModel).
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // How many rows match in the store, fetched or not; -1 while the first page is read.
    int total() const { return m_total; }

Q_SIGNALS:
    // The first page is listed; `total` rows match in all.
    void loaded(int total);
    // A further page is listed.
    void fetched(int rows);
    void failed(const QString &message);

protected:
    int m_total = 0;
    bool m_reading = false;
    quint64 m_generation = 0;  // answers to an earlier list are dropped
};

// A table whose rows the store hands out in pages (`Page` has `rows` and `total`), read on a
// worker: the first page when the list starts, the next ones when the view asks for more
// (canFetchMore/fetchMore, i.e. as the user scrolls down). The store also sorts and filters
// (`Query` has `order`, `descending`, `filter`, `offset` and `limit`); a change of either reads
// the list again from the first page.
template <typename Row, typename Page, typename Query>
class PagedModel : public PagedModelBase
{
public:
    // Reads the page starting at `offset`, on a worker thread.
    using Reader = std::function<core::Result<Page>(const std::shared_ptr<storage::Store> &, int offset)>;

    PagedModel(std::shared_ptr<storage::Store> store, QObject *parent)
        : PagedModelBase(parent)
        , m_store(std::move(store))
    {
        m_query.limit = PageSize;
    }

    static constexpr int PageSize = 200;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    // Reads the list again from the first page, in the current order and filter.
    virtual void reload() = 0;
    // Shows only the rows matching `text` (what matches is the store's query).
    void setFilter(const QString &text)
    {
        if (text == m_query.filter)
            return;
        m_query.filter = text;
        reload();
    }
    QString filter() const { return m_query.filter; }
    // Forgets the filter without reading again; the next list shows every row.
    void clearFilter() { m_query.filter.clear(); }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_reading && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            read(int(m_rows.size()));
    }

protected:
    // Orders by `order` and reads again, unless the list is ordered so already.
    void orderBy(typename Query::Order order, bool descending)
    {
        if (order == m_query.order && descending == m_query.descending)
            return;
        m_query.order = order;
        m_query.descending = descending;
        reload();
    }

    Query m_query;

    // Empties the list and, with a reader, reads its first page.
    void restart(Reader reader)
    {
        ++m_generation;
        beginResetModel();
        m_rows.clear();
        m_reader = std::move(reader);
        m_total = m_reader ? -1 : 0;
        m_reading = false;
        endResetModel();
        if (m_reader)
            read(0);
    }

private:
    void read(int offset)
    {
        m_reading = true;
        const quint64 generation = m_generation;
        runOnStore<Page>(
            this, m_store,
            [reader = m_reader, offset](const std::shared_ptr<storage::Store> &store) { return reader(store, offset); },
            [this, generation, offset](const core::Result<Page> &page) {
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

    std::shared_ptr<storage::Store> m_store;
    Reader m_reader;
    QList<Row> m_rows;
};

}  // namespace aw::ui
