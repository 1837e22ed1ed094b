// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fileplanmodel.h"

#include "core/retention.h"

#include <QHash>
#include <QLocale>

namespace aw::ui {

FilePlanModel::FilePlanModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("File plan"), tr("Case files")});
}

void FilePlanModel::setNodes(const QList<storage::FilePlanNode> &nodes, const QHash<QString, int> &counts)
{
    clear();
    setHorizontalHeaderLabels({tr("File plan"), tr("Case files")});
    QHash<QString, QList<QStandardItem *>> rows;
    for (const storage::FilePlanNode &node : nodes) {
        auto *item = new QStandardItem(node.code + QStringLiteral("  ") + node.title);
        item->setEditable(false);
        item->setData(node.id, NodeIdRole);
        const QString retention =
            node.retention.isPermanent() ? tr("permanent") : tr("%n year(s)", nullptr, node.retention.years);
        item->setToolTip(tr("%1 %2\nRetention: %3, disposal: %4")
                             .arg(node.code, node.title, retention, QString(core::disposalLetter(node.disposal))));
        const int files = counts.value(node.id);
        auto *count = new QStandardItem(files > 0 ? QLocale().toString(files) : QString());
        count->setEditable(false);
        count->setData(node.id, NodeIdRole);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rows.insert(node.id, {item, count});
    }
    // Nodes come ordered by code, so a parent is always created before its children are attached.
    for (const storage::FilePlanNode &node : nodes) {
        const auto parent = rows.value(node.parentId);
        (parent.isEmpty() ? invisibleRootItem() : parent.first())->appendRow(rows.value(node.id));
    }
}

}  // namespace aw::ui
