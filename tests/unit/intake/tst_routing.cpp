// SPDX-License-Identifier: GPL-3.0-or-later
// Routing new submissions into case files and proceedings, all or nothing.
#include "casework/demo.h"
#include "intake/inbox.h"
#include "intake/routing.h"
#include "intake/samples.h"
#include "packages/safezip.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "support/testenv.h"

#include <QtTest>

namespace samples = aw::intake::samples;
using aw::intake::Inbox;
using aw::intake::Routing;
using aw::test::s;
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
    void filesIntoAnExistingCaseFile();
    void fileIntoForeignOrClosedFileCreatesNothing();
    void rejectNeedsAReasonAndIsFinal();
    void sweepKeepsReceivedPackages();
    void registryUpdatesAndRemovesRules();
    void clerkCannotUpdateOrRemoveRules();
    void removingRenumbersTheKeysRules();
    void updateRefusesBadInput();

private:
    QString id(const QString &sql, const QString &value) const;
    qint64 count(const QString &sql) const;
    QString receive(samples::Kind kind);
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

QString TestRouting::receive(samples::Kind kind)
{
    const QString path = m_dir->file(samples::kindName(kind) + s(".zip"));
    if (!aw::packages::writeZip(path, samples::submissionFiles(kind)))
        return {};
    auto received = Inbox(as(s("mmueller"))).receive(path);
    return received && received->entry.status == QLatin1String("new") ? received->entry.id : QString();
}

void TestRouting::routesIntoCaseFileProceedingAndDocuments()
{
    const QString key = samples::submissionServiceKey(samples::Kind::CertificateRequest);
    const QString node = id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.4"));
    const QString unit = id(s("SELECT id FROM org_unit WHERE code = ?"), s("StA"));
    auto rule = Routing(as(s("registratur"))).addRule(key, node, unit, s("Urkundenanforderung {{applicant}}"));
    QVERIFY2(rule.ok(), qPrintable(why(rule)));

    const QString entry = receive(samples::Kind::CertificateRequest);
    QVERIFY(!entry.isEmpty());
    const qint64 files = count(s("SELECT count(*) FROM case_file"));
    auto routed = Routing(as(s("mmueller"))).route(entry);
    QVERIFY2(routed.ok(), qPrintable(why(routed)));
    QCOMPARE(routed->caseFileIds.size(), 1);
    QCOMPARE(routed->documents, 1 + samples::submissionAttachmentCount(samples::Kind::CertificateRequest));
    QCOMPARE(count(s("SELECT count(*) FROM case_file")), files + 1);
    auto proceeding = aw::storage::ProceedingRepository(m_store->connection()).get(routed->proceedingIds.first());
    QCOMPARE(proceeding->sourceSubmissionId, entry);
    QCOMPARE(proceeding->subject,
             s("Urkundenanforderung ") + samples::submissionApplicant(samples::Kind::CertificateRequest));
    QCOMPARE(id(s("SELECT status FROM submission WHERE id = ?"), entry), s("filed"));
    // Routed once only.
    QVERIFY(!Routing(as(s("mmueller"))).route(entry).ok());
}

void TestRouting::bundleStartsSeveralProceedings()
{
    const QString key = samples::submissionServiceKey(samples::Kind::BirthBundle);
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
    const QString entry = receive(samples::Kind::BirthBundle);
    QVERIFY(!entry.isEmpty());
    auto routed = Routing(as(s("kschmidt"))).route(entry);
    QVERIFY2(routed.ok(), qPrintable(why(routed)));
    QCOMPARE(routed->proceedingIds.size(), 2);
    QCOMPARE(count(s("SELECT count(*) FROM proceeding WHERE source_submission_id IS NOT NULL")), 2);
}

void TestRouting::refusedTargetCreatesNothing()
{
    const QString key = samples::submissionServiceKey(samples::Kind::CertificateRequest);
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
    const QString entry = receive(samples::Kind::CertificateRequest);
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
    const QString entry = receive(samples::Kind::ResidenceRegistration);
    QVERIFY(!entry.isEmpty());
    auto routed = Routing(as(s("aweber"))).route(entry);
    QVERIFY(!routed.ok());
    QVERIFY(routed.error().message.contains(samples::submissionServiceKey(samples::Kind::ResidenceRegistration)));
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

void TestRouting::filesIntoAnExistingCaseFile()
{
    // No rule needed: the clerk picks the case file.
    const QString entry = receive(samples::Kind::ResidenceRegistration);
    QVERIFY(!entry.isEmpty());
    const QString caseFile = id(s("SELECT c.id FROM case_file c JOIN org_unit u ON u.id = c.owner_unit_id "
                                  "WHERE u.code = ? AND c.status = 'open' ORDER BY c.reference LIMIT 1"),
                                s("StA"));
    QVERIFY(!caseFile.isEmpty());
    const qint64 files = count(s("SELECT count(*) FROM case_file"));
    auto filed = Routing(as(s("mmueller"))).fileInto(entry, caseFile);
    QVERIFY2(filed.ok(), qPrintable(why(filed)));
    QCOMPARE(filed->caseFileIds, QStringList{caseFile});
    QCOMPARE(filed->proceedingIds.size(), 1);
    QCOMPARE(filed->documents, 1 + samples::submissionAttachmentCount(samples::Kind::ResidenceRegistration));
    QCOMPARE(count(s("SELECT count(*) FROM case_file")), files);
    auto proceeding = aw::storage::ProceedingRepository(m_store->connection()).get(filed->proceedingIds.first());
    QVERIFY2(proceeding.ok(), qPrintable(why(proceeding)));
    QCOMPARE(proceeding->caseFileId, caseFile);
    QVERIFY(proceeding->subject.contains(samples::submissionApplicant(samples::Kind::ResidenceRegistration)));

    auto entryNow = Inbox(as(s("mmueller"))).entry(entry);
    QCOMPARE(entryNow->status, s("filed"));
    QCOMPARE(entryNow->decidedBy, as(s("mmueller")).userId());
    QVERIFY(entryNow->decidedAt.isValid());
    QCOMPARE(Inbox(as(s("mmueller"))).proceedingIds(entry).value(), filed->proceedingIds);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event WHERE action = 'submission.file'")), 1);

    // Filed once only, by hand or by rule.
    auto again = Routing(as(s("mmueller"))).fileInto(entry, caseFile);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, aw::core::Error::Code::Refused);
}

void TestRouting::fileIntoForeignOrClosedFileCreatesNothing()
{
    const QString entry = receive(samples::Kind::CertificateRequest);
    QVERIFY(!entry.isEmpty());
    const QString foreign = id(s("SELECT c.id FROM case_file c JOIN org_unit u ON u.id = c.owner_unit_id "
                                 "WHERE u.code = ? AND c.status = 'open' LIMIT 1"),
                               s("KZN"));
    QVERIFY(!foreign.isEmpty());
    const qint64 proceedings = count(s("SELECT count(*) FROM proceeding"));
    const qint64 documents = count(s("SELECT count(*) FROM document"));
    const qint64 audit = count(s("SELECT count(*) FROM audit_event"));

    auto refused = Routing(as(s("mmueller"))).fileInto(entry, foreign);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, aw::core::Error::Code::Refused);

    // A closed file of the clerk's own unit.
    const QString own = id(s("SELECT c.id FROM case_file c JOIN org_unit u ON u.id = c.owner_unit_id "
                             "WHERE u.code = ? AND c.status = 'open' ORDER BY c.reference LIMIT 1"),
                           s("StA"));
    QVERIFY(aw::storage::exec(m_store->connection(),
                              s("UPDATE case_file SET status = 'closed', closed_at = "
                                "'2026-01-02T00:00:00.000Z' WHERE id = ?"),
                              {own})
                .ok());
    auto closed = Routing(as(s("mmueller"))).fileInto(entry, own);
    QVERIFY(!closed.ok());
    QVERIFY2(closed.error().message.contains(s("zdA")), qPrintable(closed.error().message));
    auto missing = Routing(as(s("mmueller"))).fileInto(entry, s("no-such-file"));
    QVERIFY(!missing.ok());

    QCOMPARE(count(s("SELECT count(*) FROM proceeding")), proceedings);
    QCOMPARE(count(s("SELECT count(*) FROM document")), documents);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), audit);
    QCOMPARE(id(s("SELECT status FROM submission WHERE id = ?"), entry), s("new"));
    QVERIFY(aw::storage::exec(m_store->connection(),
                              s("UPDATE case_file SET status = 'open', closed_at = NULL WHERE id = ?"), {own})
                .ok());
}

void TestRouting::rejectNeedsAReasonAndIsFinal()
{
    const QString entry = receive(samples::Kind::CertificateRequest);
    QVERIFY(!entry.isEmpty());
    Inbox inbox(as(s("mmueller")));
    auto empty = inbox.reject(entry, s("   "));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, aw::core::Error::Code::Invalid);
    QCOMPARE(id(s("SELECT status FROM submission WHERE id = ?"), entry), s("new"));

    const QString reason = s("Doppelt gestellt; bereits unter 5.4-12/2026 bearbeitet.");
    auto rejected = inbox.reject(entry, s("  ") + reason + s("\n"));
    QVERIFY2(rejected.ok(), qPrintable(why(rejected)));
    QCOMPARE(rejected->status, s("rejected"));
    QCOMPARE(rejected->decisionNote, reason);
    auto stored = inbox.entry(entry);
    QCOMPARE(stored->status, s("rejected"));
    QCOMPARE(stored->decisionNote, reason);
    QCOMPARE(stored->decidedBy, as(s("mmueller")).userId());
    QCOMPARE(count(s("SELECT count(*) FROM audit_event WHERE action = 'submission.reject'")), 1);

    QVERIFY(!inbox.reject(entry, reason).ok());
    const QString caseFile = id(s("SELECT c.id FROM case_file c JOIN org_unit u ON u.id = c.owner_unit_id "
                                  "WHERE u.code = ? AND c.status = 'open' LIMIT 1"),
                                s("StA"));
    QVERIFY(!Routing(as(s("mmueller"))).fileInto(entry, caseFile).ok());
    QVERIFY(inbox.proceedingIds(entry)->isEmpty());
}

void TestRouting::sweepKeepsReceivedPackages()
{
    // A quarantined package is referenced by no document; it is an original all the same.
    const QString path = m_dir->file(s("broken.zip"));
    QVERIFY(aw::packages::writeZip(
        path, samples::submissionFiles(samples::Kind::CertificateRequest, samples::Defect::WrongAttachmentHash)));
    auto received = Inbox(as(s("mmueller"))).receive(path);
    QVERIFY2(received.ok(), qPrintable(why(received)));
    QCOMPARE(received->entry.status, s("quarantined"));
    auto swept = m_store->sweepOrphanBlobs(std::chrono::seconds(0));
    QVERIFY2(swept.ok(), qPrintable(why(swept)));
    QCOMPARE(swept.value(), 0);
    QVERIFY(QFileInfo::exists(m_store->blobs().pathOf(received->entry.packageSha256)));
    QVERIFY(Inbox(as(s("mmueller"))).retry(received->entry.id).ok());
}

void TestRouting::registryUpdatesAndRemovesRules()
{
    Routing registry(as(s("registratur")));
    const QString key = s("99115004001000");
    const QString node54 = id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.4"));
    const QString node31 = id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("3.1"));
    const QString kzn = id(s("SELECT id FROM org_unit WHERE code = ?"), s("KZN"));
    auto rule = registry.addRule(key, node54, id(s("SELECT id FROM org_unit WHERE code = ?"), s("StA")),
                                 s("Urkunde {{applicant}}"));
    QVERIFY2(rule.ok(), qPrintable(why(rule)));

    auto updated = registry.updateRule(rule->id, node31, kzn, s("  Meldung {{applicant}}, {{date}} "));
    QVERIFY2(updated.ok(), qPrintable(why(updated)));
    QCOMPARE(updated->serviceKey, key);
    QCOMPARE(updated->position, 1);
    auto stored = registry.rules(key);
    QVERIFY2(stored.ok(), qPrintable(why(stored)));
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().nodeId, node31);
    QCOMPARE(stored->first().ownerUnitId, kzn);
    QCOMPARE(stored->first().subjectTemplate, s("Meldung {{applicant}}, {{date}}"));
    QCOMPARE(id(s("SELECT rev FROM routing_rule WHERE id = ?"), rule->id), s("2"));
    QCOMPARE(count(s("SELECT count(*) FROM audit_event WHERE action = 'routing_rule.update'")), 1);

    auto removed = registry.removeRule(rule->id);
    QVERIFY2(removed.ok(), qPrintable(why(removed)));
    QVERIFY(registry.rules(key)->isEmpty());
    QCOMPARE(count(s("SELECT count(*) FROM audit_event WHERE action = 'routing_rule.remove'")), 1);

    // Gone: a clear NotFound, for both.
    auto again = registry.removeRule(rule->id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, aw::core::Error::Code::NotFound);
    QVERIFY2(again.error().message.contains(rule->id), qPrintable(again.error().message));
    auto missing = registry.updateRule(s("no-such-rule"), node31, kzn, s("x"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, aw::core::Error::Code::NotFound);
}

void TestRouting::clerkCannotUpdateOrRemoveRules()
{
    QVERIFY(aw::intake::seedDemoRules(m_store).ok());
    auto before = Routing(as(s("registratur"))).rules();
    QVERIFY2(before.ok(), qPrintable(why(before)));
    QVERIFY(!before->isEmpty());
    const aw::intake::RoutingRule rule = before->first();
    const qint64 audit = count(s("SELECT count(*) FROM audit_event"));

    Routing clerk(as(s("mmueller")));
    auto updated = clerk.updateRule(rule.id, id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("3.1")),
                                    id(s("SELECT id FROM org_unit WHERE code = ?"), s("KZN")), s("Geändert"));
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, aw::core::Error::Code::Refused);
    auto removed = clerk.removeRule(rule.id);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, aw::core::Error::Code::Refused);

    auto after = Routing(as(s("registratur"))).rules();
    QCOMPARE(after->size(), before->size());
    for (qsizetype i = 0; i < after->size(); ++i) {
        QCOMPARE(after->at(i).id, before->at(i).id);
        QCOMPARE(after->at(i).position, before->at(i).position);
        QCOMPARE(after->at(i).nodeId, before->at(i).nodeId);
        QCOMPARE(after->at(i).ownerUnitId, before->at(i).ownerUnitId);
        QCOMPARE(after->at(i).subjectTemplate, before->at(i).subjectTemplate);
    }
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), audit);
}

void TestRouting::removingRenumbersTheKeysRules()
{
    Routing registry(as(s("registratur")));
    const QString key = s("99115003001000");
    const QString unit = id(s("SELECT id FROM org_unit WHERE code = ?"), s("StA"));
    QStringList ids;
    for (const char *code : {"5.1", "5.4", "5.1"}) {
        auto rule = registry.addRule(key, id(s("SELECT id FROM file_plan_node WHERE code = ?"), s(code)), unit,
                                     s("Geburt ") + s(code) + s(" {{applicant}}"));
        QVERIFY2(rule.ok(), qPrintable(why(rule)));
        ids << rule->id;
    }
    // Another key's rule keeps its position.
    auto other = registry.addRule(s("99115004001000"), id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.4")),
                                  unit, s("Urkunde {{applicant}}"));
    QVERIFY(other.ok());

    QVERIFY2(registry.removeRule(ids.first()).ok(), "remove the first");
    auto rules = registry.rules(key);
    QVERIFY2(rules.ok(), qPrintable(why(rules)));
    QCOMPARE(rules->size(), 2);
    QCOMPARE(rules->at(0).id, ids.at(1));
    QCOMPARE(rules->at(0).position, 1);
    QCOMPARE(rules->at(1).id, ids.at(2));
    QCOMPARE(rules->at(1).position, 2);
    QCOMPARE(registry.rules(s("99115004001000"))->first().position, 1);

    // Removing the middle one of what is left, then adding: still 1..n without gaps.
    QVERIFY(registry.removeRule(ids.at(1)).ok());
    QCOMPARE(registry.rules(key)->first().position, 1);
    auto added = registry.addRule(key, id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.4")), unit,
                                  s("Geburtsurkunden {{applicant}}"));
    QVERIFY2(added.ok(), qPrintable(why(added)));
    QCOMPARE(added->position, 2);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event WHERE action = 'routing_rule.remove'")), 2);
}

void TestRouting::updateRefusesBadInput()
{
    QVERIFY(aw::intake::seedDemoRules(m_store).ok());
    Routing registry(as(s("registratur")));
    const aw::intake::RoutingRule rule = registry.rules()->first();
    const qint64 audit = count(s("SELECT count(*) FROM audit_event"));

    for (const char *bad : {"{{nope}}", "Antrag {{applicant", "   "}) {
        auto updated = registry.updateRule(rule.id, rule.nodeId, rule.ownerUnitId, s(bad));
        QVERIFY2(!updated.ok(), bad);
        QCOMPARE(updated.error().code, aw::core::Error::Code::Invalid);
    }
    auto noNode = registry.updateRule(rule.id, s("no-such-node"), rule.ownerUnitId, s("x"));
    QVERIFY(!noNode.ok());
    QCOMPARE(noNode.error().code, aw::core::Error::Code::NotFound);
    auto noUnit = registry.updateRule(rule.id, rule.nodeId, s("no-such-unit"), s("x"));
    QVERIFY(!noUnit.ok());
    QCOMPARE(noUnit.error().code, aw::core::Error::Code::NotFound);

    QCOMPARE(registry.rules()->first().subjectTemplate, rule.subjectTemplate);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), audit);
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
