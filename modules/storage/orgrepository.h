// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QList>
#include <QSqlDatabase>

namespace aw::storage {

// Org units, users and their memberships. Runs on the connection it is given (the caller's
// thread and transaction).
class OrgRepository
{
public:
    explicit OrgRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    core::Result<void> insertUnit(const OrgUnit &unit);
    core::Result<QList<OrgUnit>> units() const;
    core::Result<OrgUnit> unit(const QString &id) const;
    core::Result<OrgUnit> unitByCode(const QString &code) const;

    core::Result<void> insertUser(const User &user);
    core::Result<QList<User>> users() const;
    core::Result<User> user(const QString &id) const;
    core::Result<User> userByLogin(const QString &login) const;
    // The active users with any role in the unit, by display name.
    core::Result<QList<User>> members(const QString &orgUnitId) const;

    core::Result<void> addMembership(const Membership &membership);
    core::Result<QList<Membership>> memberships(const QString &userId) const;

    // The user as the permission rules see them (with all memberships).
    core::Result<core::Actor> actor(const QString &userId) const;

private:
    QSqlDatabase m_db;
};

}  // namespace aw::storage
