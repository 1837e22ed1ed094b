// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/routing.h"

#include "casework/casefileservice.h"
#include "casework/documentfiling.h"
#include "casework/proceedingservice.h"
#include "documents/letter.h"
#include "documents/preparation.h"
#include "intake/inbox.h"
#include "intake/submission.h"
#include "packages/safezip.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

using aw::core::Result;

namespace aw::intake {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::intake::Routing)
};

RoutingRule ruleFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

QJsonObject toJson(const RoutingRule &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("serviceKey"), r.serviceKey},
            {QStringLiteral("position"), r.position},
            {QStringLiteral("nodeId"), r.nodeId},
            {QStringLiteral("ownerUnitId"), r.ownerUnitId},
            {QStringLiteral("subjectTemplate"), r.subjectTemplate}};
}

const QString ruleColumns =
    QStringLiteral("SELECT id, service_key, position, node_id, owner_unit_id, subject_template FROM routing_rule ");

}  // namespace

Result<RoutingRule> Routing::addRule(const QString &serviceKey, const QString &nodeId, const QString &ownerUnitId,
                                     const QString &subjectTemplate)
{
    if (auto ok = m_session.permit(core::Action::ManageFilePlan); !ok)
        return ok.error();
    static const QRegularExpression key(QStringLiteral("^\\d{14}$"));
    if (!key.match(serviceKey).hasMatch())
        return core::invalid(Text::tr("“%1” is not a service key (14 digits).").arg(serviceKey));
    if (auto filled = documents::fillPlaceholders(subjectTemplate, {{QStringLiteral("applicant"), {}},
                                                                    {QStringLiteral("service"), {}},
                                                                    {QStringLiteral("serviceKey"), {}},
                                                                    {QStringLiteral("date"), {}}});
        !filled)
        return core::invalid(Text::tr("The subject template is not usable: %1").arg(filled.error().message));
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    if (auto node = storage::FilePlanRepository(work.db()).get(nodeId); !node)
        return node.error();
    if (auto unit = storage::OrgRepository(work.db()).unit(ownerUnitId); !unit)
        return unit.error();
    auto last = storage::scalar(
        work.db(), QStringLiteral("SELECT max(position) FROM routing_rule WHERE service_key = ?"), {serviceKey});
    if (!last)
        return last.error();
    const RoutingRule rule{storage::newId(), serviceKey,  last->toInt() + 1,
                           nodeId,           ownerUnitId, subjectTemplate.trimmed()};
    if (auto ok = storage::exec(
            work.db(),
            QStringLiteral("INSERT INTO routing_rule (id, service_key, position, node_id, "
                           "owner_unit_id, subject_template) VALUES (?, ?, ?, ?, ?, ?)"),
            {rule.id, rule.serviceKey, rule.position, rule.nodeId, rule.ownerUnitId, rule.subjectTemplate});
        !ok)
        return ok.error();
    if (auto ok =
            work.record(QStringLiteral("routing_rule.add"), QStringLiteral("routing_rule"), rule.id, toJson(rule));
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return rule;
}

Result<QList<RoutingRule>> Routing::rules(const QString &serviceKey) const
{
    if (serviceKey.isEmpty())
        return storage::rows<RoutingRule>(
            storage::exec(m_session.db(), ruleColumns + QStringLiteral("ORDER BY service_key, position")), ruleFromRow);
    return storage::rows<RoutingRule>(
        storage::exec(m_session.db(), ruleColumns + QStringLiteral("WHERE service_key = ? ORDER BY position"),
                      {serviceKey}),
        ruleFromRow);
}

Result<Routing::Routed> Routing::route(const QString &inboxEntryId)
{
    auto entry = Inbox(m_session).entry(inboxEntryId);
    if (!entry)
        return entry.error();
    if (entry->status != QLatin1String("new"))
        return core::refused(Text::tr("This submission is %1 and cannot be routed.").arg(entry->status));
    auto matching = rules(entry->serviceKey);
    if (!matching)
        return matching.error();
    if (matching->isEmpty())
        return core::refused(Text::tr("There is no routing rule for the service %1 (%2). File it by hand or ask the "
                                      "registry for a rule.")
                                 .arg(entry->serviceName, entry->serviceKey));

    // Unpack the kept package again and read what it holds.
    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("package"));
    auto zip = packages::SafeZip::open(m_session.store().blobs().pathOf(entry->packageSha256));
    if (!zip)
        return zip.error();
    if (auto ok = zip->extractTo(dir); !ok)
        return ok.error();
    auto submission = parseSubmission(dir);
    if (!submission)
        return submission.error();

    // Bytes and text first (blobs are written before any row names them).
    QList<casework::PreparedFile> files;
    auto data = documents::prepareFile(m_session.store().blobs(), QDir(dir).filePath(submission->dataFileName()));
    if (!data)
        return data.error();
    data->fileName = QStringLiteral("Antragsdaten-") + submission->dataFileName();
    files << data.value();
    for (const Attachment &a : submission->attachments) {
        auto prepared = documents::prepareFile(m_session.store().blobs(),
                                               QDir(dir).filePath(QStringLiteral("attachments/") + a.attachmentId));
        if (!prepared)
            return prepared.error();
        prepared->fileName = a.filename.isEmpty() ? a.attachmentId : a.filename;
        if (!a.mimeType.isEmpty())
            prepared->mime = a.mimeType;
        files << prepared.value();
    }

    const QHash<QString, QString> values{
        {QStringLiteral("applicant"), entry->applicant.isEmpty() ? Text::tr("unknown applicant") : entry->applicant},
        {QStringLiteral("service"), entry->serviceName},
        {QStringLiteral("serviceKey"), entry->serviceKey},
        {QStringLiteral("date"), entry->receivedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy"))}};

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    Routed routed;
    for (const RoutingRule &rule : matching.value()) {
        auto subject = documents::fillPlaceholders(rule.subjectTemplate, values);
        if (!subject)
            return subject.error();
        auto file = casework::CaseFileService(m_session).createIn(work, rule.nodeId, subject.value(), rule.ownerUnitId);
        if (!file)
            return file.error();
        auto proceeding =
            casework::ProceedingService(m_session).createIn(work, file->id, subject.value(), {}, {}, entry->id);
        if (!proceeding)
            return proceeding.error();
        auto filed = casework::DocumentFiling(m_session).fileIn(work, proceeding->id, files,
                                                                casework::DocumentFiling::Duplicates::AddAsNewDocument);
        if (!filed)
            return filed.error();
        routed.caseFileIds << file->id;
        routed.proceedingIds << proceeding->id;
        routed.documents += int(filed->size());
    }
    if (auto ok = storage::exec(work.db(),
                                QStringLiteral("UPDATE submission SET status = 'filed', rev = rev + 1 WHERE id = ? "
                                               "AND status = 'new'"),
                                {entry->id});
        !ok || ok->numRowsAffected() != 1)
        return ok ? core::conflict(Text::tr("The submission was changed meanwhile.")) : ok.error();
    if (auto ok = work.record(QStringLiteral("submission.route"), QStringLiteral("submission"), entry->id,
                              {{QStringLiteral("proceedings"), QJsonArray::fromStringList(routed.proceedingIds)}});
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return routed;
}

Result<int> seedDemoRules(const std::shared_ptr<storage::Store> &store)
{
    const QSqlDatabase db = store->connection();
    auto registry = storage::OrgRepository(db).userByLogin(QStringLiteral("registratur"));
    if (!registry)
        return registry.error();
    Routing routing({store, registry->id});
    struct Demo
    {
        const char *key, *node, *unit, *subject;
    };
    const Demo rules[] = {
        {"99115004001000", "5.4", "StA", "Urkundenanforderung {{applicant}}"},
        {"99115001001000", "3.1", "KZN", "Anmeldung einer Wohnung, {{applicant}}"},
        {"99115003001000", "5.1", "StA", "Geburt, {{applicant}}"},
        {"99115003001000", "5.4", "StA", "Geburtsurkunden, {{applicant}}"},
    };
    int added = 0;
    for (const Demo &r : rules) {
        auto node = storage::FilePlanRepository(db).byCode(QLatin1String(r.node));
        if (!node)
            return node.error();
        auto unit = storage::OrgRepository(db).unitByCode(QLatin1String(r.unit));
        if (!unit)
            return unit.error();
        auto rule = routing.addRule(QLatin1String(r.key), node->id, unit->id, QString::fromUtf8(r.subject));
        if (!rule)
            return rule.error();
        ++added;
    }
    return added;
}

}  // namespace aw::intake
