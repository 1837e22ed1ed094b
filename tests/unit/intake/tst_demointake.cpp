// SPDX-License-Identifier: GPL-3.0-or-later
// The demo office's Posteingang: sample applications of several applicants, received through the
// real Inbox, one quarantined and one filed; and only once.
#include "casework/demo.h"
#include "intake/demointake.h"
#include "intake/inbox.h"
#include "intake/samples.h"
#include "intake/submission.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "support/testenv.h"

#include <QSet>
#include <QtTest>

namespace samples = aw::intake::samples;
using aw::intake::Inbox;
using aw::intake::InboxEntry;
using aw::test::s;
using aw::test::why;

class TestDemoIntake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void variantsHaveTheirOwnApplicantAndId();
    void seedsTheInbox();
    void secondSeedChangesNothing();

private:
    qint64 count(const QString &sql) const;
    QList<InboxEntry> entries() const;

    std::unique_ptr<aw::test::TempDir> m_dir;
    std::shared_ptr<aw::storage::Store> m_store;
};

void TestDemoIntake::initTestCase()
{
    aw::test::isolate();
}

void TestDemoIntake::init()
{
    m_dir = std::make_unique<aw::test::TempDir>();
    auto store = aw::storage::Store::open(m_dir->file(s("store")));
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();
    QVERIFY(aw::casework::seedDemo(m_store).ok());
}

void TestDemoIntake::cleanup()
{
    if (m_store) {
        auto findings = m_store->verify();
        QVERIFY2(findings.ok(), qPrintable(why(findings)));
        QVERIFY2(findings->isEmpty(), qPrintable(findings->join(QLatin1Char('\n'))));
    }
    m_store.reset();
    m_dir.reset();
}

qint64 TestDemoIntake::count(const QString &sql) const
{
    const auto n = aw::storage::scalar(m_store->connection(), sql);
    return n ? n->toLongLong() : -1;
}

QList<InboxEntry> TestDemoIntake::entries() const
{
    const auto user = aw::storage::OrgRepository(m_store->connection()).userByLogin(s("registratur"));
    auto list = Inbox({m_store, user ? user->id : QString()}).list();
    return list ? list.value() : QList<InboxEntry>();
}

void TestDemoIntake::variantsHaveTheirOwnApplicantAndId()
{
    for (samples::Kind kind : samples::allKinds()) {
        QVERIFY(samples::variantCount(kind) >= 2);
        QSet<QString> applicants, ids;
        for (int variant = 0; variant < samples::variantCount(kind); ++variant) {
            aw::test::TempDir dir;
            QVERIFY(samples::writeSubmission(dir.path(), kind, samples::Defect::None, variant));
            const auto parsed = aw::intake::parseSubmission(dir.path());
            QVERIFY2(parsed.ok(), qPrintable(why(parsed)));
            QVERIFY2(aw::intake::verifySubmission(dir.path(), parsed.value()).ok(),
                     qPrintable(samples::kindName(kind)));
            QCOMPARE(parsed->serviceKey, samples::submissionServiceKey(kind));
            QCOMPARE(parsed->applicantName, samples::submissionApplicant(kind, variant));
            QCOMPARE(parsed->attachments.size(), qsizetype(samples::submissionAttachmentCount(kind)));
            applicants.insert(parsed->applicantName);
            ids.insert(parsed->submissionId);
        }
        QCOMPARE(int(applicants.size()), samples::variantCount(kind));
        QCOMPARE(int(ids.size()), samples::variantCount(kind));
        QCOMPARE(samples::submissionApplicant(kind, 0), samples::submissionApplicant(kind));
    }
}

void TestDemoIntake::seedsTheInbox()
{
    const auto report = aw::intake::seedDemoIntake(m_store);
    QVERIFY2(report.ok(), qPrintable(why(report)));
    QCOMPARE(report->rules, 4);
    QCOMPARE(report->submissions, 7);
    QCOMPARE(report->quarantined, 1);
    QCOMPARE(report->filed, 1);

    const QList<InboxEntry> inbox = entries();
    QCOMPARE(inbox.size(), qsizetype(report->submissions));
    QHash<QString, int> statuses;
    QSet<QString> applicants, certificateApplicants;
    for (const InboxEntry &e : inbox) {
        ++statuses[e.status];
        applicants.insert(e.applicant);
        QVERIFY2(!e.applicant.isEmpty(), qPrintable(e.packageName));
        if (e.serviceKey == samples::submissionServiceKey(samples::Kind::CertificateRequest))
            certificateApplicants.insert(e.applicant);
        if (e.status == QLatin1String("quarantined"))
            QVERIFY2(!e.problem.isEmpty(), qPrintable(e.packageName));
        else
            QVERIFY2(e.problem.isEmpty(), qPrintable(e.problem));
        if (e.status == QLatin1String("filed"))
            QCOMPARE(e.applicant, samples::submissionApplicant(samples::Kind::CertificateRequest));
    }
    QCOMPARE(statuses.value(s("new")), 5);
    QCOMPARE(statuses.value(s("quarantined")), 1);
    QCOMPARE(statuses.value(s("filed")), 1);
    QCOMPARE(applicants.size(), inbox.size());
    QCOMPARE(certificateApplicants.size(), qsizetype(3));

    // The filed one became a case file of the Standesamt with its proceeding and documents.
    QCOMPARE(count(s("SELECT count(*) FROM case_file WHERE subject = 'Urkundenanforderung Jürgen Größmann'")), 1);
    QCOMPARE(count(s("SELECT count(*) FROM proceeding WHERE source_submission_id IS NOT NULL")), 1);
}

void TestDemoIntake::secondSeedChangesNothing()
{
    QVERIFY(aw::intake::seedDemoIntake(m_store).ok());
    const qint64 audit = count(s("SELECT count(*) FROM audit_event"));
    const qint64 rules = count(s("SELECT count(*) FROM routing_rule"));
    const auto again = aw::intake::seedDemoIntake(m_store);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, aw::core::Error::Code::Conflict);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), audit);
    QCOMPARE(count(s("SELECT count(*) FROM routing_rule")), rules);
    QCOMPARE(entries().size(), qsizetype(7));
}

QTEST_GUILESS_MAIN(TestDemoIntake)
#include "tst_demointake.moc"
