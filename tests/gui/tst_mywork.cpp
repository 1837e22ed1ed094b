// SPDX-License-Identifier: GPL-3.0-or-later
// "Meine Arbeit" over the demo office: proceedings assigned to the user and their resubmissions,
// overdue first, and what opening a row asks for.
#include "casework/noteservice.h"
#include "casework/proceedingservice.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "support/demooffice.h"
#include "support/testenv.h"
#include "ui/dates.h"
#include "ui/myworkmodel.h"
#include "ui/myworkpane.h"

#include <QAbstractScrollArea>
#include <QBrush>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace aw;
using test::s;
using test::why;
using ui::MyWorkModel;

class TestMyWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void overdueFirstAndOpensTheRow();
    void nothingDue();
    void withoutUser();
    void interactiveWidgetsHaveNames();

private:
    QString userId(const QString &login) const;
    QString idOf(const QString &sql, const QString &value) const;
    // Shows a pane for `login` and waits for its first listing; `loaded` gets its signal.
    std::unique_ptr<ui::MyWorkPane> open(const QString &login, QList<QVariant> *loaded = nullptr);

    std::shared_ptr<test::DemoOffice> m_office;
    std::shared_ptr<storage::Store> m_store;
};

void TestMyWork::initTestCase()
{
    test::isolate();
}

void TestMyWork::init()
{
    auto office = test::DemoOffice::make();
    QVERIFY2(office.ok(), qPrintable(why(office)));
    m_office = office.value();
    m_store = m_office->store();
}

void TestMyWork::cleanup()
{
    if (m_store) {
        auto findings = m_store->verify();
        QVERIFY(findings.ok() && findings->isEmpty());
    }
    m_store.reset();
    m_office.reset();
}

QString TestMyWork::userId(const QString &login) const
{
    return m_office->userId(login);
}

QString TestMyWork::idOf(const QString &sql, const QString &value) const
{
    auto v = storage::scalar(m_store->connection(), sql, {value});
    return v ? v->toString() : QString();
}

std::unique_ptr<ui::MyWorkPane> TestMyWork::open(const QString &login, QList<QVariant> *loaded)
{
    auto pane = std::make_unique<ui::MyWorkPane>(m_store, login.isEmpty() ? QString() : userId(login));
    pane->resize(1100, 380);
    QSignalSpy spy(pane.get(), &ui::MyWorkPane::loaded);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        return {};
    pane->reload();
    if (!spy.wait(5000) && spy.isEmpty())
        return {};
    if (loaded)
        *loaded = spy.first();
    return pane;
}

void TestMyWork::overdueFirstAndOpensTheRow()
{
    const QDate today = QDate::currentDate();
    const QString me = userId(s("mmueller"));
    const casework::Session mine(m_store, me);
    const casework::Session lead(m_store, userId(s("kschmidt")));
    const auto proceeding = [this](const char *subject) {
        return idOf(s("SELECT id FROM proceeding WHERE subject = ?"), s(subject));
    };

    // Her colleague's proceeding, handed back by the supervisor, taken and long overdue.
    const QString overdueId = proceeding("Sterbefallanzeige");
    QVERIFY(!overdueId.isEmpty());
    auto released = casework::ProceedingService(lead).assign(overdueId, QString());
    QVERIFY2(released.ok(), qPrintable(why(released)));
    auto taken = casework::ProceedingService(mine).assign(overdueId, me);
    QVERIFY2(taken.ok(), qPrintable(why(taken)));
    auto late = casework::ProceedingService(mine).setDue(overdueId, today.addDays(-10));
    QVERIFY2(late.ok(), qPrintable(why(late)));
    // One of her own, due in three days.
    const QString soonId = proceeding("Namenserklärung");
    auto soon = casework::ProceedingService(mine).setDue(soonId, today.addDays(3));
    QVERIFY2(soon.ok(), qPrintable(why(soon)));
    // Resubmissions: today on another proceeding, tomorrow on a whole case file, and one beyond
    // the week ahead that is not listed yet.
    const QString otherId = proceeding("Vaterschaftsanerkennung");
    auto todays =
        casework::NoteService(mine).setResubmission(s("proceeding"), otherId, today, s("Rückfrage Jugendamt"));
    QVERIFY2(todays.ok(), qPrintable(why(todays)));
    const QString fileId = idOf(s("SELECT id FROM case_file WHERE subject = ?"), s("Eheschließung Becker / Hoffmann"));
    auto onFile =
        casework::NoteService(mine).setResubmission(s("case_file"), fileId, today.addDays(1), s("Termin bestätigen"));
    QVERIFY2(onFile.ok(), qPrintable(why(onFile)));
    auto later = casework::NoteService(mine).setResubmission(s("proceeding"), otherId, today.addDays(8),
                                                             s("Erst nächste Woche"));
    QVERIFY2(later.ok(), qPrintable(why(later)));

    // What the services say is on her desk (with the demo's own work).
    auto assigned = casework::ProceedingService(mine).myWork();
    auto due = casework::NoteService(mine).dueForMe(today.addDays(ui::MyWorkPane::DaysAhead));
    QVERIFY(assigned.ok() && due.ok());
    int expectedOverdue = 0;
    for (const storage::Proceeding &p : assigned.value())
        expectedOverdue += p.dueAt.isValid() && p.dueAt < today;
    for (const storage::Resubmission &r : due.value())
        expectedOverdue += r.dueAt < today;
    const int expected = int(assigned->size() + due->size());

    QList<QVariant> loaded;
    auto pane = open(s("mmueller"), &loaded);
    QVERIFY(pane);
    QTableView *view = pane->findChild<QTableView *>(s("myWorkView"));
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), expected);
    QCOMPARE(loaded.at(0).toInt(), expected);
    QCOMPARE(loaded.at(1).toInt(), expectedOverdue);
    QVERIFY(expectedOverdue >= 1);
    QCOMPARE(pane->findChild<QLabel *>(s("myWorkHeader"))->text(),
             s("%1 due, %2 overdue").arg(expected).arg(expectedOverdue));

    // Most urgent first: overdue, today, then by date; undated last.
    const auto dueAt = [model](int row) { return model->index(row, 0).data(MyWorkModel::DueRole).toDate(); };
    for (int row = 0; row + 1 < model->rowCount(); ++row) {
        const QDate a = dueAt(row), b = dueAt(row + 1);
        QVERIFY2(!b.isValid() || (a.isValid() && a <= b), qPrintable(s("rows %1 and %2").arg(row).arg(row + 1)));
        QVERIFY(model->index(row, 0).data(MyWorkModel::OverdueRole).toBool() ||
                !model->index(row + 1, 0).data(MyWorkModel::OverdueRole).toBool());
    }
    const auto rowWith = [model](int column, const QString &text) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, column).data().toString() == text)
                return row;
        return -1;
    };

    // The first row: the long overdue proceeding, in dark red with its reason.
    const QModelIndex first = model->index(0, MyWorkModel::Due);
    QCOMPARE(first.data(MyWorkModel::ProceedingIdRole).toString(), overdueId);
    QCOMPARE(first.data(MyWorkModel::KindRole).toInt(), int(ui::WorkItem::Kind::Proceeding));
    QVERIFY(first.data(MyWorkModel::OverdueRole).toBool());
    QCOMPARE(first.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::darkRed));
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), s("Overdue since %1").arg(ui::shortDate(today.addDays(-10))));
    QCOMPARE(first.data().toString(), ui::shortDate(today.addDays(-10)));
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(), s("%1, overdue").arg(first.data().toString()));
    QCOMPARE(model->index(0, MyWorkModel::Reference).data().toString(), late->reference);
    QCOMPARE(model->index(0, MyWorkModel::CaseFile).data().toString(), s("Sterbefall Walter Krause, 11.09.2026"));

    // Today's resubmission after everything overdue, not styled as overdue, with its note.
    const int todayRow = rowWith(MyWorkModel::Remark, s("Rückfrage Jugendamt"));
    QVERIFY(todayRow > 0);
    const QModelIndex resubmission = model->index(todayRow, MyWorkModel::Due);
    QCOMPARE(resubmission.data(MyWorkModel::KindRole).toInt(), int(ui::WorkItem::Kind::Resubmission));
    QCOMPARE(resubmission.data(MyWorkModel::ResubmissionIdRole).toString(), todays->id);
    QCOMPARE(resubmission.data(MyWorkModel::ProceedingIdRole).toString(), otherId);
    QCOMPARE(resubmission.data(MyWorkModel::DueRole).toDate(), today);
    QVERIFY(!resubmission.data(MyWorkModel::OverdueRole).toBool());
    QVERIFY(!resubmission.data(Qt::ForegroundRole).isValid());
    QVERIFY(model->index(todayRow - 1, 0).data(MyWorkModel::DueRole).toDate() <= today);
    QCOMPARE(model->index(todayRow, MyWorkModel::Kind).data().toString(), s("Resubmission"));
    QCOMPARE(model->index(todayRow, MyWorkModel::Subject).data().toString(), s("Vaterschaftsanerkennung"));
    // The proceeding due in three days comes later; next week's resubmission not at all.
    const int soonRow = rowWith(MyWorkModel::Subject, s("Namenserklärung"));
    QVERIFY(soonRow > todayRow);
    QCOMPARE(model->index(soonRow, 0).data(MyWorkModel::DueRole).toDate(), today.addDays(3));
    QCOMPARE(rowWith(MyWorkModel::Remark, s("Erst nächste Woche")), -1);

    // For the documentation: AKTENWERK_SCREENSHOTS=DIR keeps a picture of the pane.
    if (const QString dir = qEnvironmentVariable("AKTENWERK_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(pane->grab().save(QDir(dir).filePath(s("mywork.png"))));

    // Enter on the first row opens its proceeding.
    QSignalSpy proceedingRequested(pane.get(), &ui::MyWorkPane::proceedingRequested);
    QSignalSpy caseFileRequested(pane.get(), &ui::MyWorkPane::caseFileRequested);
    view->setFocus();
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(proceedingRequested.size(), 1);
    QCOMPARE(proceedingRequested.first().first().toString(), overdueId);
    // A resubmission on a whole case file opens the case file.
    const int fileRow = rowWith(MyWorkModel::Remark, s("Termin bestätigen"));
    QVERIFY(fileRow > todayRow);
    QVERIFY(model->index(fileRow, 0).data(MyWorkModel::ProceedingIdRole).toString().isEmpty());
    view->setCurrentIndex(model->index(fileRow, 0));
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(caseFileRequested.size(), 1);
    QCOMPARE(caseFileRequested.first().first().toString(), fileId);
    QCOMPARE(proceedingRequested.size(), 1);

    // A reload keeps the row the user is on.
    QSignalSpy reloaded(pane.get(), &ui::MyWorkPane::loaded);
    pane->reload();
    QVERIFY(reloaded.wait(5000));
    QCOMPARE(view->currentIndex().row(), fileRow);
}

void TestMyWork::nothingDue()
{
    // The supervisor directs the work but has none assigned and no resubmissions.
    QList<QVariant> loaded;
    auto pane = open(s("kschmidt"), &loaded);
    QVERIFY(pane);
    QCOMPARE(loaded.at(0).toInt(), 0);
    QCOMPARE(loaded.at(1).toInt(), 0);
    QVERIFY(!pane->findChild<QTableView *>(s("myWorkView"))->isVisible());
    auto *message = pane->findChild<QLabel *>(s("myWorkMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(s("Nothing is due.")), qPrintable(message->text()));
    QVERIFY(!pane->findChild<QLabel *>(s("myWorkHeader"))->isVisible());
    if (const QString dir = qEnvironmentVariable("AKTENWERK_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(pane->grab().save(QDir(dir).filePath(s("mywork-empty.png"))));
}

void TestMyWork::withoutUser()
{
    QList<QVariant> loaded;
    auto pane = open(QString(), &loaded);
    QVERIFY(pane);
    QCOMPARE(loaded.at(0).toInt(), 0);
    QVERIFY(!pane->findChild<QTableView *>(s("myWorkView"))->isVisible());
    auto *message = pane->findChild<QLabel *>(s("myWorkMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(s("Sign in")), qPrintable(message->text()));
}

void TestMyWork::interactiveWidgetsHaveNames()
{
    auto pane = open(s("mmueller"));
    QVERIFY(pane);
    for (QWidget *w : pane->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractScrollArea *>(w->parentWidget()) ||
            !w->isVisibleTo(pane.get()))
            continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

QTEST_MAIN(TestMyWork)
#include "tst_mywork.moc"
