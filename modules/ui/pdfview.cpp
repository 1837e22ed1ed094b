// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pdfview.h"

#include "documents/pdfdocument.h"
#include "ui/pdffindbar.h"
#include "ui/pdfprintjob.h"
#include "ui/pdfthumbnailmodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPrintDialog>
#include <QPrinter>
#include <QSpinBox>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace aw::ui {

namespace {

constexpr int kZoomPercents[] = {25, 50, 75, 100, 125, 150, 200, 300, 400};
constexpr int kFitWidthItem = 0;
constexpr int kFitPageItem = 1;

}  // namespace

PdfView::PdfView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new PdfPagesView(this))
    , m_thumbnailModel(new PdfThumbnailModel(this))
    , m_thumbnails(new QListView(this))
    , m_splitter(new QSplitter(this))
    , m_toolBar(new QToolBar(this))
    , m_pageSpin(new QSpinBox(this))
    , m_pageCountLabel(new QLabel(this))
    , m_zoomCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("pdfView"));
    setAccessibleName(tr("PDF viewer"));

    m_thumbnails->setObjectName(QStringLiteral("pdfThumbnails"));
    m_thumbnails->setAccessibleName(tr("Page thumbnails"));
    m_thumbnails->setModel(m_thumbnailModel);
    // Icon mode for the number under the picture; static movement keeps the cheap list layout,
    // and uniform sizes keep it cheap for thousands of pages.
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setIconSize(m_thumbnailModel->thumbnailBox());
    m_thumbnails->setSpacing(6);
    m_thumbnails->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thumbnails->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const int thumbnailWidth = m_thumbnailModel->thumbnailBox().width() + 48;
    m_thumbnails->setMinimumWidth(thumbnailWidth / 2);

    m_splitter->setObjectName(QStringLiteral("pdfSplitter"));
    m_splitter->addWidget(m_thumbnails);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({thumbnailWidth, 10 * thumbnailWidth});

    createActions();
    m_findBar = new PdfFindBar(m_findPreviousAction, m_findNextAction, this);
    m_findBar->hide();
    createToolBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_pages);
    setTabOrder(m_pages, m_thumbnails);

    connect(m_pages, &PdfPagesView::documentReady, this, &PdfView::onDocumentReady);
    connect(m_pages, &PdfPagesView::pageChanged, this, &PdfView::onPageChanged);
    connect(m_pages, &PdfPagesView::zoomChanged, this, &PdfView::onZoomChanged);
    connect(m_pages, &PdfPagesView::pageRendered, this, &PdfView::pageRendered);
    connect(m_pages, &PdfPagesView::rotationChanged, m_thumbnailModel, &PdfThumbnailModel::setRotation);
    connect(m_pages, &PdfPagesView::selectionChanged, m_copyAction, &QAction::setEnabled);
    connect(m_thumbnails->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing && current.isValid())
                    m_pages->goToPage(current.row());
            });
    connect(m_findBar, &PdfFindBar::searchRequested, this, &PdfView::search);
    connect(m_findBar, &PdfFindBar::nextRequested, this, &PdfView::findNext);
    connect(m_findBar, &PdfFindBar::closed, this, [this] {
        cancelSearch();
        m_hits.clear();
        m_currentHit = -1;
        m_needle.clear();
        m_pages->setHits({}, -1);
        m_pages->setFocus();
    });
    updateActions();
}

PdfView::~PdfView()
{
    cancelSearch();
    if (m_printJob)
        m_printJob->cancel();
}

QAction *PdfView::addViewAction(const QString &name, const QString &text, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    // Active while the focus is anywhere in the viewer, so that several viewers can coexist.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!shortcuts.isEmpty())
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                             shortcuts.first().toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

void PdfView::createActions()
{
    m_zoomInAction = addViewAction(QStringLiteral("zoomInAction"), tr("Zoom &In"),
                                   {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = addViewAction(QStringLiteral("zoomOutAction"), tr("Zoom &Out"), {QKeySequence::ZoomOut});
    m_fitWidthAction =
        addViewAction(QStringLiteral("fitWidthAction"), tr("Fit &Width"), {QKeySequence(Qt::CTRL | Qt::Key_1)});
    m_fitPageAction =
        addViewAction(QStringLiteral("fitPageAction"), tr("Fit &Page"), {QKeySequence(Qt::CTRL | Qt::Key_2)});
    m_fitWidthAction->setCheckable(true);
    m_fitPageAction->setCheckable(true);
    m_rotateRightAction =
        addViewAction(QStringLiteral("rotateRightAction"), tr("Rotate &Right"), {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_rotateLeftAction = addViewAction(QStringLiteral("rotateLeftAction"), tr("Rotate &Left"),
                                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    // F3 and Shift+F3 spelled out: the platform's FindNext may also mean Ctrl+G, which is go to page here.
    m_findAction = addViewAction(QStringLiteral("findAction"), tr("&Find …"), {QKeySequence::Find});
    m_findNextAction = addViewAction(QStringLiteral("findNextAction"), tr("Find &Next"), {QKeySequence(Qt::Key_F3)});
    m_findPreviousAction = addViewAction(QStringLiteral("findPreviousAction"), tr("Find Pre&vious"),
                                         {QKeySequence(Qt::SHIFT | Qt::Key_F3)});
    m_goToPageAction =
        addViewAction(QStringLiteral("goToPageAction"), tr("&Go to Page …"), {QKeySequence(Qt::CTRL | Qt::Key_G)});
    m_printAction = addViewAction(QStringLiteral("printAction"), tr("&Print …"), {QKeySequence::Print});
    m_copyAction = addViewAction(QStringLiteral("copyAction"), tr("&Copy"), {QKeySequence::Copy});
    m_thumbnailsAction =
        addViewAction(QStringLiteral("thumbnailsAction"), tr("&Thumbnails"), {QKeySequence(Qt::Key_F7)});
    m_thumbnailsAction->setCheckable(true);
    m_thumbnailsAction->setChecked(true);

    connect(m_zoomInAction, &QAction::triggered, m_pages, &PdfPagesView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_pages, &PdfPagesView::zoomOut);
    connect(m_fitWidthAction, &QAction::triggered, this, [this] { setZoomMode(PdfPagesView::ZoomMode::FitWidth); });
    connect(m_fitPageAction, &QAction::triggered, this, [this] { setZoomMode(PdfPagesView::ZoomMode::FitPage); });
    connect(m_rotateRightAction, &QAction::triggered, m_pages, [this] { m_pages->setRotation(rotation() + 90); });
    connect(m_rotateLeftAction, &QAction::triggered, m_pages, [this] { m_pages->setRotation(rotation() - 90); });
    connect(m_findAction, &QAction::triggered, this, [this] { m_findBar->activate(); });
    connect(m_findNextAction, &QAction::triggered, this, &PdfView::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &PdfView::findPrevious);
    connect(m_goToPageAction, &QAction::triggered, this, [this] {
        m_pageSpin->setFocus(Qt::ShortcutFocusReason);
        m_pageSpin->selectAll();
    });
    connect(m_printAction, &QAction::triggered, this, &PdfView::printWithDialog);
    connect(m_copyAction, &QAction::triggered, m_pages, &PdfPagesView::copySelection);
    connect(m_thumbnailsAction, &QAction::toggled, m_thumbnails, &QWidget::setVisible);
}

void PdfView::createToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("pdfToolBar"));
    m_toolBar->setAccessibleName(tr("PDF tools"));
    m_toolBar->setIconSize({16, 16});
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_pageSpin->setObjectName(QStringLiteral("pageSpin"));
    m_pageSpin->setAccessibleName(tr("Page"));
    m_pageSpin->setToolTip(tr("Go to page (%1)").arg(m_goToPageAction->shortcut().toString(QKeySequence::NativeText)));
    m_pageSpin->setKeyboardTracking(false);
    m_pageSpin->setRange(0, 0);
    if (auto *edit = m_pageSpin->findChild<QLineEdit *>())
        edit->setAccessibleName(tr("Page"));
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_syncing && value > 0)
            m_pages->goToPage(value - 1);
    });
    connect(m_pageSpin, &QSpinBox::editingFinished, m_pages, [this] { m_pages->setFocus(); });
    m_pageCountLabel->setObjectName(QStringLiteral("pageCountLabel"));

    m_zoomCombo->setObjectName(QStringLiteral("zoomCombo"));
    m_zoomCombo->setAccessibleName(tr("Zoom"));
    m_zoomCombo->setEditable(true);
    m_zoomCombo->setInsertPolicy(QComboBox::NoInsert);
    m_zoomCombo->addItem(tr("Fit width"));
    m_zoomCombo->addItem(tr("Fit page"));
    for (int percent : kZoomPercents)
        m_zoomCombo->addItem(tr("%1 %").arg(percent));
    m_zoomCombo->lineEdit()->setObjectName(QStringLiteral("zoomEdit"));
    m_zoomCombo->lineEdit()->setAccessibleName(tr("Zoom"));
    m_zoomCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_zoomCombo->view()->setObjectName(QStringLiteral("zoomList"));
    m_zoomCombo->view()->setAccessibleName(tr("Zoom levels"));
    connect(m_zoomCombo, &QComboBox::textActivated, this, &PdfView::onZoomText);
    // With NoInsert the combo box says nothing about a typed value that is not in its list.
    connect(m_zoomCombo->lineEdit(), &QLineEdit::returnPressed, this,
            [this] { onZoomText(m_zoomCombo->lineEdit()->text()); });

    m_toolBar->addAction(m_thumbnailsAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_pageSpin);
    m_toolBar->addWidget(m_pageCountLabel);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addWidget(m_zoomCombo);
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addAction(m_fitWidthAction);
    m_toolBar->addAction(m_fitPageAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_rotateLeftAction);
    m_toolBar->addAction(m_rotateRightAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_findAction);
    m_toolBar->addAction(m_copyAction);
    m_toolBar->addAction(m_printAction);
    // The buttons the tool bar makes for actions get names too, for tests and screen readers.
    for (QAction *action : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(action); qobject_cast<QToolButton *>(button)) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
        }
    }
}

void PdfView::setDocument(std::shared_ptr<documents::PdfDocument> document)
{
    cancelSearch();
    m_hits.clear();
    m_currentHit = -1;
    m_needle.clear();
    m_findBar->setStatus({});
    m_document = std::move(document);
    m_thumbnailModel->setDocument(nullptr, {});
    {
        const QSignalBlocker blocker(m_pageSpin);
        m_pageSpin->setRange(0, 0);
    }
    m_pageCountLabel->clear();
    m_pages->setDocument(m_document);
    updateActions();
}

void PdfView::clear()
{
    setDocument(nullptr);
}

int PdfView::pageCount() const
{
    return m_pages->pageCount();
}

int PdfView::currentPage() const
{
    return m_pages->currentPage();
}

void PdfView::goToPage(int page)
{
    m_pages->goToPage(page);
}

double PdfView::zoom() const
{
    return m_pages->zoom();
}

PdfPagesView::ZoomMode PdfView::zoomMode() const
{
    return m_pages->zoomMode();
}

void PdfView::setZoomMode(PdfPagesView::ZoomMode mode)
{
    m_pages->setZoomMode(mode);
    onZoomChanged();  // the mode may change without the factor
}

void PdfView::setZoom(double zoom)
{
    m_pages->setZoom(zoom);
}

int PdfView::rotation() const
{
    return m_pages->rotation();
}

void PdfView::onDocumentReady(int pages)
{
    {
        const QSignalBlocker blocker(m_pageSpin);
        m_pageSpin->setRange(pages > 0 ? 1 : 0, pages);
        m_pageSpin->setValue(pages > 0 ? 1 : 0);
    }
    m_pageCountLabel->setText(tr("of %1").arg(pages));
    m_thumbnailModel->setDocument(m_document, m_pages->pageSizes());
    m_thumbnailModel->setRotation(m_pages->rotation());
    updateActions();
    Q_EMIT documentReady(pages);
}

void PdfView::onPageChanged(int page)
{
    m_syncing = true;
    m_pageSpin->setValue(page + 1);
    const QModelIndex index = m_thumbnailModel->index(page);
    m_thumbnails->setCurrentIndex(index);
    m_thumbnails->scrollTo(index);
    m_syncing = false;
    Q_EMIT pageChanged(page);
}

void PdfView::onZoomChanged()
{
    const QSignalBlocker blocker(m_zoomCombo);
    const auto mode = m_pages->zoomMode();
    m_fitWidthAction->setChecked(mode == PdfPagesView::ZoomMode::FitWidth);
    m_fitPageAction->setChecked(mode == PdfPagesView::ZoomMode::FitPage);
    if (mode == PdfPagesView::ZoomMode::FitWidth) {
        m_zoomCombo->setCurrentIndex(kFitWidthItem);
    } else if (mode == PdfPagesView::ZoomMode::FitPage) {
        m_zoomCombo->setCurrentIndex(kFitPageItem);
    } else {
        m_zoomCombo->setCurrentIndex(-1);
        m_zoomCombo->setEditText(tr("%1 %").arg(qRound(m_pages->zoom() * 100)));
    }
    m_zoomCombo->setToolTip(tr("Zoom: %1 %").arg(qRound(m_pages->zoom() * 100)));
    m_zoomInAction->setEnabled(m_document && m_pages->zoom() < PdfPagesView::maxZoom - 1e-6);
    m_zoomOutAction->setEnabled(m_document && m_pages->zoom() > PdfPagesView::minZoom + 1e-6);
    Q_EMIT zoomChanged(m_pages->zoom());
}

void PdfView::onZoomText(const QString &text)
{
    if (text == m_zoomCombo->itemText(kFitWidthItem)) {
        setZoomMode(PdfPagesView::ZoomMode::FitWidth);
    } else if (text == m_zoomCombo->itemText(kFitPageItem)) {
        setZoomMode(PdfPagesView::ZoomMode::FitPage);
    } else {
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        bool ok = false;
        const int percent = digits.toInt(&ok);
        if (ok && percent > 0)
            setZoom(percent / 100.0);
        else
            onZoomChanged();  // back to what is shown
    }
    m_pages->setFocus();
}

void PdfView::updateActions()
{
    const bool open = m_document != nullptr && m_pages->isReady();
    for (QAction *action : actions())
        action->setEnabled(open);
    m_thumbnailsAction->setEnabled(true);
    m_copyAction->setEnabled(open && m_pages->hasSelection());
    m_printAction->setEnabled(open && !m_printJob);
    m_pageSpin->setEnabled(open);
    m_zoomCombo->setEnabled(open);
    if (open)
        onZoomChanged();
}

void PdfView::printWithDialog()
{
    if (!m_document || m_printJob)
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setObjectName(QStringLiteral("pdfPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinMax(1, pageCount());
    dialog->setOption(QAbstractPrintDialog::PrintPageRange);
    dialog->setOption(QAbstractPrintDialog::PrintCurrentPage);
    connect(dialog, &QDialog::accepted, this, [this] { print(m_printer.get()); });
    dialog->open();
}

void PdfView::print(QPrinter *printer)
{
    if (!m_document || !m_pages->isReady() || m_printJob) {
        Q_EMIT printFinished(false);
        return;
    }
    int first = 0;
    int last = pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = std::clamp(printer->fromPage() - 1, 0, last);
        last = std::clamp(printer->toPage() > 0 ? printer->toPage() - 1 : last, first, last);
    } else if (printer->printRange() == QPrinter::CurrentPage) {
        first = last = currentPage();
    }
    QList<int> pages;
    for (int page = first; page <= last; ++page)
        pages.append(page);
    printer->setDocName(tr("PDF document"));
    m_printJob = new PdfPrintJob(m_document, printer, pages, this);
    connect(m_printJob, &PdfPrintJob::finished, this, [this](bool ok) {
        m_printAction->setEnabled(m_document != nullptr);
        Q_EMIT printFinished(ok);
    });
    m_printAction->setEnabled(false);
    m_printJob->start();
}

}  // namespace aw::ui
