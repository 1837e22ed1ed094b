// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/proceedingservice.h"

#include "casework/casefileservice.h"
#include "storage/casefilerepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QJsonObject>

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

core::Error staleRevision(const Proceeding &p)
{
    return core::conflict(
        Text::tr("Someone else changed the proceeding “%1” meanwhile. Reload it and try again.").arg(p.reference));
}

// The subject trimmed, or why it cannot be one.
Result<QString> checkedSubject(const QString &subject)
{
    const QString trimmed = subject.trimmed();
    if (trimmed.isEmpty())
        return core::invalid(Text::tr("A proceeding needs a subject."));
    if (trimmed.size() > ProceedingService::MaxSubjectLength)
        return core::invalid(Text::tr("The subject is too long: at most %1 characters, this one has %2.")
                                 .arg(ProceedingService::MaxSubjectLength)
                                 .arg(trimmed.size()));
    return trimmed;
}

// The reference of proceeding `number` in the case file with `fileReference`.
QString proceedingReference(const storage::Store &store, const QString &fileReference, int number)
{
    const core::FileReferencePattern pattern = CaseFileService::referencePattern(store);
    auto reference = pattern.parse(fileReference);
    if (!reference) {
        // A reference made under an older pattern: keep it and append the number plainly.
        return fileReference + QLatin1Char('-') + QString::number(number);
    }
    core::FileReference r = reference.value();
    r.proceeding = number;
    return pattern.format(r);
}

}  // namespace

QString ProceedingService::referenceFor(const storage::Store &store, const QString &fileReference, int number)
{
    return proceedingReference(store, fileReference, number);
}

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
    const auto checked = checkedSubject(subject);
    if (!checked)
        return checked.error();
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

    Proceeding p;
    p.id = storage::newId();
    p.caseFileId = caseFileId;
    p.number = number.value();
    p.reference = proceedingReference(m_session.store(), file->reference, p.number);
    p.subject = checked.value();
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
    auto changed = changeIn(work, id, action, auditAction, apply);
    if (!changed)
        return changed;
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return changed;
}

Result<Proceeding> ProceedingService::changeIn(storage::UnitOfWork &work, const QString &id, core::Action action,
                                               const QString &auditAction,
                                               const std::function<Result<void>(Proceeding &)> &apply)
{
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
    return changed;
}

Result<Proceeding> ProceedingService::assign(const QString &id, const QString &userId, int expectedRev)
{
    // Taking unassigned work for oneself is a lesser right than assigning it to others, and
    // handing one's own work back is an edit of one's own proceeding.
    auto current = storage::ProceedingRepository(m_session.db()).get(id);
    if (!current)
        return current.error();
    const bool taking = userId == m_session.userId() && current->assigneeId.isEmpty();
    const bool releasing = userId.isEmpty() && current->assigneeId == m_session.userId();
    const core::Action action = taking      ? core::Action::TakeProceeding
                                : releasing ? core::Action::EditProceeding
                                            : core::Action::AssignProceeding;
    return change(id, action, QStringLiteral("proceeding.assign"), [&](Proceeding &p) -> Result<void> {
        if (expectedRev >= 0 && p.rev != expectedRev)
            return staleRevision(p);
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

Result<Proceeding> ProceedingService::editSubject(const QString &id, const QString &subject, int expectedRev)
{
    const auto checked = checkedSubject(subject);
    if (!checked)
        return checked.error();
    return change(id, core::Action::EditProceeding, QStringLiteral("proceeding.edit"),
                  [&](Proceeding &p) -> Result<void> {
                      if (p.rev != expectedRev)
                          return staleRevision(p);
                      p.subject = checked.value();
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

Result<Proceeding> ProceedingService::setDue(const QString &id, const QDate &dueAt, int expectedRev)
{
    return change(id, core::Action::EditProceeding, QStringLiteral("proceeding.due"),
                  [&](Proceeding &p) -> Result<void> {
                      if (expectedRev != -1 && p.rev != expectedRev)
                          return staleRevision(p);
                      p.dueAt = dueAt;
                      return {};
                  });
}

namespace {

Result<void> markClosed(Proceeding &p)
{
    p.status = storage::ProceedingStatus::Closed;
    p.closedAt = QDateTime::currentDateTimeUtc();
    return {};
}

}  // namespace

Result<Proceeding> ProceedingService::close(const QString &id)
{
    return change(id, core::Action::CloseProceeding, QStringLiteral("proceeding.close"), markClosed);
}

Result<Proceeding> ProceedingService::closeIn(storage::UnitOfWork &work, const QString &id)
{
    return changeIn(work, id, core::Action::CloseProceeding, QStringLiteral("proceeding.close"), markClosed);
}

Result<Proceeding> ProceedingService::reopen(const QString &id)
{
    return change(id, core::Action::ReopenProceeding, QStringLiteral("proceeding.reopen"), [](Proceeding &p) {
        p.status = storage::ProceedingStatus::InProgress;
        p.closedAt = {};
        return Result<void>();
    });
}

Result<Proceeding> ProceedingService::move(const QString &id, const QString &targetCaseFileId)
{
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::ProceedingRepository proceedings(work.db());
    storage::CaseFileRepository files(work.db());
    auto p = proceedings.get(id);
    if (!p)
        return p.error();
    auto source = files.get(p->caseFileId);
    if (!source)
        return source.error();
    if (targetCaseFileId == source->id)
        return core::refused(
            Text::tr("The proceeding “%1” is already in the case file “%2”.").arg(p->reference, source->reference));
    auto target = files.get(targetCaseFileId);
    if (!target)
        return target.error();
    if (p->isClosed())
        return core::refused(
            Text::tr("The proceeding “%1” is closed (zdA); only open proceedings can be moved.").arg(p->reference));
    if (source->isClosed())
        return core::refused(
            Text::tr("The case file “%1” is closed (zdA); its proceedings cannot be moved.").arg(source->reference));
    if (target->isClosed())
        return core::refused(Text::tr("The case file “%1” is closed (zdA); proceedings can only be moved into open "
                                      "case files.")
                                 .arg(target->reference));
    // A refusal says which side of the move it is about.
    if (auto ok = m_session.permit(core::Action::EditProceeding, targetOf(source.value(), p.value())); !ok)
        return ok.error().code != core::Error::Code::Refused
                   ? ok.error()
                   : core::refused(
                         Text::tr("You may not move the proceeding “%1”: %2").arg(p->reference, ok.error().message));
    if (auto ok = m_session.permit(core::Action::CreateProceeding, targetOf(target.value())); !ok)
        return ok.error().code != core::Error::Code::Refused
                   ? ok.error()
                   : core::refused(Text::tr("You may not move proceedings into the case file “%1”: %2")
                                       .arg(target->reference, ok.error().message));
    auto number = files.takeProceedingNumber(target->id);
    if (!number)
        return number.error();

    Proceeding moved = p.value();
    moved.caseFileId = target->id;
    moved.number = number.value();
    moved.reference = proceedingReference(m_session.store(), target->reference, moved.number);
    if (!moved.assigneeId.isEmpty() && !checkAssignee(work.db(), moved.assigneeId, target->ownerUnitId))
        moved.assigneeId.clear();  // their work stays in their unit; the target unit assigns anew
    if (auto ok = proceedings.update(moved); !ok)
        return ok.error();
    moved.rev = p->rev + 1;

    QJsonObject details = storage::toJson(moved);
    details.insert(QStringLiteral("movedFrom"), QJsonObject{{QStringLiteral("caseFileId"), source->id},
                                                            {QStringLiteral("caseFileReference"), source->reference},
                                                            {QStringLiteral("reference"), p->reference},
                                                            {QStringLiteral("assigneeId"), p->assigneeId}});
    details.insert(QStringLiteral("movedTo"), QJsonObject{{QStringLiteral("caseFileId"), target->id},
                                                          {QStringLiteral("caseFileReference"), target->reference},
                                                          {QStringLiteral("reference"), moved.reference}});
    if (auto ok = work.record(QStringLiteral("proceeding.move"), QStringLiteral("proceeding"), id, details, p->rev);
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return moved;
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
