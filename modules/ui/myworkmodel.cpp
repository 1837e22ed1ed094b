// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/myworkmodel.h"

#include "ui/dates.h"

#include <QBrush>
#include <QFont>

#include <algorithm>
#include <tuple>

namespace aw::ui {

MyWorkModel::MyWorkModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{}

void MyWorkModel::setItems(QList<WorkItem> items, const QDate &today)
{
    // Overdue and due today come first by date order alone; undated work goes last. On one day
    // proceedings lead, then the references keep the order stable from one reload to the next.
    std::stable_sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
        return std::tuple(!a.due.isValid(), a.due.isValid() ? a.due.toJulianDay() : 0, int(a.kind), a.reference) <
               std::tuple(!b.due.isValid(), b.due.isValid() ? b.due.toJulianDay() : 0, int(b.kind), b.reference);
    });
    beginResetModel();
    m_rows = std::move(items);
    m_today = today;
    endResetModel();
}

int MyWorkModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const WorkItem &w) { return isOverdue(w); }));
}

int MyWorkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MyWorkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MyWorkModel::kindTitle(WorkItem::Kind kind)
{
    switch (kind) {
    case WorkItem::Kind::Proceeding:
        return tr("Proceeding");
    case WorkItem::Kind::Resubmission:
        return tr("Resubmission");
    }
    return {};
}

QVariant MyWorkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkItem &w = m_rows.at(index.row());
    const bool overdue = isOverdue(w);
    const bool today = w.due.isValid() && w.due == m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return kindTitle(w.kind);
        case Reference:
            return w.reference;
        case Subject:
            return w.subject;
        case Due:
            return shortDate(w.due);
        case CaseFile:
            return w.caseFileSubject;
        case Remark:
            return w.remark;
        }
        return {};
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Overdue since %1").arg(shortDate(w.due));
        if (today)
            return tr("Due today");
        if (index.column() == Subject || index.column() == CaseFile || index.column() == Remark)
            return data(index, Qt::DisplayRole);  // long subjects and notes are cut off
        return {};
    case Qt::AccessibleTextRole:
        // Colour alone does not tell a screen reader (or everyone) that something is late.
        if (overdue && index.column() == Due)
            return tr("%1, overdue").arg(shortDate(w.due));
        if (today && index.column() == Due)
            return tr("%1, due today").arg(shortDate(w.due));
        return {};
    case Qt::ForegroundRole:
        if (overdue && index.column() == Due)
            return QBrush(Qt::darkRed);
        return {};
    case Qt::FontRole:
        if ((overdue || today) && index.column() == Due) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ProceedingIdRole:
        return w.proceedingId;
    case CaseFileIdRole:
        return w.caseFileId;
    case ResubmissionIdRole:
        return w.resubmissionId;
    case KindRole:
        return int(w.kind);
    case DueRole:
        return w.due;
    case OverdueRole:
        return overdue;
    }
    return {};
}

QVariant MyWorkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Reference:
        return tr("Reference");
    case Subject:
        return tr("Subject");
    case Due:
        return tr("Due");
    case CaseFile:
        return tr("Case file");
    case Remark:
        return tr("Remark");
    }
    return {};
}

}  // namespace aw::ui
