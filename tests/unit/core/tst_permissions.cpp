// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/permissions.h"
#include "support/testenv.h"

#include <QObject>
#include <QtTest>

using aw::core::Action;
using aw::core::Actor;
using aw::core::Decision;
using aw::core::Membership;
using aw::core::Role;
using aw::core::Target;

using aw::test::s;

namespace {

const QString Me = QStringLiteral("user-me");
const QString Colleague = QStringLiteral("user-colleague");
const QString OwnUnit = QStringLiteral("unit-sta");
const QString OtherUnit = QStringLiteral("unit-kzn");

struct ActionInfo
{
    Action action;
    const char *name;
};

// Every value of Action; allActionsAreListed() fails when one is added without a row here.
const ActionInfo actions[] = {
    {Action::ViewCaseFile, "ViewCaseFile"},         {Action::CreateCaseFile, "CreateCaseFile"},
    {Action::EditCaseFile, "EditCaseFile"},         {Action::CloseCaseFile, "CloseCaseFile"},
    {Action::ReopenCaseFile, "ReopenCaseFile"},     {Action::CreateProceeding, "CreateProceeding"},
    {Action::EditProceeding, "EditProceeding"},     {Action::TakeProceeding, "TakeProceeding"},
    {Action::AssignProceeding, "AssignProceeding"}, {Action::CloseProceeding, "CloseProceeding"},
    {Action::ReopenProceeding, "ReopenProceeding"}, {Action::AddNote, "AddNote"},
    {Action::AddDocument, "AddDocument"},           {Action::SetResubmission, "SetResubmission"},
    {Action::ManageFilePlan, "ManageFilePlan"},     {Action::ManageOrgUnits, "ManageOrgUnits"},
    {Action::ManageUsers, "ManageUsers"},           {Action::Disposal, "Disposal"},
    {Action::HandleSubmission, "HandleSubmission"}, {Action::ReadRegister, "ReadRegister"},
    {Action::ImportRegister, "ImportRegister"},     {Action::Transfer, "Transfer"},
};

// Who may do an action, as the rule book states it (per open and per closed target).
enum class Who
{
    Nobody,
    Member,                // anyone of the owning unit
    Lead,                  // a supervisor of the owning unit
    ArchiveReader,         // a supervisor or registrar of the owning unit
    MineUnassignedOrLead,  // the assignee, anyone if unassigned, or a lead
    UnassignedOrLead,      // anyone if unassigned, or a lead
    AnyRegistrar,          // a registrar of any unit (office-wide administration)
    AnyMember,             // a member of any unit, in any role (the office's Posteingang)
    LeadOrAnyRegistrar,    // a supervisor of the owning unit, or a registrar of any unit
};

struct Rule
{
    Action action;
    Who open;
    Who closed;
};

// The specification, one line per action. Closed (zdA) work can only be read by leads, reopened by
// leads, or disposed of by the registry; nothing else changes it.
// The registry reads a unit's archive and disposes for the whole office, but does not direct the
// unit's work: reassigning and reopening are the supervisors' task.
const Rule rules[] = {
    {Action::ViewCaseFile, Who::Member, Who::ArchiveReader},
    {Action::CreateCaseFile, Who::Member, Who::Member},  // a new file has no closed state to look at
    {Action::EditCaseFile, Who::Member, Who::Nobody},
    {Action::CloseCaseFile, Who::Member, Who::Nobody},
    {Action::ReopenCaseFile, Who::Nobody, Who::Lead},
    {Action::CreateProceeding, Who::Member, Who::Nobody},
    {Action::EditProceeding, Who::MineUnassignedOrLead, Who::Nobody},
    {Action::TakeProceeding, Who::UnassignedOrLead, Who::Nobody},
    {Action::AssignProceeding, Who::Lead, Who::Nobody},
    {Action::CloseProceeding, Who::MineUnassignedOrLead, Who::Nobody},
    {Action::ReopenProceeding, Who::Nobody, Who::Lead},
    {Action::AddNote, Who::Member, Who::Nobody},
    {Action::AddDocument, Who::Member, Who::Nobody},
    {Action::SetResubmission, Who::Member, Who::Nobody},
    {Action::ManageFilePlan, Who::AnyRegistrar, Who::AnyRegistrar},
    {Action::ManageOrgUnits, Who::AnyRegistrar, Who::AnyRegistrar},
    {Action::ManageUsers, Who::AnyRegistrar, Who::AnyRegistrar},
    {Action::Disposal, Who::Nobody, Who::AnyRegistrar},
    {Action::HandleSubmission, Who::AnyMember, Who::AnyMember},
    // The civil registers (the target is the Standesamt keeping them; "closed" does not apply).
    {Action::ReadRegister, Who::Member, Who::Member},
    {Action::ImportRegister, Who::LeadOrAnyRegistrar, Who::LeadOrAnyRegistrar},
    // Abgabe to another authority, of running or closed files alike.
    {Action::Transfer, Who::LeadOrAnyRegistrar, Who::LeadOrAnyRegistrar},
};

enum class Assignee
{
    Me,
    Other,
    Nobody
};

bool satisfies(Who who, Role role, bool ownUnit, Assignee assignee)
{
    const bool lead = ownUnit && role == Role::Supervisor;
    switch (who) {
    case Who::Nobody:
        return false;
    case Who::Member:
        return ownUnit;
    case Who::Lead:
        return lead;
    case Who::ArchiveReader:
        return ownUnit && role != Role::Clerk;
    case Who::MineUnassignedOrLead:
        return ownUnit && (assignee != Assignee::Other || lead);
    case Who::UnassignedOrLead:
        return ownUnit && (assignee == Assignee::Nobody || lead);
    case Who::AnyRegistrar:
        return role == Role::Registrar;
    case Who::AnyMember:
        return true;
    case Who::LeadOrAnyRegistrar:
        return lead || role == Role::Registrar;
    }
    return false;
}

Target target(bool closed, Assignee assignee)
{
    QString assigneeId;
    if (assignee == Assignee::Me)
        assigneeId = Me;
    else if (assignee == Assignee::Other)
        assigneeId = Colleague;
    return {OwnUnit, assigneeId, closed};
}

Actor actorWith(QList<Membership> memberships, bool active = true, const QString &id = Me)
{
    return {id, std::move(memberships), active};
}

}  // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void allActionsAreListed();
    void roleNames();
    void matrix_data();
    void matrix();
    void absentUsers_data();
    void absentUsers();
    void scenarios_data();
    void scenarios();
};

void TestPermissions::initTestCase()
{
    aw::test::isolate();
}

void TestPermissions::allActionsAreListed()
{
    QCOMPARE(std::size(actions), size_t(Action::Transfer) + 1);
    QCOMPARE(std::size(rules), std::size(actions));
    for (size_t i = 0; i < std::size(actions); ++i) {
        QCOMPARE(int(actions[i].action), int(i));
        QCOMPARE(int(rules[i].action), int(i));
    }
}

void TestPermissions::roleNames()
{
    for (Role role : {Role::Clerk, Role::Supervisor, Role::Registrar}) {
        Role parsed = role == Role::Clerk ? Role::Registrar : Role::Clerk;
        QVERIFY(aw::core::roleFromName(aw::core::roleName(role), &parsed));
        QCOMPARE(parsed, role);
        QVERIFY(!aw::core::roleTitle(role).isEmpty());
    }
    QCOMPARE(aw::core::roleName(Role::Registrar), s("registrar"));
    Role untouched = Role::Supervisor;
    QVERIFY(!aw::core::roleFromName(s("Clerk"), &untouched));
    QVERIFY(!aw::core::roleFromName(QString(), &untouched));
    QCOMPARE(untouched, Role::Supervisor);
}

void TestPermissions::matrix_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<Action>("action");
    QTest::addColumn<Target>("target");
    QTest::addColumn<bool>("allowed");

    const std::pair<Role, const char *> roles[] = {
        {Role::Clerk, "clerk"}, {Role::Supervisor, "supervisor"}, {Role::Registrar, "registrar"}};
    const std::pair<Assignee, const char *> assignees[] = {
        {Assignee::Me, "mine"}, {Assignee::Other, "other's"}, {Assignee::Nobody, "unassigned"}};

    for (const auto &[role, roleText] : roles) {
        for (const bool ownUnit : {true, false}) {
            const Actor actor = actorWith({{ownUnit ? OwnUnit : OtherUnit, role}});
            for (size_t i = 0; i < std::size(actions); ++i) {
                for (const bool closed : {false, true}) {
                    for (const auto &[assignee, assigneeText] : assignees) {
                        const Who who = closed ? rules[i].closed : rules[i].open;
                        const QByteArray name = QByteArray(roleText) + (ownUnit ? " own unit " : " other unit ") +
                                                actions[i].name + (closed ? " closed " : " open ") + assigneeText;
                        QTest::newRow(name.constData()) << actor << actions[i].action << target(closed, assignee)
                                                        << satisfies(who, role, ownUnit, assignee);
                    }
                }
            }
        }
    }
}

void TestPermissions::matrix()
{
    QFETCH(Actor, actor);
    QFETCH(Action, action);
    QFETCH(Target, target);
    QFETCH(bool, allowed);

    const Decision decision = aw::core::decide(actor, action, target);
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(bool(decision), allowed);
    if (allowed)
        QVERIFY2(decision.reason.isEmpty(), qPrintable(decision.reason));
    else
        QVERIFY(!decision.reason.trimmed().isEmpty());
}

void TestPermissions::absentUsers_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<Action>("action");
    QTest::addColumn<Target>("target");
    QTest::addColumn<QString>("reasonPart");

    // A registrar and supervisor of the unit, so only the account itself can be the reason.
    const QList<Membership> everything{{OwnUnit, Role::Registrar}, {OwnUnit, Role::Supervisor}};
    const Actor inactive = actorWith(everything, false);
    const Actor nobody = actorWith(everything, true, QString());
    const Actor nobodyInactive = actorWith(everything, false, QString());

    for (const ActionInfo &info : actions) {
        for (const bool closed : {false, true}) {
            const Target t = target(closed, Assignee::Me);
            const QByteArray suffix = QByteArray(" ") + info.name + (closed ? " closed" : " open");
            QTest::newRow(QByteArray("inactive" + suffix).constData())
                << inactive << info.action << t << s("deactivated");
            QTest::newRow(QByteArray("empty user" + suffix).constData()) << nobody << info.action << t << s("No user");
            QTest::newRow(QByteArray("empty inactive user" + suffix).constData())
                << nobodyInactive << info.action << t << s("No user");
        }
        QTest::newRow(QByteArray("inactive, empty target " + QByteArray(info.name)).constData())
            << inactive << info.action << Target{} << s("deactivated");
    }
}

void TestPermissions::absentUsers()
{
    QFETCH(Actor, actor);
    QFETCH(Action, action);
    QFETCH(Target, target);
    QFETCH(QString, reasonPart);

    const Decision decision = aw::core::decide(actor, action, target);
    QVERIFY(!decision.allowed);
    QVERIFY2(decision.reason.contains(reasonPart), qPrintable(decision.reason));
}

void TestPermissions::scenarios_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<Action>("action");
    QTest::addColumn<Target>("target");
    QTest::addColumn<bool>("allowed");

    const Target openOwn{OwnUnit, {}, false};
    const Target othersWork{OwnUnit, Colleague, false};
    const Target closedFile{OwnUnit, {}, true};
    const Target office{};

    const Actor noMemberships = actorWith({});
    // Clerk here, supervisor elsewhere: the lead role does not carry over between units.
    const Actor clerkHereLeadThere = actorWith({{OwnUnit, Role::Clerk}, {OtherUnit, Role::Supervisor}});
    const Actor registrarElsewhere = actorWith({{OtherUnit, Role::Registrar}});
    const Actor clerkAndRegistrarHere = actorWith({{OwnUnit, Role::Clerk}, {OwnUnit, Role::Registrar}});
    const Actor supervisorHere = actorWith({{OwnUnit, Role::Supervisor}});

    QTest::newRow("no memberships: view") << noMemberships << Action::ViewCaseFile << openOwn << false;
    QTest::newRow("no memberships: create") << noMemberships << Action::CreateCaseFile << openOwn << false;
    QTest::newRow("no memberships: file plan") << noMemberships << Action::ManageFilePlan << office << false;
    QTest::newRow("no memberships: empty target") << noMemberships << Action::ViewCaseFile << office << false;
    QTest::newRow("no memberships: inbox") << noMemberships << Action::HandleSubmission << office << false;
    QTest::newRow("clerk elsewhere: inbox") << registrarElsewhere << Action::HandleSubmission << office << true;
    QTest::newRow("member: empty target is no unit") << supervisorHere << Action::CreateCaseFile << office << false;

    QTest::newRow("lead elsewhere: assign here")
        << clerkHereLeadThere << Action::AssignProceeding << othersWork << false;
    QTest::newRow("lead elsewhere: edit other's")
        << clerkHereLeadThere << Action::EditProceeding << othersWork << false;
    QTest::newRow("lead elsewhere: take other's")
        << clerkHereLeadThere << Action::TakeProceeding << othersWork << false;
    QTest::newRow("lead elsewhere: view closed here")
        << clerkHereLeadThere << Action::ViewCaseFile << closedFile << false;
    QTest::newRow("lead elsewhere: reopen here") << clerkHereLeadThere << Action::ReopenCaseFile << closedFile << false;
    QTest::newRow("lead elsewhere: edit own unit") << clerkHereLeadThere << Action::EditCaseFile << openOwn << true;

    QTest::newRow("registrar elsewhere: file plan") << registrarElsewhere << Action::ManageFilePlan << office << true;
    QTest::newRow("registrar elsewhere: users") << registrarElsewhere << Action::ManageUsers << office << true;
    QTest::newRow("registrar elsewhere: units") << registrarElsewhere << Action::ManageOrgUnits << office << true;
    QTest::newRow("registrar elsewhere: disposal here") << registrarElsewhere << Action::Disposal << closedFile << true;
    QTest::newRow("registrar elsewhere: view here") << registrarElsewhere << Action::ViewCaseFile << openOwn << false;

    QTest::newRow("clerk+registrar: disposal") << clerkAndRegistrarHere << Action::Disposal << closedFile << true;
    QTest::newRow("clerk+registrar: disposal open") << clerkAndRegistrarHere << Action::Disposal << openOwn << false;
    QTest::newRow("clerk+registrar: reassign")
        << clerkAndRegistrarHere << Action::AssignProceeding << othersWork << false;
    QTest::newRow("clerk+registrar: view closed")
        << clerkAndRegistrarHere << Action::ViewCaseFile << closedFile << true;
    QTest::newRow("clerk+registrar: reopen") << clerkAndRegistrarHere << Action::ReopenCaseFile << closedFile << false;

    QTest::newRow("supervisor: disposal") << supervisorHere << Action::Disposal << closedFile << false;
    QTest::newRow("supervisor: file plan") << supervisorHere << Action::ManageFilePlan << office << false;
    QTest::newRow("supervisor: reopen open file") << supervisorHere << Action::ReopenCaseFile << openOwn << false;
}

void TestPermissions::scenarios()
{
    QFETCH(Actor, actor);
    QFETCH(Action, action);
    QFETCH(Target, target);
    QFETCH(bool, allowed);

    const Decision decision = aw::core::decide(actor, action, target);
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.reason.trimmed().isEmpty(), allowed);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
