// SPDX-License-Identifier: GPL-3.0-or-later
#include "officefixture.h"

#include "casework/casefileservice.h"
#include "casework/fileplanservice.h"
#include "casework/orgservice.h"
#include "casework/proceedingservice.h"
#include "storage/fileplanrepository.h"
#include "storage/sql.h"

#include <QBuffer>
#include <QtTest>

using aw::casework::CaseFileService;
using aw::casework::FilePlanService;
using aw::casework::OrgService;
using aw::casework::ProceedingService;
using aw::core::DisposalDecision;
using aw::core::RetentionPeriod;
using aw::core::Role;
using aw::storage::CaseFile;
using aw::storage::Proceeding;
using aw::test::s;
using aw::test::why;

qint64 OfficeFixture::count(const char *table) const
{
    const auto n =
        aw::storage::scalar(m_store->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return n ? n->toLongLong() : -1;
}

QString OfficeFixture::delta(const std::pair<qint64, qint64> &before) const
{
    const auto now = writes();
    return QStringLiteral("+%1/+%2").arg(now.first - before.first).arg(now.second - before.second);
}

void OfficeFixture::setUp()
{
    m_dir = std::make_unique<aw::test::TempDir>();
    auto store = aw::storage::Store::open(m_dir->path());
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();

    auto before = writes();
    const auto registrar = OrgService::bootstrap(*m_store, s("registratur"), s("Petra Registratur"));
    QVERIFY2(registrar.ok(), qPrintable(why(registrar)));
    QCOMPARE(delta(before), s("+3/+3"));  // unit, user, membership
    m_registrar = registrar->id;
    QVERIFY(!OrgService::bootstrap(*m_store, s("zweite"), s("Zweite")).ok());

    OrgService org(as(m_registrar));
    before = writes();
    const auto sta = org.createUnit(s("StA"), s("Standesamt"));
    const auto kzn = org.createUnit(s("KZN"), s("Kundenzentrum Nord"));
    QVERIFY2(sta.ok() && kzn.ok(), qPrintable(why(sta) + why(kzn)));
    QCOMPARE(delta(before), s("+2/+2"));
    m_sta = sta->id;
    m_kzn = kzn->id;

    const struct
    {
        const char *login, *name;
        QString *id;
        QString unit;
        Role role;
    } people[] = {{"mmueller", "Maria Müller", &m_clerk, m_sta, Role::Clerk},
                  {"tyilmaz", "Tarik Yılmaz", &m_clerk2, m_sta, Role::Clerk},
                  {"kschmidt", "Karin Schmidt", &m_supervisor, m_sta, Role::Supervisor},
                  {"aweber", "Anna Weber", &m_kzClerk, m_kzn, Role::Clerk}};
    for (const auto &person : people) {
        before = writes();
        const auto user = org.createUser(s(person.login), s(person.name));
        QVERIFY2(user.ok(), qPrintable(why(user)));
        const auto member = org.addMembership(user->id, person.unit, person.role);
        QVERIFY2(member.ok(), qPrintable(why(member)));
        QCOMPARE(delta(before), s("+2/+2"));
        *person.id = user->id;
    }

    FilePlanService plan(as(m_registrar));
    const auto n5 = plan.create(s("5"), s("Personenstandswesen"), {}, {30}, DisposalDecision::Archive);
    QVERIFY2(n5.ok(), qPrintable(why(n5)));
    const auto n51 = plan.create(s("5.1"), s("Geburten"), n5->id, {10}, DisposalDecision::Destroy);
    const auto n52 =
        plan.create(s("5.2"), s("Eheschließungen"), n5->id, {RetentionPeriod::Permanent}, DisposalDecision::Archive);
    QVERIFY2(n51.ok() && n52.ok(), qPrintable(why(n51) + why(n52)));
    m_node5 = n5->id;
    m_node51 = n51->id;
    m_node52 = n52->id;
}

void OfficeFixture::tearDown()
{
    if (m_store) {
        const auto findings = m_store->verify();
        QVERIFY2(findings.ok(), qPrintable(why(findings)));
        QVERIFY2(findings->isEmpty(), qPrintable(findings->join(QLatin1Char('\n'))));
    }
    m_store.reset();
    m_dir.reset();
}

QString OfficeFixture::import(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    const auto r = FilePlanService(as(m_registrar)).importCsv(buffer);
    return r ? s("%1/%2/%3").arg(r->created).arg(r->updated).arg(r->unchanged) : r.error().message;
}

QString OfficeFixture::node(const QString &code) const
{
    aw::storage::FilePlanRepository nodes(m_store->connection());
    const auto n = nodes.byCode(code);
    if (!n)
        return n.error().message;
    const QString parent = n->parentId.isEmpty() ? s("-") : nodes.get(n->parentId)->code;
    return s("%1 | %2 | %3 | %4")
        .arg(parent, n->title)
        .arg(n->retention.years)
        .arg(aw::core::disposalLetter(n->disposal));
}

CaseFile OfficeFixture::newFile(const QString &nodeId, const QString &userId)
{
    const auto file = CaseFileService(as(userId)).create(nodeId, s("Geburt Emma Schulz"), m_sta);
    if (!file.ok())
        qWarning("creating a case file failed: %s", qPrintable(file.error().message));
    return file.ok() ? file.value() : CaseFile{};
}

Proceeding OfficeFixture::newProceeding(const QString &caseFileId, const QString &userId, const QString &assignee)
{
    const auto p = ProceedingService(as(userId)).create(caseFileId, s("Geburtsanzeige"), {}, assignee);
    if (!p.ok())
        qWarning("creating a proceeding failed: %s", qPrintable(p.error().message));
    return p.ok() ? p.value() : Proceeding{};
}
