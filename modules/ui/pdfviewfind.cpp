// SPDX-License-Identifier: GPL-3.0-or-later
// Find in document for PdfView: the search runs over all pages on a worker and reports each page's
// hits as it goes, so the first hits show while a long document is still being searched.
#include "documents/pdfdocument.h"
#include "ui/pdffindbar.h"
#include "ui/pdfview.h"

#include <QPromise>
#include <QtConcurrent>

namespace aw::ui {

void PdfView::search(const QString &text)
{
    cancelSearch();
    m_hits.clear();
    m_currentHit = -1;
    m_searchedPages = 0;
    m_needle = text.trimmed();
    m_pages->setHits({}, -1);
    if (m_needle.isEmpty() || !m_document || !m_pages->isReady()) {
        m_findBar->setStatus({});
        return;
    }
    m_jumpPending = true;
    m_search = new QFutureWatcher<PageHits>(this);
    connect(m_search, &QFutureWatcher<PageHits>::resultsReadyAt, this, &PdfView::onSearchResults);
    connect(m_search, &QFutureWatcher<PageHits>::progressValueChanged, this, [this](int pages) {
        m_searchedPages = pages;
        updateFindStatus();
    });
    connect(m_search, &QFutureWatcher<PageHits>::finished, this, &PdfView::onSearchFinished);
    m_search->setFuture(QtConcurrent::run([document = m_document, needle = m_needle](QPromise<PageHits> &promise) {
        const int pages = document->pageCount();
        promise.setProgressRange(0, pages);
        for (int page = 0; page < pages; ++page) {
            if (promise.isCanceled())
                return;
            QList<QRectF> areas = document->find(page, needle);
            if (!areas.isEmpty())
                promise.addResult(PageHits{page, std::move(areas)});
            promise.setProgressValue(page + 1);
        }
    }));
    updateFindStatus();
}

void PdfView::cancelSearch()
{
    if (!m_search)
        return;
    m_search->disconnect(this);
    m_search->cancel();
    m_search->deleteLater();
    m_search = nullptr;
    m_jumpPending = false;
}

void PdfView::onSearchResults(int begin, int end)
{
    if (!m_search)
        return;
    for (int i = begin; i < end; ++i) {
        const PageHits found = m_search->resultAt(i);
        for (const QRectF &area : found.areas)
            m_hits.append({found.page, area});
    }
    m_pages->setHits(m_hits, m_currentHit);
    if (m_jumpPending) {
        // Pages are searched in order: the first hit at or after the current page may be here now.
        const int current = m_pages->currentPage();
        const auto at = std::find_if(m_hits.cbegin(), m_hits.cend(),
                                     [current](const PdfPagesView::Hit &hit) { return hit.page >= current; });
        if (at != m_hits.cend()) {
            m_jumpPending = false;
            showHit(int(at - m_hits.cbegin()));
        }
    }
    updateFindStatus();
}

void PdfView::onSearchFinished()
{
    if (!m_search)
        return;
    m_search->deleteLater();
    m_search = nullptr;
    if (m_jumpPending && !m_hits.isEmpty())
        showHit(0);  // nothing after the current page: wrap round to the first hit
    m_jumpPending = false;
    updateFindStatus();
    Q_EMIT findFinished(int(m_hits.size()));
}

void PdfView::findNext()
{
    if (m_needle.isEmpty() && m_findBar->text().trimmed().isEmpty()) {
        m_findBar->activate();
        return;
    }
    if (m_needle.isEmpty()) {
        search(m_findBar->text());
        return;
    }
    if (m_hits.isEmpty()) {
        m_jumpPending = m_search != nullptr;  // still searching: go to the first hit when it comes
        return;
    }
    if (m_currentHit < 0) {
        const int current = m_pages->currentPage();
        const auto at = std::find_if(m_hits.cbegin(), m_hits.cend(),
                                     [current](const PdfPagesView::Hit &hit) { return hit.page >= current; });
        showHit(at == m_hits.cend() ? 0 : int(at - m_hits.cbegin()));
        return;
    }
    showHit(int((m_currentHit + 1) % m_hits.size()));
}

void PdfView::findPrevious()
{
    if (m_hits.isEmpty()) {
        findNext();
        return;
    }
    if (m_currentHit < 0) {
        const int current = m_pages->currentPage();
        const auto at = std::find_if(m_hits.crbegin(), m_hits.crend(),
                                     [current](const PdfPagesView::Hit &hit) { return hit.page <= current; });
        showHit(at == m_hits.crend() ? int(m_hits.size()) - 1 : int(m_hits.crend() - at) - 1);
        return;
    }
    showHit(int((m_currentHit + m_hits.size() - 1) % m_hits.size()));
}

void PdfView::showHit(int hit)
{
    m_jumpPending = false;
    m_currentHit = hit;
    m_pages->setHits(m_hits, hit);
    m_pages->ensureVisible(m_hits.at(hit).page, m_hits.at(hit).area);
    updateFindStatus();
}

void PdfView::updateFindStatus()
{
    const int total = int(m_hits.size());
    if (m_needle.isEmpty())
        m_findBar->setStatus({});
    else if (m_search)
        m_findBar->setStatus(
            tr("Searching … %1 of %2 pages, %n hit(s)", nullptr, total).arg(m_searchedPages).arg(pageCount()));
    else if (total == 0)
        m_findBar->setStatus(tr("No matches"));
    else if (m_currentHit < 0)
        m_findBar->setStatus(tr("%n hit(s)", nullptr, total));
    else
        m_findBar->setStatus(tr("%1 of %2").arg(m_currentHit + 1).arg(total));
}

}  // namespace aw::ui
