// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPainter>

#include <memory>

class QPrinter;

namespace aw::documents {
class PdfDocument;
}

namespace aw::ui {

// Prints the pages of a PDF one after another: each page is rendered on the thread pool at the
// printer's resolution (capped, see the .cpp) and drawn onto the printer on the GUI thread, so the
// window stays responsive while a long document prints. Deletes itself when done.
class PdfPrintJob : public QObject
{
    Q_OBJECT

public:
    // `pages` are 0-based. `printer` must outlive the job.
    PdfPrintJob(std::shared_ptr<documents::PdfDocument> document, QPrinter *printer, QList<int> pages,
                QObject *parent = nullptr);
    ~PdfPrintJob() override;

    void start();
    void cancel();

Q_SIGNALS:
    void progress(int printed, int total);
    void finished(bool ok);

private:
    void renderNext();
    void draw(const QImage &image);
    void end(bool ok);

    std::shared_ptr<documents::PdfDocument> m_document;
    QPrinter *m_printer;
    QList<int> m_pages;
    int m_next = 0;
    bool m_cancelled = false;
    QPainter m_painter;
};

}  // namespace aw::ui
