// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/permissions.h"
#include "core/result.h"
#include "storage/store.h"

#include <memory>

namespace aw::casework {

// Who is working on which store. Services are cheap to make from a session on whatever thread
// does the work; each uses that thread's connection.
class Session
{
public:
    Session(std::shared_ptr<storage::Store> store, QString userId)
        : m_store(std::move(store))
        , m_userId(std::move(userId))
    {}

    storage::Store &store() const { return *m_store; }
    std::shared_ptr<storage::Store> sharedStore() const { return m_store; }
    QSqlDatabase db() const { return m_store->connection(); }
    const QString &userId() const { return m_userId; }

    // The user with their memberships, read fresh (roles may have changed).
    core::Result<core::Actor> actor() const;

    // Runs the rule book; Refused with its reason when not allowed.
    core::Result<void> permit(core::Action action, const core::Target &target = {}) const;

private:
    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
};

}  // namespace aw::casework
