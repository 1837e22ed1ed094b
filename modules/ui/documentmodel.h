// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/records.h"

#include <QAbstractTableModel>

namespace aw::ui {

// One document of a proceeding as the list shows it: its newest version and text state.
struct DocumentRow
{
    storage::Document document;
    QList<storage::DocumentVersion> versions;  // oldest first
    QString textStatus;                        // of the newest version: indexed, encrypted, damaged, …
};

// Documents of one proceeding: title, file, pages, received, versions, remarks.
class DocumentModel : public QAbstractTableModel
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

    explicit DocumentModel(QObject *parent = nullptr);
    void setDocuments(QList<DocumentRow> rows);
    const DocumentRow &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString remarkFor(const QString &textStatus);

private:
    QList<DocumentRow> m_rows;
};

}  // namespace aw::ui

Q_DECLARE_METATYPE(aw::ui::DocumentRow)
