// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/routing.h"

#include "casework/casefileservice.h"
#include "casework/documentfiling.h"
#include "casework/proceedingservice.h"
#include "documents/letter.h"
#include "intake/inbox.h"
#include "intake/packagecontent.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

namespace {

// What addRule and updateRule both check before writing: a usable subject template (only the
// known placeholders) and, on the caller's transaction, that the file-plan node and the unit exist.
Result<void> checkTemplate(const QString &subjectTemplate)
{
    if (subjectTemplate.trimmed().isEmpty())
        return core::invalid(Text::tr("The subject template is empty."));
    const QStringList known{QStringLiteral("applicant"), QStringLiteral("service"), QStringLiteral("serviceKey"),
                            QStringLiteral("date")};
    // A misspelt name is the likely mistake; name it with what would do instead.
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z0-9._]+)\\s*\\}\\}"));
    QStringList unknown;
    for (auto it = placeholder.globalMatch(subjectTemplate); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !unknown.contains(QStringLiteral("{{") + name + QStringLiteral("}}")))
            unknown << QStringLiteral("{{") + name + QStringLiteral("}}");
    }
    if (!unknown.isEmpty()) {
        QStringList possible;
        for (const QString &name : known)
            possible << QStringLiteral("{{") + name + QStringLiteral("}}");
        return core::invalid(Text::tr("Unknown placeholder in the subject template: %1. Possible are: %2.")
                                 .arg(unknown.join(QStringLiteral(", ")), possible.join(QStringLiteral(", "))));
    }
    QHash<QString, QString> values;
    for (const QString &name : known)
        values.insert(name, {});
    if (auto filled = documents::fillPlaceholders(subjectTemplate, values); !filled)
        return core::invalid(Text::tr("The subject template is not usable: %1").arg(filled.error().message));
    return {};
}

Result<void> checkTargets(const QSqlDatabase &db, const QString &nodeId, const QString &ownerUnitId)
{
    if (auto node = storage::FilePlanRepository(db).get(nodeId); !node)
        return node.error();
    if (auto unit = storage::OrgRepository(db).unit(ownerUnitId); !unit)
        return unit.error();
    return {};
}

struct StoredRule
{
    RoutingRule rule;
    int rev = 1;
};

Result<StoredRule> storedRule(const QSqlDatabase &db, const QString &id)
{
    return storage::row<StoredRule>(
        storage::exec(db,
                      QStringLiteral("SELECT id, service_key, position, node_id, owner_unit_id, subject_template, rev "
                                     "FROM routing_rule WHERE id = ?"),
                      {id}),
        [](const QSqlQuery &q) {
            return StoredRule{ruleFromRow(q), q.value(6).toInt()};
        },
        Text::tr("There is no routing rule with the id “%1”.").arg(id));
}

}  // namespace

Result<RoutingRule> Routing::addRule(const QString &serviceKey, const QString &nodeId, const QString &ownerUnitId,
                                     const QString &subjectTemplate)
{
    if (auto ok = m_session.permit(core::Action::ManageFilePlan); !ok)
        return ok.error();
    static const QRegularExpression key(QStringLiteral("^\\d{14}$"));
    if (!key.match(serviceKey).hasMatch())
        return core::invalid(Text::tr("“%1” is not a service key (14 digits).").arg(serviceKey));
    if (auto ok = checkTemplate(subjectTemplate); !ok)
        return ok.error();
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    if (auto ok = checkTargets(work.db(), nodeId, ownerUnitId); !ok)
        return ok.error();
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

Result<RoutingRule> Routing::updateRule(const QString &id, const QString &nodeId, const QString &ownerUnitId,
                                        const QString &subjectTemplate)
{
    if (auto ok = m_session.permit(core::Action::ManageFilePlan); !ok)
        return ok.error();
    if (auto ok = checkTemplate(subjectTemplate); !ok)
        return ok.error();
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto stored = storedRule(work.db(), id);
    if (!stored)
        return stored.error();
    if (auto ok = checkTargets(work.db(), nodeId, ownerUnitId); !ok)
        return ok.error();
    RoutingRule rule = stored->rule;
    rule.nodeId = nodeId;
    rule.ownerUnitId = ownerUnitId;
    rule.subjectTemplate = subjectTemplate.trimmed();
    if (auto ok = storage::exec(work.db(),
                                QStringLiteral("UPDATE routing_rule SET node_id = ?, owner_unit_id = ?, "
                                               "subject_template = ?, rev = rev + 1 WHERE id = ?"),
                                {rule.nodeId, rule.ownerUnitId, rule.subjectTemplate, rule.id});
        !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("routing_rule.update"), QStringLiteral("routing_rule"), rule.id,
                              toJson(rule), stored->rev);
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return rule;
}

Result<void> Routing::removeRule(const QString &id)
{
    if (auto ok = m_session.permit(core::Action::ManageFilePlan); !ok)
        return ok.error();
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto stored = storedRule(work.db(), id);
    if (!stored)
        return stored.error();
    if (auto ok = storage::exec(work.db(), QStringLiteral("DELETE FROM routing_rule WHERE id = ?"), {id}); !ok)
        return ok.error();
    // The key's other rules become 1..n again, in their old order. SQLite checks UNIQUE(service_key,
    // position) row by row, so they first move out of the way to negative positions.
    const QString key = stored->rule.serviceKey;
    auto remaining = storage::rows<QString>(
        storage::exec(work.db(), QStringLiteral("SELECT id FROM routing_rule WHERE service_key = ? ORDER BY position"),
                      {key}),
        [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!remaining)
        return remaining.error();
    if (auto ok = storage::exec(
            work.db(), QStringLiteral("UPDATE routing_rule SET position = -position WHERE service_key = ?"), {key});
        !ok)
        return ok.error();
    QJsonArray positions;
    for (qsizetype i = 0; i < remaining->size(); ++i) {
        const QString &other = remaining->at(i);
        // rev only moves for a rule whose position really changed.
        if (auto ok = storage::exec(work.db(),
                                    QStringLiteral("UPDATE routing_rule SET rev = rev + (-position <> ?), "
                                                   "position = ? WHERE id = ?"),
                                    {int(i + 1), int(i + 1), other});
            !ok)
            return ok.error();
        positions.append(QJsonObject{{QStringLiteral("id"), other}, {QStringLiteral("position"), int(i + 1)}});
    }
    QJsonObject payload = toJson(stored->rule);
    payload.insert(QStringLiteral("renumbered"), positions);
    if (auto ok = work.record(QStringLiteral("routing_rule.remove"), QStringLiteral("routing_rule"), id, payload,
                              stored->rev);
        !ok)
        return ok.error();
    return work.commit();
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

Result<QHash<QString, QString>> Routing::serviceNames() const
{
    auto q = storage::exec(m_session.db(), QStringLiteral("SELECT service_key, service_name FROM submission "
                                                          "WHERE service_key <> '' AND service_name <> '' "
                                                          "ORDER BY received_at, rowid"));
    if (!q)
        return q.error();
    QHash<QString, QString> names;
    while (q->next())
        names.insert(q->value(0).toString(), q->value(1).toString());  // later ones win
    return names;
}

namespace {

// Marks the submission filed by the session's user, in the caller's transaction, with its audit
// event. Fails when somebody else decided on it meanwhile.
Result<void> markFiled(storage::UnitOfWork &work, const QString &entryId, const QString &userId, const QString &event,
                       const QStringList &proceedingIds)
{
    auto ok = storage::exec(work.db(),
                            QStringLiteral("UPDATE submission SET status = 'filed', decided_by = ?, decided_at = ?, "
                                           "rev = rev + 1 WHERE id = ? AND status = 'new'"),
                            {userId, storage::toStored(QDateTime::currentDateTimeUtc()), entryId});
    if (!ok)
        return ok.error();
    if (ok->numRowsAffected() != 1)
        return core::conflict(Text::tr("The submission was changed meanwhile."));
    return work.record(event, QStringLiteral("submission"), entryId,
                       {{QStringLiteral("proceedings"), QJsonArray::fromStringList(proceedingIds)}});
}

// The submission, if it can be filed now, and its package read again from the kept blob.
struct Opened
{
    InboxEntry entry;
    std::unique_ptr<PackageContent> content;
    QList<casework::PreparedFile> files;
};

Result<Opened> openForFiling(const casework::Session &session, const QString &entryId)
{
    if (auto ok = session.permit(core::Action::HandleSubmission); !ok)
        return ok.error();
    auto entry = Inbox(session).entry(entryId);
    if (!entry)
        return entry.error();
    if (entry->status != QLatin1String("new"))
        return core::refused(Text::tr("This submission is %1 and cannot be filed.").arg(statusTitle(entry->status)));
    auto content = PackageContent::open(session.store().blobs(), entry->packageSha256);
    if (!content)
        return content.error();
    // Bytes and text first (blobs are written before any row names them).
    auto files = content.value()->prepare(session.store().blobs());
    if (!files)
        return files.error();
    return Opened{std::move(entry).value(), std::move(content).value(), std::move(files).value()};
}

QHash<QString, QString> subjectValues(const InboxEntry &entry)
{
    return {{QStringLiteral("applicant"), entry.applicant.isEmpty() ? Text::tr("unknown applicant") : entry.applicant},
            {QStringLiteral("service"), entry.serviceName},
            {QStringLiteral("serviceKey"), entry.serviceKey},
            {QStringLiteral("date"), entry.receivedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy"))}};
}

}  // namespace

Result<Routing::Routed> Routing::route(const QString &inboxEntryId)
{
    auto entry = Inbox(m_session).entry(inboxEntryId);
    if (!entry)
        return entry.error();
    auto matching = rules(entry->serviceKey);
    if (!matching)
        return matching.error();
    if (matching->isEmpty() && entry->status == QLatin1String("new"))
        return core::refused(Text::tr("There is no routing rule for the service %1 (%2). File it by hand or ask the "
                                      "registry for a rule.")
                                 .arg(entry->serviceName, entry->serviceKey));
    // Say where the rules send it before unpacking anything, when the user may not file there.
    auto actor = m_session.actor();
    if (!actor)
        return actor.error();
    for (const RoutingRule &rule : matching.value()) {
        if (core::decide(actor.value(), core::Action::CreateCaseFile, {rule.ownerUnitId, {}, false}))
            continue;
        auto unit = storage::OrgRepository(m_session.db()).unit(rule.ownerUnitId);
        return core::refused(Text::tr("By the routing rules, %1 goes to “%2”, and you are not a member of that "
                                      "unit. Someone there can accept it, or you file it by hand.")
                                 .arg(entry->serviceName, unit ? unit->name : rule.ownerUnitId));
    }
    auto opened = openForFiling(m_session, inboxEntryId);
    if (!opened)
        return opened.error();
    const QHash<QString, QString> values = subjectValues(opened->entry);

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
            casework::ProceedingService(m_session).createIn(work, file->id, subject.value(), {}, {}, inboxEntryId);
        if (!proceeding)
            return proceeding.error();
        auto filed = casework::DocumentFiling(m_session).fileIn(work, proceeding->id, opened->files,
                                                                casework::DocumentFiling::Duplicates::AddAsNewDocument);
        if (!filed)
            return filed.error();
        routed.caseFileIds << file->id;
        routed.proceedingIds << proceeding->id;
        routed.documents += int(filed->size());
    }
    if (auto ok =
            markFiled(work, inboxEntryId, m_session.userId(), QStringLiteral("submission.route"), routed.proceedingIds);
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return routed;
}

Result<Routing::Routed> Routing::fileInto(const QString &inboxEntryId, const QString &caseFileId,
                                          const QString &subject)
{
    auto opened = openForFiling(m_session, inboxEntryId);
    if (!opened)
        return opened.error();
    QString title = subject.trimmed();
    if (title.isEmpty())
        title = opened->entry.applicant.isEmpty()
                    ? opened->entry.serviceName
                    : Text::tr("%1, %2").arg(opened->entry.serviceName, opened->entry.applicant);

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    // The case file's own checks apply: open, and the user a member of its unit.
    auto proceeding = casework::ProceedingService(m_session).createIn(work, caseFileId, title, {}, {}, inboxEntryId);
    if (!proceeding)
        return proceeding.error();
    auto filed = casework::DocumentFiling(m_session).fileIn(work, proceeding->id, opened->files,
                                                            casework::DocumentFiling::Duplicates::AddAsNewDocument);
    if (!filed)
        return filed.error();
    if (auto ok =
            markFiled(work, inboxEntryId, m_session.userId(), QStringLiteral("submission.file"), {proceeding->id});
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return Routed{{caseFileId}, {proceeding->id}, int(filed->size())};
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
