// SPDX-License-Identifier: GPL-3.0-or-later
// Documents in the real main window: import into a proceeding (action path and drag and drop),
// the summary, duplicates, and the viewer showing the imported PDF.
#include "casework/demo.h"
#include "storage/documentrepository.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "support/pdfmaker.h"
#include "support/testenv.h"
#include "ui/documentmodel.h"
#include "ui/documentpanel.h"
#include "ui/imageview.h"
#include "ui/importcontroller.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/pdfview.h"
#include "ui/proceedingpane.h"

#include <QAction>
#include <QApplication>
#include <QCollator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>
#include <QUuid>
#include <QtTest>

using namespace aw;
using aw::test::s;

class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importShowsDocumentsAndViewer();
    void dropOntoAProceedingImportsIntoIt();
    void duplicatesCanBeAddedAnyway();
    void importNeedsASignedInUserAndAProceeding();
    void scansAreShownAsPages();
    void longListsArePagedSortedAndFiltered();

private:
    // Opens the window as `login` and selects node 5.1, its first case file and first proceeding.
    void openAt(const QString &login);
    QString userId(const QString &login) const;
    int row(QTableView *view, int column, const QString &text) const;

    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<storage::Store> m_store;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_pdf;
};

void TestDocuments::initTestCase()
{
    test::isolate();
    ui::installTranslations(*qApp, s("en"));
}

void TestDocuments::init()
{
    m_dir = std::make_unique<test::TempDir>();
    auto store = storage::Store::open(m_dir->file(s("store")));
    QVERIFY(store.ok());
    m_store = store.value();
    QVERIFY(casework::seedDemo(m_store).ok());
    m_pdf = m_dir->file(s("Wohngeldbescheid.pdf"));
    QVERIFY(test::writeFile(m_pdf, test::makePdf({s("Bescheid über Wohngeld"), s("Begründung"), s("Belehrung")})));
}

void TestDocuments::cleanup()
{
    m_window.reset();
    if (m_store) {
        const auto findings = m_store->verify();
        QVERIFY(findings.ok() && findings->isEmpty());
    }
    m_store.reset();
    m_dir.reset();
}

QString TestDocuments::userId(const QString &login) const
{
    auto user = storage::OrgRepository(m_store->connection()).userByLogin(login);
    return user ? user->id : QString();
}

int TestDocuments::row(QTableView *view, int column, const QString &text) const
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, column).data().toString() == text)
            return r;
    }
    return -1;
}

void TestDocuments::openAt(const QString &login)
{
    m_window = std::make_unique<ui::MainWindow>(m_store, login.isEmpty() ? QString() : userId(login));
    QSignalSpy plan(m_window.get(), &ui::MainWindow::filePlanLoaded);
    QSignalSpy proceedings(m_window->proceedingPane(), &ui::ProceedingPane::proceedingsLoaded);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(plan.count(), 1);
    auto *tree = m_window->findChild<QTreeView *>(s("filePlanView"));
    QModelIndex births;
    for (int r = 0; r < tree->model()->rowCount(); ++r) {
        const QModelIndex top = tree->model()->index(r, 0);
        for (int c = 0; c < tree->model()->rowCount(top); ++c) {
            if (tree->model()->index(c, 0, top).data().toString().startsWith(s("5.1 ")))
                births = tree->model()->index(c, 0, top);
        }
    }
    QVERIFY(births.isValid());
    tree->setCurrentIndex(births);
    // The window first loads the node it selects itself; wait for 5.1's files.
    auto *caseFiles = m_window->findChild<QTableView *>(s("caseFileView"));
    const QString reference = s("5.1-1/%1").arg(QDate::currentDate().year());
    QTRY_VERIFY(row(caseFiles, 0, reference) >= 0);
    const int first = row(caseFiles, 0, reference);
    caseFiles->setCurrentIndex(caseFiles->model()->index(first, 0));
    QTRY_VERIFY(!proceedings.isEmpty());
    QVERIFY(!m_window->proceedingPane()->currentProceedingId().isEmpty());
}

void TestDocuments::importShowsDocumentsAndViewer()
{
    openAt(s("mmueller"));
    auto *pane = m_window->proceedingPane();
    auto *action = m_window->findChild<QAction *>(s("importFilesAction"));
    QTRY_VERIFY(action->isEnabled());
    QSignalSpy finished(m_window->importController(), &ui::ImportController::finished);
    QSignalSpy loaded(pane, &ui::ProceedingPane::documentsLoaded);
    m_window->importController()->setUnattended(false);
    pane->importIntoCurrent({m_pdf});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto summary = finished.first().at(1).value<documents::Importer::Summary>();
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.pages, qint64(3));
    QTRY_VERIFY(!loaded.isEmpty() && loaded.last().first().toInt() == 2);  // acknowledgement + PDF

    auto *documents = pane->documentView();
    const int pdf = row(documents, 1, s("Wohngeldbescheid.pdf"));
    QVERIFY(pdf >= 0);
    QCOMPARE(documents->model()->index(pdf, 0).data().toString(), s("Wohngeldbescheid"));
    QCOMPARE(documents->model()->index(pdf, 2).data().toInt(), 3);
    QSignalSpy ready(m_window->documentPanel()->viewer(), &ui::PdfView::documentReady);
    documents->setFocus();
    documents->setCurrentIndex(documents->model()->index(pdf, 0));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    QCOMPARE(ready.first().first().toInt(), 3);
    QVERIFY(m_window->documentPanel()->viewer()->isVisible());
}

void TestDocuments::dropOntoAProceedingImportsIntoIt()
{
    openAt(s("mmueller"));
    auto *pane = m_window->proceedingPane();
    m_window->importController()->setUnattended(false);
    auto *view = pane->proceedingView();
    QVERIFY(view->model()->rowCount() >= 2);
    const QRect second = view->visualRect(view->model()->index(1, 0));
    const QString secondReference = view->model()->index(1, 0).data().toString();

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_pdf)});
    QDragEnterEvent enter(second.center(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(m_window->importController(), &ui::ImportController::finished);
    QDropEvent drop(second.center(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    // Filed into the proceeding it was dropped on, which is now the current one.
    QCOMPARE(pane->currentProceedingReference(), secondReference);
    QCOMPARE(finished.first().first().toString(), pane->currentProceedingId());
    QTRY_VERIFY(row(pane->documentView(), 1, s("Wohngeldbescheid.pdf")) >= 0);
}

void TestDocuments::duplicatesCanBeAddedAnyway()
{
    openAt(s("mmueller"));
    auto *pane = m_window->proceedingPane();
    QSignalSpy finished(m_window->importController(), &ui::ImportController::finished);
    m_window->importController()->setUnattended(false);
    pane->importIntoCurrent({m_pdf});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    pane->importIntoCurrent({m_pdf});  // answered "no": skipped
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(finished.at(1).at(1).value<documents::Importer::Summary>().duplicates, 1);
    m_window->importController()->setUnattended(true);
    pane->importIntoCurrent({m_pdf});  // answered "yes": a second document
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
    const auto summary = finished.at(2).at(1).value<documents::Importer::Summary>();
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.duplicates, 0);
}

void TestDocuments::importNeedsASignedInUserAndAProceeding()
{
    openAt(QString());
    QVERIFY(!m_window->findChild<QAction *>(s("importFilesAction"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(s("importFolderAction"))->isEnabled());
    m_window.reset();
    openAt(s("mmueller"));
    auto *action = m_window->findChild<QAction *>(s("importFilesAction"));
    QTRY_VERIFY(action->isEnabled());
    m_window->proceedingPane()->clear();  // no proceeding selected: nothing to import into
    QVERIFY(!action->isEnabled());
}

void TestDocuments::scansAreShownAsPages()
{
    openAt(s("mmueller"));
    QImage scan(1200, 1700, QImage::Format_RGB32);
    scan.fill(Qt::white);
    const QString path = m_dir->file(s("Meldebescheinigung.png"));
    QVERIFY(scan.save(path));
    auto *pane = m_window->proceedingPane();
    QSignalSpy finished(m_window->importController(), &ui::ImportController::finished);
    QSignalSpy loaded(pane, &ui::ProceedingPane::documentsLoaded);
    m_window->importController()->setUnattended(false);
    pane->importIntoCurrent({path});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTRY_VERIFY(row(pane->documentView(), 1, s("Meldebescheinigung.png")) >= 0);
    QSignalSpy pages(m_window->documentPanel()->imageView(), &ui::ImageView::pagesReady);
    pane->documentView()->setCurrentIndex(
        pane->documentView()->model()->index(row(pane->documentView(), 1, s("Meldebescheinigung.png")), 0));
    QTRY_COMPARE(pages.count(), 1);
    QCOMPARE(pages.first().first().toInt(), 1);
    QVERIFY(m_window->documentPanel()->imageView()->isVisible());
}

void TestDocuments::longListsArePagedSortedAndFiltered()
{
    openAt(s("mmueller"));
    auto *pane = m_window->proceedingPane();
    const QString proceeding = pane->currentProceedingId();
    QTRY_VERIFY(pane->documentModel()->total() >= 0);  // its first page is read
    const int before = pane->documentModel()->total();

    // 450 documents straight into the store (an import of each would take minutes), all on one blob.
    constexpr int added = 450;
    {
        auto sha = m_store->blobs().putData("Anlage");
        QVERIFY(sha.ok());
        const QSqlDatabase db = m_store->connection();
        storage::Transaction tx(db);
        QVERIFY(tx.begin().ok());
        storage::DocumentRepository documents(db);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 1; i <= added; ++i) {
            storage::Document d;
            d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            d.proceedingId = proceeding;
            d.title = s("Anlage %1").arg(i);
            d.receivedAt = start.addSecs(i);
            QVERIFY(documents.insert(d).ok());
            storage::DocumentVersion v;
            v.documentId = d.id;
            v.n = 1;
            v.sha256 = sha.value();
            v.fileName = s("anlage-%1.txt").arg(i);
            v.mime = s("text/plain");
            v.size = 6;
            v.createdBy = userId(s("mmueller"));
            v.createdAt = d.receivedAt;
            QVERIFY(documents.insertVersion(v).ok());
        }
        QVERIFY(tx.commit().ok());
    }

    auto *view = pane->documentView();
    auto *model = pane->documentModel();
    QSignalSpy loaded(pane, &ui::ProceedingPane::documentsLoaded);
    pane->reloadDocuments();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toInt(), before + added);
    // One page first; scrolling to the end fetches the rest, a page at a time.
    QCOMPARE(model->rowCount(), ui::DocumentModel::PageSize);
    QVERIFY(model->canFetchMore({}));
    auto *count = pane->findChild<QLabel *>(s("documentCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), s("%1 documents").arg(before + added));
    for (int i = 0; i < 10 && model->rowCount() < before + added; ++i) {
        view->scrollToBottom();
        const int shown = model->rowCount();
        QTRY_VERIFY(model->rowCount() > shown || model->rowCount() == before + added);
    }
    QCOMPARE(model->rowCount(), before + added);
    QVERIFY(!model->canFetchMore({}));
    QStringList titles;
    for (int r = 0; r < model->rowCount(); ++r)
        titles << model->index(r, ui::DocumentModel::Title).data().toString();
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(titles.begin(), titles.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) > 0; });

    // A click on the title's header sorts all documents by the store, numbers by value.
    loaded.clear();
    view->horizontalHeader()->setSortIndicator(ui::DocumentModel::Title, Qt::DescendingOrder);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model->rowCount(), ui::DocumentModel::PageSize);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->index(r, ui::DocumentModel::Title).data().toString(), titles.at(r));
    QVERIFY(titles.indexOf(s("Anlage 450")) < titles.indexOf(s("Anlage 45")));

    // The filter is read by the store as well, over documents not fetched yet.
    loaded.clear();
    pane->documentFilter()->setText(s("ANLAGE-7.TXT"));
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ui::DocumentModel::Title).data().toString(), s("Anlage 7"));
    QCOMPARE(count->text(), s("1 match"));

    // Another proceeding is shown unfiltered.
    auto *proceedings = pane->proceedingView();
    QVERIFY(proceedings->model()->rowCount() >= 2);
    const int other = proceedings->currentIndex().row() == 0 ? 1 : 0;
    loaded.clear();
    proceedings->setCurrentIndex(proceedings->model()->index(other, 0));
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(pane->documentFilter()->text().isEmpty());
    QVERIFY(model->filter().isEmpty());
    QVERIFY(pane->currentProceedingId() != proceeding);

    // The proceedings filter and sort in the window.
    const int all = proceedings->model()->rowCount();
    pane->proceedingFilter()->setText(s("zzz-nothing"));
    QCOMPARE(proceedings->model()->rowCount(), 0);
    pane->proceedingFilter()->clear();
    QCOMPARE(proceedings->model()->rowCount(), all);
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
