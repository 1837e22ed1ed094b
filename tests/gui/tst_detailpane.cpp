// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane over the demo office: metadata of case files and proceedings, edits with undo
// and redo, what others may not change or see, notes, resubmissions and the history.
#include "casework/noteservice.h"
#include "casework/proceedingservice.h"
#include "storage/auditlog.h"
#include "storage/casefilerepository.h"
#include "storage/noterepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "support/demooffice.h"
#include "support/testenv.h"
#include "ui/dates.h"
#include "ui/detailpane.h"

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace aw;
using test::s;
using test::why;

class TestDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsCaseFile();
    void showsProceeding();
    void editsSubjectWithUndoAndRedo();
    void editsCaseFileSubjectOnLeavingTheField();
    void refusesInvalidSubject();
    void staleEditIsRefused();
    void editsDueDate();
    void undoRefusesWhenChangedMeanwhile();
    void colleagueSeesReadOnly();
    void withoutUserReadOnly();
    void closedCaseFile();
    void otherUnitCannotSee();
    void notesAndResubmissions();
    void dropsStaleReads();
    void interactiveWidgetsHaveNames();

private:
    QString userId(const QString &login) const;
    QString idOf(const QString &sql, const QString &value) const;
    storage::Proceeding proceeding(const QString &id) const;
    int auditCount(const QString &type, const QString &id) const;
    // A pane for `login` (empty: nobody) showing the proceeding or case file, after its first read.
    std::unique_ptr<ui::DetailPane> open(const QString &login, const QString &proceedingId,
                                         const QString &caseFileId = {});
    template <typename T>
    T *child(const ui::DetailPane &pane, const char *name) const
    {
        return pane.findChild<T *>(QLatin1String(name));
    }
    // Types `text` over the field's content and presses Enter.
    void retype(QLineEdit *edit, const QString &text) const;
    QStringList column(QTreeWidget *view, int column) const;

    std::shared_ptr<test::DemoOffice> m_office;
    std::shared_ptr<storage::Store> m_store;
    QUndoStack m_undo;
    // Demo proceedings: hers (with a note, a document and a resubmission), and another of hers.
    QString m_birthReport;
    QString m_nameDeclaration;
    QString m_birthFile;
};

void TestDetailPane::initTestCase()
{
    test::isolate();
}

void TestDetailPane::init()
{
    m_undo.clear();
    auto office = test::DemoOffice::make();
    QVERIFY2(office.ok(), qPrintable(why(office)));
    m_office = office.value();
    m_store = m_office->store();
    m_birthReport = idOf(s("SELECT id FROM proceeding WHERE subject = ?"), s("Geburtsanzeige Klinikum Nord"));
    m_nameDeclaration = idOf(s("SELECT id FROM proceeding WHERE subject = ?"), s("Namenserklärung"));
    m_birthFile = idOf(s("SELECT id FROM case_file WHERE subject = ?"), s("Geburt Emma Schulz, 03.02.2026"));
    QVERIFY(!m_birthReport.isEmpty() && !m_nameDeclaration.isEmpty() && !m_birthFile.isEmpty());
}

void TestDetailPane::cleanup()
{
    m_undo.clear();
    if (m_store) {
        auto findings = m_store->verify();
        QVERIFY(findings.ok() && findings->isEmpty());
    }
    m_store.reset();
    m_office.reset();
}

QString TestDetailPane::userId(const QString &login) const
{
    return m_office->userId(login);
}

QString TestDetailPane::idOf(const QString &sql, const QString &value) const
{
    auto v = storage::scalar(m_store->connection(), sql, {value});
    return v ? v->toString() : QString();
}

storage::Proceeding TestDetailPane::proceeding(const QString &id) const
{
    auto p = storage::ProceedingRepository(m_store->connection()).get(id);
    return p ? p.value() : storage::Proceeding();
}

int TestDetailPane::auditCount(const QString &type, const QString &id) const
{
    auto events = storage::AuditLog(m_store->connection()).forObject(type, id);
    return events ? int(events->size()) : -1;
}

std::unique_ptr<ui::DetailPane> TestDetailPane::open(const QString &login, const QString &proceedingId,
                                                     const QString &caseFileId)
{
    auto pane = std::make_unique<ui::DetailPane>(m_store, login.isEmpty() ? QString() : userId(login), &m_undo);
    pane->resize(560, 680);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        return {};
    pane->activateWindow();
    QSignalSpy loaded(pane.get(), &ui::DetailPane::loaded);
    if (proceedingId.isEmpty())
        pane->showCaseFile(caseFileId);
    else
        pane->showProceeding(proceedingId);
    if (!loaded.wait(5000))
        return {};
    return pane;
}

void TestDetailPane::retype(QLineEdit *edit, const QString &text) const
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    // Key by key, umlauts too (QTest::keyClicks knows ASCII keys only).
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QTest::keyClick(edit, Qt::Key_Return);
}

QStringList TestDetailPane::column(QTreeWidget *view, int column) const
{
    QStringList out;
    for (int row = 0; row < view->topLevelItemCount(); ++row)
        out << view->topLevelItem(row)->text(column);
    return out;
}

void TestDetailPane::showsCaseFile()
{
    auto pane = open(s("mmueller"), {}, m_birthFile);
    QVERIFY(pane);
    auto file = storage::CaseFileRepository(m_store->connection()).get(m_birthFile);
    QVERIFY(file.ok());
    QCOMPARE(pane->caseFileId(), m_birthFile);
    QVERIFY(pane->proceedingId().isEmpty());
    QCOMPARE(child<QLabel>(*pane, "detailTitle")->text(),
             s("Case file %1 – Geburt Emma Schulz, 03.02.2026").arg(file->reference));
    QCOMPARE(child<QLabel>(*pane, "caseFileReference")->text(), file->reference);
    auto *subject = child<QLineEdit>(*pane, "caseFileSubject");
    QCOMPARE(subject->text(), s("Geburt Emma Schulz, 03.02.2026"));
    QVERIFY(!subject->isReadOnly());
    QVERIFY(!child<QLabel>(*pane, "caseFileReadOnlyHint")->isVisible());
    QCOMPARE(child<QLabel>(*pane, "caseFileUnit")->text(), s("Standesamt"));
    QCOMPARE(child<QLabel>(*pane, "caseFileNode")->text(), s("5.1 Geburten"));
    QCOMPARE(child<QLabel>(*pane, "caseFileStatus")->text(), s("open"));
    QCOMPARE(child<QLabel>(*pane, "caseFilePeriod")->text(),
             s("since %1").arg(ui::shortDate(file->openedAt.toLocalTime().date())));
    QCOMPARE(child<QLabel>(*pane, "caseFileRetention")->text(), s("set when the file is closed"));
    QCOMPARE(child<QLabel>(*pane, "caseFileDisposal")->text(), s("A – archive"));
    QVERIFY(!child<QGroupBox>(*pane, "detailProceedingBox")->isVisible());

    // The case file's own history: created by the supervisor.
    auto *history = child<QTreeWidget>(*pane, "detailHistory");
    QCOMPARE(column(history, 2), QStringList{s("Case file %1 created").arg(file->reference)});
    QCOMPARE(column(history, 1), QStringList{s("Karin Schmidt")});
    auto *tabs = child<QTabWidget>(*pane, "detailTabs");
    QCOMPARE(tabs->tabText(3), s("History (1)"));
    QCOMPARE(tabs->tabText(1), s("Notes (0)"));
    QVERIFY(child<QTextBrowser>(*pane, "detailNotes")->toPlainText().contains(s("No notes yet.")));
}

void TestDetailPane::showsProceeding()
{
    auto pane = open(s("mmueller"), m_birthReport);
    QVERIFY(pane);
    const storage::Proceeding p = proceeding(m_birthReport);
    QCOMPARE(pane->proceedingId(), m_birthReport);
    QCOMPARE(pane->caseFileId(), m_birthFile);
    QVERIFY(child<QGroupBox>(*pane, "detailProceedingBox")->isVisible());
    QCOMPARE(child<QLabel>(*pane, "proceedingReference")->text(), p.reference);
    QCOMPARE(child<QLineEdit>(*pane, "proceedingSubject")->text(), s("Geburtsanzeige Klinikum Nord"));
    QVERIFY(!child<QLineEdit>(*pane, "proceedingSubject")->isReadOnly());
    QCOMPARE(child<QLabel>(*pane, "proceedingStatus")->text(), s("open"));
    QCOMPARE(child<QLabel>(*pane, "proceedingAssignee")->text(), s("Maria Müller"));
    auto *due = child<QDateEdit>(*pane, "proceedingDue");
    QVERIFY(p.dueAt.isValid());
    QCOMPARE(due->date(), p.dueAt);
    QVERIFY(due->isEnabled());
    QVERIFY(!child<QCheckBox>(*pane, "proceedingNoDue")->isChecked());
    // The demo made it due yesterday.
    QCOMPARE(child<QLabel>(*pane, "proceedingOverdue")->isVisible(), p.dueAt < QDate::currentDate());
    // Compactly, its case file.
    QCOMPARE(child<QLineEdit>(*pane, "caseFileSubject")->text(), s("Geburt Emma Schulz, 03.02.2026"));
    QCOMPARE(child<QGroupBox>(*pane, "detailCaseFileBox")->title(), s("In the case file"));

    // Its history, newest first: created by the supervisor, then worked by the clerk.
    auto *history = child<QTreeWidget>(*pane, "detailHistory");
    const QStringList what = column(history, 2);
    QCOMPARE(what.size(), 4);
    QCOMPARE(what.last(), s("Proceeding %1 created").arg(p.reference));
    QCOMPARE(column(history, 1).last(), s("Karin Schmidt"));
    QVERIFY2(what.contains(s("Note added: “Unterlagen vollständig, mit dem Register abgeglichen.”")),
             qPrintable(what.join(QLatin1Char('|'))));
    QVERIFY(what.contains(s("Document “Eingangsbestätigung” added")));
    QVERIFY(what.contains(
        s("Resubmission on %1 for Maria Müller: “Antwort prüfen”").arg(ui::shortDate(QDate::currentDate()))));

    if (const QString dir = qEnvironmentVariable("AKTENWERK_SCREENSHOTS"); !dir.isEmpty()) {
        QTest::qWait(50);  // the layout settles
        QVERIFY(pane->grab().save(QDir(dir).filePath(s("detailpane.png"))));
        auto *tabs = child<QTabWidget>(*pane, "detailTabs");
        tabs->setCurrentIndex(3);
        QTest::qWait(50);
        QVERIFY(pane->grab().save(QDir(dir).filePath(s("detailpane-history.png"))));
        tabs->setCurrentIndex(2);
        QTest::qWait(50);
        QVERIFY(pane->grab().save(QDir(dir).filePath(s("detailpane-resubmissions.png"))));
        tabs->setCurrentIndex(1);
        QTest::qWait(50);
        QVERIFY(pane->grab().save(QDir(dir).filePath(s("detailpane-notes.png"))));
    }
}

void TestDetailPane::editsSubjectWithUndoAndRedo()
{
    auto pane = open(s("mmueller"), m_nameDeclaration);
    QVERIFY(pane);
    QSignalSpy changed(pane.get(), &ui::DetailPane::changed);
    QSignalSpy loaded(pane.get(), &ui::DetailPane::loaded);
    const int audited = auditCount(s("proceeding"), m_nameDeclaration);
    auto *subject = child<QLineEdit>(*pane, "proceedingSubject");

    retype(subject, s("Namenserklärung der Eltern"));
    QTRY_COMPARE(proceeding(m_nameDeclaration).subject, s("Namenserklärung der Eltern"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toString(), m_birthFile);
    QCOMPARE(changed.first().at(1).toString(), m_nameDeclaration);
    QCOMPARE(auditCount(s("proceeding"), m_nameDeclaration), audited + 1);
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(m_undo.undoText(), s("Change the subject of %1").arg(proceeding(m_nameDeclaration).reference));
    // The history shows the edit on top, by her.
    auto *history = child<QTreeWidget>(*pane, "detailHistory");
    QTRY_COMPARE(history->topLevelItem(0)->text(2), s("Subject changed to “Namenserklärung der Eltern”"));
    QCOMPARE(history->topLevelItem(0)->text(1), s("Maria Müller"));
    QCOMPARE(history->topLevelItemCount(), audited + 1);
    QVERIFY(child<QLabel>(*pane, "detailTitle")->text().endsWith(s("Namenserklärung der Eltern")));

    // Undo restores it in the store, and the pane shows it.
    loaded.clear();
    m_undo.undo();
    QTRY_COMPARE(proceeding(m_nameDeclaration).subject, s("Namenserklärung"));
    QTRY_VERIFY(!loaded.isEmpty());
    QTRY_COMPARE(subject->text(), s("Namenserklärung"));
    QCOMPARE(auditCount(s("proceeding"), m_nameDeclaration), audited + 2);
    QTRY_COMPARE(changed.size(), 2);
    // Redo makes the edit again.
    m_undo.redo();
    QTRY_COMPARE(proceeding(m_nameDeclaration).subject, s("Namenserklärung der Eltern"));
    QTRY_COMPARE(subject->text(), s("Namenserklärung der Eltern"));
    QCOMPARE(auditCount(s("proceeding"), m_nameDeclaration), audited + 3);
    QTRY_COMPARE(history->topLevelItemCount(), audited + 3);
}

void TestDetailPane::editsCaseFileSubjectOnLeavingTheField()
{
    auto pane = open(s("mmueller"), {}, m_birthFile);
    QVERIFY(pane);
    QVERIFY(QTest::qWaitForWindowActive(pane.get()));
    auto *subject = child<QLineEdit>(*pane, "caseFileSubject");
    subject->setFocus();
    QTRY_VERIFY(subject->hasFocus());
    QTest::keyClick(subject, Qt::Key_End);
    QTest::keyClicks(subject, QStringLiteral(" (Zwillinge)"));
    // Typing alone writes nothing.
    QTest::qWait(50);
    QCOMPARE(m_undo.count(), 0);
    QCOMPARE(storage::CaseFileRepository(m_store->connection()).get(m_birthFile)->subject,
             s("Geburt Emma Schulz, 03.02.2026"));
    // Leaving the field does.
    QTest::keyClick(subject, Qt::Key_Tab);
    QVERIFY(!subject->hasFocus());
    const QString expected = s("Geburt Emma Schulz, 03.02.2026 (Zwillinge)");
    QTRY_COMPARE(storage::CaseFileRepository(m_store->connection()).get(m_birthFile)->subject, expected);
    QTRY_COMPARE(m_undo.count(), 1);
    QTRY_COMPARE(child<QTreeWidget>(*pane, "detailHistory")->topLevelItem(0)->text(2),
                 s("Subject changed to “%1”").arg(expected));
    m_undo.undo();
    QTRY_COMPARE(storage::CaseFileRepository(m_store->connection()).get(m_birthFile)->subject,
                 s("Geburt Emma Schulz, 03.02.2026"));
}

void TestDetailPane::refusesInvalidSubject()
{
    auto pane = open(s("mmueller"), m_nameDeclaration);
    QVERIFY(pane);
    const int audited = auditCount(s("proceeding"), m_nameDeclaration);
    const int rev = proceeding(m_nameDeclaration).rev;
    auto *subject = child<QLineEdit>(*pane, "proceedingSubject");
    auto *error = child<QLabel>(*pane, "proceedingSubjectError");

    retype(subject, QString());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), s("The subject cannot be empty. Escape restores the saved subject."));
    retype(subject, QString(251, QLatin1Char('x')));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), s("The subject is too long: at most 250 characters, this one has 251."));
    QTest::qWait(100);
    // Nothing written, nothing to undo.
    QCOMPARE(proceeding(m_nameDeclaration).subject, s("Namenserklärung"));
    QCOMPARE(proceeding(m_nameDeclaration).rev, rev);
    QCOMPARE(auditCount(s("proceeding"), m_nameDeclaration), audited);
    QCOMPARE(m_undo.count(), 0);
    // Escape brings back the saved subject.
    QTest::keyClick(subject, Qt::Key_Escape);
    QCOMPARE(subject->text(), s("Namenserklärung"));
    QVERIFY(!error->isVisible());
}

void TestDetailPane::staleEditIsRefused()
{
    auto pane = open(s("mmueller"), m_nameDeclaration);
    QVERIFY(pane);
    // Her supervisor changes the subject meanwhile.
    const casework::Session lead(m_store, userId(s("kschmidt")));
    auto theirs = casework::ProceedingService(lead).editSubject(m_nameDeclaration, s("Namenserklärung (Mutter)"),
                                                                proceeding(m_nameDeclaration).rev);
    QVERIFY2(theirs.ok(), qPrintable(why(theirs)));

    QSignalSpy changed(pane.get(), &ui::DetailPane::changed);
    auto *subject = child<QLineEdit>(*pane, "proceedingSubject");
    retype(subject, s("Namenserklärung (Vater)"));
    auto *error = child<QLabel>(*pane, "proceedingSubjectError");
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(),
             s("Someone else changed the proceeding “%1” meanwhile. Reload it and try again.").arg(theirs->reference));
    // Theirs stays, and the field shows it.
    QCOMPARE(proceeding(m_nameDeclaration).subject, s("Namenserklärung (Mutter)"));
    QTRY_COMPARE(subject->text(), s("Namenserklärung (Mutter)"));
    QCOMPARE(m_undo.count(), 0);
    QCOMPARE(changed.size(), 0);
}

void TestDetailPane::editsDueDate()
{
    auto pane = open(s("mmueller"), m_nameDeclaration);
    QVERIFY(pane);
    const QDate before = proceeding(m_nameDeclaration).dueAt;
    QVERIFY(before.isValid());
    const QDate wanted = QDate::currentDate().addDays(30);
    auto *due = child<QDateEdit>(*pane, "proceedingDue");
    auto *none = child<QCheckBox>(*pane, "proceedingNoDue");
    due->setFocus();
    due->setDate(wanted);
    QTest::qWait(50);
    QCOMPARE(m_undo.count(), 0);  // not saved while the date is being changed
    QTest::keyClick(due, Qt::Key_Return);
    QTRY_COMPARE(proceeding(m_nameDeclaration).dueAt, wanted);
    QTRY_COMPARE(m_undo.count(), 1);
    QTRY_COMPARE(child<QTreeWidget>(*pane, "detailHistory")->topLevelItem(0)->text(2),
                 s("Due date set to %1").arg(ui::shortDate(wanted)));

    // "No due date" clears it at once.
    QTRY_VERIFY(none->isEnabled());
    none->click();
    QTRY_VERIFY(!proceeding(m_nameDeclaration).dueAt.isValid());
    QTRY_COMPARE(m_undo.count(), 2);
    QTRY_VERIFY(!due->isEnabled());
    QTRY_COMPARE(child<QTreeWidget>(*pane, "detailHistory")->topLevelItem(0)->text(2), s("Due date removed"));

    m_undo.undo();
    QTRY_COMPARE(proceeding(m_nameDeclaration).dueAt, wanted);
    QTRY_COMPARE(due->date(), wanted);
    QTRY_VERIFY(!none->isChecked());
    m_undo.undo();
    QTRY_COMPARE(proceeding(m_nameDeclaration).dueAt, before);
}

void TestDetailPane::undoRefusesWhenChangedMeanwhile()
{
    auto pane = open(s("mmueller"), m_nameDeclaration);
    QVERIFY(pane);
    const QDate wanted = QDate::currentDate().addDays(9);
    auto *due = child<QDateEdit>(*pane, "proceedingDue");
    due->setDate(wanted);
    QTest::keyClick(due, Qt::Key_Return);
    QTRY_COMPARE(m_undo.count(), 1);
    QTRY_COMPARE(proceeding(m_nameDeclaration).dueAt, wanted);

    // Her supervisor changes the status; undoing her date would be based on an old state.
    const casework::Session lead(m_store, userId(s("kschmidt")));
    auto status = casework::ProceedingService(lead).setStatus(m_nameDeclaration, storage::ProceedingStatus::Waiting);
    QVERIFY2(status.ok(), qPrintable(why(status)));
    QSignalSpy failed(pane.get(), &ui::DetailPane::failed);
    m_undo.undo();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(
                 s("Someone else changed the proceeding “%1” meanwhile.").arg(status->reference)),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(proceeding(m_nameDeclaration).dueAt, wanted);
    QCOMPARE(proceeding(m_nameDeclaration).rev, status->rev);
    QTRY_COMPARE(child<QLabel>(*pane, "proceedingStatus")->text(), s("waiting"));
}

void TestDetailPane::colleagueSeesReadOnly()
{
    // Her colleague in the Standesamt may see her proceeding but not change it; the case file
    // belongs to the whole unit.
    auto pane = open(s("tyilmaz"), m_nameDeclaration);
    QVERIFY(pane);
    const QString reason = s("This proceeding is assigned to someone else. Ask them or a supervisor.");
    auto *subject = child<QLineEdit>(*pane, "proceedingSubject");
    QVERIFY(subject->isReadOnly());
    QCOMPARE(subject->toolTip(), reason);
    QVERIFY(!child<QDateEdit>(*pane, "proceedingDue")->isEnabled());
    QVERIFY(!child<QCheckBox>(*pane, "proceedingNoDue")->isEnabled());
    QCOMPARE(child<QCheckBox>(*pane, "proceedingNoDue")->toolTip(), reason);
    auto *hint = child<QLabel>(*pane, "proceedingReadOnlyHint");
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), s("Read-only: %1").arg(reason));
    QVERIFY(!child<QLineEdit>(*pane, "caseFileSubject")->isReadOnly());
    QVERIFY(!child<QLabel>(*pane, "caseFileReadOnlyHint")->isVisible());
    if (const QString dir = qEnvironmentVariable("AKTENWERK_SCREENSHOTS"); !dir.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(pane->grab().save(QDir(dir).filePath(s("detailpane-readonly.png"))));
    }

    // Typing into the read-only field changes nothing.
    retype(subject, s("Meins"));
    QTest::qWait(100);
    QCOMPARE(subject->text(), s("Namenserklärung"));
    QCOMPARE(proceeding(m_nameDeclaration).subject, s("Namenserklärung"));
    QCOMPARE(m_undo.count(), 0);
}

void TestDetailPane::withoutUserReadOnly()
{
    auto pane = open(QString(), m_birthReport);
    QVERIFY(pane);
    QVERIFY(child<QLineEdit>(*pane, "proceedingSubject")->isReadOnly());
    QVERIFY(child<QLineEdit>(*pane, "caseFileSubject")->isReadOnly());
    QVERIFY(!child<QDateEdit>(*pane, "proceedingDue")->isEnabled());
    QCOMPARE(child<QLineEdit>(*pane, "caseFileSubject")->toolTip(),
             s("Nobody is signed in, so nothing can be changed here."));
    child<QTabWidget>(*pane, "detailTabs")->setCurrentIndex(2);
    auto *resubmissions = child<QTreeWidget>(*pane, "detailResubmissions");
    QCOMPARE(resubmissions->topLevelItemCount(), 1);
    QVERIFY(!child<QPushButton>(*pane, "resubmissionDoneButton")->isEnabled());
}

void TestDetailPane::closedCaseFile()
{
    // The closed demo file, read by the supervisor of its unit: everything read-only.
    const QString closed =
        idOf(s("SELECT id FROM case_file WHERE subject = ?"), s("Abmeldung ins Ausland, Familie Petrović"));
    auto pane = open(s("jfischer"), {}, closed);
    QVERIFY(pane);
    auto file = storage::CaseFileRepository(m_store->connection()).get(closed);
    QVERIFY(file.ok() && file->isClosed());
    QCOMPARE(child<QLabel>(*pane, "caseFileStatus")->text(), s("closed (zdA)"));
    QCOMPARE(child<QLabel>(*pane, "caseFileRetention")->text(), ui::shortDate(file->retentionUntil));
    QCOMPARE(child<QLabel>(*pane, "caseFilePeriod")->text(),
             s("%1 – %2").arg(ui::shortDate(file->openedAt.toLocalTime().date()),
                              ui::shortDate(file->closedAt.toLocalTime().date())));
    QCOMPARE(child<QLabel>(*pane, "caseFileDisposal")->text(), s("V – destroy"));
    auto *subject = child<QLineEdit>(*pane, "caseFileSubject");
    QVERIFY(subject->isReadOnly());
    QCOMPARE(subject->toolTip(), s("This is closed (zdA) and can no longer be changed. A supervisor can reopen it."));
    QCOMPARE(column(child<QTreeWidget>(*pane, "detailHistory"), 2).first(), s("Case file closed (zdA)"));
}

void TestDetailPane::otherUnitCannotSee()
{
    // A clerk of the Kundenzentrum may not see the Standesamt's proceedings at all: the rule book
    // refuses ViewCaseFile, so the pane shows why and nothing of the proceeding.
    auto pane = std::make_unique<ui::DetailPane>(m_store, userId(s("aweber")), &m_undo);
    pane->resize(560, 680);
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    QSignalSpy failed(pane.get(), &ui::DetailPane::failed);
    QSignalSpy loaded(pane.get(), &ui::DetailPane::loaded);
    pane->showProceeding(m_nameDeclaration);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(failed.size(), 1);
    const QString reason = s("You are not a member of the unit that owns this file.");
    QCOMPARE(failed.first().first().toString(), reason);
    auto *placeholder = child<QLabel>(*pane, "detailPlaceholder");
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), reason);
    QVERIFY(!child<QTabWidget>(*pane, "detailTabs")->isVisible());
    QVERIFY(!child<QLabel>(*pane, "detailTitle")->isVisible());
    QVERIFY(child<QLineEdit>(*pane, "proceedingSubject")->text().isEmpty());
    // Nor its resubmissions, by the service the pane reads them with.
    const casework::Session other(m_store, userId(s("aweber")));
    auto resubmissions = casework::NoteService(other).resubmissions(s("proceeding"), m_birthReport);
    QVERIFY(!resubmissions.ok());
    QCOMPARE(resubmissions.error().message, reason);
}

void TestDetailPane::notesAndResubmissions()
{
    auto pane = open(s("mmueller"), m_birthReport);
    QVERIFY(pane);
    const QDate today = QDate::currentDate();
    const casework::Session mine(m_store, userId(s("mmueller")));
    const casework::Session colleague(m_store, userId(s("tyilmaz")));
    auto onFile = casework::NoteService(colleague).addNote(s("case_file"), m_birthFile, s("Akte vollständig."));
    QVERIFY2(onFile.ok(), qPrintable(why(onFile)));
    QTest::qWait(5);  // a later time stamp
    auto onProceeding =
        casework::NoteService(mine).addNote(s("proceeding"), m_birthReport, s("Klinik angerufen.\nRückruf folgt."));
    QVERIFY2(onProceeding.ok(), qPrintable(why(onProceeding)));
    auto overdue = casework::NoteService(mine).setResubmission(s("proceeding"), m_birthReport, today.addDays(-3),
                                                               s("Klinik erinnern"));
    QVERIFY2(overdue.ok(), qPrintable(why(overdue)));
    auto theirs = casework::NoteService(colleague).setResubmission(s("case_file"), m_birthFile, today.addDays(5),
                                                                   s("Vertretung prüfen"));
    QVERIFY2(theirs.ok(), qPrintable(why(theirs)));

    QSignalSpy loaded(pane.get(), &ui::DetailPane::loaded);
    pane->reload();
    QVERIFY(loaded.wait(5000));

    // Notes, newest first, the case file's marked.
    const QString notes = child<QTextBrowser>(*pane, "detailNotes")->toPlainText();
    const qsizetype newest = notes.indexOf(s("Klinik angerufen.\nRückruf folgt."));
    const qsizetype older = notes.indexOf(s("Akte vollständig."));
    const qsizetype demo = notes.indexOf(s("Unterlagen vollständig, mit dem Register abgeglichen."));
    QVERIFY2(newest >= 0 && older > newest && demo > older, qPrintable(notes));
    QVERIFY(notes.contains(s("%1 – Tarik Yılmaz (on the case file)").arg(ui::shortDateTime(onFile->at))));
    QVERIFY(notes.contains(s("%1 – Maria Müller\n").arg(ui::shortDateTime(onProceeding->at))));
    auto *tabs = child<QTabWidget>(*pane, "detailTabs");
    QCOMPARE(tabs->tabText(1), s("Notes (3)"));

    // Resubmissions: open ones by date (the overdue one first), with whom they are for.
    tabs->setCurrentIndex(2);
    auto *list = child<QTreeWidget>(*pane, "detailResubmissions");
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(column(list, 2), (QStringList{s("Klinik erinnern"), s("Antwort prüfen"), s("Vertretung prüfen")}));
    QCOMPARE(column(list, 1), (QStringList{s("Maria Müller"), s("Maria Müller"), s("Tarik Yılmaz")}));
    QCOMPARE(column(list, 3), (QStringList{s("proceeding"), s("proceeding"), s("case file")}));
    QCOMPARE(column(list, 4), (QStringList{s("overdue"), s("open"), s("open")}));
    QCOMPARE(list->topLevelItem(0)->text(0), ui::shortDate(today.addDays(-3)));
    QCOMPARE(list->topLevelItem(0)->foreground(0).color(), QColor(Qt::darkRed));
    QCOMPARE(tabs->tabText(2), s("Resubmissions (3)"));

    // Not hers: she cannot mark it done.
    auto *done = child<QPushButton>(*pane, "resubmissionDoneButton");
    list->setCurrentItem(list->topLevelItem(2));
    QVERIFY(!done->isEnabled());
    QCOMPARE(done->toolTip(), s("This resubmission is for Tarik Yılmaz; only they can mark it done."));
    // Hers, by the shortcut.
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(done->isEnabled());
    QSignalSpy changed(pane.get(), &ui::DetailPane::changed);
    QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(storage::NoteRepository(m_store->connection()).resubmission(overdue->id)->done);
    QTRY_COMPARE(changed.size(), 1);
    QTRY_COMPARE(column(list, 4), (QStringList{s("open"), s("open"), s("done")}));
    QCOMPARE(column(list, 2).last(), s("Klinik erinnern"));
    QCOMPARE(tabs->tabText(2), s("Resubmissions (2)"));
    // Still selected, and done.
    QCOMPARE(list->currentItem()->text(2), s("Klinik erinnern"));
    QVERIFY(!done->isEnabled());
    QCOMPARE(done->toolTip(), s("This resubmission is already done."));
    QCOMPARE(child<QTreeWidget>(*pane, "detailHistory")->topLevelItem(0)->text(2),
             s("Resubmission of %1 for Maria Müller marked done").arg(ui::shortDate(today.addDays(-3))));
    // The button does the same.
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(done->isEnabled());
    done->click();
    QTRY_COMPARE(column(list, 4), (QStringList{s("open"), s("done"), s("done")}));
}

void TestDetailPane::dropsStaleReads()
{
    auto pane = open(s("mmueller"), m_birthReport);
    QVERIFY(pane);
    QSignalSpy loaded(pane.get(), &ui::DetailPane::loaded);
    // The user moves on before the first read lands: only the last one is shown.
    pane->showProceeding(m_nameDeclaration);
    pane->showCaseFile(m_birthFile);
    QTRY_COMPARE(loaded.size(), 1);
    QTest::qWait(200);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(child<QLabel>(*pane, "detailTitle")->text().startsWith(s("Case file ")));
    QVERIFY(!child<QGroupBox>(*pane, "detailProceedingBox")->isVisible());
    pane->clear();
    QVERIFY(child<QLabel>(*pane, "detailPlaceholder")->isVisible());
    QVERIFY(pane->caseFileId().isEmpty());
}

void TestDetailPane::interactiveWidgetsHaveNames()
{
    auto pane = open(s("mmueller"), m_birthReport);
    QVERIFY(pane);
    int checked = 0;
    for (QWidget *w : pane->findChildren<QWidget *>()) {
        // As the main window's test: hidden ones too, popups and scroll-area viewports aside.
        if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractScrollArea *>(w->parentWidget()) ||
            w->window() != pane.get())
            continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        ++checked;
    }
    QVERIFY(checked >= 8);
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
