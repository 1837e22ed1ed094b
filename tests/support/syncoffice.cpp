// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/syncoffice.h"

#include "casework/fileplanservice.h"
#include "casework/orgservice.h"
#include "sync/central.h"

namespace aw::test {

namespace {

struct Person
{
    const char *login;
    const char *unit;
    core::Role role;
};
const Person People[] = {{"anna", "StA", core::Role::Clerk},
                         {"tarik", "StA", core::Role::Clerk},
                         {"karin", "StA", core::Role::Supervisor},
                         {"bernd", "KZN", core::Role::Clerk}};

}  // namespace

core::Result<SyncOffice> SyncOffice::make(const QString &dir)
{
    auto store = storage::Store::open(dir);
    if (!store)
        return store.error();
    SyncOffice office;
    office.store = store.value();
    auto registrar =
        casework::OrgService::bootstrap(*office.store, QStringLiteral("registratur"), QStringLiteral("Registratur"));
    if (!registrar)
        return registrar.error();
    const casework::Session session(office.store, registrar->id);
    casework::OrgService org(session);
    QHash<QString, QString> units;
    for (const auto &[code, name] : {std::pair{"StA", "Standesamt"}, std::pair{"KZN", "Kundenzentrum Nord"}}) {
        auto unit = org.createUnit(QString::fromUtf8(code), QString::fromUtf8(name));
        if (!unit)
            return unit.error();
        units.insert(unit->code, unit->id);
    }
    office.unitSta = units.value(QStringLiteral("StA"));
    for (const Person &p : People) {
        auto user = org.createUser(QString::fromLatin1(p.login), QString::fromLatin1(p.login));
        if (!user)
            return user.error();
        if (auto ok = org.addMembership(user->id, units.value(QString::fromLatin1(p.unit)), p.role); !ok)
            return ok.error();
        office.userIds.insert(user->login, user->id);
    }
    casework::FilePlanService plan(session);
    auto n5 = plan.create(QStringLiteral("5"), QStringLiteral("Personenstandswesen"), {}, {30},
                          core::DisposalDecision::Archive);
    if (!n5)
        return n5.error();
    auto n51 =
        plan.create(QStringLiteral("5.1"), QStringLiteral("Geburten"), n5->id, {10}, core::DisposalDecision::Destroy);
    if (!n51)
        return n51.error();
    office.node51 = n51->id;
    return office;
}

core::Result<void> SyncOffice::setUpCentral(const QSqlDatabase &admin, const QString &password)
{
    if (auto ok = sync::CentralSchema::migrate(admin); !ok)
        return ok.error();
    for (const auto &[code, name] : {std::pair{"StA", "Standesamt"}, std::pair{"KZN", "Kundenzentrum Nord"}})
        if (auto ok = sync::CentralSchema::addUnit(admin, QString::fromUtf8(code), QString::fromUtf8(name)); !ok)
            return ok.error();
    for (const Person &p : People) {
        const QString role = p.role == core::Role::Supervisor ? QStringLiteral("supervisor") : QStringLiteral("clerk");
        if (auto ok = sync::CentralSchema::addUser(admin, QString::fromLatin1(p.login), password,
                                                   {{QString::fromLatin1(p.unit), role}});
            !ok)
            return ok.error();
    }
    return {};
}

}  // namespace aw::test
