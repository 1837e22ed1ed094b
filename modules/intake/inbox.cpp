// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/inbox.h"

#include "intake/submission.h"
#include "packages/safezip.h"
#include "storage/records.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

using aw::core::Result;

namespace aw::intake {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::intake::Inbox)
};

// The last two columns: the units the routing rules of its service send it to, ids and names, each
// joined by U+001F.
const QString columns =
    QStringLiteral("SELECT id, submission_id, package_sha256, package_name, received_at, status, "
                   "problem, service_key, service_name, applicant, decided_by, decided_at, "
                   "decision_note, acknowledged_at, "
                   "(SELECT group_concat(id, char(31)) FROM org_unit WHERE id IN (SELECT owner_unit_id "
                   "FROM routing_rule r WHERE r.service_key = submission.service_key)), "
                   "(SELECT group_concat(name, char(31)) FROM org_unit WHERE id IN (SELECT "
                   "owner_unit_id FROM routing_rule r WHERE r.service_key = submission.service_key)) "
                   "FROM submission ");

InboxEntry fromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            storage::dateTimeFromStored(q.value(4).toString()),
            q.value(5).toString(),
            q.value(6).toString(),
            q.value(7).toString(),
            q.value(8).toString(),
            q.value(9).toString(),
            q.value(10).toString(),
            storage::dateTimeFromStored(q.value(11).toString()),
            q.value(12).toString(),
            storage::dateTimeFromStored(q.value(13).toString()),
            q.value(14).toString().split(QChar(31), Qt::SkipEmptyParts),
            q.value(15).toString().split(QChar(31), Qt::SkipEmptyParts)};
}

// Empty text as '' rather than NULL: Qt binds a null QString as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QJsonObject toJson(const InboxEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("submissionId"), e.submissionId},
            {QStringLiteral("packageSha256"), e.packageSha256},
            {QStringLiteral("packageName"), e.packageName},
            {QStringLiteral("receivedAt"), storage::toStored(e.receivedAt)},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("problem"), e.problem},
            {QStringLiteral("serviceKey"), e.serviceKey}};
}

}  // namespace

QString statusTitle(const QString &status)
{
    if (status == QLatin1String("new"))
        return Text::tr("New");
    if (status == QLatin1String("quarantined"))
        return Text::tr("Faulty");
    if (status == QLatin1String("filed"))
        return Text::tr("Filed");
    if (status == QLatin1String("rejected"))
        return Text::tr("Rejected");
    return status;
}

Inbox::Checked Inbox::check(const QString &packagePath) const
{
    Checked out;
    auto zip = packages::SafeZip::open(packagePath);
    if (!zip) {
        out.problem = zip.error().message;
        return out;
    }
    QTemporaryDir temp;
    if (!temp.isValid()) {
        out.problem = Text::tr("No temporary folder for unpacking: %1").arg(temp.errorString());
        return out;
    }
    const QString dir = temp.filePath(QStringLiteral("package"));
    if (auto ok = zip->extractTo(dir); !ok) {
        out.problem = ok.error().message;
        return out;
    }
    auto submission = parseSubmission(dir);
    if (!submission) {
        out.problem = submission.error().message;
        return out;
    }
    out.submissionId = submission->submissionId;
    out.serviceKey = submission->serviceKey;
    out.serviceName = submission->serviceName;
    out.applicant = submission->applicantName;
    if (auto ok = verifySubmission(dir, submission.value()); !ok)
        out.problem = ok.error().message;
    return out;
}

Result<Inbox::Received> Inbox::receive(const QString &packagePath)
{
    if (!QFileInfo(packagePath).isFile())
        return core::notFound(Text::tr("“%1” is not a readable file.").arg(packagePath));
    // The package is kept exactly as received, whatever its state.
    auto sha = m_session.store().blobs().putFile(packagePath);
    if (!sha)
        return sha.error();
    const QSqlDatabase db = m_session.db();
    auto known = storage::row<InboxEntry>(
        storage::exec(db, columns + QStringLiteral("WHERE package_sha256 = ?"), {sha.value()}), fromRow, {});
    if (known)
        return Received{known.value(), true};

    const Checked checked = check(m_session.store().blobs().pathOf(sha.value()));
    storage::UnitOfWork work(db, m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    if (!checked.submissionId.isEmpty()) {
        auto same = storage::row<InboxEntry>(
            storage::exec(work.db(), columns + QStringLiteral("WHERE submission_id = ?"), {checked.submissionId}),
            fromRow, {});
        if (same)
            return Received{same.value(), true};  // the same application sent again in another package
    }
    InboxEntry e;
    e.id = storage::newId();
    e.submissionId = checked.submissionId;
    e.packageSha256 = sha.value();
    e.packageName = QFileInfo(packagePath).fileName();
    e.receivedAt = QDateTime::currentDateTimeUtc();
    e.status = checked.problem.isEmpty() ? QStringLiteral("new") : QStringLiteral("quarantined");
    e.problem = checked.problem;
    e.serviceKey = checked.serviceKey;
    e.serviceName = checked.serviceName;
    e.applicant = checked.applicant;
    if (auto ok = storage::exec(
            work.db(),
            QStringLiteral("INSERT INTO submission (id, submission_id, package_sha256, package_name, "
                           "received_at, status, problem, service_key, service_name, applicant) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {e.id, storage::nullable(e.submissionId), e.packageSha256, e.packageName, storage::toStored(e.receivedAt),
             e.status, text(e.problem), text(e.serviceKey), text(e.serviceName), text(e.applicant)});
        !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("submission.receive"), QStringLiteral("submission"), e.id, toJson(e)); !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return Received{e, false};
}

Result<Inbox::Received> Inbox::retry(const QString &id)
{
    const QSqlDatabase db = m_session.db();
    auto entry = this->entry(id);
    if (!entry)
        return entry.error();
    if (entry->status != QLatin1String("quarantined"))
        return Received{entry.value(), true};
    const Checked checked = check(m_session.store().blobs().pathOf(entry->packageSha256));
    storage::UnitOfWork work(db, m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    InboxEntry e = entry.value();
    e.status = checked.problem.isEmpty() ? QStringLiteral("new") : QStringLiteral("quarantined");
    e.problem = checked.problem;
    e.submissionId = checked.submissionId;
    e.serviceKey = checked.serviceKey;
    e.serviceName = checked.serviceName;
    e.applicant = checked.applicant;
    if (auto ok = storage::exec(work.db(),
                                QStringLiteral("UPDATE submission SET status = ?, problem = ?, submission_id = ?, "
                                               "service_key = ?, service_name = ?, applicant = ?, rev = rev + 1 "
                                               "WHERE id = ?"),
                                {e.status, text(e.problem), storage::nullable(e.submissionId), text(e.serviceKey),
                                 text(e.serviceName), text(e.applicant), e.id});
        !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("submission.retry"), QStringLiteral("submission"), e.id, toJson(e)); !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return Received{e, false};
}

Result<InboxEntry> Inbox::reject(const QString &id, const QString &reason)
{
    if (auto ok = m_session.permit(core::Action::HandleSubmission); !ok)
        return ok.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return core::invalid(Text::tr("Give the reason for the rejection; it goes into the record."));
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto found = storage::row<InboxEntry>(storage::exec(work.db(), columns + QStringLiteral("WHERE id = ?"), {id}),
                                          fromRow, Text::tr("There is no submission with the id “%1”.").arg(id));
    if (!found)
        return found.error();
    InboxEntry e = found.value();
    if (e.status != QLatin1String("new") && e.status != QLatin1String("quarantined"))
        return core::refused(Text::tr("This submission is already %1.").arg(statusTitle(e.status)));
    e.status = QStringLiteral("rejected");
    e.decidedBy = m_session.userId();
    e.decidedAt = QDateTime::currentDateTimeUtc();
    e.decisionNote = why;
    if (auto ok = storage::exec(work.db(),
                                QStringLiteral("UPDATE submission SET status = 'rejected', decided_by = ?, "
                                               "decided_at = ?, decision_note = ?, rev = rev + 1 WHERE id = ?"),
                                {e.decidedBy, storage::toStored(e.decidedAt), e.decisionNote, e.id});
        !ok)
        return ok.error();
    QJsonObject payload = toJson(e);
    payload.insert(QStringLiteral("reason"), why);
    if (auto ok = work.record(QStringLiteral("submission.reject"), QStringLiteral("submission"), e.id, payload); !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return e;
}

Result<QStringList> Inbox::proceedingIds(const QString &id) const
{
    return storage::rows<QString>(
        storage::exec(
            m_session.db(),
            QStringLiteral("SELECT id FROM proceeding WHERE source_submission_id = ? ORDER BY created_at, id"), {id}),
        [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<InboxEntry> Inbox::entry(const QString &id) const
{
    return storage::row<InboxEntry>(storage::exec(m_session.db(), columns + QStringLiteral("WHERE id = ?"), {id}),
                                    fromRow, Text::tr("There is no submission with the id “%1”.").arg(id));
}

Result<QList<InboxEntry>> Inbox::list() const
{
    return storage::rows<InboxEntry>(
        storage::exec(m_session.db(), columns + QStringLiteral("ORDER BY received_at DESC")), fromRow);
}

}  // namespace aw::intake
