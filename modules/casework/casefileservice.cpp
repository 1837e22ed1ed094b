// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/casefileservice.h"

#include "storage/casefilerepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>

using aw::core::Result;
using aw::storage::CaseFile;

namespace aw::casework {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::casework::CaseFileService)
};

}  // namespace

core::Target targetOf(const CaseFile &file)
{
    return {file.ownerUnitId, {}, file.isClosed()};
}

core::FileReferencePattern CaseFileService::referencePattern(const storage::Store &store)
{
    auto pattern = core::FileReferencePattern::create(
        store.setting(QStringLiteral("reference.pattern"), QLatin1String(core::FileReferencePattern::DefaultPattern)),
        store.setting(QStringLiteral("reference.proceedingSuffix"),
                      QLatin1String(core::FileReferencePattern::DefaultProceedingSuffix)));
    return pattern ? pattern.value() : core::FileReferencePattern();
}

Result<CaseFile> CaseFileService::create(const QString &nodeId, const QString &subject, const QString &ownerUnitId)
{
    if (subject.trimmed().isEmpty())
        return core::invalid(Text::tr("A case file needs a subject."));
    if (auto ok = m_session.permit(core::Action::CreateCaseFile, {ownerUnitId, {}, false}); !ok)
        return ok.error();

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto file = createIn(work, nodeId, subject, ownerUnitId);
    if (!file)
        return file.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return file;
}

Result<CaseFile> CaseFileService::createIn(storage::UnitOfWork &work, const QString &nodeId, const QString &subject,
                                           const QString &ownerUnitId)
{
    if (subject.trimmed().isEmpty())
        return core::invalid(Text::tr("A case file needs a subject."));
    if (auto ok = m_session.permit(core::Action::CreateCaseFile, {ownerUnitId, {}, false}); !ok)
        return ok.error();
    auto node = storage::FilePlanRepository(work.db()).get(nodeId);
    if (!node)
        return node.error();
    auto unit = storage::OrgRepository(work.db()).unit(ownerUnitId);
    if (!unit)
        return unit.error();

    storage::CaseFileRepository files(work.db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int year = now.toLocalTime().date().year();
    auto seq = files.takeSequence(node->code, year);
    if (!seq)
        return seq.error();

    CaseFile file;
    file.id = storage::newId();
    file.nodeId = node->id;
    file.reference = referencePattern(m_session.store()).format({node->code, unit->code, seq.value(), year, 0});
    file.subject = subject.trimmed();
    file.ownerUnitId = ownerUnitId;
    file.openedAt = now;
    file.disposal = node->disposal;
    if (files.byReference(file.reference))
        return core::conflict(
            Text::tr("The reference “%1” is already taken. Check the reference pattern in the settings.")
                .arg(file.reference));
    if (auto ok = files.insert(file); !ok)
        return ok.error();
    if (auto ok = files.setNumber(file.id, node->code, year, seq.value()); !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("case_file.create"), QStringLiteral("case_file"), file.id,
                              storage::toJson(file));
        !ok)
        return ok.error();
    return file;
}

Result<CaseFile> CaseFileService::change(const QString &id, core::Action action, const QString &auditAction,
                                         const std::function<Result<void>(CaseFile &)> &apply)
{
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::CaseFileRepository files(work.db());
    auto file = files.get(id);
    if (!file)
        return file.error();
    if (auto ok = m_session.permit(action, targetOf(file.value())); !ok)
        return ok.error();
    CaseFile changed = file.value();
    if (auto ok = apply(changed); !ok)
        return ok.error();
    if (auto ok = files.update(changed); !ok)
        return ok.error();
    changed.rev = file->rev + 1;
    if (auto ok = work.record(auditAction, QStringLiteral("case_file"), id, storage::toJson(changed), file->rev); !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return changed;
}

Result<CaseFile> CaseFileService::editSubject(const QString &id, const QString &subject, int expectedRev)
{
    if (subject.trimmed().isEmpty())
        return core::invalid(Text::tr("A case file needs a subject."));
    return change(id, core::Action::EditCaseFile, QStringLiteral("case_file.edit"), [&](CaseFile &f) -> Result<void> {
        if (f.rev != expectedRev)
            return core::conflict(
                Text::tr("The case file “%1” was changed meanwhile. Reload it and try again.").arg(f.reference));
        f.subject = subject.trimmed();
        return {};
    });
}

Result<CaseFile> CaseFileService::close(const QString &id)
{
    return change(id, core::Action::CloseCaseFile, QStringLiteral("case_file.close"), [&](CaseFile &f) -> Result<void> {
        auto open = storage::ProceedingRepository(m_session.db()).countOpen(f.id);
        if (!open)
            return open.error();
        if (open.value() > 0)
            return core::refused(
                QCoreApplication::translate("aw::casework::CaseFileService",
                                            "The case file “%1” still has %n open proceeding(s). Close them first.",
                                            nullptr, open.value())
                    .arg(f.reference));
        auto node = storage::FilePlanRepository(m_session.db()).get(f.nodeId);
        if (!node)
            return node.error();
        f.status = storage::CaseFileStatus::Closed;
        f.closedAt = QDateTime::currentDateTimeUtc();
        f.retentionUntil = core::retentionEnd(f.closedAt.toLocalTime().date(), node->retention).value_or(QDate());
        f.disposal = node->disposal;
        return {};
    });
}

Result<CaseFile> CaseFileService::reopen(const QString &id)
{
    return change(id, core::Action::ReopenCaseFile, QStringLiteral("case_file.reopen"),
                  [](CaseFile &f) -> Result<void> {
                      f.status = storage::CaseFileStatus::Open;
                      f.closedAt = {};
                      f.retentionUntil = {};
                      return {};
                  });
}

Result<CaseFile> CaseFileService::get(const QString &id) const
{
    auto file = storage::CaseFileRepository(m_session.db()).get(id);
    if (!file)
        return file.error();
    if (auto ok = m_session.permit(core::Action::ViewCaseFile, targetOf(file.value())); !ok)
        return ok.error();
    return file;
}

Result<QList<CaseFile>> CaseFileService::visible(Result<QList<CaseFile>> files) const
{
    if (!files)
        return files.error();
    auto actor = m_session.actor();
    if (!actor)
        return actor.error();
    QList<CaseFile> out;
    for (const CaseFile &f : files.value()) {
        if (core::decide(actor.value(), core::Action::ViewCaseFile, targetOf(f)))
            out.append(f);
    }
    return out;
}

Result<QHash<QString, int>> CaseFileService::visibleCountsByNode() const
{
    auto counts = storage::CaseFileRepository(m_session.db()).countsByNode();
    if (!counts)
        return counts.error();
    auto actor = m_session.actor();
    if (!actor)
        return actor.error();
    QHash<QString, int> out;
    for (const auto &c : counts.value()) {
        if (core::decide(actor.value(), core::Action::ViewCaseFile, {c.ownerUnitId, {}, c.closed}))
            out[c.nodeId] += c.files;
    }
    return out;
}

Result<QList<CaseFile>> CaseFileService::listForNode(const QString &nodeId) const
{
    return visible(storage::CaseFileRepository(m_session.db()).byNode(nodeId));
}

Result<storage::CaseFileListPage> CaseFileService::listPage(const QString &nodeId,
                                                            const storage::CaseFileListQuery &query) const
{
    // Who may see a case file depends on its owning unit and state only: decided once per owner.
    const storage::CaseFileRepository files(m_session.db());
    auto owners = files.ownersOfNode(nodeId);
    if (!owners)
        return owners.error();
    auto actor = m_session.actor();
    if (!actor)
        return actor.error();
    QList<storage::CaseFileOwner> visibleOwners;
    for (const storage::CaseFileOwner &o : owners.value()) {
        if (core::decide(actor.value(), core::Action::ViewCaseFile, {o.unitId, {}, o.closed}))
            visibleOwners.append(o);
    }
    return files.listPage(nodeId, query, visibleOwners);
}

Result<QList<CaseFile>> CaseFileService::listAll() const
{
    return visible(storage::CaseFileRepository(m_session.db()).all());
}

Result<QList<CaseFile>> CaseFileService::findForFiling(const QString &text, int limit) const
{
    auto actor = m_session.actor();
    if (!actor)
        return actor.error();
    auto files = storage::CaseFileRepository(m_session.db()).all();
    if (!files)
        return files.error();
    const QString wanted = text.simplified();
    QList<CaseFile> out;
    for (const CaseFile &f : files.value()) {
        if (!core::decide(actor.value(), core::Action::CreateProceeding, targetOf(f)))
            continue;
        if (wanted.isEmpty() || f.reference.contains(wanted, Qt::CaseInsensitive) ||
            f.subject.contains(wanted, Qt::CaseInsensitive))
            out.append(f);
    }
    // The newest are the likeliest targets.
    std::stable_sort(out.begin(), out.end(),
                     [](const CaseFile &a, const CaseFile &b) { return a.openedAt > b.openedAt; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

}  // namespace aw::casework
