// SPDX-License-Identifier: GPL-3.0-or-later
// Routing new submissions into case files and proceedings, all or nothing.
#include "casework/demo.h"
#include "intake/inbox.h"
#include "intake/routing.h"
#include "packages/safezip.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "support/submissionmaker.h"
#include "support/testenv.h"

#include <QtTest>

using aw::intake::Inbox;
using aw::intake::Routing;
using aw::test::s;
using aw::test::SubmissionKind;
using aw::test::why;

class TestRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void routesIntoCaseFileProceedingAndDocuments();
    void bundleStartsSeveralProceedings();
    void refusedTargetCreatesNothing();
    void withoutRuleItStaysInTheInbox();
    void onlyTheRegistryKeepsRules();

private:
    QString id(const QString &sql, const QString &value) const;
    qint64 count(const QString &sql) const;
    QString receive(SubmissionKind kind);
    aw::casework::Session as(const QString &login) const;

    std::unique_ptr<aw::test::TempDir> m_dir;
    std::shared_ptr<aw::storage::Store> m_store;
};

void TestRouting::initTestCase()
{
    aw::test::isolate();
}

void TestRouting::init()
{
    m_dir = std::make_unique<aw::test::TempDir>();
    auto store = aw::storage::Store::open(m_dir->file(s("store")));
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();
    QVERIFY(aw::casework::seedDemo(m_store).ok());
}

void TestRouting::cleanup()
{
    if (m_store) {
        auto findings = m_store->verify();
        QVERIFY(findings.ok() && findings->isEmpty());
    }
    m_store.reset();
    m_dir.reset();
}

aw::casework::Session TestRouting::as(const QString &login) const
{
    return {m_store, aw::storage::OrgRepository(m_store->connection()).userByLogin(login)->id};
}

QString TestRouting::id(const QString &sql, const QString &value) const
{
    const auto v = aw::storage::scalar(m_store->connection(), sql, {value});
    return v ? v->toString() : QString();
}

qint64 TestRouting::count(const QString &sql) const
{
    const auto n = aw::storage::scalar(m_store->connection(), sql);
    return n ? n->toLongLong() : -1;
}

QString TestRouting::receive(SubmissionKind kind)
{
    const QString path = m_dir->file(aw::test::submissionKindName(kind) + s(".zip"));
    if (!aw::packages::writeZip(path, aw::test::submissionFiles(kind)))
        return {};
    auto received = Inbox(as(s("mmueller"))).receive(path);
    return received && received->entry.status == QLatin1String("new") ? received->entry.id : QString();
}

void TestRouting::routesIntoCaseFileProceedingAndDocuments()
{
    const QString key = aw::test::submissionServiceKey(SubmissionKind::CertificateRequest);
    const QString node = id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.4"));
    const QString unit = id(s("SELECT id FROM org_unit WHERE code = ?"), s("StA"));
    auto rule = Routing(as(s("registratur"))).addRule(key, node, unit, s("Urkundenanforderung {{applicant}}"));
    QVERIFY2(rule.ok(), qPrintable(why(rule)));

    const QString entry = receive(SubmissionKind::CertificateRequest);
    QVERIFY(!entry.isEmpty());
    const qint64 files = count(s("SELECT count(*) FROM case_file"));
    auto routed = Routing(as(s("mmueller"))).route(entry);
    QVERIFY2(routed.ok(), qPrintable(why(routed)));
    QCOMPARE(routed->caseFileIds.size(), 1);
    QCOMPARE(routed->documents, 1 + aw::test::submissionAttachmentCount(SubmissionKind::CertificateRequest));
    QCOMPARE(count(s("SELECT count(*) FROM case_file")), files + 1);
    auto proceeding = aw::storage::ProceedingRepository(m_store->connection()).get(routed->proceedingIds.first());
    QCOMPARE(proceeding->sourceSubmissionId, entry);
    QCOMPARE(proceeding->subject,
             s("Urkundenanforderung ") + aw::test::submissionApplicant(SubmissionKind::CertificateRequest));
    QCOMPARE(id(s("SELECT status FROM submission WHERE id = ?"), entry), s("filed"));
    // Routed once only.
    QVERIFY(!Routing(as(s("mmueller"))).route(entry).ok());
}

void TestRouting::bundleStartsSeveralProceedings()
{
    const QString key = aw::test::submissionServiceKey(SubmissionKind::BirthBundle);
    const QString unit = id(s("SELECT id FROM org_unit WHERE code = ?"), s("StA"));
    Routing registry(as(s("registratur")));
    QVERIFY(registry
                .addRule(key, id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.1")), unit,
                         s("Geburt {{applicant}}"))
                .ok());
    QVERIFY(registry
                .addRule(key, id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.4")), unit,
                         s("Geburtsurkunden {{applicant}}"))
                .ok());
    const QString entry = receive(SubmissionKind::BirthBundle);
    QVERIFY(!entry.isEmpty());
    auto routed = Routing(as(s("kschmidt"))).route(entry);
    QVERIFY2(routed.ok(), qPrintable(why(routed)));
    QCOMPARE(routed->proceedingIds.size(), 2);
    QCOMPARE(count(s("SELECT count(*) FROM proceeding WHERE source_submission_id IS NOT NULL")), 2);
}

void TestRouting::refusedTargetCreatesNothing()
{
    const QString key = aw::test::submissionServiceKey(SubmissionKind::CertificateRequest);
    Routing registry(as(s("registratur")));
    QVERIFY(registry
                .addRule(key, id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.4")),
                         id(s("SELECT id FROM org_unit WHERE code = ?"), s("StA")), s("Urkunde {{applicant}}"))
                .ok());
    // A second target in a unit the Standesamt clerk does not belong to.
    QVERIFY(registry
                .addRule(key, id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("3.1")),
                         id(s("SELECT id FROM org_unit WHERE code = ?"), s("KZN")), s("Meldung {{applicant}}"))
                .ok());
    const QString entry = receive(SubmissionKind::CertificateRequest);
    const qint64 files = count(s("SELECT count(*) FROM case_file"));
    const qint64 documents = count(s("SELECT count(*) FROM document"));
    const qint64 audit = count(s("SELECT count(*) FROM audit_event"));
    auto routed = Routing(as(s("mmueller"))).route(entry);
    QVERIFY(!routed.ok());
    QCOMPARE(routed.error().code, aw::core::Error::Code::Refused);
    QCOMPARE(count(s("SELECT count(*) FROM case_file")), files);
    QCOMPARE(count(s("SELECT count(*) FROM document")), documents);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), audit);
    QCOMPARE(id(s("SELECT status FROM submission WHERE id = ?"), entry), s("new"));
}

void TestRouting::withoutRuleItStaysInTheInbox()
{
    const QString entry = receive(SubmissionKind::ResidenceRegistration);
    QVERIFY(!entry.isEmpty());
    auto routed = Routing(as(s("aweber"))).route(entry);
    QVERIFY(!routed.ok());
    QVERIFY(routed.error().message.contains(aw::test::submissionServiceKey(SubmissionKind::ResidenceRegistration)));
    QCOMPARE(id(s("SELECT status FROM submission WHERE id = ?"), entry), s("new"));
}

void TestRouting::onlyTheRegistryKeepsRules()
{
    auto rule = Routing(as(s("mmueller")))
                    .addRule(s("99115004001000"), id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.4")),
                             id(s("SELECT id FROM org_unit WHERE code = ?"), s("StA")), s("x"));
    QVERIFY(!rule.ok());
    QCOMPARE(rule.error().code, aw::core::Error::Code::Refused);
    auto bad = Routing(as(s("registratur")))
                   .addRule(s("123"), id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.4")),
                            id(s("SELECT id FROM org_unit WHERE code = ?"), s("StA")), s("x"));
    QVERIFY(!bad.ok());
    auto unknownPlaceholder =
        Routing(as(s("registratur")))
            .addRule(s("99115004001000"), id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.4")),
                     id(s("SELECT id FROM org_unit WHERE code = ?"), s("StA")), s("{{nope}}"));
    QVERIFY(!unknownPlaceholder.ok());
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
