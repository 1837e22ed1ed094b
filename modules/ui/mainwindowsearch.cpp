// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's search: the search view, saved searches in the navigation, and opening what a
// hit names.
#include "ui/documentpanel.h"
#include "ui/mainwindow.h"
#include "ui/pdfview.h"
#include "ui/proceedingpane.h"
#include "ui/savedsearchnav.h"
#include "ui/searchpane.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace aw::ui {

void MainWindow::connectSearch()
{
    connect(m_search, &SearchPane::openRequested, this, &MainWindow::openSearchHit);
    connect(m_search, &SearchPane::savedChanged, m_saved, &SavedSearchNav::reload);
    connect(m_search, &SearchPane::indexed, m_saved, &SavedSearchNav::reload);
    connect(m_saved, &SavedSearchNav::chosen, this, [this](const QString &query, search::Scope scope) {
        const int row = m_navigation->currentRow();
        showSearch();
        {
            const QSignalBlocker block(m_navigation);
            m_navigation->setCurrentRow(row);  // the saved search stays marked
        }
        m_search->search(query, scope);
    });
    connect(m_saved, &SavedSearchNav::failed, this, &MainWindow::showError);
    connect(m_saved, &SavedSearchNav::message, this, &MainWindow::showMessage);
    connect(m_search, &SearchPane::failed, this, &MainWindow::showError);
    connect(m_search, &SearchPane::message, this, &MainWindow::showMessage);
    // A document hit: once its proceeding's documents are listed, select it; once it is on screen,
    // go to the page of the hit and find the words there.
    connect(m_pane, &ProceedingPane::documentsLoaded, this, [this] {
        if (m_wantedDocument.documentId.isEmpty() || m_pane->currentProceedingId() != m_wantedDocument.proceedingId)
            return;
        const auto *documents = m_pane->documentModel();
        for (int row = 0; row < documents->rowCount(); ++row) {
            if (documents->row(row).document.id == m_wantedDocument.documentId) {
                m_pane->documentView()->setCurrentIndex(m_pane->documentModel()->index(row, 0));
                m_pane->documentView()->scrollTo(m_pane->documentView()->currentIndex());
                return;
            }
        }
        m_wantedDocument = {};
    });
    connect(m_panel, &DocumentPanel::versionShown, this, [this] {
        const SearchTarget wanted = std::exchange(m_wantedDocument, SearchTarget());
        PdfView *viewer = m_panel->viewer();
        if (wanted.documentId.isEmpty() || !viewer->document())
            return;
        const auto showHit = [viewer, wanted] {
            if (wanted.page > 0)
                viewer->goToPage(wanted.page - 1);
            if (!wanted.words.isEmpty())
                viewer->search(wanted.words.first());
        };
        // The pages are laid out on a worker: go there once they are.
        if (viewer->pageCount() > 0)
            showHit();
        else
            connect(viewer, &PdfView::documentReady, this, showHit, Qt::SingleShotConnection);
    });
}

void MainWindow::showSearch()
{
    m_panel->clear();
    if (m_middle->currentWidget() != m_search) {
        // The results need the room; the document of a hit shows beside them.
        const int total = m_splitter->sizes().value(0) + m_splitter->sizes().value(1) + m_splitter->sizes().value(2);
        m_splitter->setSizes({total * 14 / 100, total * 52 / 100, total * 34 / 100});
    }
    m_middle->setCurrentWidget(m_search);
    const QSignalBlocker block(m_navigation);
    m_navigation->setCurrentRow(NavSearches);
    m_search->queryField()->setFocus();
    m_search->queryField()->selectAll();
    updateSelection();
}

void MainWindow::openSearchHit(const SearchTarget &target)
{
    if (target.proceedingId.isEmpty()) {
        showCaseFile(target.caseFileId);
        return;
    }
    m_wantedDocument = target.documentId.isEmpty() ? SearchTarget() : target;
    showProceeding(target.proceedingId);
}

}  // namespace aw::ui
