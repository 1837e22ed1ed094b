// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fileplanmodel.h"

#include "core/retention.h"

#include <QHash>

namespace aw::ui {

FilePlanModel::FilePlanModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("File plan")});
}

void FilePlanModel::setNodes(const QList<storage::FilePlanNode> &nodes)
{
    clear();
    setHorizontalHeaderLabels({tr("File plan")});
    QHash<QString, QStandardItem *> items;
    for (const storage::FilePlanNode &node : nodes) {
        auto *item = new QStandardItem(node.code + QStringLiteral("  ") + node.title);
        item->setEditable(false);
        item->setData(node.id, NodeIdRole);
        const QString retention =
            node.retention.isPermanent() ? tr("permanent") : tr("%n year(s)", nullptr, node.retention.years);
        item->setToolTip(tr("%1 %2\nRetention: %3, disposal: %4")
                             .arg(node.code, node.title, retention, QString(core::disposalLetter(node.disposal))));
        items.insert(node.id, item);
    }
    // Nodes come ordered by code, so a parent is always created before its children are attached.
    for (const storage::FilePlanNode &node : nodes) {
        QStandardItem *parent = items.value(node.parentId);
        (parent ? parent : invisibleRootItem())->appendRow(items.value(node.id));
    }
}

}  // namespace aw::ui
