// SPDX-License-Identifier: GPL-3.0-or-later
// PdfPagesView's keyboard, wheel and mouse handling, and the text selection it copies.
#include "documents/pdfdocument.h"
#include "ui/pdfpagesview.h"

#include <QClipboard>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace aw::ui {

void PdfPagesView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    // Zoom around the pointer: the spot under it stays there.
    const double factor = std::pow(1.25, delta / 120.0);
    applyZoom(m_zoom * factor, ZoomMode::Percent, anchorAt(event->position().toPoint()));
    event->accept();
}

void PdfPagesView::keyPressEvent(QKeyEvent *event)
{
    const bool plain = !(event->modifiers() & (Qt::AltModifier | Qt::MetaModifier));
    if (plain) {
        switch (event->key()) {
        case Qt::Key_PageDown:
        case Qt::Key_Space:
            verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
            return;
        case Qt::Key_PageUp:
            verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
            return;
        case Qt::Key_Down:
            verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
            return;
        case Qt::Key_Up:
            verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
            return;
        case Qt::Key_Right:
            horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
            return;
        case Qt::Key_Left:
            horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
            return;
        case Qt::Key_Home:
            horizontalScrollBar()->setValue(0);
            goToPage(0);
            return;
        case Qt::Key_End:
            goToPage(pageCount() - 1);
            m_scrollingToPage = true;  // to the very end, even when the last page is taller than the view
            verticalScrollBar()->setValue(verticalScrollBar()->maximum());
            m_scrollingToPage = false;
            return;
        case Qt::Key_Escape:
            if (hasSelection()) {
                clearSelection();
                return;
            }
            break;
        default:
            break;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

QRect PdfPagesView::selectionRect() const
{
    return QRect(m_selectionStart, m_selectionEnd).normalized().translated(contentOrigin());
}

bool PdfPagesView::hasSelection() const
{
    return m_selectionStart != m_selectionEnd;
}

void PdfPagesView::clearSelection()
{
    const bool had = hasSelection();
    m_selecting = false;
    m_selectionStart = m_selectionEnd = {};
    if (had) {
        viewport()->update();
        Q_EMIT selectionChanged(false);
    }
}

void PdfPagesView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_ready) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    clearSelection();
    m_selecting = true;
    m_selectionStart = m_selectionEnd = event->position().toPoint() - contentOrigin();
    event->accept();
}

void PdfPagesView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    m_selectionEnd = event->position().toPoint() - contentOrigin();
    viewport()->update();
    event->accept();
}

void PdfPagesView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_selecting = false;
    m_selectionEnd = event->position().toPoint() - contentOrigin();
    if ((m_selectionEnd - m_selectionStart).manhattanLength() < 3)
        m_selectionStart = m_selectionEnd = {};
    viewport()->update();
    Q_EMIT selectionChanged(hasSelection());
    event->accept();
}

void PdfPagesView::copySelection()
{
    if (!hasSelection() || !m_document)
        return;
    // The selection in points on every page it touches; Poppler reads the text on a worker.
    QList<std::pair<int, QRectF>> areas;
    const QRect selection = selectionRect();
    const auto [first, last] = visiblePages();
    for (int page = std::max(0, first - 1); page <= std::min(pageCount() - 1, last + 1); ++page) {
        const QRect part = pageRect(page).intersected(selection);
        if (!part.isEmpty())
            areas.append({page, pageTransform(page).inverted().mapRect(QRectF(part))});
    }
    if (areas.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString text = watcher->result();
        QGuiApplication::clipboard()->setText(text);
        Q_EMIT copied(text);
    });
    watcher->setFuture(QtConcurrent::run([document = m_document, areas] {
        QStringList parts;
        for (const auto &[page, area] : areas)
            parts.append(document->textIn(page, area).trimmed());
        parts.removeAll(QString());
        return parts.join(QLatin1Char('\n'));
    }));
}

}  // namespace aw::ui
