// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proceedingpane.h"

#include "casework/documentservice.h"
#include "casework/proceedingservice.h"
#include "storage/documentrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/textindex.h"
#include "ui/importcontroller.h"
#include "ui/proceedingmodel.h"
#include "ui/storeworker.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QSplitter>
#include <QTableView>
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
    , m_documents(new DocumentModel(this))
    , m_proceedingView(new QTableView(this))
    , m_documentView(new QTableView(this))
{
    setObjectName(QStringLiteral("proceedingPane"));
    m_proceedingView->setObjectName(QStringLiteral("proceedingView"));
    m_proceedingView->setAccessibleName(tr("Proceedings"));
    m_proceedingView->setModel(m_proceedings);
    setUpTable(m_proceedingView, ProceedingModel::Subject);
    m_documentView->setObjectName(QStringLiteral("documentView"));
    m_documentView->setAccessibleName(tr("Documents"));
    m_documentView->setModel(m_documents);
    setUpTable(m_documentView, DocumentModel::Title);
    m_proceedingView->viewport()->installEventFilter(this);
    m_documentView->viewport()->installEventFilter(this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("proceedingSplitter"));
    splitter->addWidget(m_proceedingView);
    splitter->addWidget(m_documentView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_proceedingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentProceedingChanged();
                if (current.isValid())
                    loadDocuments(m_proceedings->proceeding(current.row()).id);
            });
    connect(m_documentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT documentSelected(m_documents->row(current.row()));
            });
    connect(m_importer, &ImportController::finished, this, [this](const QString &proceedingId) {
        if (proceedingId == currentProceedingId())
            loadDocuments(proceedingId);
    });
}

void ProceedingPane::clear()
{
    ++m_proceedingRequest;
    ++m_documentRequest;
    m_proceedings->setProceedings({}, {});
    m_documents->setDocuments({});
    Q_EMIT currentProceedingChanged();
}

QString ProceedingPane::currentProceedingId() const
{
    const QModelIndex current = m_proceedingView->currentIndex();
    return current.isValid() ? m_proceedings->proceeding(current.row()).id : QString();
}

QString ProceedingPane::currentProceedingReference() const
{
    const QModelIndex current = m_proceedingView->currentIndex();
    return current.isValid() ? m_proceedings->proceeding(current.row()).reference : QString();
}

std::optional<storage::Proceeding> ProceedingPane::currentProceeding() const
{
    const QModelIndex current = m_proceedingView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_proceedings->proceeding(current.row());
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
            if (!list->proceedings.isEmpty())
                m_proceedingView->setCurrentIndex(m_proceedings->index(row, 0));
            Q_EMIT proceedingsLoaded(int(list->proceedings.size()));
        });
}

void ProceedingPane::reloadDocuments()
{
    if (const QString id = currentProceedingId(); !id.isEmpty())
        loadDocuments(id);
}

void ProceedingPane::loadDocuments(const QString &proceedingId)
{
    const quint64 request = ++m_documentRequest;
    runOnStore<QList<DocumentRow>>(
        this, m_store,
        [proceedingId, userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<QList<DocumentRow>> {
            const QSqlDatabase db = store->connection();
            auto docs = userId.isEmpty() ? storage::DocumentRepository(db).byProceeding(proceedingId)
                                         : casework::DocumentService({store, userId}).list(proceedingId);
            if (!docs)
                return docs.error();
            // Three queries whatever the number of documents.
            auto versions = storage::DocumentRepository(db).versionsOfProceeding(proceedingId);
            if (!versions)
                return versions.error();
            auto statuses = storage::TextIndex(db).statusesOfProceeding(proceedingId);
            if (!statuses)
                return statuses.error();
            QList<DocumentRow> rows;
            rows.reserve(docs->size());
            for (const storage::Document &d : docs.value()) {
                QList<storage::DocumentVersion> list = versions->value(d.id);
                const int newest = list.isEmpty() ? 0 : list.last().n;
                rows.append({d, std::move(list), statuses->value(d.id + QLatin1Char('/') + QString::number(newest))});
            }
            return rows;
        },
        [this, request](const Result<QList<DocumentRow>> &rows) {
            if (request != m_documentRequest)
                return;
            if (!rows) {
                Q_EMIT failed(rows.error().message);
                return;
            }
            m_documents->setDocuments(rows.value());
            Q_EMIT documentsLoaded(int(rows->size()));
        });
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
