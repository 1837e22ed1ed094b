// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/detaildata.h"

#include "casework/casefileservice.h"
#include "casework/noteservice.h"
#include "civilstatus/requestrepository.h"
#include "storage/casefilerepository.h"
#include "storage/documentrepository.h"
#include "storage/fileplanrepository.h"
#include "storage/noterepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace aw::ui {

using core::Result;

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::ui::DetailPane)
};

const QString CaseFileType = QStringLiteral("case_file");
const QString ProceedingType = QStringLiteral("proceeding");

EditRight rightOf(const casework::Session &session, core::Action action, const core::Target &target)
{
    if (session.userId().isEmpty())
        return {false, Text::tr("Nobody is signed in, so nothing can be changed here.")};
    auto ok = session.permit(action, target);
    return ok ? EditRight{true, {}} : EditRight{false, ok.error().message};
}

// The reads that the services check for a signed-in user, and that go straight to the store
// without one (the read-only overview).
class Reader
{
public:
    explicit Reader(casework::Session session)
        : m_session(std::move(session))
    {}

    bool signedIn() const { return !m_session.userId().isEmpty(); }
    QSqlDatabase db() const { return m_session.db(); }

    Result<storage::CaseFile> caseFile(const QString &id) const
    {
        return signedIn() ? casework::CaseFileService(m_session).get(id) : storage::CaseFileRepository(db()).get(id);
    }
    Result<QList<storage::Note>> notes(const QString &type, const QString &id) const
    {
        return signedIn() ? casework::NoteService(m_session).notes(type, id)
                          : storage::NoteRepository(db()).notes(type, id);
    }
    Result<QList<storage::Resubmission>> resubmissions(const QString &type, const QString &id) const
    {
        return signedIn() ? casework::NoteService(m_session).resubmissions(type, id)
                          : storage::NoteRepository(db()).resubmissions(type, id);
    }

private:
    casework::Session m_session;
};

// Notes and resubmissions of one object, and the audit events of each (they are audited as
// objects of their own).
Result<void> readAttached(const Reader &reader, const QString &type, const QString &id, bool onCaseFile,
                          DetailData &out, QStringList &audited)
{
    auto notes = reader.notes(type, id);
    if (!notes)
        return notes.error();
    for (const storage::Note &n : notes.value()) {
        out.notes.append({n, onCaseFile});
        if (!onCaseFile)
            audited << QStringLiteral("note") << n.id;
    }
    auto resubmissions = reader.resubmissions(type, id);
    if (!resubmissions)
        return resubmissions.error();
    for (const storage::Resubmission &r : resubmissions.value()) {
        out.resubmissions.append({r, onCaseFile});
        if (!onCaseFile)
            audited << QStringLiteral("resubmission") << r.id;
    }
    return {};
}

}  // namespace

Result<DetailData> readDetail(const std::shared_ptr<storage::Store> &store, const QString &userId, DetailKind kind,
                              const QString &id)
{
    const casework::Session session(store, userId);
    const Reader reader(session);
    const QSqlDatabase db = session.db();
    DetailData out;

    QString caseFileId = id;
    if (kind == DetailKind::Proceeding) {
        auto p = storage::ProceedingRepository(db).get(id);
        if (!p)
            return p.error();
        out.proceeding = p.value();
        caseFileId = p->caseFileId;
    }
    auto file = reader.caseFile(caseFileId);  // refused when the user may not see it
    if (!file)
        return file.error();
    out.caseFile = file.value();

    storage::OrgRepository org(db);
    auto unit = org.unit(out.caseFile.ownerUnitId);
    if (!unit)
        return unit.error();
    out.unitName = unit->name;
    auto node = storage::FilePlanRepository(db).get(out.caseFile.nodeId);
    if (!node)
        return node.error();
    out.nodeCode = node->code;
    out.nodeTitle = node->title;
    if (auto left = xdomea::ExchangeRepository(db).disposedRecord(caseFileId))
        out.left = left.value();
    auto users = org.users();
    if (!users)
        return users.error();
    for (const storage::User &u : users.value())
        out.names.users.insert(u.id, u.displayName);

    out.editCaseFile = rightOf(session, core::Action::EditCaseFile, casework::targetOf(out.caseFile));
    // The objects whose audit events make up the history, as (type, id) pairs.
    QStringList audited;
    if (out.proceeding) {
        const storage::Proceeding &p = *out.proceeding;
        out.editProceeding = rightOf(session, core::Action::EditProceeding,
                                     {out.caseFile.ownerUnitId, p.assigneeId, out.caseFile.isClosed() || p.isClosed()});
        audited << ProceedingType << p.id;
        if (auto ok = readAttached(reader, ProceedingType, p.id, false, out, audited); !ok)
            return ok.error();
        if (auto ok = readAttached(reader, CaseFileType, out.caseFile.id, true, out, audited); !ok)
            return ok.error();
        auto documents = storage::DocumentRepository(db).byProceeding(p.id);
        if (!documents)
            return documents.error();
        QList<storage::Document> newest = documents.value();
        std::sort(newest.begin(), newest.end(),
                  [](const storage::Document &a, const storage::Document &b) { return a.receivedAt > b.receivedAt; });
        if (newest.size() > DetailData::HistoryDocuments)
            newest.resize(DetailData::HistoryDocuments);
        for (const storage::Document &d : std::as_const(newest)) {
            out.names.documents.insert(d.id, d.title);
            audited << QStringLiteral("document") << d.id;
        }
        if (!p.sourceSubmissionId.isEmpty())
            audited << QStringLiteral("submission") << p.sourceSubmissionId;
        // A certificate request worked in the proceeding: its steps belong to the history.
        auto request = civilstatus::RequestRepository(db).forProceeding(p.id);
        if (!request)
            return request.error();
        if (request->has_value())
            audited << QStringLiteral("certificate_request") << request->value().id;
    } else {
        audited << CaseFileType << out.caseFile.id;
        if (auto ok = readAttached(reader, CaseFileType, out.caseFile.id, false, out, audited); !ok)
            return ok.error();
    }

    std::stable_sort(out.notes.begin(), out.notes.end(),
                     [](const DetailNote &a, const DetailNote &b) { return a.note.at > b.note.at; });
    std::stable_sort(out.resubmissions.begin(), out.resubmissions.end(),
                     [](const DetailResubmission &a, const DetailResubmission &b) {
                         const storage::Resubmission &x = a.resubmission, &y = b.resubmission;
                         return x.done != y.done ? !x.done : x.dueAt < y.dueAt;
                     });

    const storage::AuditLog log(db);
    for (qsizetype i = 0; i + 1 < audited.size(); i += 2) {
        auto events = log.forObject(audited.at(i), audited.at(i + 1));
        if (!events)
            return events.error();
        out.history.append(events.value());
    }
    std::sort(out.history.begin(), out.history.end(),
              [](const storage::AuditEvent &a, const storage::AuditEvent &b) { return a.seq > b.seq; });
    out.historyTotal = out.history.size();
    if (out.history.size() > DetailData::HistoryLimit)
        out.history.resize(DetailData::HistoryLimit);
    return out;
}

}  // namespace aw::ui
