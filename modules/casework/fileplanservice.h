// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "storage/records.h"

#include <QIODevice>

namespace aw::casework {

// The file plan (Aktenplan): registrars create and edit its nodes and import it from CSV.
class FilePlanService
{
public:
    explicit FilePlanService(Session session)
        : m_session(std::move(session))
    {}

    // Creates a node; its parent is given by id (empty for the top level).
    core::Result<storage::FilePlanNode> create(const QString &code, const QString &title, const QString &parentId,
                                               core::RetentionPeriod retention, core::DisposalDecision disposal);
    // Writes title, retention and disposal of `node` (its rev must be current).
    core::Result<storage::FilePlanNode> edit(const storage::FilePlanNode &node);

    struct ImportReport
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
    };
    // Imports `code;title;retentionYears;disposal` lines (UTF-8, optional header, "dauernd" or -1
    // for permanent). Parents follow from the codes ("123.30" goes under "123"). Everything is
    // checked first; one bad line refuses the whole file with its line number.
    core::Result<ImportReport> importCsv(QIODevice &csv);

private:
    Session m_session;
};

}  // namespace aw::casework
