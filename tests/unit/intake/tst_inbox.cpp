// SPDX-License-Identifier: GPL-3.0-or-later
// The Posteingang receiving real ZIP packages: good ones become new entries, bad ones are
// quarantined unchanged with their reason, and nothing is received twice.
#include "casework/demo.h"
#include "intake/inbox.h"
#include "intake/samples.h"
#include "packages/safezip.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "support/testenv.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

namespace samples = aw::intake::samples;
using aw::intake::Inbox;
using aw::test::s;
using aw::test::why;

Q_DECLARE_METATYPE(aw::intake::samples::Kind)
Q_DECLARE_METATYPE(aw::intake::samples::Defect)

class TestInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void goodPackagesArriveAsNew_data();
    void goodPackagesArriveAsNew();
    void badPackagesAreQuarantinedUnchanged_data();
    void badPackagesAreQuarantinedUnchanged();
    void unsafeZipIsQuarantined();
    void samePackageTwiceCreatesNothing();
    void sameSubmissionInAnotherPackageCreatesNothing();
    void retryKeepsQuarantineUntilFixed();

private:
    QString zip(const QString &name, const QList<QPair<QString, QByteArray>> &files);
    qint64 count(const QString &sql) const;
    Inbox inbox() const;

    std::unique_ptr<aw::test::TempDir> m_dir;
    std::shared_ptr<aw::storage::Store> m_store;
    QString m_user;
};

void TestInbox::initTestCase()
{
    aw::test::isolate();
}

void TestInbox::init()
{
    m_dir = std::make_unique<aw::test::TempDir>();
    auto store = aw::storage::Store::open(m_dir->file(s("store")));
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();
    QVERIFY(aw::casework::seedDemo(m_store).ok());
    m_user = aw::storage::OrgRepository(m_store->connection()).userByLogin(s("mmueller"))->id;
}

void TestInbox::cleanup()
{
    if (m_store) {
        auto findings = m_store->verify();
        QVERIFY(findings.ok() && findings->isEmpty());
    }
    m_store.reset();
    m_dir.reset();
}

Inbox TestInbox::inbox() const
{
    return Inbox({m_store, m_user});
}

QString TestInbox::zip(const QString &name, const QList<QPair<QString, QByteArray>> &files)
{
    const QString path = m_dir->file(name);
    const auto written = aw::packages::writeZip(path, files);
    if (!written)
        qWarning("writeZip: %s", qPrintable(written.error().message));
    return path;
}

qint64 TestInbox::count(const QString &sql) const
{
    const auto n = aw::storage::scalar(m_store->connection(), sql);
    return n ? n->toLongLong() : -1;
}

void TestInbox::goodPackagesArriveAsNew_data()
{
    QTest::addColumn<samples::Kind>("kind");
    for (samples::Kind kind : samples::allKinds())
        QTest::newRow(qPrintable(samples::kindName(kind))) << kind;
}

void TestInbox::goodPackagesArriveAsNew()
{
    QFETCH(samples::Kind, kind);
    const QString path = zip(s("good.zip"), samples::submissionFiles(kind));
    const qint64 audit = count(s("SELECT count(*) FROM audit_event"));
    auto received = inbox().receive(path);
    QVERIFY2(received.ok(), qPrintable(why(received)));
    QCOMPARE(received->alreadyKnown, false);
    QCOMPARE(received->entry.status, s("new"));
    QVERIFY2(received->entry.problem.isEmpty(), qPrintable(received->entry.problem));
    QCOMPARE(received->entry.serviceKey, samples::submissionServiceKey(kind));
    QCOMPARE(received->entry.applicant, samples::submissionApplicant(kind));
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), audit + 1);
    // The package itself is kept byte for byte.
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(m_store->blobs().read(received->entry.packageSha256).value(), original.readAll());
    const auto listed = inbox().list();
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, received->entry.id);
}

void TestInbox::badPackagesAreQuarantinedUnchanged_data()
{
    QTest::addColumn<samples::Defect>("defect");
    for (samples::Defect defect : samples::allDefects())
        QTest::newRow(qPrintable(samples::defectName(defect))) << defect;
}

void TestInbox::badPackagesAreQuarantinedUnchanged()
{
    QFETCH(samples::Defect, defect);
    const samples::Kind kind = defect == samples::Defect::XmlDoctype ? samples::Kind::ResidenceRegistration
                                                                     : samples::Kind::CertificateRequest;
    const QString path = zip(s("bad.zip"), samples::submissionFiles(kind, defect));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    auto received = inbox().receive(path);
    QVERIFY2(received.ok(), qPrintable(why(received)));
    QCOMPARE(received->entry.status, s("quarantined"));
    QVERIFY(!received->entry.problem.isEmpty());
    QCOMPARE(m_store->blobs().read(received->entry.packageSha256).value(), before);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);  // the original is not touched either
    QCOMPARE(count(s("SELECT count(*) FROM submission WHERE status = 'quarantined'")), 1);
}

void TestInbox::unsafeZipIsQuarantined()
{
    auto files = samples::submissionFiles(samples::Kind::CertificateRequest);
    // Not a ZIP at all: kept and quarantined with the reader's reason.
    const QString path = m_dir->file(s("kaputt.zip"));
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("PK\x03\x04 this is not really a zip");
    broken.close();
    auto received = inbox().receive(path);
    QVERIFY2(received.ok(), qPrintable(why(received)));
    QCOMPARE(received->entry.status, s("quarantined"));
    QVERIFY(!received->entry.problem.isEmpty());
}

void TestInbox::samePackageTwiceCreatesNothing()
{
    const QString path = zip(s("a.zip"), samples::submissionFiles(samples::Kind::BirthBundle));
    QVERIFY(inbox().receive(path).ok());
    const qint64 audit = count(s("SELECT count(*) FROM audit_event"));
    auto again = inbox().receive(path);
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QVERIFY(again->alreadyKnown);
    QCOMPARE(count(s("SELECT count(*) FROM submission")), 1);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), audit);
}

void TestInbox::sameSubmissionInAnotherPackageCreatesNothing()
{
    auto files = samples::submissionFiles(samples::Kind::CertificateRequest);
    const QString first = zip(s("first.zip"), files);
    std::reverse(files.begin(), files.end());  // other order: other bytes, same submission
    const QString second = zip(s("second.zip"), files);
    QVERIFY(inbox().receive(first).ok());
    auto again = inbox().receive(second);
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QVERIFY(again->alreadyKnown);
    QCOMPARE(count(s("SELECT count(*) FROM submission")), 1);
}

void TestInbox::retryKeepsQuarantineUntilFixed()
{
    const QString path = zip(
        s("x.zip"), samples::submissionFiles(samples::Kind::CertificateRequest, samples::Defect::WrongAttachmentHash));
    auto received = inbox().receive(path);
    QVERIFY(received.ok());
    QCOMPARE(received->entry.status, s("quarantined"));
    auto retried = inbox().retry(received->entry.id);
    QVERIFY2(retried.ok(), qPrintable(why(retried)));
    QCOMPARE(retried->entry.status, s("quarantined"));
    QCOMPARE(retried->entry.problem, received->entry.problem);
}

QTEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"
