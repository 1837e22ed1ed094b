// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/permissions.h"

#include <QCoreApplication>

#include <algorithm>

namespace aw::core {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::core::Permissions)
};

Decision allow()
{
    return {true, {}};
}

Decision deny(const QString &reason)
{
    return {false, reason};
}

// The unit's archive (its closed files) is read by its supervisors and by the registry.
bool readsArchiveOf(const Actor &actor, const QString &unit)
{
    return actor.hasRoleIn(unit, Role::Supervisor) || actor.hasRoleIn(unit, Role::Registrar);
}

}  // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Registrar:
        return QStringLiteral("registrar");
    }
    return {};
}

bool roleFromName(const QString &name, Role *role)
{
    for (Role r : {Role::Clerk, Role::Supervisor, Role::Registrar}) {
        if (roleName(r) == name) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Clerk:
        return Text::tr("Clerk");
    case Role::Supervisor:
        return Text::tr("Supervisor");
    case Role::Registrar:
        return Text::tr("Registrar");
    }
    return {};
}

bool Actor::hasRole(Role role) const
{
    return std::any_of(memberships.cbegin(), memberships.cend(),
                       [role](const Membership &m) { return m.role == role; });
}

bool Actor::hasRoleIn(const QString &orgUnitId, Role role) const
{
    return std::any_of(memberships.cbegin(), memberships.cend(),
                       [&](const Membership &m) { return m.orgUnitId == orgUnitId && m.role == role; });
}

bool Actor::isMemberOf(const QString &orgUnitId) const
{
    return std::any_of(memberships.cbegin(), memberships.cend(),
                       [&](const Membership &m) { return m.orgUnitId == orgUnitId; });
}

Decision decide(const Actor &actor, Action action, const Target &target)
{
    if (actor.userId.isEmpty())
        return deny(Text::tr("No user is signed in."));
    if (!actor.active)
        return deny(Text::tr("This user account is deactivated."));

    // Office-wide administration: registrars of any unit.
    switch (action) {
    case Action::ManageFilePlan:
        return actor.hasRole(Role::Registrar)
                   ? allow()
                   : deny(Text::tr("Only the registry (Registratur) may change the file plan."));
    case Action::ManageOrgUnits:
    case Action::ManageUsers:
        return actor.hasRole(Role::Registrar)
                   ? allow()
                   : deny(Text::tr("Only the registry (Registratur) may manage units and users."));
    case Action::Disposal:
        // The registry disposes for the whole office; whether retention has run out is the
        // disposal workflow's check, on the file's dates.
        if (!actor.hasRole(Role::Registrar))
            return deny(Text::tr("Only the registry (Registratur) may dispose of files."));
        if (!target.closed)
            return deny(Text::tr("Only closed files can be disposed of."));
        return allow();
    case Action::HandleSubmission:
        // The Posteingang is the office's; what becomes of an application is then checked on the
        // case file it is filed into.
        return actor.memberships.isEmpty() ? deny(Text::tr("Only members of a unit may handle incoming applications."))
                                           : allow();
    case Action::ReadRegister:
        // Civil registers are confidential (§ 62 PStG): only the Standesamt keeping them reads them.
        return actor.isMemberOf(target.ownerUnitId)
                   ? allow()
                   : deny(Text::tr("Only members of the Standesamt that keeps the register may read it."));
    case Action::ImportRegister:
        return actor.hasRoleIn(target.ownerUnitId, Role::Supervisor) || actor.hasRole(Role::Registrar)
                   ? allow()
                   : deny(Text::tr("Only a supervisor of the Standesamt or the registry may import a register index."));
    case Action::Transfer:
        // Handing a file to another authority ends this office's keeping of it: the unit's
        // supervisor or the registry decides, never a clerk alone.
        return actor.hasRoleIn(target.ownerUnitId, Role::Supervisor) || actor.hasRole(Role::Registrar)
                   ? allow()
                   : deny(Text::tr("Only a supervisor of the owning unit or the registry may hand a case file to "
                                   "another authority."));
    default:
        break;
    }

    const QString &unit = target.ownerUnitId;
    if (!actor.isMemberOf(unit))
        return deny(Text::tr("You are not a member of the unit that owns this file."));

    // Directing the unit's work is its supervisors' task, not the registry's.
    const bool lead = actor.hasRoleIn(unit, Role::Supervisor);
    const bool mine = !target.assigneeId.isEmpty() && target.assigneeId == actor.userId;
    const bool unassigned = target.assigneeId.isEmpty();

    switch (action) {
    case Action::ViewCaseFile:
        // Closed files belong to the unit's archive: supervisors and the registry read it.
        if (target.closed && !readsArchiveOf(actor, unit))
            return deny(Text::tr("Closed files can only be viewed by the unit's supervisors and the registry."));
        return allow();
    case Action::CreateCaseFile:
        return allow();
    case Action::ReopenCaseFile:
    case Action::ReopenProceeding:
        if (!target.closed)
            return deny(Text::tr("This is not closed."));
        return lead ? allow() : deny(Text::tr("Only a supervisor may reopen closed work."));
    default:
        break;
    }

    // Everything below changes open work.
    if (target.closed)
        return deny(Text::tr("This is closed (zdA) and can no longer be changed. A supervisor can reopen it."));

    switch (action) {
    case Action::EditCaseFile:
    case Action::CloseCaseFile:
    case Action::CreateProceeding:
    case Action::AddNote:
    case Action::AddDocument:
    case Action::SetResubmission:
        return allow();
    case Action::EditProceeding:
    case Action::CloseProceeding:
        if (mine || unassigned || lead)
            return allow();
        return deny(Text::tr("This proceeding is assigned to someone else. Ask them or a supervisor."));
    case Action::TakeProceeding:
        if (unassigned || lead)
            return allow();
        return deny(Text::tr("This proceeding is already assigned. Only a supervisor can reassign it."));
    case Action::AssignProceeding:
        return lead ? allow() : deny(Text::tr("Only a supervisor may assign work to others."));
    default:
        break;
    }
    return deny(Text::tr("This action is not permitted."));
}

}  // namespace aw::core
