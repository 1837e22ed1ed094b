// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QList>
#include <QSqlDatabase>

namespace aw::storage {

// Nodes of the file plan (Aktenplan).
class FilePlanRepository
{
public:
    explicit FilePlanRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    core::Result<void> insert(const FilePlanNode &node);
    // Writes title, parent, retention and disposal if `node.rev` is still current; bumps rev.
    core::Result<void> update(const FilePlanNode &node);
    core::Result<FilePlanNode> get(const QString &id) const;
    core::Result<FilePlanNode> byCode(const QString &code) const;
    core::Result<QList<FilePlanNode>> all() const;                              // ordered by code
    core::Result<QList<FilePlanNode>> children(const QString &parentId) const;  // empty id: top level

private:
    QSqlDatabase m_db;
};

}  // namespace aw::storage
