// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/fileplanservice.h"

#include "casework/fileplancsv.h"
#include "core/filereference.h"
#include "storage/fileplanrepository.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>

#include <algorithm>

using aw::core::Result;
using aw::storage::FilePlanNode;

namespace aw::casework {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::casework::FilePlanService)
};

QString parentCode(const QString &code)
{
    const qsizetype dot = code.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : code.left(dot);
}

}  // namespace

Result<FilePlanNode> FilePlanService::create(const QString &code, const QString &title, const QString &parentId,
                                             core::RetentionPeriod retention, core::DisposalDecision disposal)
{
    if (auto ok = m_session.permit(core::Action::ManageFilePlan); !ok)
        return ok.error();
    if (!core::isValidPlanCode(code))
        return core::invalid(
            Text::tr("“%1” is not a valid file plan code (digits or letters in groups separated by dots, "
                     "e.g. 123.30).")
                .arg(code));
    if (title.trimmed().isEmpty())
        return core::invalid(Text::tr("A file plan entry needs a title."));
    if (auto checked = core::RetentionPeriod::fromYears(retention.years); !checked)
        return checked.error();

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::FilePlanRepository nodes(work.db());
    if (nodes.byCode(code))
        return core::conflict(Text::tr("The file plan already has an entry “%1”.").arg(code));
    if (!parentId.isEmpty()) {
        if (auto parent = nodes.get(parentId); !parent)
            return parent.error();
    }
    const FilePlanNode node{storage::newId(), code, title.trimmed(), parentId, retention, disposal, 1};
    if (auto ok = nodes.insert(node); !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("file_plan_node.create"), QStringLiteral("file_plan_node"), node.id,
                              storage::toJson(node));
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return node;
}

Result<FilePlanNode> FilePlanService::edit(const FilePlanNode &node)
{
    if (auto ok = m_session.permit(core::Action::ManageFilePlan); !ok)
        return ok.error();
    if (node.title.trimmed().isEmpty())
        return core::invalid(Text::tr("A file plan entry needs a title."));
    if (auto checked = core::RetentionPeriod::fromYears(node.retention.years); !checked)
        return checked.error();

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::FilePlanRepository nodes(work.db());
    if (auto ok = nodes.update(node); !ok)
        return ok.error();
    auto updated = nodes.get(node.id);
    if (!updated)
        return updated.error();
    if (auto ok = work.record(QStringLiteral("file_plan_node.edit"), QStringLiteral("file_plan_node"), node.id,
                              storage::toJson(updated.value()), node.rev);
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return updated;
}

Result<FilePlanService::ImportReport> FilePlanService::importCsv(QIODevice &csv)
{
    if (auto ok = m_session.permit(core::Action::ManageFilePlan); !ok)
        return ok.error();

    auto parsed = parseFilePlanCsv(csv.read(MaxFilePlanCsvBytes + 1));
    if (!parsed)
        return parsed.error();
    QList<FilePlanCsvLine> lines = parsed.value();

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::FilePlanRepository nodes(work.db());
    ImportReport report;
    // Sorting by code puts every parent before its children.
    std::sort(lines.begin(), lines.end(),
              [](const FilePlanCsvLine &a, const FilePlanCsvLine &b) { return a.code < b.code; });
    for (const FilePlanCsvLine &line : std::as_const(lines)) {
        QString parentId;
        for (QString p = parentCode(line.code); !p.isEmpty(); p = parentCode(p)) {
            if (auto parent = nodes.byCode(p)) {
                parentId = parent->id;
                break;
            }
        }
        auto existing = nodes.byCode(line.code);
        if (existing) {
            FilePlanNode node = existing.value();
            if (node.title == line.title && node.retention == line.retention && node.disposal == line.disposal &&
                node.parentId == parentId) {
                ++report.unchanged;
                continue;
            }
            const int baseRev = node.rev;
            node.title = line.title;
            node.retention = line.retention;
            node.disposal = line.disposal;
            node.parentId = parentId;
            if (auto ok = nodes.update(node); !ok)
                return ok.error();
            node.rev = baseRev + 1;
            if (auto ok = work.record(QStringLiteral("file_plan_node.edit"), QStringLiteral("file_plan_node"), node.id,
                                      storage::toJson(node), baseRev);
                !ok)
                return ok.error();
            ++report.updated;
        } else {
            const FilePlanNode node{storage::newId(), line.code,     line.title, parentId,
                                    line.retention,   line.disposal, 1};
            if (auto ok = nodes.insert(node); !ok)
                return ok.error();
            if (auto ok = work.record(QStringLiteral("file_plan_node.create"), QStringLiteral("file_plan_node"),
                                      node.id, storage::toJson(node));
                !ok)
                return ok.error();
            ++report.created;
        }
    }
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return report;
}

}  // namespace aw::casework
