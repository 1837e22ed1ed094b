// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pdfpagesview.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QPrinter;
class QSpinBox;
class QSplitter;
class QToolBar;

namespace aw::documents {
class PdfDocument;
}

namespace aw::ui {

class PdfFindBar;
class PdfPrintJob;
class PdfThumbnailModel;

// The PDF viewer: a toolbar, a thumbnail strip, the pages in one continuous scroll area and a find
// bar. All Poppler work (page sizes, rendering, search, copying text, printing) runs on the thread
// pool; results come back by signal. Page numbers in the API are 0-based, the UI shows 1-based.
class PdfView : public QWidget
{
    Q_OBJECT

public:
    explicit PdfView(QWidget *parent = nullptr);
    ~PdfView() override;

    void setDocument(std::shared_ptr<documents::PdfDocument> document);
    void clear();
    std::shared_ptr<documents::PdfDocument> document() const { return m_document; }

    int pageCount() const;
    int currentPage() const;
    void goToPage(int page);
    double zoom() const;
    PdfPagesView::ZoomMode zoomMode() const;
    void setZoomMode(PdfPagesView::ZoomMode mode);
    void setZoom(double zoom);
    int rotation() const;
    PdfPagesView *pagesView() const { return m_pages; }

    // Searches all pages on a worker; hits show as they are found and the view moves to the first
    // one at or after the current page. findFinished() reports the total.
    void search(const QString &text);
    void findNext();
    void findPrevious();
    const QList<PdfPagesView::Hit> &hits() const { return m_hits; }
    int currentHit() const { return m_currentHit; }

    // Prints the pages (all, or the printer's page range) without a dialog; `printer` must live
    // until printFinished(). The print action asks with QPrintDialog first.
    void print(QPrinter *printer);

Q_SIGNALS:
    void documentReady(int pageCount);
    void pageChanged(int page);
    void zoomChanged(double zoom);
    void pageRendered(int page);
    void findFinished(int hits);
    void printFinished(bool ok);

private:
    struct PageHits
    {
        int page = -1;
        QList<QRectF> areas;
    };

    void createActions();
    void createToolBar();
    QAction *addViewAction(const QString &name, const QString &text, const QList<QKeySequence> &shortcuts);
    void onDocumentReady(int pages);
    void onPageChanged(int page);
    void onZoomChanged();
    void onZoomText(const QString &text);
    void cancelSearch();
    void onSearchResults(int begin, int end);
    void onSearchFinished();
    void showHit(int hit);
    void updateFindStatus();
    void printWithDialog();
    void updateActions();

    std::shared_ptr<documents::PdfDocument> m_document;
    PdfPagesView *m_pages;
    PdfThumbnailModel *m_thumbnailModel;
    QListView *m_thumbnails;
    QSplitter *m_splitter;
    QToolBar *m_toolBar;
    PdfFindBar *m_findBar = nullptr;
    QSpinBox *m_pageSpin;
    QLabel *m_pageCountLabel;
    QComboBox *m_zoomCombo;
    bool m_syncing = false;

    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitWidthAction = nullptr;
    QAction *m_fitPageAction = nullptr;
    QAction *m_rotateRightAction = nullptr;
    QAction *m_rotateLeftAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_goToPageAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_thumbnailsAction = nullptr;

    QFutureWatcher<PageHits> *m_search = nullptr;
    QString m_needle;
    QList<PdfPagesView::Hit> m_hits;
    int m_currentHit = -1;
    int m_searchedPages = 0;
    bool m_jumpPending = false;

    std::unique_ptr<QPrinter> m_printer;  // kept, so the dialog remembers the last choice
    QPointer<PdfPrintJob> m_printJob;
};

}  // namespace aw::ui
