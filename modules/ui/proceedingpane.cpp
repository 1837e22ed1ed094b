// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proceedingpane.h"

#include "casework/proceedingservice.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "ui/importcontroller.h"
#include "ui/proceedingmodel.h"
#include "ui/sortproxy.h"
#include "ui/storeworker.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace aw::ui {

using core::Result;

namespace {

struct ProceedingList
{
    QList<storage::Proceeding> proceedings;
    QHash<QString, QString> names;
};

constexpr int ContentsPrecision = 100;

void setUpTable(QTableView *view, int stretchColumn)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);  // Tab moves on to the next pane, arrows move within
    view->setTextElideMode(Qt::ElideRight);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns fit the first rows, not all of them: a proceeding of 10,000 documents would
    // otherwise format every date twice on the GUI thread.
    view->horizontalHeader()->setResizeContentsPrecision(ContentsPrecision);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->setAcceptDrops(true);
    view->viewport()->setAcceptDrops(true);
}

}  // namespace

ProceedingPane::ProceedingPane(std::shared_ptr<storage::Store> store, QString userId, ImportController *importer,
                               QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_importer(importer)
    , m_proceedings(new ProceedingModel(this))
    , m_proceedingOrder(new SortProxy(this))
    , m_documents(new DocumentModel(m_store, m_userId, this))
    , m_proceedingView(new QTableView(this))
    , m_documentView(new QTableView(this))
    , m_proceedingFilter(new QLineEdit(this))
    , m_documentFilter(new QLineEdit(this))
    , m_documentCount(new QLabel(this))
    , m_documentFilterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("proceedingPane"));
    m_proceedingOrder->setSourceModel(m_proceedings);
    m_proceedingView->setObjectName(QStringLiteral("proceedingView"));
    m_proceedingView->setAccessibleName(tr("Proceedings"));
    m_proceedingView->setModel(m_proceedingOrder);
    setUpTable(m_proceedingView, ProceedingModel::Subject);
    m_proceedingView->horizontalHeader()->setSortIndicator(ProceedingModel::Reference, Qt::AscendingOrder);
    m_proceedingView->setSortingEnabled(true);
    m_documentView->setObjectName(QStringLiteral("documentView"));
    m_documentView->setAccessibleName(tr("Documents"));
    m_documentView->setModel(m_documents);
    setUpTable(m_documentView, DocumentModel::Title);
    // File names and remarks can be long: they get a fixed share (the user may widen them), so the
    // title keeps the room.
    const int character = m_documentView->fontMetrics().averageCharWidth();
    for (const auto &[column, characters] :
         {std::pair{DocumentModel::File, 18}, std::pair{DocumentModel::Remark, 12}}) {
        m_documentView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_documentView->horizontalHeader()->resizeSection(column, characters * character);
    }
    // The store sorts: a header click reads the documents again in that order.
    m_documentView->horizontalHeader()->setSortIndicator(DocumentModel::Received, Qt::AscendingOrder);
    m_documentView->setSortingEnabled(true);
    m_proceedingView->viewport()->installEventFilter(this);
    m_documentView->viewport()->installEventFilter(this);

    m_proceedingFilter->setObjectName(QStringLiteral("proceedingFilter"));
    m_proceedingFilter->setAccessibleName(tr("Filter proceedings"));
    m_proceedingFilter->setPlaceholderText(tr("Filter by reference, subject, assignee …"));
    m_proceedingFilter->setClearButtonEnabled(true);
    connect(m_proceedingFilter, &QLineEdit::textChanged, m_proceedingOrder, &SortProxy::setFilterFixedString);
    m_documentFilter->setObjectName(QStringLiteral("documentFilter"));
    m_documentFilter->setAccessibleName(tr("Filter documents"));
    m_documentFilter->setPlaceholderText(tr("Filter by title or file name …"));
    m_documentFilter->setClearButtonEnabled(true);
    m_documentCount->setObjectName(QStringLiteral("documentCount"));
    // Typing reads the list once the typing pauses, not at every key.
    m_documentFilterDelay->setSingleShot(true);
    m_documentFilterDelay->setInterval(250);
    connect(m_documentFilter, &QLineEdit::textChanged, m_documentFilterDelay, qOverload<>(&QTimer::start));
    connect(m_documentFilterDelay, &QTimer::timeout, this,
            [this] { m_documents->setFilter(m_documentFilter->text()); });

    auto *proceedingBox = new QWidget(this);
    auto *proceedingLayout = new QVBoxLayout(proceedingBox);
    proceedingLayout->setContentsMargins(0, 0, 0, 0);
    proceedingLayout->addWidget(m_proceedingFilter);
    proceedingLayout->addWidget(m_proceedingView);
    auto *documentBox = new QWidget(this);
    auto *documentLayout = new QVBoxLayout(documentBox);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    auto *documentBar = new QHBoxLayout;
    documentBar->addWidget(m_documentFilter, 1);
    documentBar->addWidget(m_documentCount);
    documentLayout->addLayout(documentBar);
    documentLayout->addWidget(m_documentView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("proceedingSplitter"));
    splitter->addWidget(proceedingBox);
    splitter->addWidget(documentBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_proceedingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.isValid() ? proceedingAt(current).id : QString();
                if (id == m_documents->proceedingId())
                    return;  // the same proceeding after a new sort or filter
                Q_EMIT currentProceedingChanged();
                loadDocuments(id);
            });
    connect(m_documentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT documentSelected(m_documents->row(current.row()));
            });
    connect(m_documents, &DocumentModel::loaded, this, [this](int total) {
        showDocumentCount();
        Q_EMIT documentsLoaded(total);
    });
    connect(m_documents, &DocumentModel::fetched, this, &ProceedingPane::showDocumentCount);
    connect(m_documents, &DocumentModel::failed, this, &ProceedingPane::failed);
    connect(m_importer, &ImportController::finished, this, [this](const QString &proceedingId) {
        if (proceedingId == currentProceedingId())
            m_documents->reload();
    });
}

const storage::Proceeding &ProceedingPane::proceedingAt(const QModelIndex &viewIndex) const
{
    return m_proceedings->proceeding(m_proceedingOrder->mapToSource(viewIndex).row());
}

void ProceedingPane::showDocumentCount()
{
    const int total = m_documents->total();
    if (total < 0)
        m_documentCount->setText(tr("reading …"));
    else if (m_documents->filter().trimmed().isEmpty())
        m_documentCount->setText(tr("%n document(s)", nullptr, total));
    else
        m_documentCount->setText(tr("%n match(es)", nullptr, total));
}

void ProceedingPane::clear()
{
    ++m_proceedingRequest;
    m_proceedings->setProceedings({}, {});
    loadDocuments({});
    Q_EMIT currentProceedingChanged();
}

QString ProceedingPane::currentProceedingId() const
{
    const QModelIndex current = m_proceedingView->currentIndex();
    return current.isValid() ? proceedingAt(current).id : QString();
}

QString ProceedingPane::currentProceedingReference() const
{
    const QModelIndex current = m_proceedingView->currentIndex();
    return current.isValid() ? proceedingAt(current).reference : QString();
}

std::optional<storage::Proceeding> ProceedingPane::currentProceeding() const
{
    const QModelIndex current = m_proceedingView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return proceedingAt(current);
}

void ProceedingPane::showCaseFile(const QString &caseFileId)
{
    clear();
    const quint64 request = ++m_proceedingRequest;
    runOnStore<ProceedingList>(
        this, m_store,
        [caseFileId, userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<ProceedingList> {
            auto list = userId.isEmpty() ? storage::ProceedingRepository(store->connection()).byCaseFile(caseFileId)
                                         : casework::ProceedingService({store, userId}).listForCaseFile(caseFileId);
            if (!list)
                return list.error();
            auto users = storage::OrgRepository(store->connection()).users();
            if (!users)
                return users.error();
            ProceedingList out{list.value(), {}};
            for (const storage::User &u : users.value())
                out.names.insert(u.id, u.displayName);
            return out;
        },
        [this, request](const Result<ProceedingList> &list) {
            if (request != m_proceedingRequest)
                return;
            if (!list) {
                Q_EMIT failed(list.error().message);
                return;
            }
            m_proceedings->setProceedings(list->proceedings, list->names);
            int row = 0;
            for (int i = 0; i < list->proceedings.size(); ++i)
                if (list->proceedings.at(i).id == m_preselect)
                    row = i;
            m_preselect.clear();
            if (!list->proceedings.isEmpty()) {
                QModelIndex at = m_proceedingOrder->mapFromSource(m_proceedings->index(row, 0));
                if (!at.isValid()) {  // the filter hides the one asked for: show all
                    m_proceedingFilter->clear();
                    at = m_proceedingOrder->mapFromSource(m_proceedings->index(row, 0));
                }
                m_proceedingView->setCurrentIndex(at);
            }
            Q_EMIT proceedingsLoaded(int(list->proceedings.size()));
        });
}

void ProceedingPane::reloadDocuments()
{
    m_documents->reload();
}

void ProceedingPane::loadDocuments(const QString &proceedingId)
{
    // Another proceeding's documents are shown unfiltered: a filter left over must not hide them.
    if (!m_documentFilter->text().isEmpty()) {
        const QSignalBlocker block(m_documentFilter);
        m_documentFilter->clear();
        m_documentFilterDelay->stop();
        m_documents->clearFilter();
    }
    m_documents->showProceeding(proceedingId);
    showDocumentCount();
    if (proceedingId.isEmpty())
        m_documentCount->clear();
}

void ProceedingPane::importIntoCurrent(const QStringList &paths)
{
    const QString id = currentProceedingId();
    if (!id.isEmpty() && !paths.isEmpty())
        m_importer->start(id, currentProceedingReference(), paths);
}

bool ProceedingPane::eventFilter(QObject *watched, QEvent *event)
{
    QTableView *view = watched == m_proceedingView->viewport() ? m_proceedingView
                       : watched == m_documentView->viewport() ? m_documentView
                                                               : nullptr;
    if (!view || m_userId.isEmpty())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        const bool files = drag->mimeData()->hasUrls() && !m_importer->isRunning();
        const bool target = view == m_documentView ? !currentProceedingId().isEmpty()
                                                   : view->indexAt(drag->position().toPoint()).isValid();
        if (files && target)
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop:
        return dropFiles(view, static_cast<QDropEvent *>(event));
    default:
        return QWidget::eventFilter(watched, event);
    }
}

bool ProceedingPane::dropFiles(QTableView *view, QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (view == m_proceedingView) {
        const QModelIndex at = view->indexAt(event->position().toPoint());
        if (!at.isValid())
            return true;
        view->setCurrentIndex(at);  // the proceeding dropped onto becomes the current one
    }
    event->acceptProposedAction();
    importIntoCurrent(paths);
    return true;
}

}  // namespace aw::ui
