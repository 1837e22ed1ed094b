// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace aw::intake {

// Where applications for one service go: the file-plan node and owning unit of the new case
// file, and the subject, a template with {{applicant}}, {{service}}, {{serviceKey}}, {{date}}.
// One service key may have several rules (a birth: registration, certificates, …).
struct RoutingRule
{
    QString id;
    QString serviceKey;
    int position = 1;
    QString nodeId;
    QString ownerUnitId;
    QString subjectTemplate;
};

// Routing rules (kept by the registry) and routing itself: a new submission becomes, per rule, a
// case file with a proceeding that holds the form data and every attachment as documents — all
// in one transaction, or nothing.
class Routing
{
public:
    explicit Routing(casework::Session session)
        : m_session(std::move(session))
    {}

    core::Result<RoutingRule> addRule(const QString &serviceKey, const QString &nodeId, const QString &ownerUnitId,
                                      const QString &subjectTemplate);
    // Changes where a rule files to; its service key and position stay. Checked like addRule.
    core::Result<RoutingRule> updateRule(const QString &id, const QString &nodeId, const QString &ownerUnitId,
                                         const QString &subjectTemplate);
    // Removes a rule; the other rules of its service key keep their order, numbered 1..n again.
    core::Result<void> removeRule(const QString &id);
    core::Result<QList<RoutingRule>> rules(const QString &serviceKey = {}) const;
    // The service name per service key, as the most recent submission for it named it.
    core::Result<QHash<QString, QString>> serviceNames() const;

    struct Routed
    {
        QStringList caseFileIds;
        QStringList proceedingIds;
        int documents = 0;
    };
    core::Result<Routed> route(const QString &inboxEntryId);
    // Files a new submission by hand into an existing case file: a new proceeding there (subject:
    // `subject`, or "<service>, <applicant>") holding the form data and every attachment.
    core::Result<Routed> fileInto(const QString &inboxEntryId, const QString &caseFileId, const QString &subject = {});

private:
    casework::Session m_session;
};

// Routing rules of the demo office: certificate requests to the Standesamt (5.4), residence
// registrations to Kundenzentrum Nord (3.1), a birth to the Standesamt as birth (5.1) and
// certificates (5.4). Needs the demo's file plan and units; added by the registry.
core::Result<int> seedDemoRules(const std::shared_ptr<storage::Store> &store);

}  // namespace aw::intake
