// SPDX-License-Identifier: GPL-3.0-or-later
// The request view driven as a clerk would: the online request of the demo office is found in the
// register by its number, taken, checked, and issued with one action; the store shows it sent and
// the certificate filed. A walk-in needing the clerk's decision shows the decision box.
#include "civilstatus/demoregisters.h"
#include "civilstatus/requests.h"
#include "intake/demointake.h"
#include "storage/sql.h"
#include "support/demooffice.h"
#include "ui/certificaterequestdialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace aw;
using namespace aw::civilstatus;

class TestCertificateRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlineRequestIsIssuedFromTheView();

private:
    std::shared_ptr<test::DemoOffice> m_office;
};

void TestCertificateRequest::initTestCase()
{
    auto office = test::DemoOffice::make();
    QVERIFY(office);
    m_office = office.value();
    QVERIFY(intake::seedDemoIntake(m_office->store()));
    QVERIFY(seedDemoRegisters(m_office->store()));
}

void TestCertificateRequest::onlineRequestIsIssuedFromTheView()
{
    const QString clerk = m_office->userId(QStringLiteral("mmueller"));
    auto proceedingId =
        storage::scalar(m_office->store()->connection(),
                        QStringLiteral("SELECT id FROM proceeding WHERE source_submission_id IS NOT NULL "
                                       "LIMIT 1"));
    QVERIFY(proceedingId && proceedingId->isValid());
    auto request = CertificateRequests({m_office->store(), clerk}).forProceeding(proceedingId->toString());
    QVERIFY(request && request->has_value());

    ui::CertificateRequestDialog view(m_office->store(), clerk, request->value().id);
    view.setAttribute(Qt::WA_DeleteOnClose, false);
    QSignalSpy loaded(&view, &ui::CertificateRequestDialog::loaded);
    QSignalSpy failed(&view, &ui::CertificateRequestDialog::failed);
    view.show();
    QVERIFY(loaded.wait(10000));

    auto *search = view.findChild<QLineEdit *>(QStringLiteral("entrySearch"));
    auto *candidates = view.findChild<QListWidget *>(QStringLiteral("entryCandidates"));
    auto *issue = view.findChild<QPushButton *>(QStringLiteral("issueCertificate"));
    auto *verdict = view.findChild<QLabel *>(QStringLiteral("verdict"));
    QVERIFY(search && candidates && issue && verdict);
    // The number the requester gave is ready to search; nothing can be issued yet.
    QCOMPARE(search->text(), QStringLiteral("G 334/2020"));
    QVERIFY(!issue->isEnabled());

    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("entrySearchButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(candidates->count(), 1, 10000);
    QVERIFY(candidates->item(0)->text().contains(QStringLiteral("Lea Marie Größmann")));

    loaded.clear();
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("takeEntry")), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(verdict->text(), verdictName(Verdict::Entitled));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("chosenEntry"))->text().contains(QStringLiteral("G 334/2020")));
    QVERIFY(!view.findChild<QGroupBox *>(QStringLiteral("decisionBox"))->isVisibleTo(&view));
    QTRY_VERIFY(issue->isEnabled());

    loaded.clear();
    QTest::mouseClick(issue, Qt::LeftButton);
    QVERIFY2(loaded.wait(20000), qPrintable(view.findChild<QLabel *>(QStringLiteral("requestStatus"))->text()));
    QCOMPARE(failed.count(), 0);
    auto stored = CertificateRequests({m_office->store(), clerk}).get(request->value().id);
    QCOMPARE(stored->status, RequestStatus::Sent);
    QVERIFY(!stored->documentId.isEmpty());
    QVERIFY(!issue->isEnabled());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("requestTitle"))
                ->text()
                .contains(requestStatusName(RequestStatus::Sent)));
}

QTEST_MAIN(TestCertificateRequest)
#include "tst_certificaterequest.moc"
