// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documentmodel.h"

#include "ui/dates.h"

#include <QLocale>

namespace aw::ui {

DocumentModel::DocumentModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DocumentModel::setDocuments(QList<DocumentRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentModel::remarkFor(const QString &textStatus)
{
    if (textStatus == QLatin1String("encrypted"))
        return tr("password protected, not indexed");
    if (textStatus == QLatin1String("damaged"))
        return tr("damaged, kept as received, not indexed");
    if (textStatus == QLatin1String("empty"))
        return tr("no text (scan?)");
    return {};
}

QVariant DocumentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DocumentRow &r = m_rows.at(index.row());
    const storage::DocumentVersion *newest = r.versions.isEmpty() ? nullptr : &r.versions.last();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title:
            return r.document.title;
        case File:
            return newest ? newest->fileName : QString();
        case Pages:
            return newest && newest->pages > 0 ? QVariant(newest->pages) : QVariant();
        case Received:
            return shortDateTime(r.document.receivedAt);
        case Versions:
            return int(r.versions.size());
        case Remark:
            return remarkFor(r.textStatus);
        }
    }
    if (role == Qt::ToolTipRole && newest)
        return tr("%1, %2 bytes, SHA-256 %3").arg(newest->mime, QLocale().toString(newest->size), newest->sha256);
    return {};
}

QVariant DocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Document");
    case File:
        return tr("File");
    case Pages:
        return tr("Pages");
    case Received:
        return tr("Received");
    case Versions:
        return tr("Versions");
    case Remark:
        return tr("Remark");
    }
    return {};
}

}  // namespace aw::ui
