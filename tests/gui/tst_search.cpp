// SPDX-License-Identifier: GPL-3.0-or-later
// The search view in the real main window, offscreen: Ctrl+4 and a query by keyboard, results with
// the hits marked, a facet that narrows the search, a case-file hit and a document hit opened (the
// PDF at the page of the hit, the word found), the CSV export, and a clear message for a bad query.
#include "documents/importer.h"
#include "storage/proceedingrepository.h"
#include "support/demooffice.h"
#include "support/modal.h"
#include "support/pdfmaker.h"
#include "support/testenv.h"
#include "ui/documentpanel.h"
#include "ui/formdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/pdfview.h"
#include "ui/proceedingpane.h"
#include "ui/searchpane.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace aw;
using test::s;

class TestSearch : public QObject
{
    Q_OBJECT

    std::shared_ptr<test::DemoOffice> m_office;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        QCOMPARE(ui::installTranslations(*qApp, s("de")), s("de"));
    }

    void init()
    {
        auto office = test::DemoOffice::make();
        QVERIFY2(office, qPrintable(test::why(office)));
        m_office = office.value();
        const QString reference = s("5.1-1/%1-0001").arg(QDate::currentDate().year());
        auto p = storage::ProceedingRepository(m_office->store()->connection()).byReference(reference);
        QVERIFY2(p, qPrintable(test::why(p)));
        const QString pdf = m_office->file(s("bescheid.pdf"));
        QVERIFY(test::writeFile(pdf, test::makePdf({s("Bescheid über die Beurkundung"), s("Seite zwei: Begründung"),
                                                    s("Rechtsbehelfsbelehrung: Widerspruch binnen eines Monats")})));
        const auto imported = documents::Importer::run(m_office->store(), m_office->userId(s("mmueller")), p->id, {pdf},
                                                       casework::DocumentFiling::Duplicates::Skip);
        QCOMPARE(imported.imported, 1);
    }

    void searchByKeyboardAndNarrow()
    {
        ui::MainWindow window(m_office->store(), m_office->userId(s("jfischer")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto *pane = window.searchPane();
        QVERIFY(!pane->isVisible());
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY(pane->isVisible());
        QTRY_VERIFY(pane->queryField()->hasFocus());
        QCOMPARE(window.findChild<QListWidget *>(s("navigationList"))->currentItem()->text(), s("Suche"));

        QSignalSpy searched(pane, &ui::SearchPane::searched);
        QTest::keyClicks(pane->queryField(), s("Wohngeld"));
        QTest::keyClick(pane->queryField(), Qt::Key_Return);
        QTRY_COMPARE(searched.count(), 1);
        QCOMPARE(searched.first().first().toLongLong(), 2);  // Jankowski (KZS) and Demir (KZN)
        QCOMPARE(pane->results()->count(), 2);
        QVERIFY2(pane->summary()->text().startsWith(s("2 Akten mit Treffern")), qPrintable(pane->summary()->text()));
        auto *label = qobject_cast<QLabel *>(pane->results()->itemWidget(pane->results()->item(0)));
        QVERIFY(label);
        QVERIFY2(label->text().contains(s("<b>Wohngeld</b>")), qPrintable(label->text()));

        // The unit facet narrows: Kundenzentrum Süd only.
        QTreeWidgetItem *unitGroup = pane->facets()->topLevelItem(0);
        QCOMPARE(unitGroup->text(0), s("Organisationseinheit"));
        QTreeWidgetItem *south = nullptr;
        for (int i = 0; i < unitGroup->childCount(); ++i) {
            if (unitGroup->child(i)->text(0).startsWith(s("KZS")))
                south = unitGroup->child(i);
        }
        QVERIFY(south);
        pane->facets()->setFocus();
        pane->facets()->setCurrentItem(south);
        QTest::keyClick(pane->facets(), Qt::Key_Return);
        QTRY_COMPARE(searched.count(), 2);
        QCOMPARE(pane->queryField()->text(), s("Wohngeld einheit:KZS"));
        QCOMPARE(pane->results()->count(), 1);

        // Enter on the hit opens its case file.
        QSignalSpy shown(&window, &ui::MainWindow::caseFilesLoaded);
        pane->results()->setFocus();
        pane->results()->setCurrentRow(0);
        QTest::keyClick(pane->results(), Qt::Key_Return);
        QTRY_VERIFY(window.caseFileView()->isVisible());
        QTRY_VERIFY(window.caseFileView()->currentIndex().isValid());
        QVERIFY(window.caseFileView()->currentIndex().siblingAtColumn(1).data().toString().contains(s("Jankowski")) ||
                window.caseFileView()->currentIndex().siblingAtColumn(2).data().toString().contains(s("Jankowski")));
    }

    void documentHitOpensAtItsPage()
    {
        ui::MainWindow window(m_office->store(), m_office->userId(s("kschmidt")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSearch();
        auto *pane = window.searchPane();
        QSignalSpy searched(pane, &ui::SearchPane::searched);
        pane->search(s("Widerspruch"));
        QTRY_COMPARE(searched.count(), 1);
        QCOMPARE(pane->results()->count(), 1);
        auto *label = qobject_cast<QLabel *>(pane->results()->itemWidget(pane->results()->item(0)));
        QVERIFY2(label->text().contains(s("Seite 3")), qPrintable(label->text()));
        Q_EMIT pane->results()->itemActivated(pane->results()->item(0));
        auto *viewer = window.documentPanel()->viewer();
        QTRY_VERIFY_WITH_TIMEOUT(viewer->document() != nullptr, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(viewer->currentPage(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->hits().isEmpty(), 10000);
    }

    void exportAndMessages()
    {
        ui::MainWindow window(m_office->store(), m_office->userId(s("jfischer")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSearch();
        auto *pane = window.searchPane();
        QSignalSpy searched(pane, &ui::SearchPane::searched);
        pane->search(s("\"Wohngeld"));
        QTRY_VERIFY(pane->summary()->text().contains(s("nicht geschlossen")));
        QCOMPARE(searched.count(), 0);

        pane->search(s("Familie"));
        QTRY_COMPARE(searched.count(), 1);
        const qint64 files = searched.first().first().toLongLong();
        QVERIFY(files >= 3);
        QSignalSpy message(pane, &ui::SearchPane::message);
        const QString path = m_office->file(s("export.csv"));
        pane->exportCsv(path);
        QTRY_COMPARE(message.count(), 1);
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(s("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), files + 1);
        QVERIFY(lines.first().startsWith(s("Aktenzeichen;Betreff;Treffer")));
    }

    // A search kept under a name, shared with the unit: in the navigation with its count, run by
    // choosing it, removed with Delete by its owner.
    void savedSearches()
    {
        ui::MainWindow window(m_office->store(), m_office->userId(s("jfischer")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSearch();
        auto *pane = window.searchPane();
        QSignalSpy searched(pane, &ui::SearchPane::searched);
        pane->search(s("Wohngeld"));
        QTRY_COMPARE(searched.count(), 1);
        auto *save = window.findChild<QPushButton *>(s("searchSave"));
        QVERIFY(save && save->isEnabled());
        QSignalSpy saved(pane, &ui::SearchPane::savedChanged);
        test::whenShown<ui::FormDialog>(&window, [](ui::FormDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(s("saveSearchName"));
            auto *share = dialog->findChild<QComboBox *>(s("saveSearchShare"));
            QVERIFY(name && share);
            name->setText(s("Wohngeld Nord und Süd"));
            share->setCurrentIndex(share->findText(s("Kundenzentrum Nord"), Qt::MatchStartsWith));
            QVERIFY(share->currentIndex() > 0);
            dialog->accept();
        });
        save->click();
        QTRY_COMPARE(saved.count(), 1);
        auto *navigation = window.findChild<QListWidget *>(s("navigationList"));
        QTRY_COMPARE(navigation->count(), 5);
        QTRY_COMPARE(navigation->item(4)->text().trimmed(), s("Wohngeld Nord und Süd (2)"));

        // Choosing it runs it.
        pane->queryField()->clear();
        navigation->setCurrentRow(4);
        QTRY_COMPARE(searched.count(), 2);
        QCOMPARE(pane->queryField()->text(), s("Wohngeld"));
        QCOMPARE(navigation->currentRow(), 4);

        // aweber (KZN) sees the shared search; removing it is not hers to do.
        {
            ui::MainWindow clerk(m_office->store(), m_office->userId(s("aweber")));
            auto *list = clerk.findChild<QListWidget *>(s("navigationList"));
            QTRY_COMPARE(list->count(), 5);
            QTRY_VERIFY(list->item(4)->text().contains(s("Wohngeld Nord und Süd (1)")));  // she sees Demir only
            list->setCurrentRow(4);
            QVERIFY(!clerk.findChild<QAction *>(s("removeSavedSearchAction"))->isEnabled());
        }

        // The owner removes it, after confirming.
        window.activateWindow();
        navigation->setFocus();
        {
            const QSignalBlocker block(navigation);
            navigation->setCurrentRow(4);
        }
        Q_EMIT navigation->currentRowChanged(4);
        QTRY_COMPARE(searched.count(), 3);
        QVERIFY(window.findChild<QAction *>(s("removeSavedSearchAction"))->isEnabled());
        test::whenShown<QMessageBox>(&window, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Delete);
        QTRY_COMPARE(navigation->count(), 4);
    }

    // For the documentation: AKTENWERK_SCREENSHOTS=DIR keeps pictures of the search view in German
    // and English.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("AKTENWERK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        const auto restore = qScopeGuard([] { ui::installTranslations(*qApp, s("de")); });
        for (const QString &language : {s("de"), s("en")}) {
            QCOMPARE(ui::installTranslations(*qApp, language), language);
            ui::MainWindow window(m_office->store(), m_office->userId(s("jfischer")));
            window.resize(1400, 860);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showSearch();
            QSignalSpy searched(window.searchPane(), &ui::SearchPane::searched);
            window.searchPane()->search(s("Wohngeld OR Familie"));
            QTRY_COMPARE(searched.count(), 1);
            QTest::qWait(200);
            QVERIFY(window.grab().save(QDir(dir).filePath(s("search-%1.png").arg(language))));
        }
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
