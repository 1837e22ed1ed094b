// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pdfpagerenderer.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QTimer>

#include <memory>

namespace aw::documents {
class PdfDocument;
}

namespace aw::ui {

// The page area of the PDF viewer: all pages one below the other in one scroll area. No widget per
// page: the layout is computed from the page sizes and only the visible pages are painted, so a
// document of thousands of pages costs a list of rectangles. Pages are rendered on the thread pool
// (PdfPageRenderer); until a page arrives a blank sheet with its number stands in.
// Page numbers are 0-based throughout.
class PdfPagesView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class ZoomMode
    {
        FitWidth,
        FitPage,
        Percent
    };
    static constexpr double minZoom = 0.25;
    static constexpr double maxZoom = 4.0;

    struct Hit
    {
        int page = -1;
        QRectF area;  // points, unrotated page
    };

    explicit PdfPagesView(QWidget *parent = nullptr);
    ~PdfPagesView() override;

    // Shows `document`; its page sizes are read on a worker, then documentReady() is emitted.
    void setDocument(std::shared_ptr<documents::PdfDocument> document);
    void clear();
    bool isReady() const { return m_ready; }
    int pageCount() const { return int(m_pagePoints.size()); }
    const QList<QSizeF> &pageSizes() const { return m_pagePoints; }

    int currentPage() const { return m_currentPage; }
    void goToPage(int page);
    // Scrolls so that `area` (points, unrotated) of `page` is in view.
    void ensureVisible(int page, const QRectF &area);

    ZoomMode zoomMode() const { return m_zoomMode; }
    double zoom() const { return m_zoom; }  // 1.0 = 100 %
    void setZoomMode(ZoomMode mode);
    void setZoom(double zoom);  // switches to ZoomMode::Percent
    void zoomIn();
    void zoomOut();

    int rotation() const { return m_rotation; }
    void setRotation(int degrees);

    void setHits(const QList<Hit> &hits, int current);

    bool hasSelection() const;
    void clearSelection();
    // Reads the text in the selected area on a worker and puts it on the clipboard; copied() follows.
    void copySelection();

    // Where `page` lies in viewport coordinates, and where `area` (points, unrotated) of it lies.
    QRect pageRect(int page) const;
    QRectF mapFromPage(int page, const QRectF &area) const;

Q_SIGNALS:
    void documentReady(int pageCount);
    void pageChanged(int page);
    void zoomChanged(double zoom);
    void rotationChanged(int degrees);
    void pageRendered(int page);
    void selectionChanged(bool hasSelection);
    void copied(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Anchor
    {
        int page = -1;
        QPointF fraction;  // position inside the page, 0..1
        QPoint at;         // viewport position it should stay under
    };

    double pixelsPerPoint() const;
    QSizeF rotatedPoints(int page) const;
    double fittingZoom(ZoomMode mode) const;
    Anchor anchorAt(const QPoint &viewportPos) const;
    void relayout(const Anchor &anchor);
    void applyZoom(double zoom, ZoomMode mode, const Anchor &anchor);
    QRect contentRect(int page) const;  // in content coordinates
    QPoint contentOrigin() const;       // where content (0,0) lies in the viewport
    int pageAtY(qint64 contentY) const;
    std::pair<int, int> visiblePages() const;
    void updateCurrentPage();
    PdfRenderKey renderKey(int page) const;
    QTransform pageTransform(int page) const;  // points (unrotated) → viewport
    void scheduleRequests();
    void requestVisible();
    void onRendered(const PdfRenderKey &key);
    QRect selectionRect() const;  // viewport coordinates

    std::shared_ptr<documents::PdfDocument> m_document;
    PdfPageRenderer *m_renderer;
    QTimer m_requestTimer;
    quint64 m_loadGeneration = 0;
    bool m_ready = false;

    QList<QSizeF> m_pagePoints;  // unrotated, points
    QList<QSize> m_pagePixels;   // rotated, at the current zoom
    QList<int> m_pageTop;        // content y of each page
    int m_contentWidth = 0;
    int m_contentHeight = 0;
    int m_widestPage = 0;

    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    double m_zoom = 1.0;
    int m_rotation = 0;
    int m_currentPage = 0;
    bool m_scrollingToPage = false;

    QList<Hit> m_hits;
    QHash<int, QList<int>> m_hitsByPage;
    int m_currentHit = -1;

    bool m_selecting = false;
    QPoint m_selectionStart;  // content coordinates
    QPoint m_selectionEnd;
};

}  // namespace aw::ui
