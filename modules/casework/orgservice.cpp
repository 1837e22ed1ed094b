// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/orgservice.h"

#include "storage/orgrepository.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QRegularExpression>

using aw::core::Result;

namespace aw::casework {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::casework::OrgService)
};

bool isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    return pattern.match(login).hasMatch();
}

}  // namespace

Result<storage::User> OrgService::bootstrap(storage::Store &store, const QString &login, const QString &displayName)
{
    if (!isValidLogin(login))
        return core::invalid(Text::tr("“%1” is not a valid login (lower-case letters, digits, dot, dash).").arg(login));
    storage::UnitOfWork work(store.connection(), QStringLiteral("system"));
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::OrgRepository org(work.db());
    auto users = org.users();
    if (!users)
        return users.error();
    if (!users->isEmpty())
        return core::conflict(Text::tr("This store already has users; sign in as one of them."));

    // Stored data, not interface text: the unit keeps its German name whatever the language.
    const storage::OrgUnit unit{storage::newId(), QStringLiteral("REG"), QStringLiteral("Registratur")};
    const storage::User user{storage::newId(), login, displayName.isEmpty() ? login : displayName, true};
    const storage::Membership membership{user.id, unit.id, core::Role::Registrar};
    if (auto ok = org.insertUnit(unit); !ok)
        return ok.error();
    if (auto ok = org.insertUser(user); !ok)
        return ok.error();
    if (auto ok = org.addMembership(membership); !ok)
        return ok.error();
    for (auto [action, type, id, json] :
         {std::tuple{"org_unit.create", "org_unit", unit.id, storage::toJson(unit)},
          std::tuple{"user.create", "user", user.id, storage::toJson(user)},
          std::tuple{"membership.add", "user", user.id,
                     QJsonObject{{QStringLiteral("orgUnitId"), unit.id},
                                 {QStringLiteral("role"), core::roleName(core::Role::Registrar)}}}}) {
        if (auto ok = work.record(QLatin1String(action), QLatin1String(type), id, json); !ok)
            return ok.error();
    }
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return user;
}

Result<storage::OrgUnit> OrgService::createUnit(const QString &code, const QString &name)
{
    if (auto ok = m_session.permit(core::Action::ManageOrgUnits); !ok)
        return ok.error();
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty())
        return core::invalid(Text::tr("A unit needs a code and a name."));
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::OrgRepository org(work.db());
    if (org.unitByCode(code.trimmed()))
        return core::conflict(Text::tr("There is already a unit with the code “%1”.").arg(code));
    const storage::OrgUnit unit{storage::newId(), code.trimmed(), name.trimmed()};
    if (auto ok = org.insertUnit(unit); !ok)
        return ok.error();
    if (auto ok =
            work.record(QStringLiteral("org_unit.create"), QStringLiteral("org_unit"), unit.id, storage::toJson(unit));
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return unit;
}

Result<storage::User> OrgService::createUser(const QString &login, const QString &displayName)
{
    if (auto ok = m_session.permit(core::Action::ManageUsers); !ok)
        return ok.error();
    if (!isValidLogin(login))
        return core::invalid(Text::tr("“%1” is not a valid login (lower-case letters, digits, dot, dash).").arg(login));
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::OrgRepository org(work.db());
    if (org.userByLogin(login))
        return core::conflict(Text::tr("There is already a user “%1”.").arg(login));
    const storage::User user{storage::newId(), login, displayName.trimmed().isEmpty() ? login : displayName.trimmed(),
                             true};
    if (auto ok = org.insertUser(user); !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("user.create"), QStringLiteral("user"), user.id, storage::toJson(user));
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return user;
}

Result<void> OrgService::addMembership(const QString &userId, const QString &orgUnitId, core::Role role)
{
    if (auto ok = m_session.permit(core::Action::ManageUsers); !ok)
        return ok;
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok;
    storage::OrgRepository org(work.db());
    if (auto u = org.user(userId); !u)
        return u.error();
    if (auto unit = org.unit(orgUnitId); !unit)
        return unit.error();
    if (auto ok = org.addMembership({userId, orgUnitId, role}); !ok)
        return ok;
    if (auto ok =
            work.record(QStringLiteral("membership.add"), QStringLiteral("user"), userId,
                        {{QStringLiteral("orgUnitId"), orgUnitId}, {QStringLiteral("role"), core::roleName(role)}});
        !ok)
        return ok;
    return work.commit();
}

}  // namespace aw::casework
