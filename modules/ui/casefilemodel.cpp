// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casefilemodel.h"

#include "ui/dates.h"
#include "ui/sortproxy.h"

#include <QLocale>

namespace aw::ui {

CaseFileModel::CaseFileModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CaseFileModel::setCaseFiles(QList<storage::CaseFile> files)
{
    beginResetModel();
    m_files = std::move(files);
    endResetModel();
}

int CaseFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int CaseFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const storage::CaseFile &f = m_files.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reference:
            return f.reference;
        case Subject:
            return f.subject;
        case Status:
            return f.isClosed() ? tr("closed (zdA)") : tr("open");
        case Opened:
            return shortDate(f.openedAt.toLocalTime().date());
        }
    }
    if (role == SortProxy::SortRole) {
        switch (index.column()) {
        case Reference:
            return f.reference;
        case Subject:
            return f.subject;
        case Status:
            return int(f.status);
        case Opened:
            return f.openedAt;
        }
    }
    if (role == Qt::ToolTipRole && f.isClosed() && f.retentionUntil.isValid())
        return tr("Retention until %1").arg(shortDate(f.retentionUntil));
    return {};
}

QVariant CaseFileModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Opened:
        return tr("Opened");
    }
    return {};
}

}  // namespace aw::ui
