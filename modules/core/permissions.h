// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace aw::core {

// What a user is in one org unit. A user may hold several memberships.
enum class Role
{
    Clerk,
    Supervisor,
    Registrar
};

QString roleName(Role role);                         // stable code name: "clerk", "supervisor", "registrar"
bool roleFromName(const QString &name, Role *role);  // inverse of roleName
QString roleTitle(Role role);                        // translated, for the UI: "Sachbearbeiter/in", …

struct Membership
{
    QString orgUnitId;
    Role role = Role::Clerk;
};

// The signed-in user as the rules see them.
struct Actor
{
    QString userId;
    QList<Membership> memberships;
    bool active = true;

    bool hasRole(Role role) const;  // in any unit
    bool hasRoleIn(const QString &orgUnitId, Role role) const;
    bool isMemberOf(const QString &orgUnitId) const;
};

enum class Action
{
    ViewCaseFile,
    CreateCaseFile,
    EditCaseFile,
    CloseCaseFile,
    ReopenCaseFile,
    CreateProceeding,
    EditProceeding,    // subject, status, due date
    TakeProceeding,    // assign an unassigned proceeding to oneself
    AssignProceeding,  // assign or reassign to anyone of the unit
    CloseProceeding,
    ReopenProceeding,
    AddNote,
    AddDocument,  // a new document or a new version of one
    SetResubmission,
    ManageFilePlan,
    ManageOrgUnits,
    ManageUsers,
    Disposal,
    HandleSubmission,  // accept, file or reject what arrived in the Posteingang
    ReadRegister,      // search and read the civil registers kept by the target's unit
    ImportRegister,    // load a register index into the unit's registers
    Transfer,          // hand a case file to another authority (xdomea Abgabe)
};

// The object an action is about, reduced to what the rules look at. For actions on the
// whole office (file plan, users) leave it empty.
struct Target
{
    QString ownerUnitId;  // the unit that owns the case file
    QString assigneeId;   // the proceeding's assignee, if any
    bool closed = false;  // the case file (or proceeding) is closed (zdA)
};

struct Decision
{
    bool allowed = false;
    QString reason;  // translated; empty when allowed
    explicit operator bool() const { return allowed; }
};

// The one rule book: may `actor` do `action` on `target`? Pure; every service calls it.
Decision decide(const Actor &actor, Action action, const Target &target = {});

}  // namespace aw::core
