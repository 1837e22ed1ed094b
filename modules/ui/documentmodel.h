// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/documentrepository.h"
#include "storage/store.h"
#include "ui/pagedmodel.h"

#include <memory>

namespace aw::ui {

// One document of a proceeding as the list shows it: its versions and the newest one's text state.
using DocumentRow = storage::DocumentListRow;

// The documents of one proceeding, read from the store a page at a time on a worker: the first
// page when a proceeding is shown, the next ones as the view scrolls (canFetchMore/fetchMore).
// Sorting (header clicks) and the filter are done by the store, over all documents, and start
// again from the first page.
class DocumentModel : public PagedModel<storage::DocumentListRow, storage::DocumentListPage, storage::DocumentListQuery>
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        File,
        Pages,
        Received,
        Versions,
        Remark,
        ColumnCount
    };
    // Without a user (read-only) the store is read directly, otherwise through the permissions.
    DocumentModel(std::shared_ptr<storage::Store> store, QString userId, QObject *parent = nullptr);

    // Lists `proceedingId`'s documents from the first page, in the current order and filter; an
    // empty id empties the list.
    void showProceeding(const QString &proceedingId);
    void reload() override { showProceeding(m_proceedingId); }
    QString proceedingId() const { return m_proceedingId; }
    // setFilter(): documents whose title or file name contains the text, in any case.
    const DocumentRow &row(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString remarkFor(const QString &textStatus);

private:
    QString m_userId;
    QString m_proceedingId;
};

}  // namespace aw::ui

Q_DECLARE_METATYPE(aw::ui::DocumentRow)
