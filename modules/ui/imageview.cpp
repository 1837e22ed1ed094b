// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imageview.h"

#include <QFutureWatcher>
#include <QImageReader>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace aw::ui {

namespace {

// Pages of a scan, each at most this many pixels on its longer side (about A4 at 200 dpi).
constexpr int MaxSide = 2400;
constexpr int MaxPages = 500;

QList<QImage> readPages(const QString &path)
{
    QList<QImage> pages;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    do {
        QSize size = reader.size();
        if (size.isValid() && qMax(size.width(), size.height()) > MaxSide)
            reader.setScaledSize(size.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio));
        QImage page = reader.read();
        if (page.isNull())
            break;
        pages.append(std::move(page));
    } while (pages.size() < MaxPages && reader.jumpToNextImage());
    return pages;
}

}  // namespace

ImageView::ImageView(QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(new QWidget(this))
    , m_layout(new QVBoxLayout(m_canvas))
{
    setObjectName(QStringLiteral("imageView"));
    setAccessibleName(tr("Scanned pages"));
    setWidgetResizable(true);
    setAlignment(Qt::AlignHCenter);
    m_layout->setSpacing(12);
    setWidget(m_canvas);
}

void ImageView::clear()
{
    ++m_request;
    m_pages.clear();
    layoutPages();
}

void ImageView::showFile(const QString &path)
{
    clear();
    const quint64 request = m_request;
    auto *watcher = new QFutureWatcher<QList<QImage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request)
            return;
        m_pages = watcher->result();
        layoutPages();
        Q_EMIT pagesReady(int(m_pages.size()));
    });
    watcher->setFuture(QtConcurrent::run(readPages, path));
}

void ImageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        layoutPages();
}

void ImageView::layoutPages()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int width = qMax(100, viewport()->width() - 24);
    for (int i = 0; i < m_pages.size(); ++i) {
        auto *label = new QLabel(m_canvas);
        label->setObjectName(QStringLiteral("scanPage%1").arg(i + 1));
        label->setAlignment(Qt::AlignHCenter);
        const QImage &page = m_pages.at(i);
        const QImage fitted = page.width() > width ? page.scaledToWidth(width, Qt::SmoothTransformation) : page;
        label->setPixmap(QPixmap::fromImage(fitted));
        label->setAccessibleName(tr("Page %1").arg(i + 1));
        m_layout->addWidget(label);
    }
    m_layout->addStretch();
}

}  // namespace aw::ui
