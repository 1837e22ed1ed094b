// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inboxmodel.h"

#include "ui/dates.h"

#include <QApplication>
#include <QBrush>
#include <QIcon>
#include <QStyle>

namespace aw::ui {

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InboxModel::setEntries(QList<intake::InboxEntry> entries)
{
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
}

int InboxModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InboxModel::remarkOf(const intake::InboxEntry &e)
{
    if (e.status == QLatin1String("quarantined"))
        return e.problem;
    if (e.status == QLatin1String("rejected"))
        return tr("Rejected: %1").arg(e.decisionNote);
    if (e.status == QLatin1String("filed"))
        return e.acknowledgedAt.isValid() ? tr("Acknowledgement sent %1").arg(shortDateTime(e.acknowledgedAt))
                                          : tr("No acknowledgement yet");
    return {};
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const intake::InboxEntry &e = m_rows.at(index.row());
    const bool faulty = e.status == QLatin1String("quarantined");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Received:
            return shortDateTime(e.receivedAt);
        case Service:
            return e.serviceName.isEmpty() ? e.packageName : e.serviceName;
        case Applicant:
            return e.applicant.isEmpty() ? tr("unknown") : e.applicant;
        case Unit:
            return e.unitNames.isEmpty() ? tr("no rule") : e.unitNames.join(QStringLiteral(", "));
        case Status:
            return intake::statusTitle(e.status);
        case Remark:
            return remarkOf(e).simplified();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Remark || index.column() == Status)
            return remarkOf(e);
        if (index.column() == Service)
            return tr("%1 (service key %2), package %3").arg(e.serviceName, e.serviceKey, e.packageName);
        if (index.column() == Unit && e.unitNames.isEmpty())
            return tr("No routing rule covers this service: file it by hand.");
        return {};
    case Qt::DecorationRole:
        if (index.column() == Status && faulty)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (faulty && (index.column() == Status || index.column() == Remark))
            return QBrush(Qt::darkRed);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Status)
            return faulty ? tr("%1: %2").arg(intake::statusTitle(e.status), e.problem) : intake::statusTitle(e.status);
        return {};
    case IdRole:
        return e.id;
    case StatusRole:
        return e.status;
    case UnitIdsRole:
        return e.unitIds;
    case SortRole:
        return index.column() == Received ? QVariant(e.receivedAt) : data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case Service:
        return tr("Service");
    case Applicant:
        return tr("Applicant");
    case Unit:
        return tr("Responsible");
    case Status:
        return tr("Status");
    case Remark:
        return tr("Remark");
    }
    return {};
}

InboxFilter::InboxFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InboxModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void InboxFilter::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void InboxFilter::setOnlyUnits(const QStringList &unitIds, bool only)
{
    m_units = unitIds;
    m_onlyUnits = only;
    invalidateFilter();
}

bool InboxFilter::isFor(const QStringList &entryUnits, const QStringList &myUnits)
{
    return entryUnits.isEmpty() ||
           std::any_of(entryUnits.begin(), entryUnits.end(), [&](const QString &u) { return myUnits.contains(u); });
}

void InboxFilter::setText(const QString &text)
{
    m_text = text.simplified();
    invalidateFilter();
}

bool InboxFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString status = index.data(InboxModel::StatusRole).toString();
    bool shown = true;
    switch (m_show) {
    case Show::Open:
        shown = status == QLatin1String("new") || status == QLatin1String("quarantined");
        break;
    case Show::New:
        shown = status == QLatin1String("new");
        break;
    case Show::Faulty:
        shown = status == QLatin1String("quarantined");
        break;
    case Show::Filed:
        shown = status == QLatin1String("filed");
        break;
    case Show::Rejected:
        shown = status == QLatin1String("rejected");
        break;
    case Show::All:
        break;
    }
    if (shown && m_onlyUnits)
        shown = isFor(index.data(InboxModel::UnitIdsRole).toStringList(), m_units);
    if (!shown || m_text.isEmpty())
        return shown;
    for (int column : {InboxModel::Service, InboxModel::Applicant, InboxModel::Unit, InboxModel::Remark}) {
        if (sourceModel()
                ->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

}  // namespace aw::ui
