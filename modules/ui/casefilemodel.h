// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/records.h"

#include <QAbstractTableModel>

namespace aw::ui {

// Case files of one file-plan node as a table: reference, subject, status, opened.
class CaseFileModel : public QAbstractTableModel
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

    explicit CaseFileModel(QObject *parent = nullptr);
    void setCaseFiles(QList<storage::CaseFile> files);
    const storage::CaseFile &caseFile(int row) const { return m_files.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::CaseFile> m_files;
};

}  // namespace aw::ui
