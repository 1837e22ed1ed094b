// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace aw::intake {

// One received package as the Posteingang lists it.
struct InboxEntry
{
    QString id;
    QString submissionId;
    QString packageSha256;
    QString packageName;
    QDateTime receivedAt;
    QString status;   // new, quarantined, filed, rejected
    QString problem;  // why it is quarantined, in words for the clerk
    QString serviceKey;
    QString serviceName;
    QString applicant;
    QString decidedBy;  // who accepted, filed or rejected it (user id); empty while open
    QDateTime decidedAt;
    QString decisionNote;      // the reason of a rejection
    QDateTime acknowledgedAt;  // when the Eingangsbestätigung went to the outgoing folder
    // The units the routing rules of its service send it to (whose inbox it is); empty when no
    // rule matches, so that it must be filed by hand.
    QStringList unitIds;
    QStringList unitNames;
};

// The status as the clerk reads it: "Neu", "Fehlerhaft", "Abgelegt", "Abgelehnt".
QString statusTitle(const QString &status);

// The Posteingang: takes submission packages (ZIP) in, keeps every package unchanged as a blob,
// reads it through the safe ZIP reader, parses and verifies it, and records it as new or, with
// the reason, as quarantined. Receiving the same package (or the same FIT-Connect submission)
// again creates nothing new. Each receipt is one transaction with its audit event.
class Inbox
{
public:
    explicit Inbox(casework::Session session)
        : m_session(std::move(session))
    {}

    struct Received
    {
        InboxEntry entry;
        bool alreadyKnown = false;
    };
    core::Result<Received> receive(const QString &packagePath);
    // Reads a quarantined package again (after the sender or the software was fixed).
    core::Result<Received> retry(const QString &id);

    // Rejects a new or quarantined submission for good, with the reason the applicant and the file
    // are told. The package stays kept; nothing is filed.
    core::Result<InboxEntry> reject(const QString &id, const QString &reason);

    core::Result<QList<InboxEntry>> list() const;
    core::Result<InboxEntry> entry(const QString &id) const;
    // The proceedings the submission became (routed or filed), oldest first.
    core::Result<QStringList> proceedingIds(const QString &id) const;

private:
    struct Checked
    {
        QString problem;  // empty when the package is fine
        QString submissionId, serviceKey, serviceName, applicant, metadata;
    };
    Checked check(const QString &packagePath) const;

    casework::Session m_session;
};

}  // namespace aw::intake
