// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proceedingmodel.h"

#include "ui/dates.h"
#include "ui/sortproxy.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace aw::ui {

ProceedingModel::ProceedingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProceedingModel::setProceedings(QList<storage::Proceeding> proceedings, QHash<QString, QString> names)
{
    beginResetModel();
    m_rows = std::move(proceedings);
    m_names = std::move(names);
    endResetModel();
}

int ProceedingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProceedingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProceedingModel::statusTitle(storage::ProceedingStatus status)
{
    switch (status) {
    case storage::ProceedingStatus::Open:
        return tr("open");
    case storage::ProceedingStatus::InProgress:
        return tr("in progress");
    case storage::ProceedingStatus::Waiting:
        return tr("waiting");
    case storage::ProceedingStatus::Closed:
        return tr("closed (zdA)");
    }
    return {};
}

QVariant ProceedingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const storage::Proceeding &p = m_rows.at(index.row());
    const bool overdue = !p.isClosed() && p.dueAt.isValid() && p.dueAt < QDate::currentDate();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reference:
            return p.reference;
        case Subject:
            return p.subject;
        case Status:
            return statusTitle(p.status);
        case Assignee:
            return p.assigneeId.isEmpty() ? tr("not assigned") : m_names.value(p.assigneeId, p.assigneeId);
        case Due:
            return p.dueAt.isValid() ? shortDate(p.dueAt) : QString();
        }
    }
    if (role == SortProxy::SortRole) {
        switch (index.column()) {
        case Reference:
            return p.reference;
        case Subject:
            return p.subject;
        case Status:
            return int(p.status);
        case Assignee:
            return data(index, Qt::DisplayRole);
        case Due:
            return p.dueAt.isValid() ? QVariant(p.dueAt) : QVariant(QDate(9999, 12, 31));  // none: last
        }
    }
    if (role == Qt::ToolTipRole && overdue)
        return tr("Overdue since %1").arg(shortDate(p.dueAt));
    if (role == Qt::ForegroundRole && overdue && index.column() == Due)
        return QBrush(Qt::darkRed);
    return {};
}

QVariant ProceedingModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Assignee:
        return tr("Assignee");
    case Due:
        return tr("Due");
    }
    return {};
}

}  // namespace aw::ui
