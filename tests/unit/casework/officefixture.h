// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "core/result.h"
#include "storage/records.h"
#include "storage/store.h"
#include "support/testenv.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <utility>

// A small district office for service tests: a registrar, the units Standesamt (StA) and
// Kundenzentrum Nord (KZN), two Standesamt clerks, a Standesamt supervisor, a KZN clerk, and
// the file plan nodes 5, 5.1 (10 years, V) and 5.2 (permanent, A). setUp() builds it in a fresh
// store, checking that every write adds exactly one audit event and outbox entry; tearDown()
// verifies the store.
class OfficeFixture
{
protected:
    void setUp();
    void tearDown();

    aw::casework::Session as(const QString &userId) const { return aw::casework::Session(m_store, userId); }
    qint64 count(const char *table) const;
    // Audit events and outbox rows written since `before`, as "+audit/+outbox".
    QString delta(const std::pair<qint64, qint64> &before) const;
    std::pair<qint64, qint64> writes() const { return {count("audit_event"), count("outbox")}; }
    aw::storage::CaseFile newFile(const QString &nodeId, const QString &userId);
    // Imports `csv` as the registrar; "created/updated/unchanged", or the error message.
    QString import(const QByteArray &csv);
    // A node as "parent code | title | years | disposal".
    QString node(const QString &code) const;
    aw::storage::Proceeding newProceeding(const QString &caseFileId, const QString &userId,
                                          const QString &assignee = {});

    std::unique_ptr<aw::test::TempDir> m_dir;
    std::shared_ptr<aw::storage::Store> m_store;
    QString m_registrar, m_sta, m_kzn, m_clerk, m_clerk2, m_supervisor, m_kzClerk;
    QString m_node5, m_node51, m_node52;
};

// Refused with a reason the user can read.
template <typename T>
bool refused(const aw::core::Result<T> &result)
{
    if (result.ok() || result.error().code != aw::core::Error::Code::Refused ||
        result.error().message.trimmed().isEmpty()) {
        qWarning("expected a refusal, got %s", result.ok() ? "success" : qPrintable(result.error().message));
        return false;
    }
    return true;
}

inline QString year()
{
    return QString::number(QDate::currentDate().year());
}
