// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real PDF viewer offscreen over PDFs written by QPdfWriter, with known words on known pages.
#include "documents/pdfdocument.h"
#include "support/testenv.h"
#include "ui/pdfview.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QWheelEvent>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace aw;
using ui::PdfPagesView;

namespace {

// Page `n` (1-based) says "Seite n"; pages 3 and 5 also say "Wohngeldbescheid".
void writePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(20);
    painter.setFont(font);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.drawText(QPointF(72, 100), QStringLiteral("Seite %1").arg(page));
        if (page == 3 || page == 5)
            painter.drawText(QPointF(72, 300), QStringLiteral("Wohngeldbescheid"));
        painter.drawRect(QRectF(50, 50, 495, 742));
    }
}

// Whether `area` of `widget` shows ink (text or lines), not just paper, highlight or stand-in grey.
bool showsInk(QWidget *widget, const QRect &area)
{
    const QImage shot = widget->grab().toImage();
    const QRect inside = area.intersected(shot.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            if (qGray(shot.pixel(x, y)) < 110)
                return true;
        }
    }
    return false;
}

std::shared_ptr<documents::PdfDocument> openPdf(const QString &path)
{
    auto opened = documents::PdfDocument::open(path);
    return opened.document ? std::shared_ptr<documents::PdfDocument>(std::move(opened.document)) : nullptr;
}

}  // namespace

class TestPdfView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensAndRendersTheFirstPage();
    void zoomModesAndPercent();
    void ctrlWheelAndKeysZoom();
    void goToPageScrolls();
    void keyboardMovesThroughPages();
    void findsHighlightsAndSteps();
    void rotationSwapsPageGeometry();
    void copiesTheSelectedText();
    void printsToAPdfFile();
    void interactiveWidgetsHaveNames();
    void thousandsOfPagesStayResponsive();

private:
    void openSample();
    QAction *action(const char *name) const;
    QWidget *pages() const { return m_view->pagesView(); }
    void focusPages();

    std::unique_ptr<test::TempDir> m_dir;
    QString m_sample;
    std::unique_ptr<ui::PdfView> m_view;
};

void TestPdfView::initTestCase()
{
    test::isolate();
    m_dir = std::make_unique<test::TempDir>();
    m_sample = m_dir->file(QStringLiteral("sample.pdf"));
    writePdf(m_sample, 5);
    QVERIFY(openPdf(m_sample));
}

void TestPdfView::init()
{
    m_view = std::make_unique<ui::PdfView>();
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestPdfView::cleanup()
{
    m_view.reset();
}

QAction *TestPdfView::action(const char *name) const
{
    return m_view->findChild<QAction *>(QLatin1String(name));
}

void TestPdfView::focusPages()
{
    pages()->setFocus();
    QTRY_VERIFY(pages()->hasFocus());
}

void TestPdfView::openSample()
{
    QSignalSpy rendered(m_view.get(), &ui::PdfView::pageRendered);
    QSignalSpy ready(m_view.get(), &ui::PdfView::documentReady);
    auto document = openPdf(m_sample);
    QVERIFY(document);
    m_view->setDocument(document);
    QTRY_COMPARE(ready.count(), 1);
    QTRY_VERIFY(std::any_of(rendered.cbegin(), rendered.cend(),
                            [](const QList<QVariant> &args) { return args.at(0).toInt() == 0; }));
    focusPages();
}

void TestPdfView::opensAndRendersTheFirstPage()
{
    openSample();
    QCOMPARE(m_view->pageCount(), 5);
    QCOMPARE(m_view->currentPage(), 0);
    auto *spin = m_view->findChild<QSpinBox *>(QStringLiteral("pageSpin"));
    QVERIFY(spin);
    QCOMPARE(spin->maximum(), 5);
    QCOMPARE(spin->value(), 1);
    auto *count = m_view->findChild<QLabel *>(QStringLiteral("pageCountLabel"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("of 5"));
    QVERIFY(action("fitWidthAction")->isEnabled());

    // The rendered page is painted, not the grey stand-in: the page's black frame and text show.
    QVERIFY(showsInk(m_view->pagesView()->viewport(), m_view->pagesView()->pageRect(0)));

    // The thumbnail strip has a row per page; choosing one goes there.
    auto *thumbnails = m_view->findChild<QListView *>(QStringLiteral("pdfThumbnails"));
    QVERIFY(thumbnails);
    QCOMPARE(thumbnails->model()->rowCount(), 5);
    // Painting the strip asks for the thumbnails; a rendered one has text, darker than the blank's frame.
    auto darkest = [thumbnails](int row) {
        const QImage image = thumbnails->model()->index(row, 0).data(Qt::DecorationRole).value<QImage>();
        int gray = 255;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                gray = std::min(gray, qGray(image.pixel(x, y)));
        }
        return gray;
    };
    QTRY_VERIFY(darkest(1) < 150);
    thumbnails->setCurrentIndex(thumbnails->model()->index(3, 0));
    QCOMPARE(m_view->currentPage(), 3);

    // Clearing shows no pages and disables the actions.
    m_view->clear();
    QCOMPARE(m_view->pageCount(), 0);
    QVERIFY(!action("printAction")->isEnabled());
}

void TestPdfView::zoomModesAndPercent()
{
    openSample();
    QSignalSpy zoomed(m_view.get(), &ui::PdfView::zoomChanged);
    QCOMPARE(m_view->zoomMode(), PdfPagesView::ZoomMode::FitWidth);
    const double fitWidth = m_view->zoom();
    const QRect widthRect = m_view->pagesView()->pageRect(0);
    QVERIFY(widthRect.width() > m_view->pagesView()->viewport()->width() - 40);

    action("fitPageAction")->trigger();
    QCOMPARE(m_view->zoomMode(), PdfPagesView::ZoomMode::FitPage);
    QVERIFY(m_view->zoom() < fitWidth);  // an A4 page in a landscape window
    QVERIFY(m_view->pagesView()->pageRect(0).height() <= m_view->pagesView()->viewport()->height());
    QVERIFY(zoomed.count() >= 1);

    // A percentage typed into the zoom box.
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("zoomCombo"));
    QVERIFY(combo);
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("150"));
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_view->zoomMode(), PdfPagesView::ZoomMode::Percent);
    QCOMPARE(m_view->zoom(), 1.5);
    QCOMPARE(zoomed.last().at(0).toDouble(), 1.5);

    m_view->setZoom(10.0);  // clamped
    QCOMPARE(m_view->zoom(), PdfPagesView::maxZoom);
    m_view->setZoom(0.01);
    QCOMPARE(m_view->zoom(), PdfPagesView::minZoom);

    action("fitWidthAction")->trigger();
    QCOMPARE(m_view->zoom(), fitWidth);
}

void TestPdfView::ctrlWheelAndKeysZoom()
{
    openSample();
    m_view->setZoom(1.0);
    QWidget *viewport = m_view->pagesView()->viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &wheel);
    QVERIFY(m_view->zoom() > 1.0);
    const double afterWheel = m_view->zoom();

    // Without Ctrl the wheel scrolls and leaves the zoom alone.
    const int scrolled = m_view->pagesView()->verticalScrollBar()->value();
    QWheelEvent scroll(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &scroll);
    QCOMPARE(m_view->zoom(), afterWheel);
    QVERIFY(m_view->pagesView()->verticalScrollBar()->value() > scrolled);

    focusPages();
    QTest::keyClick(pages(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_view->zoom() < afterWheel);
    const double afterMinus = m_view->zoom();
    QTest::keyClick(pages(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(m_view->zoom() > afterMinus);
}

void TestPdfView::goToPageScrolls()
{
    openSample();
    action("fitWidthAction")->trigger();
    QSignalSpy changed(m_view.get(), &ui::PdfView::pageChanged);
    QTest::keyClick(pages(), Qt::Key_G, Qt::ControlModifier);
    auto *spin = m_view->findChild<QSpinBox *>(QStringLiteral("pageSpin"));
    QTRY_VERIFY(spin->hasFocus());
    QTest::keyClicks(spin, QStringLiteral("3"));
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toInt(), 2);  // 0-based
    QCOMPARE(m_view->currentPage(), 2);
    const QRect page = m_view->pagesView()->pageRect(2);
    QVERIFY(page.top() >= 0 && page.top() < 40);

    // Back to the pages, and the rendered page arrives for the new place.
    QTRY_VERIFY(pages()->hasFocus());
    m_view->goToPage(0);
    QCOMPARE(changed.last().at(0).toInt(), 0);
}

void TestPdfView::keyboardMovesThroughPages()
{
    openSample();
    QScrollBar *bar = m_view->pagesView()->verticalScrollBar();
    QCOMPARE(bar->value(), 0);
    QTest::keyClick(pages(), Qt::Key_PageDown);
    QVERIFY(bar->value() > 0);
    const int paged = bar->value();
    QTest::keyClick(pages(), Qt::Key_Down);
    QVERIFY(bar->value() > paged);
    QTest::keyClick(pages(), Qt::Key_Up);
    QCOMPARE(bar->value(), paged);
    QTest::keyClick(pages(), Qt::Key_PageUp);
    QCOMPARE(bar->value(), 0);
    QTest::keyClick(pages(), Qt::Key_End);
    QCOMPARE(m_view->currentPage(), 4);
    QCOMPARE(bar->value(), bar->maximum());
    QTest::keyClick(pages(), Qt::Key_Home);
    QCOMPARE(m_view->currentPage(), 0);
    QCOMPARE(bar->value(), 0);
}

void TestPdfView::findsHighlightsAndSteps()
{
    openSample();
    QSignalSpy finished(m_view.get(), &ui::PdfView::findFinished);
    QTest::keyClick(pages(), Qt::Key_F, Qt::ControlModifier);
    auto *edit = m_view->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible() && edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("Wohngeldbescheid"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QCOMPARE(m_view->hits().size(), 2);
    QCOMPARE(m_view->hits().at(0).page, 2);
    QCOMPARE(m_view->hits().at(1).page, 4);
    // The view went to the first hit by itself.
    QCOMPARE(m_view->currentHit(), 0);
    QCOMPARE(m_view->currentPage(), 2);
    auto *status = m_view->findChild<QLabel *>(QStringLiteral("findStatus"));
    QCOMPARE(status->text(), QStringLiteral("1 of 2"));

    focusPages();
    QTest::keyClick(pages(), Qt::Key_F3);
    QCOMPARE(m_view->currentHit(), 1);
    QCOMPARE(m_view->currentPage(), 4);
    QCOMPARE(status->text(), QStringLiteral("2 of 2"));
    QTest::keyClick(pages(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_view->currentPage(), 2);
    QCOMPARE(status->text(), QStringLiteral("1 of 2"));
    // The hit is on screen.
    const QRectF hit = m_view->pagesView()->mapFromPage(2, m_view->hits().at(0).area);
    QVERIFY(m_view->pagesView()->viewport()->rect().contains(hit.toRect()));

    if (qEnvironmentVariableIsSet("AKTENWERK_PDFVIEW_SCREENSHOT")) {
        QTest::qWait(500);
        m_view->grab().save(qEnvironmentVariable("AKTENWERK_PDFVIEW_SCREENSHOT"));
    }

    // A word that is not there.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Kindergeld"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.last().at(0).toInt(), 0);
    QCOMPARE(status->text(), QStringLiteral("No matches"));

    // Escape closes the bar and removes the highlights.
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!edit->isVisible());
    QVERIFY(m_view->hits().isEmpty());
}

void TestPdfView::rotationSwapsPageGeometry()
{
    openSample();
    action("fitPageAction")->trigger();
    const QRect upright = m_view->pagesView()->pageRect(0);
    QVERIFY(upright.height() > upright.width());
    QTest::keyClick(pages(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_view->rotation(), 90);
    QSignalSpy rendered(m_view.get(), &ui::PdfView::pageRendered);
    const QRect turned = m_view->pagesView()->pageRect(0);
    QVERIFY(turned.width() > turned.height());
    QTRY_VERIFY(!rendered.isEmpty());  // the turned page is rendered anew

    // A hit still lands inside its page when turned.
    m_view->search(QStringLiteral("Wohngeldbescheid"));
    QSignalSpy finished(m_view.get(), &ui::PdfView::findFinished);
    QTRY_COMPARE(finished.count(), 1);
    const QRectF hit = m_view->pagesView()->mapFromPage(2, m_view->hits().at(0).area);
    QVERIFY(QRectF(m_view->pagesView()->pageRect(2)).contains(hit));
    QVERIFY(hit.height() > hit.width());  // a horizontal word stands upright when turned
    // The highlight lies on the word in the turned rendering (both turn the same way).
    QTRY_VERIFY(showsInk(m_view->pagesView()->viewport(), hit.toAlignedRect()));
    QVERIFY(
        !showsInk(m_view->pagesView()->viewport(),
                  m_view->pagesView()->mapFromPage(2, m_view->hits().at(0).area.translated(0, 60)).toAlignedRect()));

    QTest::keyClick(pages(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_view->rotation(), 0);
    QTest::keyClick(pages(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_view->rotation(), 270);
    const QRect back = m_view->pagesView()->pageRect(0);
    QVERIFY(back.width() > back.height());
}

void TestPdfView::copiesTheSelectedText()
{
    openSample();
    QApplication::clipboard()->clear();
    QSignalSpy finished(m_view.get(), &ui::PdfView::findFinished);
    m_view->search(QStringLiteral("Wohngeldbescheid"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_view->currentPage(), 2);
    QVERIFY(!action("copyAction")->isEnabled());

    // Drag a rubber band round the hit.
    const QRect area =
        m_view->pagesView()->mapFromPage(2, m_view->hits().at(0).area).toAlignedRect().adjusted(-4, -4, 4, 4);
    QWidget *viewport = m_view->pagesView()->viewport();
    QVERIFY(viewport->rect().contains(area));
    auto send = [viewport](QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(at), QPointF(viewport->mapToGlobal(at)), button, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &event);
    };
    send(QEvent::MouseButtonPress, area.topLeft(), Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, area.center(), Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseMove, area.bottomRight(), Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, area.bottomRight(), Qt::LeftButton, Qt::NoButton);
    QVERIFY(m_view->pagesView()->hasSelection());
    QVERIFY(action("copyAction")->isEnabled());

    focusPages();
    QTest::keyClick(pages(), Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::clipboard()->text(), QStringLiteral("Wohngeldbescheid"));

    // A click without dragging drops the selection.
    send(QEvent::MouseButtonPress, area.center(), Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, area.center(), Qt::LeftButton, Qt::NoButton);
    QVERIFY(!m_view->pagesView()->hasSelection());
    QVERIFY(!action("copyAction")->isEnabled());
}

void TestPdfView::printsToAPdfFile()
{
    openSample();
    const QString output = m_dir->file(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(output);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QSignalSpy printed(m_view.get(), &ui::PdfView::printFinished);
    m_view->print(&printer);
    QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 30000);
    QCOMPARE(printed.first().at(0).toBool(), true);
    QVERIFY(QFileInfo(output).size() > 0);
    auto copy = openPdf(output);
    QVERIFY(copy);
    QCOMPARE(copy->pageCount(), 5);
    QVERIFY(!copy->render(0, 0.5).isNull());

    // A page range.
    const QString range = m_dir->file(QStringLiteral("range.pdf"));
    QPrinter part(QPrinter::HighResolution);
    part.setOutputFormat(QPrinter::PdfFormat);
    part.setOutputFileName(range);
    part.setPrintRange(QPrinter::PageRange);
    part.setFromTo(2, 3);
    m_view->print(&part);
    QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 2, 30000);
    QCOMPARE(printed.last().at(0).toBool(), true);
    auto partCopy = openPdf(range);
    QVERIFY(partCopy);
    QCOMPARE(partCopy->pageCount(), 2);
}

void TestPdfView::interactiveWidgetsHaveNames()
{
    openSample();
    QTest::keyClick(pages(), Qt::Key_F, Qt::ControlModifier);  // the find bar too
    int checked = 0;
    for (QWidget *w : m_view->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractScrollArea *>(w->parentWidget()))
            continue;
        ++checked;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(checked >= 8);
    // Every action has a name and a keyboard path.
    const QList<QAction *> actions = m_view->actions();
    QVERIFY(actions.size() >= 10);
    for (QAction *a : actions) {
        QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
        QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
    }
    // The tool bar's buttons carry names as well.
    for (const char *name : {"fitWidthActionButton", "fitPageActionButton", "zoomInActionButton", "zoomOutActionButton",
                             "rotateRightActionButton", "findActionButton", "printActionButton", "copyActionButton"}) {
        auto *button = m_view->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->accessibleName().isEmpty(), name);
    }
}

void TestPdfView::thousandsOfPagesStayResponsive()
{
    const QString big = m_dir->file(QStringLiteral("big.pdf"));
    writePdf(big, 2000);
    auto document = openPdf(big);
    QVERIFY(document);
    QCOMPARE(document->pageCount(), 2000);

    // A timer on the GUI thread counts its ticks and the longest gap between two.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
        ++ticks;
    });
    timer.start();

    QSignalSpy ready(m_view.get(), &ui::PdfView::documentReady);
    QSignalSpy rendered(m_view.get(), &ui::PdfView::pageRendered);
    m_view->setDocument(document);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    QCOMPARE(m_view->pageCount(), 2000);
    // No widget per page.
    QVERIFY(m_view->findChildren<QWidget *>().size() < 100);

    focusPages();
    QTest::keyClick(pages(), Qt::Key_End);
    QCOMPARE(m_view->currentPage(), 1999);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(rendered.cbegin(), rendered.cend(),
                                         [](const QList<QVariant> &args) { return args.at(0).toInt() == 1999; }),
                             60000);
    // Scroll back up page by page for a while: the loop keeps turning.
    for (int i = 0; i < 50; ++i) {
        QTest::keyClick(pages(), Qt::Key_PageUp);
        QCoreApplication::processEvents();
    }
    QVERIFY(m_view->currentPage() < 1999);
    m_view->search(QStringLiteral("Wohngeldbescheid"));
    QSignalSpy found(m_view.get(), &ui::PdfView::findFinished);
    QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 120000);
    QCOMPARE(found.first().at(0).toInt(), 2);
    timer.stop();
    QVERIFY(ticks > 10);
    QVERIFY2(longestGap < 2000, qPrintable(QString::number(longestGap)));
}

QTEST_MAIN(TestPdfView)
#include "tst_pdfview.moc"
