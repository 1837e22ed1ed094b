// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "storage/records.h"

namespace aw::casework {

// Units, users and memberships, kept by the registry. A new store gets its first registrar
// through bootstrap(), the only write allowed without a signed-in user.
class OrgService
{
public:
    explicit OrgService(Session session)
        : m_session(std::move(session))
    {}

    // Creates unit "Registratur" and a registrar `login` in it, if the store has no users yet.
    static core::Result<storage::User> bootstrap(storage::Store &store, const QString &login,
                                                 const QString &displayName);

    core::Result<storage::OrgUnit> createUnit(const QString &code, const QString &name);
    core::Result<storage::User> createUser(const QString &login, const QString &displayName);
    core::Result<void> addMembership(const QString &userId, const QString &orgUnitId, core::Role role);

private:
    Session m_session;
};

}  // namespace aw::casework
