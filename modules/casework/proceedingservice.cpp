// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/proceedingservice.h"

#include "casework/casefileservice.h"
#include "storage/casefilerepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>

using aw::core::Result;
using aw::storage::Proceeding;

namespace aw::casework {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::casework::ProceedingService)
};

core::Target targetOf(const storage::CaseFile &file, const Proceeding &p)
{
    return {file.ownerUnitId, p.assigneeId, file.isClosed() || p.isClosed()};
}

Result<void> checkAssignee(const QSqlDatabase &db, const QString &userId, const QString &unitId)
{
    auto actor = storage::OrgRepository(db).actor(userId);
    if (!actor)
        return actor.error();
    if (!actor->active)
        return core::refused(Text::tr("This user account is deactivated and cannot be given work."));
    if (!actor->isMemberOf(unitId))
        return core::refused(Text::tr("The assignee is not a member of the unit that owns the case file."));
    return {};
}

}  // namespace

Result<Proceeding> ProceedingService::create(const QString &caseFileId, const QString &subject, const QDate &dueAt,
                                             const QString &assigneeId)
{
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto p = createIn(work, caseFileId, subject, dueAt, assigneeId);
    if (!p)
        return p.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return p;
}

Result<Proceeding> ProceedingService::createIn(storage::UnitOfWork &work, const QString &caseFileId,
                                               const QString &subject, const QDate &dueAt, const QString &assigneeId,
                                               const QString &sourceSubmissionId)
{
    if (subject.trimmed().isEmpty())
        return core::invalid(Text::tr("A proceeding needs a subject."));
    storage::CaseFileRepository files(work.db());
    auto file = files.get(caseFileId);
    if (!file)
        return file.error();
    if (auto ok = m_session.permit(core::Action::CreateProceeding, targetOf(file.value())); !ok)
        return ok.error();
    if (!assigneeId.isEmpty() && assigneeId != m_session.userId()) {
        if (auto ok = m_session.permit(core::Action::AssignProceeding, targetOf(file.value())); !ok)
            return ok.error();
    }
    if (!assigneeId.isEmpty()) {
        if (auto ok = checkAssignee(work.db(), assigneeId, file->ownerUnitId); !ok)
            return ok.error();
    }
    auto number = files.takeProceedingNumber(caseFileId);
    if (!number)
        return number.error();

    const core::FileReferencePattern pattern = CaseFileService::referencePattern(m_session.store());
    auto reference = pattern.parse(file->reference);
    Proceeding p;
    p.id = storage::newId();
    p.caseFileId = caseFileId;
    p.number = number.value();
    if (reference) {
        core::FileReference r = reference.value();
        r.proceeding = p.number;
        p.reference = pattern.format(r);
    } else {
        // A reference made under an older pattern: keep it and append the number plainly.
        p.reference = file->reference + QLatin1Char('-') + QString::number(p.number);
    }
    p.subject = subject.trimmed();
    p.assigneeId = assigneeId;
    p.dueAt = dueAt;
    p.sourceSubmissionId = sourceSubmissionId;
    p.createdAt = QDateTime::currentDateTimeUtc();
    if (auto ok = storage::ProceedingRepository(work.db()).insert(p); !ok)
        return ok.error();
    if (auto ok =
            work.record(QStringLiteral("proceeding.create"), QStringLiteral("proceeding"), p.id, storage::toJson(p));
        !ok)
        return ok.error();
    return p;
}

Result<Proceeding> ProceedingService::change(const QString &id, core::Action action, const QString &auditAction,
                                             const std::function<Result<void>(Proceeding &)> &apply)
{
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::ProceedingRepository proceedings(work.db());
    auto p = proceedings.get(id);
    if (!p)
        return p.error();
    auto file = storage::CaseFileRepository(work.db()).get(p->caseFileId);
    if (!file)
        return file.error();
    if (action == core::Action::ReopenProceeding && file->isClosed())
        return core::refused(
            Text::tr("The case file “%1” is closed; reopen the case file first.").arg(file->reference));
    if (auto ok = m_session.permit(action, targetOf(file.value(), p.value())); !ok)
        return ok.error();
    Proceeding changed = p.value();
    if (auto ok = apply(changed); !ok)
        return ok.error();
    if (auto ok = proceedings.update(changed); !ok)
        return ok.error();
    changed.rev = p->rev + 1;
    if (auto ok = work.record(auditAction, QStringLiteral("proceeding"), id, storage::toJson(changed), p->rev); !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return changed;
}

Result<Proceeding> ProceedingService::assign(const QString &id, const QString &userId)
{
    // Taking unassigned work for oneself is a lesser right than assigning it to others.
    auto current = storage::ProceedingRepository(m_session.db()).get(id);
    if (!current)
        return current.error();
    const bool taking = userId == m_session.userId() && current->assigneeId.isEmpty();
    const core::Action action = taking ? core::Action::TakeProceeding : core::Action::AssignProceeding;
    return change(id, action, QStringLiteral("proceeding.assign"), [&](Proceeding &p) -> Result<void> {
        if (!userId.isEmpty()) {
            auto file = storage::CaseFileRepository(m_session.db()).get(p.caseFileId);
            if (!file)
                return file.error();
            if (auto ok = checkAssignee(m_session.db(), userId, file->ownerUnitId); !ok)
                return ok;
        }
        p.assigneeId = userId;
        return {};
    });
}

Result<Proceeding> ProceedingService::setStatus(const QString &id, storage::ProceedingStatus status)
{
    if (status == storage::ProceedingStatus::Closed)
        return close(id);
    return change(id, core::Action::EditProceeding, QStringLiteral("proceeding.status"), [&](Proceeding &p) {
        p.status = status;
        return Result<void>();
    });
}

Result<Proceeding> ProceedingService::setDue(const QString &id, const QDate &dueAt)
{
    return change(id, core::Action::EditProceeding, QStringLiteral("proceeding.due"), [&](Proceeding &p) {
        p.dueAt = dueAt;
        return Result<void>();
    });
}

Result<Proceeding> ProceedingService::close(const QString &id)
{
    return change(id, core::Action::CloseProceeding, QStringLiteral("proceeding.close"), [](Proceeding &p) {
        p.status = storage::ProceedingStatus::Closed;
        p.closedAt = QDateTime::currentDateTimeUtc();
        return Result<void>();
    });
}

Result<Proceeding> ProceedingService::reopen(const QString &id)
{
    return change(id, core::Action::ReopenProceeding, QStringLiteral("proceeding.reopen"), [](Proceeding &p) {
        p.status = storage::ProceedingStatus::InProgress;
        p.closedAt = {};
        return Result<void>();
    });
}

Result<QList<Proceeding>> ProceedingService::listForCaseFile(const QString &caseFileId) const
{
    if (auto file = CaseFileService(m_session).get(caseFileId); !file)
        return file.error();
    return storage::ProceedingRepository(m_session.db()).byCaseFile(caseFileId);
}

Result<QList<Proceeding>> ProceedingService::myWork() const
{
    return storage::ProceedingRepository(m_session.db()).byAssignee(m_session.userId());
}

Result<QList<Proceeding>> ProceedingService::listAll() const
{
    auto files = CaseFileService(m_session).listAll();
    if (!files)
        return files.error();
    QSet<QString> visible;
    for (const storage::CaseFile &f : files.value())
        visible.insert(f.id);
    auto all = storage::ProceedingRepository(m_session.db()).all();
    if (!all)
        return all.error();
    QList<Proceeding> out;
    for (const Proceeding &p : all.value()) {
        if (visible.contains(p.caseFileId))
            out.append(p);
    }
    return out;
}

}  // namespace aw::casework
