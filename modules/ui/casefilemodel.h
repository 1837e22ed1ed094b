// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/casefilerepository.h"
#include "storage/records.h"
#include "ui/pagedmodel.h"

namespace aw::ui {

// The case files of one file-plan node (reference, subject, status, opened) the user may see,
// read from the store a page at a time; sorting (header clicks) and the filter are done by the
// store over all of them and start the list again.
class CaseFileModel : public PagedModel<storage::CaseFile, storage::CaseFileListPage, storage::CaseFileListQuery>
{
    Q_OBJECT
public:
    enum Column
    {
        Reference,
        Subject,
        Status,
        Opened,
        ColumnCount
    };
    // Without a user (read-only) every case file is listed.
    CaseFileModel(std::shared_ptr<storage::Store> store, QString userId, QObject *parent = nullptr);

    // Lists the node's case files from the first page; with `wantedId`, at least up to that case
    // file, so that it can be selected. An empty node id empties the list.
    void showNode(const QString &nodeId, const QString &wantedId = {});
    void reload() override { showNode(m_nodeId); }
    QString nodeId() const { return m_nodeId; }
    // setFilter(): case files whose reference or subject contains the text, in any case.
    const storage::CaseFile &caseFile(int row) const { return rowAt(row); }
    // The row of a listed case file, -1 when it is not (yet) listed.
    int rowOf(const QString &caseFileId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString m_userId;
    QString m_nodeId;
};

}  // namespace aw::ui
