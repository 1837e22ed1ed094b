// SPDX-License-Identifier: GPL-3.0-or-later
// The request view driven as a clerk would: the online request of the demo office is found in the
// register by its number, taken, checked, and issued with one action; the store shows it sent and
// the certificate filed. A walk-in needing the clerk's decision shows the decision box.
#include "civilstatus/demoregisters.h"
#include "civilstatus/requests.h"
#include "intake/demointake.h"
#include "storage/auditlog.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "support/demooffice.h"
#include "ui/auditdescription.h"
#include "ui/certificateactions.h"
#include "ui/certificaterequestdialog.h"
#include "ui/mainwindow.h"
#include "ui/requestform.h"

#include <QComboBox>
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
    void mainWindowOpensRequestsAndTakesWalkIns();
    void registerIndexIsImportedFromTheWindow();

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
    // By keyboard, the decision comes right after taking the entry, its reason after the choice.
    auto *take = view.findChild<QPushButton *>(QStringLiteral("takeEntry"));
    QCOMPARE(take->nextInFocusChain(), view.findChild<QWidget *>(QStringLiteral("decisionGranted")));
    QCOMPARE(view.findChild<QWidget *>(QStringLiteral("decisionRefused"))->nextInFocusChain(),
             view.findChild<QWidget *>(QStringLiteral("justification")));

    // It is looked up at once.
    QTRY_COMPARE_WITH_TIMEOUT(candidates->count(), 1, 10000);
    // A name search by hand: Grossmann finds the Größmann entries (the child and a death of 1990).
    search->setText(QStringLiteral("Grossmann"));
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("entrySearchButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(candidates->count(), 2, 10000);
    search->setText(QStringLiteral("G 334/2020"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(candidates->count(), 1, 10000);
    QVERIFY(candidates->item(0)->text().contains(QStringLiteral("Lea Marie Größmann")));

    // The requester rang: they will collect it. The clerk changes the delivery and saves.
    auto *delivery = view.findChild<QComboBox *>(QStringLiteral("delivery"));
    delivery->setCurrentIndex(delivery->findData(int(Delivery::Pickup)));
    loaded.clear();
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("saveRequest")), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(CertificateRequests({m_office->store(), clerk}).get(request->value().id)->delivery, Delivery::Pickup);

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
    QCOMPARE(stored->status, RequestStatus::Issued);
    QVERIFY(!stored->documentId.isEmpty());
    // Issued for collection: it can be printed, and handing it over closes the case.
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("printCertificate"))->isEnabled());
    QVERIFY(issue->isEnabled());
    loaded.clear();
    QTest::mouseClick(issue, Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(CertificateRequests({m_office->store(), clerk}).get(request->value().id)->status,
             RequestStatus::Collected);
    QVERIFY(!issue->isEnabled());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("requestTitle"))
                ->text()
                .contains(requestStatusName(RequestStatus::Collected)));
    QVERIFY(storage::ProceedingRepository(m_office->store()->connection()).get(proceedingId->toString())->isClosed());

    // The steps read as sentences in the proceeding's history.
    auto events = storage::AuditLog(m_office->store()->connection())
                      .forObject(QStringLiteral("certificate_request"), request->value().id);
    QVERIFY(events && events->size() >= 5);
    for (const auto &event : events.value()) {
        const QString text = ui::describeAuditEvent(event, {});
        QVERIFY2(!text.isEmpty() && text != event.action, qPrintable(event.action));
    }
}

void TestCertificateRequest::mainWindowOpensRequestsAndTakesWalkIns()
{
    const QString clerk = m_office->userId(QStringLiteral("tyilmaz"));
    auto proceedingId =
        storage::scalar(m_office->store()->connection(),
                        QStringLiteral("SELECT id FROM proceeding WHERE source_submission_id IS NOT NULL "
                                       "LIMIT 1"));
    QVERIFY(proceedingId && proceedingId->isValid());
    ui::MainWindow window(m_office->store(), clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &ui::MainWindow::proceedingShown);
    window.showProceeding(proceedingId->toString());
    QVERIFY(shown.wait(10000));

    auto *certificates = window.findChild<ui::CertificateActions *>();
    QVERIFY(certificates);
    QSignalSpy opened(certificates, &ui::CertificateActions::opened);
    auto *open = window.findChild<QAction *>(QStringLiteral("openCertificateRequestAction"));
    QVERIFY(open && open->isEnabled());
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
    open->trigger();
    QVERIFY(opened.wait(10000));
    auto *view = qobject_cast<ui::CertificateRequestDialog *>(opened.first().first().value<QWidget *>());
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(
        view->findChild<QLabel *>(QStringLiteral("requestTitle"))->text().contains(QStringLiteral("Größmann")), 10000);
    view->close();

    // A walk-in at the counter: a new proceeding with its request in the selected case file.
    auto *counter = window.findChild<QAction *>(QStringLiteral("counterCertificateRequestAction"));
    QVERIFY(counter && counter->isEnabled());
    counter->trigger();
    QDialog *form = nullptr;
    QTRY_VERIFY((form = window.findChild<QDialog *>(QStringLiteral("counterRequestDialog"))) != nullptr);
    form->findChild<QLineEdit *>(QStringLiteral("requesterLastName"))->setText(QStringLiteral("Brandes"));
    form->findChild<QLineEdit *>(QStringLiteral("requesterFirstNames"))->setText(QStringLiteral("Finn"));
    form->findChild<QLineEdit *>(QStringLiteral("wantedNumber"))->setText(QStringLiteral("G 781/2008"));
    opened.clear();
    QTest::keyClick(form->findChild<QLineEdit *>(QStringLiteral("requesterLastName")), Qt::Key_Return);
    QVERIFY(opened.wait(10000));
    auto *walkIn = qobject_cast<ui::CertificateRequestDialog *>(opened.first().first().value<QWidget *>());
    auto *candidates = walkIn->findChild<QListWidget *>(QStringLiteral("entryCandidates"));
    QTRY_COMPARE_WITH_TIMEOUT(candidates->count(), 1, 10000);
    auto stored = storage::scalar(m_office->store()->connection(),
                                  QStringLiteral("SELECT count(*) FROM certificate_request WHERE channel = 'counter' "
                                                 "AND requester_last_name = 'Brandes' AND status = 'checking'"));
    QCOMPARE(stored->toInt(), 1);
    walkIn->close();
}

void TestCertificateRequest::registerIndexIsImportedFromTheWindow()
{
    const QString unitId =
        storage::scalar(m_office->store()->connection(), QStringLiteral("SELECT id FROM org_unit WHERE code = 'StA'"))
            ->toString();
    const QString dir =
        QDir::tempPath() + QStringLiteral("/tst_certificaterequest-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(QDir().mkpath(dir));
    auto write = [&](const char *name, const QByteArray &bytes) {
        QFile file(dir + QLatin1Char('/') + QLatin1String(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    };
    const QString good =
        write("index.csv", "G;5;2026;03159;Standesamt Göttingen;02.01.2026;Göttingen;;Kind;Ida;Neumann;;"
                           "weiblich;02.01.2026;Göttingen;;\n");
    const QString bad =
        write("kaputt.csv", "G;6;2026;03159;Standesamt Göttingen;31.02.2026;Göttingen;;Kind;Max;Neu;;;;;;\n");
    QVERIFY(!good.isEmpty() && !bad.isEmpty());

    // The supervisor of the Standesamt imports from the File menu's action.
    ui::MainWindow window(m_office->store(), m_office->userId(QStringLiteral("kschmidt")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *certificates = window.findChild<ui::CertificateActions *>();
    QVERIFY(certificates->importRegisterAction()->isEnabled());
    QSignalSpy message(certificates, &ui::CertificateActions::message);
    QSignalSpy failed(certificates, &ui::CertificateActions::failed);
    certificates->importRegister(unitId, good);
    QVERIFY(message.wait(10000));
    QCOMPARE(message.first().first().toString(),
             QStringLiteral("Register index imported: 1 new, 0 changed, 0 unchanged."));
    certificates->importRegister(unitId, bad);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Line 1")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("Nothing was imported")));

    // A clerk is told who may do it, before any file is asked for.
    ui::MainWindow clerkWindow(m_office->store(), m_office->userId(QStringLiteral("tyilmaz")));
    auto *clerkActions = clerkWindow.findChild<ui::CertificateActions *>();
    QSignalSpy refused(clerkActions, &ui::CertificateActions::failed);
    clerkActions->chooseRegisterImport();
    QVERIFY(refused.wait(10000));
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("supervisor")));
    QDir(dir).removeRecursively();
}

QTEST_MAIN(TestCertificateRequest)
#include "tst_certificaterequest.moc"
