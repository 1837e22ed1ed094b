// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/records.h"

#include <QAbstractTableModel>
#include <QHash>

namespace aw::ui {

// Proceedings of one case file: reference, subject, status, assignee, due date.
class ProceedingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Reference,
        Subject,
        Status,
        Assignee,
        Due,
        ColumnCount
    };

    explicit ProceedingModel(QObject *parent = nullptr);
    // `names`: display names of users by id, for the assignee column.
    void setProceedings(QList<storage::Proceeding> proceedings, QHash<QString, QString> names);
    const storage::Proceeding &proceeding(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusTitle(storage::ProceedingStatus status);

private:
    QList<storage::Proceeding> m_rows;
    QHash<QString, QString> m_names;
};

}  // namespace aw::ui
