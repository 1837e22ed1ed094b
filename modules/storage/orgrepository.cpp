// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/orgrepository.h"

#include "storage/sql.h"

#include <QCoreApplication>

using aw::core::Result;

namespace aw::storage {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::storage::OrgRepository)
};

const QString unitColumns = QStringLiteral("SELECT id, code, name FROM org_unit ");
const QString userColumns = QStringLiteral("SELECT id, login, display_name, active FROM user ");

OrgUnit unitFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

User userFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
}

}  // namespace

Result<void> OrgRepository::insertUnit(const OrgUnit &unit)
{
    return done(exec(m_db, QStringLiteral("INSERT INTO org_unit (id, code, name) VALUES (?, ?, ?)"),
                     {unit.id, unit.code, unit.name}));
}

Result<QList<OrgUnit>> OrgRepository::units() const
{
    return rows<OrgUnit>(exec(m_db, unitColumns + QStringLiteral("ORDER BY name")), unitFromRow);
}

Result<OrgUnit> OrgRepository::unit(const QString &id) const
{
    return row<OrgUnit>(exec(m_db, unitColumns + QStringLiteral("WHERE id = ?"), {id}), unitFromRow,
                        Text::tr("There is no unit with the id “%1”.").arg(id));
}

Result<OrgUnit> OrgRepository::unitByCode(const QString &code) const
{
    return row<OrgUnit>(exec(m_db, unitColumns + QStringLiteral("WHERE code = ?"), {code}), unitFromRow,
                        Text::tr("There is no unit with the code “%1”.").arg(code));
}

Result<void> OrgRepository::insertUser(const User &user)
{
    return done(exec(m_db, QStringLiteral("INSERT INTO user (id, login, display_name, active) VALUES (?, ?, ?, ?)"),
                     {user.id, user.login, user.displayName, user.active ? 1 : 0}));
}

Result<QList<User>> OrgRepository::users() const
{
    return rows<User>(exec(m_db, userColumns + QStringLiteral("ORDER BY display_name")), userFromRow);
}

Result<User> OrgRepository::user(const QString &id) const
{
    return row<User>(exec(m_db, userColumns + QStringLiteral("WHERE id = ?"), {id}), userFromRow,
                     Text::tr("There is no user with the id “%1”.").arg(id));
}

Result<User> OrgRepository::userByLogin(const QString &login) const
{
    return row<User>(exec(m_db, userColumns + QStringLiteral("WHERE login = ?"), {login}), userFromRow,
                     Text::tr("There is no user “%1” in this store.").arg(login));
}

Result<void> OrgRepository::addMembership(const Membership &m)
{
    return done(exec(m_db, QStringLiteral("INSERT INTO membership (user_id, org_unit_id, role) VALUES (?, ?, ?)"),
                     {m.userId, m.orgUnitId, core::roleName(m.role)}));
}

Result<QList<User>> OrgRepository::members(const QString &orgUnitId) const
{
    return rows<User>(exec(m_db,
                           userColumns + QStringLiteral("WHERE active AND id IN (SELECT user_id FROM membership "
                                                        "WHERE org_unit_id = ?) ORDER BY display_name"),
                           {orgUnitId}),
                      userFromRow);
}

Result<QList<Membership>> OrgRepository::memberships(const QString &userId) const
{
    return rows<Membership>(
        exec(m_db, QStringLiteral("SELECT user_id, org_unit_id, role FROM membership WHERE user_id = ?"), {userId}),
        [](const QSqlQuery &q) {
            Membership m{q.value(0).toString(), q.value(1).toString(), core::Role::Clerk};
            core::roleFromName(q.value(2).toString(), &m.role);
            return m;
        });
}

Result<core::Actor> OrgRepository::actor(const QString &userId) const
{
    auto u = user(userId);
    if (!u)
        return u.error();
    auto ms = memberships(userId);
    if (!ms)
        return ms.error();
    core::Actor actor{u->id, {}, u->active};
    for (const Membership &m : ms.value())
        actor.memberships.append({m.orgUnitId, m.role});
    return actor;
}

}  // namespace aw::storage
