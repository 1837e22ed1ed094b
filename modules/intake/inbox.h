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
};

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

    core::Result<QList<InboxEntry>> list() const;
    core::Result<InboxEntry> entry(const QString &id) const;

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
