// SPDX-License-Identifier: GPL-3.0-or-later
// The Posteingang in the real main window, offscreen, over the demo office and its submissions.
#include "casework/demo.h"
#include "intake/acknowledgement.h"
#include "intake/demointake.h"
#include "intake/inbox.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "support/testenv.h"
#include "ui/documentpanel.h"
#include "ui/fileintodialog.h"
#include "ui/inboxmodel.h"
#include "ui/inboxpane.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/proceedingpane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace aw;
using test::s;
using test::why;

class TestInboxPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsOpenSubmissionsAndFilters();
    void previewShowsFormAndAttachments();
    void acceptRoutesAcknowledgesAndOpensTheProceeding();
    void fileIntoChosenCaseFile();
    void rejectWithReason();
    void refusedRoutingShowsItsReason();
    void readOnlyWithoutUser();
    void fileIntoDialogFindsOpenFilesOfOwnUnit();
    void interactiveWidgetsHaveNames();

private:
    QString userId(const QString &login) const;
    QString scalar(const QString &sql, const QVariantList &values = {}) const;
    // Opens the window as `login` on the Posteingang and waits for the list.
    std::unique_ptr<ui::MainWindow> open(const QString &login);
    // Selects the submission of `applicant` (showing all) and waits for its preview.
    bool select(ui::MainWindow &window, const QString &applicant);

    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<storage::Store> m_store;
};

void TestInboxPane::initTestCase()
{
    test::isolate();
    QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
}

void TestInboxPane::init()
{
    m_dir = std::make_unique<test::TempDir>();
    auto store = storage::Store::open(m_dir->file(s("store")));
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();
    QVERIFY(casework::seedDemo(m_store).ok());
    auto intake = intake::seedDemoIntake(m_store);
    QVERIFY2(intake.ok(), qPrintable(why(intake)));
}

void TestInboxPane::cleanup()
{
    if (m_store) {
        auto findings = m_store->verify();
        QVERIFY(findings.ok() && findings->isEmpty());
    }
    m_store.reset();
    m_dir.reset();
}

QString TestInboxPane::userId(const QString &login) const
{
    auto user = storage::OrgRepository(m_store->connection()).userByLogin(login);
    return user ? user->id : QString();
}

QString TestInboxPane::scalar(const QString &sql, const QVariantList &values) const
{
    auto v = storage::scalar(m_store->connection(), sql, values);
    return v ? v->toString() : QString();
}

std::unique_ptr<ui::MainWindow> TestInboxPane::open(const QString &login)
{
    auto window = std::make_unique<ui::MainWindow>(m_store, login.isEmpty() ? QString() : userId(login));
    QSignalSpy loaded(window->inboxPane(), &ui::InboxPane::loaded);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    window->showInbox();
    if (!loaded.wait(5000) && loaded.isEmpty())
        return {};
    return window;
}

bool TestInboxPane::select(ui::MainWindow &window, const QString &applicant)
{
    ui::InboxPane *pane = window.inboxPane();
    pane->showCombo()->setCurrentIndex(pane->showCombo()->count() - 1);  // all
    pane->onlyMineBox()->setChecked(false);                              // of every unit
    QAbstractItemModel *model = pane->listView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ui::InboxModel::Applicant).data().toString() == applicant) {
            QSignalSpy shown(pane, &ui::InboxPane::previewShown);
            pane->listView()->setCurrentIndex(model->index(row, 0));
            return shown.wait(5000);
        }
    }
    return false;
}

void TestInboxPane::listsOpenSubmissionsAndFilters()
{
    auto window = open(s("mmueller"));
    QVERIFY(window);
    ui::InboxPane *pane = window->inboxPane();
    QAbstractItemModel *model = pane->listView()->model();
    // Seven arrived, one of them already filed. For the Standesamt by its rules: two certificate
    // requests and the birth; the residence registrations go to the Kundenzentrum.
    QVERIFY(pane->onlyMineBox()->isChecked());
    QCOMPARE(pane->showCombo()->currentText(), s("Offen (neu und fehlerhaft)"));
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ui::InboxModel::Unit).data().toString(), s("Standesamt"));
    QCOMPARE(window->findChild<QListWidget *>(s("navigationList"))->item(1)->text(), s("Posteingang (3 offen)"));

    // Of every unit: six wait for a decision, one of them faulty.
    pane->onlyMineBox()->setChecked(false);
    QCOMPARE(model->rowCount(), 6);
    int faulty = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        faulty += model->index(row, ui::InboxModel::Status).data().toString() == s("Fehlerhaft");
    QCOMPARE(faulty, 1);
    pane->showCombo()->setCurrentIndex(pane->showCombo()->count() - 1);
    QCOMPARE(model->rowCount(), 7);
    pane->findChild<QLineEdit *>(s("inboxFilterText"))->setText(s("vogt"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ui::InboxModel::Applicant).data().toString(), s("Lena Vogt"));
    QCOMPARE(model->index(0, ui::InboxModel::Unit).data().toString(), s("Kundenzentrum Nord"));

    // The Kundenzentrum's clerk sees the residence registrations, the faulty one included.
    auto other = open(s("aweber"));
    QVERIFY(other);
    QAbstractItemModel *hers = other->inboxPane()->listView()->model();
    QCOMPARE(hers->rowCount(), 3);
    for (int row = 0; row < hers->rowCount(); ++row)
        QCOMPARE(hers->index(row, ui::InboxModel::Service).data().toString(), s("Anmeldung einer Wohnung"));
}

void TestInboxPane::previewShowsFormAndAttachments()
{
    auto window = open(s("mmueller"));
    QVERIFY(window);
    QSignalSpy shown(window->documentPanel(), &ui::DocumentPanel::versionShown);
    QVERIFY(select(*window, s("Thomas Brandes")));
    ui::InboxPane *pane = window->inboxPane();
    QTreeWidget *form = pane->formView();
    QVERIFY(form->topLevelItemCount() > 3);
    // German labels, in reading order: the applicant first.
    QCOMPARE(form->topLevelItem(0)->text(0), s("Antragsteller/in"));
    QCOMPARE(form->topLevelItem(0)->child(0)->text(0), s("Vorname"));
    QCOMPARE(form->topLevelItem(0)->child(0)->text(1), s("Thomas"));
    const QString header = pane->findChild<QLabel *>(s("inboxHeader"))->text();
    QVERIFY2(header.contains(s("Geburtsurkunde")), qPrintable(header));
    QVERIFY2(header.contains(s("E-Mail an")), qPrintable(header));

    // The application form is shown in the viewer at once.
    QCOMPARE(pane->attachmentList()->count(), 1);
    QCOMPARE(pane->attachmentList()->currentRow(), 0);
    QVERIFY(!shown.isEmpty() || shown.wait(5000));
    QCOMPARE(window->documentPanel()->findChild<QStackedWidget *>()->currentWidget()->objectName(), s("pdfView"));
}

void TestInboxPane::acceptRoutesAcknowledgesAndOpensTheProceeding()
{
    auto window = open(s("mmueller"));
    QVERIFY(window);
    QVERIFY(select(*window, s("Sabine Krüger")));
    ui::InboxPane *pane = window->inboxPane();
    const QString id = pane->currentId();
    QVERIFY(pane->acceptAction()->isEnabled());
    QSignalSpy decided(pane, &ui::InboxPane::decided);
    QSignalSpy shown(pane, &ui::InboxPane::previewShown);
    pane->acceptAction()->trigger();
    QVERIFY(decided.wait(10000));
    const QString message = decided.first().at(1).toString();
    QVERIFY2(message.contains(s("Eingangsbestätigung")), qPrintable(message));
    QCOMPARE(scalar(s("SELECT status FROM submission WHERE id = ?"), {id}), s("filed"));
    QVERIFY(!scalar(s("SELECT acknowledged_at FROM submission WHERE id = ?"), {id}).isEmpty());
    const QDir outgoing(intake::outgoingFolder(*m_store));
    QVERIFY(!outgoing.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

    // The same entry stays selected, now filed, and leads to its proceeding.
    QTRY_VERIFY(shown.count() > 0 && pane->currentId() == id);
    QVERIFY(!pane->acceptAction()->isEnabled());
    QVERIFY(pane->openAction()->isEnabled());
    const QString proceeding = scalar(s("SELECT id FROM proceeding WHERE source_submission_id = ?"), {id});
    QSignalSpy opened(window.get(), &ui::MainWindow::proceedingShown);
    pane->openAction()->trigger();
    QVERIFY(opened.wait(5000));
    QCOMPARE(opened.first().first().toString(), proceeding);
    QCOMPARE(window->proceedingPane()->currentProceedingId(), proceeding);
    QVERIFY(window->proceedingPane()->isVisible());
    QVERIFY(!pane->isVisible());
}

void TestInboxPane::fileIntoChosenCaseFile()
{
    auto window = open(s("mmueller"));
    QVERIFY(window);
    QVERIFY(select(*window, s("Lena Vogt")));
    ui::InboxPane *pane = window->inboxPane();
    const QString id = pane->currentId();
    const QString caseFile = scalar(s("SELECT c.id FROM case_file c JOIN org_unit u ON u.id = c.owner_unit_id "
                                      "WHERE u.code = 'StA' AND c.status = 'open' ORDER BY c.reference LIMIT 1"));
    pane->setFileIntoChooser([&](const intake::InboxEntry &entry, QString *chosen, QString *subject) {
        *chosen = caseFile;
        *subject = s("Ummeldung ") + entry.applicant;
        return true;
    });
    QSignalSpy decided(pane, &ui::InboxPane::decided);
    pane->fileAction()->trigger();
    QVERIFY(decided.wait(10000));
    QCOMPARE(scalar(s("SELECT status FROM submission WHERE id = ?"), {id}), s("filed"));
    QCOMPARE(scalar(s("SELECT case_file_id FROM proceeding WHERE source_submission_id = ?"), {id}), caseFile);
    QCOMPARE(scalar(s("SELECT subject FROM proceeding WHERE source_submission_id = ?"), {id}),
             s("Ummeldung Lena Vogt"));
}

void TestInboxPane::rejectWithReason()
{
    auto window = open(s("mmueller"));
    QVERIFY(window);
    QVERIFY(select(*window, s("Andrzej Kowalski")));  // the faulty one
    ui::InboxPane *pane = window->inboxPane();
    const QString id = pane->currentId();
    QVERIFY(pane->retryAction()->isEnabled());
    QVERIFY(!pane->acceptAction()->isEnabled());
    int asked = 0;
    pane->setReasonChooser([&](const intake::InboxEntry &, QString *reason) {
        ++asked;
        *reason = s("Anlage beschädigt; Antragsteller gebeten, neu einzureichen.");
        return true;
    });
    QSignalSpy decided(pane, &ui::InboxPane::decided);
    // By keyboard alone: the shortcut shown in the menu.
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QCOMPARE(pane->rejectAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    QTest::keySequence(window.get(), pane->rejectAction()->shortcut());
    QVERIFY(decided.wait(10000));
    QCOMPARE(asked, 1);
    QCOMPARE(scalar(s("SELECT status FROM submission WHERE id = ?"), {id}), s("rejected"));
    QCOMPARE(scalar(s("SELECT decision_note FROM submission WHERE id = ?"), {id}),
             s("Anlage beschädigt; Antragsteller gebeten, neu einzureichen."));
    QTRY_VERIFY(pane->currentId() == id && !pane->rejectAction()->isEnabled());
}

void TestInboxPane::refusedRoutingShowsItsReason()
{
    // A residence registration goes to the Kundenzentrum: the Standesamt clerk may not route it.
    auto window = open(s("mmueller"));
    QVERIFY(window);
    QVERIFY(select(*window, s("Ömer Çelik")));
    ui::InboxPane *pane = window->inboxPane();
    const QString id = pane->currentId();
    QSignalSpy failed(pane, &ui::InboxPane::failed);
    QString shownText;
    // The warning is modal: a timer reads and closes it once it is up.
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shownText = box->text();
            box->accept();
        }
    });
    closer.start(50);
    pane->acceptAction()->trigger();
    QTRY_COMPARE(failed.count(), 1);
    QTRY_VERIFY(!shownText.isEmpty());
    QVERIFY2(shownText.contains(s("Kundenzentrum Nord")), qPrintable(shownText));
    QCOMPARE(scalar(s("SELECT status FROM submission WHERE id = ?"), {id}), s("new"));
    QVERIFY(pane->acceptAction()->isEnabled());
}

void TestInboxPane::readOnlyWithoutUser()
{
    auto window = open(QString());
    QVERIFY(window);
    QVERIFY(select(*window, s("Thomas Brandes")));
    for (QAction *action : window->inboxPane()->inboxActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
}

void TestInboxPane::fileIntoDialogFindsOpenFilesOfOwnUnit()
{
    ui::FileIntoDialog dialog(m_store, userId(s("mmueller")), s("Anmeldung einer Wohnung, Lena Vogt"));
    QSignalSpy shown(&dialog, &ui::FileIntoDialog::resultsShown);
    dialog.show();
    QVERIFY(shown.wait(5000));
    // Only open files of the Standesamt: the clerk may add proceedings to nothing else.
    const int all = shown.last().first().toInt();
    QCOMPARE(QString::number(all), scalar(s("SELECT count(*) FROM case_file c JOIN org_unit u ON u.id = "
                                            "c.owner_unit_id WHERE u.code = 'StA' AND c.status = 'open'")));
    QPushButton *ok = dialog.findChild<QPushButton *>(s("fileIntoOk"));
    QVERIFY(ok->isEnabled());  // the newest is preselected

    const QString reference = scalar(s("SELECT reference FROM case_file c JOIN org_unit u ON u.id = "
                                       "c.owner_unit_id WHERE u.code = 'StA' ORDER BY reference DESC LIMIT 1"));
    QTest::keyClicks(dialog.searchField(), reference);
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.last().first().toInt(), 1);
    QCOMPARE(dialog.caseFileReference(), reference);
    QCOMPARE(dialog.subject(), s("Anmeldung einer Wohnung, Lena Vogt"));
    // For the documentation: AKTENWERK_SCREENSHOTS=DIR keeps a picture of the dialog.
    if (const QString dir = qEnvironmentVariable("AKTENWERK_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(s("file-into-de.png"))));

    // A file of another unit is not offered, even by its exact reference.
    const QString foreign = scalar(s("SELECT reference FROM case_file c JOIN org_unit u ON u.id = "
                                     "c.owner_unit_id WHERE u.code = 'KZN' LIMIT 1"));
    dialog.searchField()->clear();
    QTest::keyClicks(dialog.searchField(), foreign);
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.last().first().toInt(), 0);
    QVERIFY(!ok->isEnabled());

    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractScrollArea *>(w->parentWidget()))
            continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

void TestInboxPane::interactiveWidgetsHaveNames()
{
    auto window = open(s("mmueller"));
    QVERIFY(window);
    QVERIFY(select(*window, s("Thomas Brandes")));
    for (QWidget *w : window->inboxPane()->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractScrollArea *>(w->parentWidget()) ||
            !w->isVisibleTo(window.get()))
            continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    for (QAction *action : window->inboxPane()->inboxActions())
        QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
}

QTEST_MAIN(TestInboxPane)
#include "tst_inboxpane.moc"
