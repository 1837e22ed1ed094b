// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fileplanmodel.h"

#include "core/retention.h"

#include <QHash>
#include <QLocale>

namespace aw::ui {

namespace {

QString countText(int files)
{
    return files > 0 ? QLocale().toString(files) : QString();
}

void setCountsBelow(QStandardItem *parent, const QHash<QString, int> &counts)
{
    for (int row = 0; row < parent->rowCount(); ++row) {
        QStandardItem *count = parent->child(row, 1);
        const QString text = countText(counts.value(count->data(FilePlanModel::NodeIdRole).toString()));
        if (count->text() != text)
            count->setText(text);
        setCountsBelow(parent->child(row, 0), counts);
    }
}

}  // namespace

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
        auto *count = new QStandardItem(countText(counts.value(node.id)));
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

void FilePlanModel::setCounts(const QHash<QString, int> &counts)
{
    setCountsBelow(invisibleRootItem(), counts);
}

}  // namespace aw::ui
