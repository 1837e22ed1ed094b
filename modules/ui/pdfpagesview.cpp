// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pdfpagesview.h"

#include "documents/pdfdocument.h"

#include <QFutureWatcher>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace aw::ui {

namespace {

constexpr int kMargin = 12;   // around all pages
constexpr int kSpacing = 12;  // between two pages
constexpr double kZoomSteps[] = {0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
const QSizeF kFallbackPage(595.0, 842.0);  // A4, for a page Poppler gives no size for

}  // namespace

PdfPagesView::PdfPagesView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_renderer(new PdfPageRenderer(PdfPageRenderer::defaultBudget(), 2, this))
{
    setObjectName(QStringLiteral("pdfPagesView"));
    setAccessibleName(tr("Pages"));
    setFocusPolicy(Qt::StrongFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);  // a scroll bar coming and going would make fit width flicker
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &PdfPagesView::requestVisible);
    connect(m_renderer, &PdfPageRenderer::rendered, this, &PdfPagesView::onRendered);
}

PdfPagesView::~PdfPagesView() = default;

void PdfPagesView::setDocument(std::shared_ptr<documents::PdfDocument> document)
{
    const quint64 generation = ++m_loadGeneration;
    m_document = std::move(document);
    m_renderer->setDocument(m_document);
    m_ready = false;
    m_pagePoints.clear();
    m_hits.clear();
    m_hitsByPage.clear();
    m_currentHit = -1;
    m_currentPage = 0;
    clearSelection();
    relayout({});
    if (!m_document)
        return;
    auto *watcher = new QFutureWatcher<QList<QSizeF>>(this);
    connect(watcher, &QFutureWatcher<QList<QSizeF>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return;
        m_pagePoints = watcher->result();
        for (QSizeF &size : m_pagePoints) {
            if (!size.isValid() || size.isEmpty())
                size = kFallbackPage;
        }
        m_ready = true;
        if (m_zoomMode != ZoomMode::Percent)
            m_zoom = fittingZoom(m_zoomMode);
        relayout({});
        m_scrollingToPage = true;
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
        m_scrollingToPage = false;
        Q_EMIT documentReady(pageCount());
        Q_EMIT zoomChanged(m_zoom);
        Q_EMIT pageChanged(m_currentPage);
    });
    // Reading thousands of page sizes goes through Poppler; it stays off the GUI thread like rendering.
    watcher->setFuture(QtConcurrent::run([document = m_document] {
        QList<QSizeF> sizes;
        const int pages = document->pageCount();
        sizes.reserve(pages);
        for (int page = 0; page < pages; ++page)
            sizes.append(document->pageSize(page));
        return sizes;
    }));
}

void PdfPagesView::clear()
{
    setDocument(nullptr);
}

double PdfPagesView::pixelsPerPoint() const
{
    return m_zoom * logicalDpiY() / 72.0;
}

QSizeF PdfPagesView::rotatedPoints(int page) const
{
    const QSizeF size = m_pagePoints.at(page);
    return m_rotation % 180 == 0 ? size : size.transposed();
}

double PdfPagesView::fittingZoom(ZoomMode mode) const
{
    if (mode == ZoomMode::Percent || m_pagePoints.isEmpty())
        return m_zoom;
    double widest = 1.0;
    double tallest = 1.0;
    for (int page = 0; page < pageCount(); ++page) {
        const QSizeF size = rotatedPoints(page);
        widest = std::max(widest, size.width());
        tallest = std::max(tallest, size.height());
    }
    const double dpiScale = logicalDpiY() / 72.0;
    const double byWidth = (viewport()->width() - 2 * kMargin) / (widest * dpiScale);
    const double byHeight = (viewport()->height() - 2 * kMargin) / (tallest * dpiScale);
    const double zoom = mode == ZoomMode::FitWidth ? byWidth : std::min(byWidth, byHeight);
    return std::clamp(zoom, minZoom, maxZoom);
}

void PdfPagesView::setZoomMode(ZoomMode mode)
{
    applyZoom(fittingZoom(mode), mode, anchorAt(viewport()->rect().center()));
}

void PdfPagesView::setZoom(double zoom)
{
    applyZoom(zoom, ZoomMode::Percent, anchorAt(viewport()->rect().center()));
}

void PdfPagesView::zoomIn()
{
    const auto *next = std::find_if(std::begin(kZoomSteps), std::end(kZoomSteps),
                                    [this](double step) { return step > m_zoom + 0.001; });
    setZoom(next == std::end(kZoomSteps) ? maxZoom : *next);
}

void PdfPagesView::zoomOut()
{
    double zoom = minZoom;
    for (double step : kZoomSteps) {
        if (step < m_zoom - 0.001)
            zoom = step;
    }
    setZoom(zoom);
}

void PdfPagesView::applyZoom(double zoom, ZoomMode mode, const Anchor &anchor)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    const bool changed = std::abs(zoom - m_zoom) > 1e-6 || mode != m_zoomMode;
    if (std::abs(zoom - m_zoom) > 1e-6) {
        m_renderer->dropStale();
        clearSelection();  // it is kept in content coordinates, which the zoom changes
    }
    m_zoom = zoom;
    m_zoomMode = mode;
    relayout(anchor);
    if (changed)
        Q_EMIT zoomChanged(m_zoom);
}

void PdfPagesView::setRotation(int degrees)
{
    degrees = ((degrees % 360) + 360) % 360 / 90 * 90;
    if (degrees == m_rotation)
        return;
    const int page = m_currentPage;
    m_rotation = degrees;
    m_renderer->dropStale();
    clearSelection();
    const double zoom = fittingZoom(m_zoomMode);
    if (std::abs(zoom - m_zoom) > 1e-6) {
        m_zoom = zoom;
        Q_EMIT zoomChanged(m_zoom);
    }
    relayout({});
    goToPage(page);
    Q_EMIT rotationChanged(m_rotation);
}

PdfPagesView::Anchor PdfPagesView::anchorAt(const QPoint &viewportPos) const
{
    if (!m_ready || m_pageTop.isEmpty())
        return {};
    const QPoint content = viewportPos - contentOrigin();
    const int page = pageAtY(content.y());
    const QRect rect = contentRect(page);
    return {page,
            QPointF(double(content.x() - rect.x()) / rect.width(), double(content.y() - rect.y()) / rect.height()),
            viewportPos};
}

void PdfPagesView::relayout(const Anchor &anchor)
{
    const int pages = m_ready ? pageCount() : 0;
    const double ppp = pixelsPerPoint();
    m_pagePixels.resize(pages);
    m_pageTop.resize(pages);
    int y = kMargin;
    m_widestPage = 0;
    for (int page = 0; page < pages; ++page) {
        const QSizeF points = rotatedPoints(page);
        const QSize pixels(std::max(1, qRound(points.width() * ppp)), std::max(1, qRound(points.height() * ppp)));
        m_pagePixels[page] = pixels;
        m_pageTop[page] = y;
        y += pixels.height() + kSpacing;
        m_widestPage = std::max(m_widestPage, pixels.width());
    }
    m_contentHeight = pages ? y - kSpacing + kMargin : 0;
    m_contentWidth = pages ? m_widestPage + 2 * kMargin : 0;

    m_scrollingToPage = true;  // the anchor keeps the current page
    const QSize view = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - view.height()));
    verticalScrollBar()->setPageStep(std::max(1, view.height() * 9 / 10));
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setRange(0, std::max(0, m_contentWidth - view.width()));
    horizontalScrollBar()->setPageStep(std::max(1, view.width() * 9 / 10));
    horizontalScrollBar()->setSingleStep(40);
    if (anchor.page >= 0 && anchor.page < pages) {
        const QRect rect = contentRect(anchor.page);
        const QPointF target(rect.x() + anchor.fraction.x() * rect.width(),
                             rect.y() + anchor.fraction.y() * rect.height());
        horizontalScrollBar()->setValue(qRound(target.x()) - anchor.at.x());
        verticalScrollBar()->setValue(qRound(target.y()) - anchor.at.y());
    }
    m_scrollingToPage = false;
    viewport()->update();
    scheduleRequests();
}

QRect PdfPagesView::contentRect(int page) const
{
    const QSize size = m_pagePixels.at(page);
    return {kMargin + (m_widestPage - size.width()) / 2, m_pageTop.at(page), size.width(), size.height()};
}

QPoint PdfPagesView::contentOrigin() const
{
    const QSize view = viewport()->size();
    const int x =
        m_contentWidth <= view.width() ? (view.width() - m_contentWidth) / 2 : -horizontalScrollBar()->value();
    const int y =
        m_contentHeight <= view.height() ? (view.height() - m_contentHeight) / 2 : -verticalScrollBar()->value();
    return {x, y};
}

QRect PdfPagesView::pageRect(int page) const
{
    if (page < 0 || page >= m_pageTop.size())
        return {};
    return contentRect(page).translated(contentOrigin());
}

int PdfPagesView::pageAtY(qint64 contentY) const
{
    if (m_pageTop.isEmpty())
        return -1;
    const auto after = std::upper_bound(m_pageTop.cbegin(), m_pageTop.cend(), contentY);
    return std::clamp(int(after - m_pageTop.cbegin()) - 1, 0, int(m_pageTop.size()) - 1);
}

std::pair<int, int> PdfPagesView::visiblePages() const
{
    if (m_pageTop.isEmpty())
        return {0, -1};
    const int top = -contentOrigin().y();
    return {pageAtY(top), pageAtY(top + viewport()->height())};
}

void PdfPagesView::goToPage(int page)
{
    if (!m_ready || m_pageTop.isEmpty())
        return;
    page = std::clamp(page, 0, int(m_pageTop.size()) - 1);
    m_scrollingToPage = true;
    verticalScrollBar()->setValue(m_pageTop.at(page) - kMargin);
    m_scrollingToPage = false;
    if (page != m_currentPage) {
        m_currentPage = page;
        Q_EMIT pageChanged(page);
    }
}

void PdfPagesView::ensureVisible(int page, const QRectF &area)
{
    if (!m_ready || page < 0 || page >= pageCount())
        return;
    m_scrollingToPage = true;
    const QRect view = viewport()->rect();
    const QRect target = mapFromPage(page, area).toAlignedRect();
    if (target.top() < view.top() + kMargin || target.bottom() > view.bottom() - kMargin)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + target.center().y() - view.center().y());
    const QRect moved = mapFromPage(page, area).toAlignedRect();
    if (moved.left() < view.left() || moved.right() > view.right())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + moved.center().x() - view.center().x());
    m_scrollingToPage = false;
    if (page != m_currentPage) {
        m_currentPage = page;
        Q_EMIT pageChanged(page);
    }
}

void PdfPagesView::updateCurrentPage()
{
    if (m_scrollingToPage || m_pageTop.isEmpty())
        return;
    // The page that fills most of the view is the current one; on a tie the upper one.
    const auto [first, last] = visiblePages();
    const QRect view = viewport()->rect();
    int best = first;
    int bestHeight = -1;
    for (int page = first; page <= last; ++page) {
        const int height = pageRect(page).intersected(view).height();
        if (height > bestHeight) {
            best = page;
            bestHeight = height;
        }
    }
    if (best != m_currentPage) {
        m_currentPage = best;
        Q_EMIT pageChanged(best);
    }
}

PdfRenderKey PdfPagesView::renderKey(int page) const
{
    double scale = pixelsPerPoint() * devicePixelRatioF();
    // No single page may outgrow a quarter of the cache; a huge page at 400 % is drawn a little soft.
    const double maxPixels = double(m_renderer->budget()) / 4.0 / 4.0;
    const QSizeF points = m_pagePoints.at(page);
    if (points.width() * points.height() * scale * scale > maxPixels)
        scale = std::sqrt(maxPixels / (points.width() * points.height()));
    return {page, m_rotation, std::max(1, qRound(scale * 1000.0))};
}

QTransform PdfPagesView::pageTransform(int page) const
{
    const QRect rect = pageRect(page);
    const QSizeF points = m_pagePoints.at(page);
    const QSizeF turned = rotatedPoints(page);
    QTransform transform;
    transform.translate(rect.x(), rect.y());
    transform.scale(rect.width() / turned.width(), rect.height() / turned.height());
    // Clockwise, as Poppler turns the rendered page.
    switch (m_rotation) {
    case 90:
        transform.translate(points.height(), 0);
        transform.rotate(90);
        break;
    case 180:
        transform.translate(points.width(), points.height());
        transform.rotate(180);
        break;
    case 270:
        transform.translate(0, points.width());
        transform.rotate(270);
        break;
    default:
        break;
    }
    return transform;
}

QRectF PdfPagesView::mapFromPage(int page, const QRectF &area) const
{
    if (page < 0 || page >= m_pageTop.size())
        return {};
    return pageTransform(page).mapRect(area);
}

void PdfPagesView::setHits(const QList<Hit> &hits, int current)
{
    m_hits = hits;
    m_currentHit = current;
    m_hitsByPage.clear();
    for (int i = 0; i < m_hits.size(); ++i)
        m_hitsByPage[m_hits.at(i).page].append(i);
    viewport()->update();
}

void PdfPagesView::scheduleRequests()
{
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void PdfPagesView::requestVisible()
{
    if (!m_ready || m_pageTop.isEmpty()) {
        m_renderer->setWanted({});
        return;
    }
    const auto [first, last] = visiblePages();
    QList<PdfRenderKey> wanted;
    if (m_currentPage >= first && m_currentPage <= last)
        wanted.append(renderKey(m_currentPage));
    for (int page = first; page <= last; ++page) {
        if (page != m_currentPage)
            wanted.append(renderKey(page));
    }
    // One page ahead and one behind, so that paging on shows a finished page.
    if (last + 1 < pageCount())
        wanted.append(renderKey(last + 1));
    if (first > 0)
        wanted.append(renderKey(first - 1));
    m_renderer->setWanted(wanted);
}

void PdfPagesView::onRendered(const PdfRenderKey &key)
{
    if (!m_ready || key.page >= pageCount() || key != renderKey(key.page))
        return;
    viewport()->update(pageRect(key.page));
    Q_EMIT pageRendered(key.page);
}

void PdfPagesView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Mid));
    if (!m_ready) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter,
                         m_document ? tr("Loading the document …") : tr("No document"));
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const auto [first, last] = visiblePages();
    const QColor hitColour(255, 210, 0, 110);
    const QColor currentHitColour(255, 120, 0, 150);
    for (int page = first; page <= last; ++page) {
        const QRect rect = pageRect(page);
        if (!rect.adjusted(-2, -2, 3, 3).intersects(event->rect()))
            continue;
        painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60));
        if (const QImage *image = m_renderer->cached(renderKey(page))) {
            painter.drawImage(rect, *image);
        } else if (const QImage *older = m_renderer->anyCached(page, m_rotation)) {
            painter.drawImage(rect, *older);  // another zoom, until this one is rendered
        } else {
            painter.fillRect(rect, Qt::white);
            painter.setPen(QColor(160, 160, 160));
            painter.drawText(rect, Qt::AlignCenter, tr("Page %1").arg(page + 1));
        }
        if (const auto hits = m_hitsByPage.constFind(page); hits != m_hitsByPage.cend()) {
            const QTransform transform = pageTransform(page);
            for (int hit : *hits)
                painter.fillRect(transform.mapRect(m_hits.at(hit).area),
                                 hit == m_currentHit ? currentHitColour : hitColour);
        }
    }
    if (hasSelection()) {
        QColor selection = palette().color(QPalette::Highlight);
        painter.setPen(selection);
        selection.setAlpha(60);
        painter.setBrush(selection);
        painter.drawRect(selectionRect());
    }
}

void PdfPagesView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const Anchor anchor = anchorAt({0, 0});
    if (m_zoomMode != ZoomMode::Percent && m_ready)
        applyZoom(fittingZoom(m_zoomMode), m_zoomMode, anchor);
    else
        relayout(anchor);
}

void PdfPagesView::scrollContentsBy(int, int)
{
    updateCurrentPage();
    viewport()->update();
    scheduleRequests();
}

}  // namespace aw::ui
