// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window offscreen over a demo store.
#include "casework/demo.h"
#include "storage/casefilerepository.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "support/testenv.h"
#include "ui/casefilemodel.h"
#include "ui/fileplanmodel.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/myworkmodel.h"
#include "ui/myworkpane.h"
#include "ui/proceedingpane.h"
#include "ui/sortproxy.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCollator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QUuid>
#include <QtTest>

using namespace aw;
using test::s;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsFilePlanAndCaseFilesOfSelectedNode();
    void keyboardMovesThroughTheFilePlan();
    void showsOnlyWhatTheUserMaySee();
    void interactiveWidgetsHaveNames();
    void myWorkLeadsToTheProceeding();
    void sortsAsPeopleRead();
    void filtersCaseFiles();
    void longCaseFileListsArePaged();

private:
    QString userId(const QString &login) const;
    QModelIndex findNode(QAbstractItemModel *model, const QString &prefix, const QModelIndex &parent = {}) const;

    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<storage::Store> m_store;
};

void TestMainWindow::initTestCase()
{
    test::isolate();
    QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    m_dir = std::make_unique<test::TempDir>();
    auto store = storage::Store::open(m_dir->file(QStringLiteral("store")));
    QVERIFY(store.ok());
    m_store = store.value();
    auto seeded = casework::seedDemo(m_store);
    QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().message));
}

QString TestMainWindow::userId(const QString &login) const
{
    auto user = storage::OrgRepository(m_store->connection()).userByLogin(login);
    return user ? user->id : QString();
}

QModelIndex TestMainWindow::findNode(QAbstractItemModel *model, const QString &prefix, const QModelIndex &parent) const
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString().startsWith(prefix))
            return index;
        if (const QModelIndex child = findNode(model, prefix, index); child.isValid())
            return child;
    }
    return {};
}

void TestMainWindow::showsFilePlanAndCaseFilesOfSelectedNode()
{
    ui::MainWindow window(m_store, userId(QStringLiteral("kschmidt")));
    QSignalSpy planLoaded(&window, &ui::MainWindow::filePlanLoaded);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(planLoaded.count(), 1);
    QCOMPARE(planLoaded.first().first().toInt(), 12);

    // German first: the menu and the header speak German.
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("filePlanView"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseFileView"));
    QVERIFY(tree && table);
    QCOMPARE(tree->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Aktenplan"));

    const QModelIndex births = findNode(tree->model(), QStringLiteral("5.1 "));
    QVERIFY(births.isValid());
    QCOMPARE(births.siblingAtColumn(1).data().toString(), QStringLiteral("2"));

    QSignalSpy filesLoaded(&window, &ui::MainWindow::caseFilesLoaded);
    tree->setCurrentIndex(births);
    QTRY_VERIFY(!filesLoaded.isEmpty());
    QCOMPARE(filesLoaded.last().first().toInt(), 2);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    QStringList references;
    for (int row = 0; row < 2; ++row)
        references << table->model()->index(row, 0).data().toString();
    references.sort();
    const QString year = QString::number(QDate::currentDate().year());
    QCOMPARE(references, (QStringList{QStringLiteral("5.1-1/") + year, QStringLiteral("5.1-2/") + year}));
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("offen"));
}

void TestMainWindow::keyboardMovesThroughTheFilePlan()
{
    ui::MainWindow window(m_store, userId(QStringLiteral("kschmidt")));
    QSignalSpy planLoaded(&window, &ui::MainWindow::filePlanLoaded);
    QSignalSpy filesLoaded(&window, &ui::MainWindow::caseFilesLoaded);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(planLoaded.count(), 1);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("filePlanView"));
    QTRY_VERIFY(tree->hasFocus() || QApplication::focusWidget() == tree);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("1  Allgemeine Verwaltung"));

    // Down through 1.1, 3, 3.1 … 5, 5.1, 5.2 (Eheschließungen: one Standesamt file).
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("5.2  Eheschließungen"));
    QTRY_VERIFY(!filesLoaded.isEmpty() && filesLoaded.last().first().toInt() == 1);

    // Tab goes on through every filter field and list, in reading order.
    window.activateWindow();
    ui::ProceedingPane *pane = window.proceedingPane();
    const QList<QWidget *> order{window.caseFileFilter(), window.caseFileView(),  pane->proceedingFilter(),
                                 pane->proceedingView(),  pane->documentFilter(), pane->documentView()};
    for (QWidget *next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), next);
    }
}

void TestMainWindow::showsOnlyWhatTheUserMaySee()
{
    // A Kundenzentrum clerk sees no Standesamt files, and the count column says so.
    ui::MainWindow window(m_store, userId(QStringLiteral("aweber")));
    QSignalSpy planLoaded(&window, &ui::MainWindow::filePlanLoaded);
    window.show();
    QTRY_COMPARE(planLoaded.count(), 1);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("filePlanView"));
    const QModelIndex births = findNode(tree->model(), QStringLiteral("5.1 "));
    QCOMPARE(births.siblingAtColumn(1).data().toString(), QString());
    QSignalSpy filesLoaded(&window, &ui::MainWindow::caseFilesLoaded);
    tree->setCurrentIndex(births);
    QTRY_VERIFY(!filesLoaded.isEmpty());
    QCOMPARE(filesLoaded.last().first().toInt(), 0);
    auto *placeholder = window.findChild<QWidget *>(QStringLiteral("caseFilePlaceholder"));
    QTRY_VERIFY(placeholder->isVisible());

    // Her own unit's registration file is there.
    const QModelIndex registration = findNode(tree->model(), QStringLiteral("3.1 "));
    QCOMPARE(registration.siblingAtColumn(1).data().toString(), QStringLiteral("1"));
}

void TestMainWindow::interactiveWidgetsHaveNames()
{
    ui::MainWindow window(m_store, userId(QStringLiteral("kschmidt")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (QWidget *w : window.findChildren<QWidget *>()) {
        // Viewports of scroll areas and popups of combo boxes belong to their owner widget.
        if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractScrollArea *>(w->parentWidget()) ||
            w->window() != &window)
            continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

void TestMainWindow::myWorkLeadsToTheProceeding()
{
    ui::MainWindow window(m_store, userId(QStringLiteral("mmueller")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(window.myWorkPane(), &ui::MyWorkPane::loaded);
    QAction *myWork = window.findChild<QAction *>(QStringLiteral("showMyWorkAction"));
    QVERIFY(myWork);
    QCOMPARE(myWork->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    myWork->trigger();
    QVERIFY(loaded.wait(5000) || !loaded.isEmpty());
    QTableView *view = window.myWorkPane()->view();
    QVERIFY(view->model()->rowCount() > 0);
    QVERIFY(view->hasFocus());
    // The demo has one of Maria Müller's proceedings overdue: it comes first.
    const QModelIndex first = view->model()->index(0, 0);
    QVERIFY(first.data(ui::MyWorkModel::OverdueRole).toBool());
    const QString proceeding = first.data(ui::MyWorkModel::ProceedingIdRole).toString();
    QVERIFY(!proceeding.isEmpty());
    QSignalSpy shown(&window, &ui::MainWindow::proceedingShown);
    view->setCurrentIndex(first);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.first().first().toString(), proceeding);
    QCOMPARE(window.proceedingPane()->currentProceedingId(), proceeding);
}

void TestMainWindow::sortsAsPeopleRead()
{
    QStandardItemModel model;
    const QStringList references{s("5.4-10/2026"), s("5.4-9/2026"), s("5.10-1/2026"), s("5.4-9/2025")};
    for (const QString &r : references) {
        auto *item = new QStandardItem(r);
        item->setData(r, ui::SortProxy::SortRole);
        model.appendRow(item);
    }
    ui::SortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(0);
    QStringList sorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sorted << proxy.index(row, 0).data().toString();
    QCOMPARE(sorted, QStringList({s("5.4-9/2025"), s("5.4-9/2026"), s("5.4-10/2026"), s("5.10-1/2026")}));
    proxy.setFilterFixedString(s("/2025"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestMainWindow::filtersCaseFiles()
{
    ui::MainWindow window(m_store, userId(QStringLiteral("kschmidt")));
    QSignalSpy planLoaded(&window, &ui::MainWindow::filePlanLoaded);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(planLoaded.count(), 1);
    QSignalSpy filesLoaded(&window, &ui::MainWindow::caseFilesLoaded);
    const QModelIndex births = findNode(window.filePlanView()->model(), s("5.1 "));
    window.filePlanView()->setCurrentIndex(births);
    QTableView *view = window.caseFileView();
    auto *model = qobject_cast<ui::CaseFileModel *>(view->model());
    QVERIFY(model);
    // The window may first list the entry it selects itself: wait for 5.1's first page.
    QTRY_VERIFY(model->nodeId() == births.data(ui::FilePlanModel::NodeIdRole).toString() && model->total() >= 0);
    const int all = view->model()->rowCount();
    QVERIFY(all >= 2);
    // The store filters (once typing pauses), in any case, and says how many match.
    filesLoaded.clear();
    QTest::keyClicks(window.caseFileFilter(), s("nOAH"));
    QTRY_COMPARE(filesLoaded.count(), 1);
    QCOMPARE(filesLoaded.first().first().toInt(), 1);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->model()->index(0, 1).data().toString().contains(s("Noah")));
    // Nothing matching keeps the list and its filter field in view.
    filesLoaded.clear();
    window.caseFileFilter()->setText(s("zzz-nichts"));
    QTRY_COMPARE(filesLoaded.count(), 1);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(window.caseFileFilter()->isVisible());
    filesLoaded.clear();
    window.caseFileFilter()->clear();
    QTRY_COMPARE(filesLoaded.count(), 1);
    QCOMPARE(view->model()->rowCount(), all);

    // A header click sorts by the store: references by their numbers.
    filesLoaded.clear();
    view->horizontalHeader()->setSortIndicator(ui::CaseFileModel::Reference, Qt::AscendingOrder);
    QTRY_COMPARE(filesLoaded.count(), 1);
    QStringList references;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        references << view->model()->index(row, ui::CaseFileModel::Reference).data().toString();
    QStringList expected = references;
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(expected.begin(), expected.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QCOMPARE(references, expected);
}

void TestMainWindow::longCaseFileListsArePaged()
{
    // 450 older case files in 5.1, straight into the store (the services would take long).
    const QString year = QString::number(QDate::currentDate().year());
    auto demoFile = storage::CaseFileRepository(m_store->connection()).byReference(s("5.1-1/") + year);
    QVERIFY(demoFile.ok());
    storage::CaseFile oldest;
    {
        const QSqlDatabase db = m_store->connection();
        storage::Transaction tx(db);
        QVERIFY(tx.begin().ok());
        storage::CaseFileRepository files(db);
        for (int i = 1; i <= 450; ++i) {
            storage::CaseFile f;
            f.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            f.nodeId = demoFile->nodeId;
            f.reference = s("5.1-%1/2019").arg(1000 + i);
            f.subject = s("Altakte %1").arg(i);
            f.ownerUnitId = demoFile->ownerUnitId;
            f.openedAt = QDateTime::currentDateTimeUtc().addDays(-i);
            f.disposal = demoFile->disposal;
            QVERIFY(files.insert(f).ok());
            oldest = f;
        }
        QVERIFY(tx.commit().ok());
    }

    ui::MainWindow window(m_store, userId(QStringLiteral("kschmidt")));
    QSignalSpy planLoaded(&window, &ui::MainWindow::filePlanLoaded);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(planLoaded.count(), 1);
    QSignalSpy filesLoaded(&window, &ui::MainWindow::caseFilesLoaded);
    window.filePlanView()->setCurrentIndex(findNode(window.filePlanView()->model(), s("5.1 ")));
    QTableView *view = window.caseFileView();
    auto *model = qobject_cast<ui::CaseFileModel *>(view->model());
    QVERIFY(model);
    // The window may first list the entry it selects itself: wait for 5.1's first page.
    QTRY_VERIFY(model->nodeId() == demoFile->nodeId && model->total() >= 0);
    const int all = model->total();
    QVERIFY(all >= 452);
    QCOMPARE(view->model()->rowCount(), ui::CaseFileModel::PageSize);  // one page first
    view->scrollToBottom();
    QTRY_VERIFY(view->model()->rowCount() > ui::CaseFileModel::PageSize);

    // Going to the oldest (the last row, newest first) reads on until it is listed, and selects it.
    window.showFilePlan();
    window.filePlanView()->setCurrentIndex(findNode(window.filePlanView()->model(), s("5.2 ")));
    filesLoaded.clear();
    window.showCaseFile(oldest.id);
    QTRY_VERIFY(!filesLoaded.isEmpty());
    QTRY_VERIFY(view->currentIndex().isValid());
    QCOMPARE(view->currentIndex().siblingAtColumn(ui::CaseFileModel::Reference).data().toString(), oldest.reference);
    QCOMPARE(view->model()->rowCount(), all);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
