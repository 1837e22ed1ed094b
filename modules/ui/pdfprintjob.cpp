// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pdfprintjob.h"

#include "documents/pdfdocument.h"

#include <QFutureWatcher>
#include <QPrinter>
#include <QtConcurrent>

#include <algorithm>

namespace aw::ui {

namespace {

// A4 at 1200 dpi would be half a gigabyte per page; 300 dpi is sharp on paper at 35 MB.
constexpr int kMaxRenderDpi = 300;

}  // namespace

PdfPrintJob::PdfPrintJob(std::shared_ptr<documents::PdfDocument> document, QPrinter *printer, QList<int> pages,
                         QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_printer(printer)
    , m_pages(std::move(pages))
{}

PdfPrintJob::~PdfPrintJob()
{
    if (m_painter.isActive())
        m_painter.end();
}

void PdfPrintJob::start()
{
    if (!m_document || m_pages.isEmpty() || !m_painter.begin(m_printer)) {
        end(false);
        return;
    }
    renderNext();
}

void PdfPrintJob::cancel()
{
    m_cancelled = true;
}

void PdfPrintJob::renderNext()
{
    if (m_cancelled) {
        m_printer->abort();
        end(false);
        return;
    }
    const int page = m_pages.at(m_next);
    const bool portraitPaper = m_painter.viewport().height() >= m_painter.viewport().width();
    const double scale = std::min(m_printer->resolution(), kMaxRenderDpi) / 72.0;
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher] {
        watcher->deleteLater();
        draw(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([document = m_document, page, scale, portraitPaper] {
        // A landscape page on portrait paper (or the other way round) is turned to fill the sheet.
        const QSizeF points = document->pageSize(page);
        const bool turn = points.isValid() && (points.width() > points.height()) == portraitPaper;
        return document->render(page, scale, turn ? 90 : 0);
    }));
}

void PdfPrintJob::draw(const QImage &image)
{
    if (image.isNull()) {
        end(false);
        return;
    }
    // The page at its real size on paper, made smaller only if it does not fit the printable area.
    const QRect paper = m_painter.viewport();
    const double renderDpi = std::min(m_printer->resolution(), kMaxRenderDpi);
    QSizeF size = QSizeF(image.size()) * (m_printer->resolution() / renderDpi);
    if (size.width() > paper.width() || size.height() > paper.height())
        size.scale(paper.size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((paper.width() - size.width()) / 2, (paper.height() - size.height()) / 2), size);
    m_painter.setRenderHint(QPainter::SmoothPixmapTransform);
    m_painter.drawImage(target, image);
    ++m_next;
    Q_EMIT progress(m_next, int(m_pages.size()));
    if (m_next >= m_pages.size()) {
        end(true);
        return;
    }
    if (!m_printer->newPage()) {
        end(false);
        return;
    }
    renderNext();
}

void PdfPrintJob::end(bool ok)
{
    if (m_painter.isActive())
        m_painter.end();
    Q_EMIT finished(ok);
    deleteLater();
}

}  // namespace aw::ui
