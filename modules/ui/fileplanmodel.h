// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/records.h"

#include <QHash>
#include <QStandardItemModel>

namespace aw::ui {

// The file plan as a tree for the navigation: "code  title" per node, the node id in UserRole.
class FilePlanModel : public QStandardItemModel
{
    Q_OBJECT
public:
    static constexpr int NodeIdRole = Qt::UserRole + 1;

    explicit FilePlanModel(QObject *parent = nullptr);
    // `counts`: visible case files per node id, shown in the second column.
    void setNodes(const QList<storage::FilePlanNode> &nodes, const QHash<QString, int> &counts);
    // New counts for the same nodes, without touching the tree (selection and expansion stay).
    void setCounts(const QHash<QString, int> &counts);
};

}  // namespace aw::ui
