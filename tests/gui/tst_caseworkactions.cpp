// SPDX-License-Identifier: GPL-3.0-or-later
// A clerk's day in the real main window, offscreen: a new case file and proceeding, a PDF, a note,
// a resubmission, closing; a supervisor assigns (and undoes it) and moves; refusals show why.
#include "casework/noteservice.h"
#include "casework/proceedingservice.h"
#include "storage/casefilerepository.h"
#include "storage/proceedingrepository.h"
#include "support/demooffice.h"
#include "support/modal.h"
#include "support/pdfmaker.h"
#include "support/testenv.h"
#include "ui/casedialogs.h"
#include "ui/casefilemodel.h"
#include "ui/caseworkactions.h"
#include "ui/fileintodialog.h"
#include "ui/importcontroller.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/proceedingpane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace aw;
using test::s;
using test::whenShown;

namespace {

void clickOk(QDialog *dialog, const QString &name)
{
    auto *ok = dialog->findChild<QPushButton *>(name);
    QVERIFY2(ok, qPrintable(name));
    QTest::mouseClick(ok, Qt::LeftButton);
}

}  // namespace

class TestCaseWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void clerksDay();
    void refusalShowsTheReason();
    void supervisorAssignsWithUndoAndMoves();

private:
    QString userId(const QString &login) const;
    void open(const QString &login);
    void selectNode(const QString &code);
    void selectCaseFile(const QString &reference);
    storage::Proceeding stored(const QString &proceedingId) const;
    QAction *action(const char *name) const;
    // Triggers the action once it is enabled: after a change the window reads the lists again,
    // and while the selection is away the actions on it are disabled.
    void trigger(const char *name);
    // A shortcut typed into the main window, which is made the active window again first (closed
    // dialogs do not hand activation back on the offscreen platform).
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers);

    std::shared_ptr<test::DemoOffice> m_office;
    std::shared_ptr<storage::Store> m_store;
    std::unique_ptr<ui::MainWindow> m_window;
    // Proceedings shown since the last trigger() or press(): after a change the window shows the
    // proceeding afresh, and the next step waits for that.
    std::unique_ptr<QSignalSpy> m_shown;
    QString m_caseFileId;  // made by clerksDay, used by the later tests
    QString m_proceedingId;
};

void TestCaseWork::initTestCase()
{
    test::isolate();
    QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    auto office = test::DemoOffice::make();
    QVERIFY2(office.ok(), qPrintable(test::why(office)));
    m_office = office.value();
    m_store = m_office->store();
}

void TestCaseWork::cleanup()
{
    m_shown.reset();
    m_window.reset();
}

QString TestCaseWork::userId(const QString &login) const
{
    return m_office->userId(login);
}

void TestCaseWork::open(const QString &login)
{
    m_window = std::make_unique<ui::MainWindow>(m_store, userId(login));
    m_shown = std::make_unique<QSignalSpy>(m_window.get(), &ui::MainWindow::proceedingShown);
    QSignalSpy planLoaded(m_window.get(), &ui::MainWindow::filePlanLoaded);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(planLoaded.count(), 1);
    m_window->showFilePlan();
}

void TestCaseWork::selectNode(const QString &code)
{
    QTreeView *plan = m_window->filePlanView();
    const QModelIndexList found =
        plan->model()->match(plan->model()->index(0, 0), Qt::DisplayRole, QString(code + s("  ")), 1,
                             Qt::MatchStartsWith | Qt::MatchRecursive);
    QVERIFY2(!found.isEmpty(), qPrintable(code));
    QSignalSpy loaded(m_window.get(), &ui::MainWindow::caseFilesLoaded);
    plan->setCurrentIndex(found.first());
    QTRY_VERIFY(loaded.count() >= 1);
}

void TestCaseWork::selectCaseFile(const QString &reference)
{
    QTableView *files = m_window->caseFileView();
    const QModelIndexList found =
        files->model()->match(files->model()->index(0, ui::CaseFileModel::Reference), Qt::DisplayRole, reference);
    QVERIFY2(!found.isEmpty(), qPrintable(reference));
    QSignalSpy loaded(m_window->proceedingPane(), &ui::ProceedingPane::proceedingsLoaded);
    files->setCurrentIndex(found.first());
    QTRY_VERIFY(loaded.count() >= 1);
}

storage::Proceeding TestCaseWork::stored(const QString &proceedingId) const
{
    auto p = storage::ProceedingRepository(m_store->connection()).get(proceedingId);
    return p ? p.value() : storage::Proceeding();
}

QAction *TestCaseWork::action(const char *name) const
{
    return m_window->findChild<QAction *>(QString::fromLatin1(name));
}

void TestCaseWork::trigger(const char *name)
{
    QTRY_VERIFY2(action(name)->isEnabled(), name);
    m_shown->clear();
    action(name)->trigger();
}

void TestCaseWork::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    m_shown->clear();
    QTest::keyClick(m_window.get(), key, modifiers);
}

void TestCaseWork::clerksDay()
{
    open(s("mmueller"));
    selectNode(s("5.4"));
    ui::CaseWorkActions *actions = m_window->caseWorkActions();
    QVERIFY(actions->newCaseFileAction()->isEnabled());
    QVERIFY(!action("closeProceedingAction")->isEnabled());  // nothing selected yet

    // The count of case files beside the file plan entry 5.4.
    const auto count = [this] {
        QAbstractItemModel *plan = m_window->filePlanView()->model();
        const QModelIndexList found =
            plan->match(plan->index(0, 0), Qt::DisplayRole, s("5.4  "), 1, Qt::MatchStartsWith | Qt::MatchRecursive);
        return found.isEmpty() ? -1 : found.first().siblingAtColumn(1).data().toInt();
    };
    const int before = count();
    QVERIFY(before >= 1);

    // A new case file by its shortcut: the dialog asks for the subject; the reference is assigned.
    QSignalSpy shown(m_window.get(), &ui::MainWindow::caseFilesLoaded);
    whenShown<ui::NewCaseFileDialog>(this, [](ui::NewCaseFileDialog *dialog) {
        clickOk(dialog, s("newCaseFileDialogOk"));  // no subject yet: refused inline, the dialog stays
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(s("newCaseFileSubject")), s("Urkunden Familie Weiß"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(shown.count() >= 1);
    auto files = storage::CaseFileRepository(m_store->connection()).all();
    QVERIFY(files.ok());
    const auto made = std::find_if(files->cbegin(), files->cend(),
                                   [](const storage::CaseFile &f) { return f.subject == s("Urkunden Familie Weiß"); });
    QVERIFY(made != files->cend());
    QVERIFY(made->reference.startsWith(s("5.4-")));
    m_caseFileId = made->id;
    QTRY_COMPARE(count(), before + 1);
    QTRY_VERIFY(m_window->caseFileView()->currentIndex().isValid());
    QCOMPARE(m_window->caseFileView()->currentIndex().siblingAtColumn(ui::CaseFileModel::Reference).data().toString(),
             made->reference);

    // A new proceeding in it, taken by the clerk herself.
    QSignalSpy proceedingShown(m_window.get(), &ui::MainWindow::proceedingShown);
    whenShown<ui::NewProceedingDialog>(this, [](ui::NewProceedingDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(s("newProceedingSubject")), s("Geburtsurkunde Lea Weiß"));
        clickOk(dialog, s("newProceedingDialogOk"));
    });
    trigger("newProceedingAction");
    QTRY_COMPARE(proceedingShown.count(), 1);
    m_proceedingId = proceedingShown.first().first().toString();
    storage::Proceeding p = stored(m_proceedingId);
    QCOMPARE(p.subject, s("Geburtsurkunde Lea Weiß"));
    QCOMPARE(p.assigneeId, userId(s("mmueller")));
    QCOMPARE(p.reference, made->reference + s("-0001"));
    QCOMPARE(m_window->proceedingPane()->currentProceedingId(), m_proceedingId);

    // A PDF into it.
    const QString pdf = m_office->file(s("antrag.pdf"));
    QVERIFY(test::writeFile(pdf, test::makePdf({s("Antrag auf eine Geburtsurkunde")})));
    QSignalSpy documents(m_window->proceedingPane(), &ui::ProceedingPane::documentsLoaded);
    m_window->importController()->setUnattended(false);
    m_window->proceedingPane()->importIntoCurrent({pdf});
    QTRY_VERIFY(!documents.isEmpty() && documents.last().first().toInt() == 1);

    // A note on the proceeding.
    whenShown<ui::NoteDialog>(this, [](ui::NoteDialog *dialog) {
        QCOMPARE(dialog->findChild<QComboBox *>(s("noteObject"))->count(), 2);  // case file or proceeding
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(s("noteText")), s("Mutter hat angerufen."));
        clickOk(dialog, s("noteDialogOk"));
    });
    trigger("noteAction");
    casework::NoteService notes({m_store, userId(s("mmueller"))});
    QTRY_COMPARE(notes.notes(s("proceeding"), m_proceedingId).value().size(), 1);
    QTRY_VERIFY(!m_shown->isEmpty());
    QCOMPARE(notes.notes(s("proceeding"), m_proceedingId)->first().text, s("Mutter hat angerufen."));

    // A resubmission in a week, shown in "My work".
    whenShown<ui::ResubmissionDialog>(this, [](ui::ResubmissionDialog *dialog) {
        dialog->findChild<QLineEdit *>(s("resubmissionNote"))->setText(s("Gebühr bezahlt?"));  // keyClicks: ASCII only
        clickOk(dialog, s("resubmissionDialogOk"));
    });
    trigger("resubmissionAction");
    const auto resubmitted = [&notes, this] {
        const auto due = notes.dueForMe(QDate::currentDate().addDays(7)).value();
        return std::any_of(due.cbegin(), due.cend(), [this](const storage::Resubmission &r) {
            return r.objectId == m_proceedingId && r.note == s("Gebühr bezahlt?");
        });
    };
    QTRY_VERIFY(resubmitted());
    QTRY_VERIFY(!m_shown->isEmpty());

    // Closing asks first; Cancel keeps it open.
    whenShown<QMessageBox>(this, [](QMessageBox *box) { clickOk(box, s("caseWorkConfirmCancel")); });
    trigger("closeProceedingAction");
    QVERIFY(!stored(m_proceedingId).isClosed());
    const QString reference = p.reference;
    whenShown<QMessageBox>(this, [reference](QMessageBox *box) {
        QVERIFY(box->text().contains(reference));
        clickOk(box, s("caseWorkConfirmOk"));
    });
    QTRY_VERIFY(action("closeProceedingAction")->isEnabled());
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(stored(m_proceedingId).isClosed());
    QTRY_VERIFY(action("reopenProceedingAction")->isEnabled());
    QVERIFY(!action("closeProceedingAction")->isEnabled());

    // With every proceeding closed, the case file can be closed (zdA) too.
    whenShown<QMessageBox>(this, [](QMessageBox *box) { clickOk(box, s("caseWorkConfirmOk")); });
    trigger("closeCaseFileAction");
    QTRY_VERIFY(storage::CaseFileRepository(m_store->connection()).get(m_caseFileId)->isClosed());
    // Clerks work on open files: the closed one leaves her list (the Leitung still sees it).
    QTRY_VERIFY(m_window->caseFileView()
                    ->model()
                    ->match(m_window->caseFileView()->model()->index(0, ui::CaseFileModel::Reference), Qt::DisplayRole,
                            made->reference)
                    .isEmpty());
}

void TestCaseWork::refusalShowsTheReason()
{
    // Giving work to others is for the Leitung: the clerk is told so, and nothing changes.
    open(s("mmueller"));
    auto all = storage::ProceedingRepository(m_store->connection()).all();
    QVERIFY(all.ok());
    const QString clerk = userId(s("mmueller"));
    const auto own = std::find_if(all->cbegin(), all->cend(), [&clerk](const storage::Proceeding &p) {
        return p.assigneeId == clerk && !p.isClosed();
    });
    QVERIFY(own != all->cend());
    QSignalSpy shown(m_window.get(), &ui::MainWindow::proceedingShown);
    m_window->showProceeding(own->id);
    QTRY_COMPARE(shown.count(), 1);
    QSignalSpy failed(m_window->caseWorkActions(), &ui::CaseWorkActions::failed);
    whenShown<ui::AssignDialog>(this, [](ui::AssignDialog *dialog) {
        auto *users = dialog->findChild<QComboBox *>(s("assignUser"));
        users->setCurrentIndex(users->findText(s("Tarik Yılmaz")));
        clickOk(dialog, s("assignDialogOk"));
    });
    trigger("assignAction");
    QTRY_COMPARE(failed.count(), 1);
    auto *box = m_window->findChild<QMessageBox *>(s("caseWorkMessage"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), failed.first().first().toString());
    QVERIFY2(box->text().contains(s("Leitung")), qPrintable(box->text()));
    QCOMPARE(stored(own->id).assigneeId, clerk);
    QVERIFY(!m_window->undoStack()->canUndo());
    QTest::mouseClick(box->findChild<QPushButton *>(s("caseWorkMessageOk")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(s("caseWorkMessage")));
}

void TestCaseWork::supervisorAssignsWithUndoAndMoves()
{
    // The Leitung reopens the case file and the proceeding, gives it to Tarik Yılmaz, undoes that.
    open(s("kschmidt"));
    QSignalSpy shown(m_window.get(), &ui::MainWindow::proceedingShown);
    m_window->showProceeding(m_proceedingId);
    QTRY_COMPARE(shown.count(), 1);
    trigger("reopenCaseFileAction");
    QTRY_VERIFY(!storage::CaseFileRepository(m_store->connection()).get(m_caseFileId)->isClosed());
    QTRY_VERIFY(action("reopenProceedingAction")->isEnabled());
    trigger("reopenProceedingAction");
    QTRY_VERIFY(!stored(m_proceedingId).isClosed());
    QTRY_VERIFY(!m_shown->isEmpty());
    QTRY_VERIFY(action("assignAction")->isEnabled());

    const QString clerk = userId(s("mmueller"));
    const QString other = userId(s("tyilmaz"));
    QCOMPARE(stored(m_proceedingId).assigneeId, clerk);
    whenShown<ui::AssignDialog>(this, [](ui::AssignDialog *dialog) {
        auto *users = dialog->findChild<QComboBox *>(s("assignUser"));
        QVERIFY(users->findText(s("Anna Weber")) < 0);  // not of the Standesamt
        users->setCurrentIndex(users->findText(s("Tarik Yılmaz")));
        clickOk(dialog, s("assignDialogOk"));
    });
    QTRY_VERIFY(action("assignAction")->isEnabled());
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(stored(m_proceedingId).assigneeId, other);
    QTRY_VERIFY(!m_shown->isEmpty());
    QTRY_VERIFY(m_window->undoStack()->canUndo());
    QTRY_VERIFY(action("undoAction")->isEnabled());
    press(Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(stored(m_proceedingId).assigneeId, clerk);
    QTRY_VERIFY(!m_shown->isEmpty());
    trigger("redoAction");
    QTRY_COMPARE(stored(m_proceedingId).assigneeId, other);
    QTRY_VERIFY(!m_shown->isEmpty());

    // Moved into another open case file of the Standesamt: it takes that file's next number.
    auto target = storage::CaseFileRepository(m_store->connection()).all();
    QVERIFY(target.ok());
    const auto into = std::find_if(target->cbegin(), target->cend(), [this](const storage::CaseFile &f) {
        return f.id != m_caseFileId && !f.isClosed() && f.reference.startsWith(s("5.1-"));
    });
    QVERIFY(into != target->cend());
    QSignalSpy moved(m_window.get(), &ui::MainWindow::proceedingShown);
    whenShown<ui::FileIntoDialog>(this, [into](ui::FileIntoDialog *dialog) {
        QCOMPARE(dialog->objectName(), s("moveProceedingDialog"));
        QSignalSpy results(dialog, &ui::FileIntoDialog::resultsShown);
        QTest::keyClicks(dialog->searchField(), into->reference);
        QTRY_VERIFY(!results.isEmpty());
        for (int row = 0; row < dialog->results()->count() && dialog->caseFileId() != into->id; ++row)
            dialog->results()->setCurrentRow(row);
        QCOMPARE(dialog->caseFileId(), into->id);
        clickOk(dialog, s("fileIntoOk"));
    });
    trigger("moveProceedingAction");
    QTRY_COMPARE(stored(m_proceedingId).caseFileId, into->id);
    QVERIFY(stored(m_proceedingId).reference.startsWith(into->reference + s("-")));
    QTRY_VERIFY(!moved.isEmpty() && moved.last().first().toString() == m_proceedingId);
    QCOMPARE(m_window->proceedingPane()->currentProceedingId(), m_proceedingId);
}

QTEST_MAIN(TestCaseWork)
#include "tst_caseworkactions.moc"
