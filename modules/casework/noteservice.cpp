// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/noteservice.h"

#include "storage/casefilerepository.h"
#include "storage/noterepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>

using aw::core::Result;

namespace aw::casework {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::casework::NoteService)
};

}  // namespace

Result<core::Target> NoteService::targetOf(const QSqlDatabase &db, const QString &objectType,
                                           const QString &objectId) const
{
    if (objectType == QLatin1String("case_file")) {
        auto file = storage::CaseFileRepository(db).get(objectId);
        if (!file)
            return file.error();
        return core::Target{file->ownerUnitId, {}, file->isClosed()};
    }
    if (objectType == QLatin1String("proceeding")) {
        auto p = storage::ProceedingRepository(db).get(objectId);
        if (!p)
            return p.error();
        auto file = storage::CaseFileRepository(db).get(p->caseFileId);
        if (!file)
            return file.error();
        return core::Target{file->ownerUnitId, p->assigneeId, file->isClosed() || p->isClosed()};
    }
    return core::invalid(
        Text::tr("Notes and resubmissions belong to a case file or a proceeding, not to “%1”.").arg(objectType));
}

Result<storage::Note> NoteService::addNote(const QString &objectType, const QString &objectId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return core::invalid(Text::tr("The note is empty."));
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto target = targetOf(work.db(), objectType, objectId);
    if (!target)
        return target.error();
    if (auto ok = m_session.permit(core::Action::AddNote, target.value()); !ok)
        return ok.error();
    const storage::Note note{storage::newId(), objectType,         objectId,
                             text.trimmed(),   m_session.userId(), QDateTime::currentDateTimeUtc()};
    if (auto ok = storage::NoteRepository(work.db()).insertNote(note); !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("note.add"), QStringLiteral("note"), note.id, storage::toJson(note)); !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return note;
}

Result<QList<storage::Note>> NoteService::notes(const QString &objectType, const QString &objectId) const
{
    auto target = targetOf(m_session.db(), objectType, objectId);
    if (!target)
        return target.error();
    if (auto ok = m_session.permit(core::Action::ViewCaseFile, {target->ownerUnitId, {}, false}); !ok)
        return ok.error();
    return storage::NoteRepository(m_session.db()).notes(objectType, objectId);
}

Result<storage::Resubmission> NoteService::setResubmission(const QString &objectType, const QString &objectId,
                                                           const QDate &dueAt, const QString &note,
                                                           const QString &forUserId)
{
    if (!dueAt.isValid())
        return core::invalid(Text::tr("A resubmission needs a valid date."));
    const QString userId = forUserId.isEmpty() ? m_session.userId() : forUserId;
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto target = targetOf(work.db(), objectType, objectId);
    if (!target)
        return target.error();
    if (auto ok = m_session.permit(core::Action::SetResubmission, target.value()); !ok)
        return ok.error();
    if (userId != m_session.userId()) {
        auto other = storage::OrgRepository(work.db()).actor(userId);
        if (!other)
            return other.error();
        if (!other->isMemberOf(target->ownerUnitId))
            return core::refused(
                Text::tr("A resubmission can only be set for members of the unit that owns the file."));
    }
    const storage::Resubmission r{storage::newId(), objectType, objectId, dueAt, userId, note.trimmed(), false, 1};
    if (auto ok = storage::NoteRepository(work.db()).insertResubmission(r); !ok)
        return ok.error();
    if (auto ok =
            work.record(QStringLiteral("resubmission.set"), QStringLiteral("resubmission"), r.id, storage::toJson(r));
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return r;
}

Result<storage::Resubmission> NoteService::markDone(const QString &resubmissionId)
{
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::NoteRepository repo(work.db());
    auto r = repo.resubmission(resubmissionId);
    if (!r)
        return r.error();
    if (r->userId != m_session.userId())
        return core::refused(Text::tr("This resubmission belongs to someone else."));
    storage::Resubmission changed = r.value();
    changed.done = true;
    if (auto ok = repo.updateResubmission(changed); !ok)
        return ok.error();
    changed.rev = r->rev + 1;
    if (auto ok = work.record(QStringLiteral("resubmission.done"), QStringLiteral("resubmission"), changed.id,
                              storage::toJson(changed), r->rev);
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return changed;
}

Result<QList<storage::Resubmission>> NoteService::resubmissions(const QString &objectType,
                                                                const QString &objectId) const
{
    auto target = targetOf(m_session.db(), objectType, objectId);
    if (!target)
        return target.error();
    if (auto ok = m_session.permit(core::Action::ViewCaseFile, {target->ownerUnitId, {}, false}); !ok)
        return ok.error();
    return storage::NoteRepository(m_session.db()).resubmissions(objectType, objectId);
}

Result<QList<storage::Resubmission>> NoteService::dueForMe(const QDate &until) const
{
    return storage::NoteRepository(m_session.db()).dueFor(m_session.userId(), until);
}

}  // namespace aw::casework
