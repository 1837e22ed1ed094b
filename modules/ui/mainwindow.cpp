// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "casework/casefileservice.h"
#include "storage/casefilerepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "ui/casefilemodel.h"
#include "ui/caseworkactions.h"
#include "ui/certificateactions.h"
#include "ui/detailpane.h"
#include "ui/documentpanel.h"
#include "ui/fileplanmodel.h"
#include "ui/importcontroller.h"
#include "ui/inboxpane.h"
#include "ui/myworkpane.h"
#include "ui/proceedingpane.h"
#include "ui/routingrulesdialog.h"
#include "ui/savedsearchnav.h"
#include "ui/settingsdialog.h"
#include "ui/storeworker.h"
#include "ui/synccontroller.h"
#include "ui/xdomeaactions.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace aw::ui {

using core::Result;

MainWindow::MainWindow(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_filePlan(new FilePlanModel(this))
    , m_caseFiles(new CaseFileModel(m_store, m_userId, this))
    , m_caseFileFilterDelay(new QTimer(this))
    , m_caseFileFilter(new QLineEdit(this))
    , m_filePlanView(new QTreeView(this))
    , m_caseFileView(new QTableView(this))
    , m_placeholder(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_importController(new ImportController(m_store, m_userId, statusBar(), this))
    , m_pane(new ProceedingPane(m_store, m_userId, m_importController, this))
    , m_panel(new DocumentPanel(m_store, this))
    , m_inbox(new InboxPane(m_store, m_userId, this))
    , m_mywork(new MyWorkPane(m_store, m_userId, this))
    , m_navigation(new QListWidget(this))
    , m_middle(new QStackedWidget(this))
    , m_search(new SearchPane(m_store, m_userId, this))
    , m_saved(nullptr)
    , m_caseWork(nullptr)
    , m_splitter(new QSplitter(this))
    , m_undo(new QUndoStack(this))
    , m_actions(new CaseWorkActions(m_store, m_userId, m_undo, this))
    , m_certificates(new CertificateActions(m_store, m_userId, this))
    , m_xdomea(new XdomeaActions(m_store, m_userId, this))
    , m_details(new DetailPane(m_store, m_userId, m_undo, this))
    , m_right(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Aktenwerk – %1").arg(QDir::toNativeSeparators(m_store->dir())));
    resize(1400, 860);

    m_filePlanView->setObjectName(QStringLiteral("filePlanView"));
    m_filePlanView->setAccessibleName(tr("File plan"));
    m_filePlanView->setModel(m_filePlan);
    m_filePlanView->setUniformRowHeights(true);

    m_caseFileView->setObjectName(QStringLiteral("caseFileView"));
    m_caseFileView->setAccessibleName(tr("Case files"));
    m_caseFileView->setModel(m_caseFiles);
    // The store sorts and filters: a header click or a paused typing reads the list again.
    m_caseFileView->horizontalHeader()->setSortIndicator(CaseFileModel::Opened, Qt::DescendingOrder);
    m_caseFileView->setSortingEnabled(true);
    m_caseFileFilter->setObjectName(QStringLiteral("caseFileFilter"));
    m_caseFileFilter->setAccessibleName(tr("Filter case files"));
    m_caseFileFilter->setPlaceholderText(tr("Filter by reference or subject …"));
    m_caseFileFilter->setClearButtonEnabled(true);
    m_caseFileFilterDelay->setSingleShot(true);
    m_caseFileFilterDelay->setInterval(250);
    connect(m_caseFileFilter, &QLineEdit::textChanged, m_caseFileFilterDelay, qOverload<>(&QTimer::start));
    connect(m_caseFileFilterDelay, &QTimer::timeout, this,
            [this] { m_caseFiles->setFilter(m_caseFileFilter->text()); });
    connect(m_caseFiles, &CaseFileModel::loaded, this, &MainWindow::showCaseFilesLoaded);
    connect(m_caseFiles, &CaseFileModel::failed, this, &MainWindow::showError);
    m_caseFileView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseFileView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseFileView->setAlternatingRowColors(true);
    m_caseFileView->setTabKeyNavigation(false);
    m_caseFileView->verticalHeader()->hide();
    m_caseFileView->horizontalHeader()->setStretchLastSection(false);
    m_caseFileView->horizontalHeader()->setSectionResizeMode(CaseFileModel::Subject, QHeaderView::Stretch);
    m_caseFileView->horizontalHeader()->setResizeContentsPrecision(100);  // thousands of files: fit the first

    m_placeholder->setObjectName(QStringLiteral("caseFilePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Select an entry of the file plan to see its case files."));

    auto *list = new QWidget(this);
    list->setObjectName(QStringLiteral("caseFileList"));
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_caseFileFilter);
    listLayout->addWidget(m_caseFileView, 1);
    auto *right = new QStackedWidget(this);
    right->setObjectName(QStringLiteral("caseFileStack"));
    right->addWidget(m_placeholder);
    right->addWidget(list);

    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->setObjectName(QStringLiteral("middleSplitter"));
    middle->addWidget(right);
    middle->addWidget(m_pane);
    middle->setSizes({260, 500});

    m_caseWork = middle;
    m_middle->setObjectName(QStringLiteral("middleStack"));
    m_middle->addWidget(m_caseWork);
    m_middle->addWidget(m_inbox);
    m_middle->addWidget(m_mywork);
    m_middle->addWidget(m_search);

    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->addItem(tr("My work"));
    m_navigation->addItem(tr("Inbox"));
    m_navigation->addItem(tr("Case files by file plan"));
    m_navigation->addItem(tr("Search"));
    m_navigation->setFixedHeight(m_navigation->sizeHintForRow(0) * m_navigation->count() +
                                 2 * m_navigation->frameWidth() + 4);
    // Saved searches follow "Suche", with their counts.
    m_saved = new SavedSearchNav(m_navigation, NavSearches + 1, m_store, m_userId, this);
    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("navigationColumn"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_navigation);
    leftLayout->addWidget(m_filePlanView, 1);

    auto *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_middle);
    m_right->setObjectName(QStringLiteral("rightTabs"));
    m_right->setAccessibleName(tr("Document and details"));
    m_right->setDocumentMode(true);
    m_right->tabBar()->setObjectName(QStringLiteral("rightTabBar"));
    m_right->tabBar()->setAccessibleName(tr("Document or details"));
    m_right->addTab(m_panel, tr("&Document"));
    m_right->addTab(m_details, tr("De&tails"));
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({320, 560, 520});
    setCentralWidget(splitter);
    m_filePlanView->setFocus();
    setTabOrder(m_navigation, m_filePlanView);
    setTabOrder(m_filePlanView, m_caseFileFilter);
    setTabOrder(m_caseFileFilter, m_caseFileView);
    // setTabOrder() moves only its second widget: the whole chain is set here, the pane's included.
    setTabOrder(m_caseFileView, m_pane->proceedingFilter());
    setTabOrder(m_pane->proceedingFilter(), m_pane->proceedingView());
    setTabOrder(m_pane->proceedingView(), m_pane->documentFilter());
    setTabOrder(m_pane->documentFilter(), m_pane->documentView());

    {
        const QSignalBlocker block(m_navigation);
        m_navigation->setCurrentRow(NavFiles);
    }
    // A click into the file plan goes back to the case files.
    connect(m_filePlanView, &QTreeView::pressed, this, &MainWindow::showFilePlan);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == NavMyWork)
            showMyWork();
        else if (row == NavInbox)
            showInbox();
        else if (row == NavFiles)
            showFilePlan();
        else if (row == NavSearches)
            showSearch();
        else if (m_saved->isSaved(row))
            m_saved->choose(row);
    });
    // The inbox also reads while another view is shown: only its own view shows its attachments.
    connect(m_inbox, &InboxPane::attachmentSelected, this,
            [this](const QString &path, const QString &name, const QString &mime) {
                if (m_middle->currentWidget() == m_inbox)
                    m_panel->showFile(path, name, mime);
            });
    connect(m_inbox, &InboxPane::previewCleared, this, [this] {
        if (m_middle->currentWidget() == m_inbox)
            m_panel->clear();
    });
    connect(m_inbox, &InboxPane::proceedingRequested, this, &MainWindow::showProceeding);
    connect(m_inbox, &InboxPane::failed, this, &MainWindow::showError);
    connect(m_inbox, &InboxPane::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_inbox, &InboxPane::decided, this, [this] { loadFilePlan(); });
    connect(m_inbox, &InboxPane::loaded, this, [this](int, int open) {
        m_navigation->item(NavInbox)->setText(open > 0 ? tr("Inbox (%1 open)").arg(open) : tr("Inbox"));
    });
    connectSearch();
    connect(m_mywork, &MyWorkPane::proceedingRequested, this, &MainWindow::showProceeding);
    connect(m_mywork, &MyWorkPane::caseFileRequested, this, &MainWindow::showCaseFile);
    connect(m_mywork, &MyWorkPane::failed, this, &MainWindow::showError);
    connect(m_mywork, &MyWorkPane::loaded, this, [this](int items, int overdue) {
        QString text = tr("My work");
        if (overdue > 0)
            text = tr("My work (%1, %2 overdue)").arg(items).arg(overdue);
        else if (items > 0)
            text = tr("My work (%1)").arg(items);
        m_navigation->item(NavMyWork)->setText(text);
    });

    connect(m_caseFileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_panel->clear();
                if (current.isValid())
                    m_pane->showCaseFile(caseFileAt(current).id);
                else
                    m_pane->clear();
                updateSelection();
            });
    connect(m_pane, &ProceedingPane::documentSelected, this, [this](const DocumentRow &row) {
        m_right->setCurrentWidget(m_panel);
        m_panel->showDocument(row);
    });
    connect(m_details, &DetailPane::changed, this, &MainWindow::showChanged);
    connect(m_details, &DetailPane::failed, this, &MainWindow::showError);
    connect(m_details, &DetailPane::message, this, &MainWindow::showMessage);
    connect(m_pane, &ProceedingPane::currentProceedingChanged, this, [this] {
        m_panel->clear();
        updateActions();
        updateSelection();
    });
    connect(m_actions, &CaseWorkActions::changed, this, &MainWindow::showChanged);
    connect(m_certificates, &CertificateActions::changed, this, &MainWindow::showChanged);
    connect(m_certificates, &CertificateActions::failed, this, &MainWindow::showError);
    connect(m_certificates, &CertificateActions::message, this, &MainWindow::showMessage);
    connect(m_xdomea, &XdomeaActions::changed, this, &MainWindow::showChanged);
    connect(m_xdomea, &XdomeaActions::failed, this, &MainWindow::showError);
    connect(m_xdomea, &XdomeaActions::message, this, &MainWindow::showMessage);
    connect(m_actions, &CaseWorkActions::failed, this, &MainWindow::showError);
    connect(m_actions, &CaseWorkActions::message, this, &MainWindow::showMessage);
    connect(m_pane, &ProceedingPane::failed, this, &MainWindow::showError);
    connect(m_importController, &ImportController::finished, this, &MainWindow::updateActions);

    connectSync();
    createMenus();
    // An older store's first indexing (or a rebuild stopped earlier) goes on in the background.
    m_search->startIndexing();
    m_saved->reload();
    // The actions of the selected object also on its context menu.
    m_caseFileView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_caseFileView->addActions(m_actions->caseFileActions());
    m_caseFileView->addAction(m_xdomea->transferAction());
    m_pane->proceedingView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_pane->proceedingView()->addActions(m_actions->proceedingActions());
    m_pane->proceedingView()->addActions(m_certificates->actions());

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    auto *storeLabel = new QLabel(tr("Store: %1").arg(QDir::toNativeSeparators(m_store->dir())), this);
    storeLabel->setObjectName(QStringLiteral("storeLabel"));
    storeLabel->setToolTip(tr("The local store this window works on"));
    statusBar()->addPermanentWidget(m_sync->progressBar());
    statusBar()->addPermanentWidget(m_sync->indicator());
    statusBar()->addPermanentWidget(storeLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    m_userLabel->setText(tr("Store overview (no user signed in)"));

    connect(m_filePlanView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString nodeId = current.data(FilePlanModel::NodeIdRole).toString();
                if (!nodeId.isEmpty())
                    loadCaseFiles(nodeId);
                updateSelection();
            });
    connect(m_filePlan, &QAbstractItemModel::modelReset, right,
            [right, this] { right->setCurrentWidget(m_placeholder); });
    connect(this, &MainWindow::caseFilesLoaded, right, [right, this](int files) {
        // An empty filter result keeps the list (and its filter field) in view.
        right->setCurrentWidget(files > 0 || !m_caseFiles->filter().isEmpty() ? m_caseFileView->parentWidget()
                                                                              : m_placeholder);
        const QString wanted = std::exchange(m_wantedCaseFile, QString());
        if (wanted.isEmpty())
            return;
        if (const int row = m_caseFiles->rowOf(wanted); row >= 0) {
            m_caseFileView->setCurrentIndex(m_caseFiles->index(row, 0));
            m_caseFileView->scrollTo(m_caseFileView->currentIndex());
            m_caseFileView->setFocus();
            return;
        }
        m_wantedProceeding.clear();
        m_pane->preselect({});
        showError(tr("You may not see the case file of this proceeding."));
    });
    connect(m_pane, &ProceedingPane::proceedingsLoaded, this, [this] {
        const QString wanted = std::exchange(m_wantedProceeding, QString());
        if (!wanted.isEmpty() && m_pane->currentProceedingId() == wanted) {
            m_pane->proceedingView()->setFocus();
            Q_EMIT proceedingShown(wanted);
        }
    });

    if (!m_userId.isEmpty()) {
        runOnStore<QString>(
            this, m_store,
            [userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<QString> {
                storage::OrgRepository org(store->connection());
                auto user = org.user(userId);
                if (!user)
                    return user.error();
                auto memberships = org.memberships(userId);
                if (!memberships)
                    return memberships.error();
                QStringList roles;
                for (const storage::Membership &m : memberships.value()) {
                    auto unit = org.unit(m.orgUnitId);
                    roles << core::roleTitle(m.role) + QStringLiteral(", ") + (unit ? unit->name : m.orgUnitId);
                }
                return QString(user->displayName + QStringLiteral(" (") + roles.join(QStringLiteral("; ")) +
                               QLatin1Char(')'));
            },
            [this](const Result<QString> &who) {
                if (who)
                    m_userLabel->setText(tr("Signed in: %1").arg(who.value()));
            });
    }
    updateActions();
    reload();
}

namespace {

struct Plan
{
    QList<storage::FilePlanNode> nodes;
    QHash<QString, int> counts;  // visible case files per node
};

using Counts = QHash<QString, int>;

// Per file-plan node, how many case files the user (without one: anybody) may see there.
Result<Counts> readCounts(const std::shared_ptr<storage::Store> &store, const QString &userId)
{
    if (!userId.isEmpty())
        return casework::CaseFileService({store, userId}).visibleCountsByNode();
    auto counts = storage::CaseFileRepository(store->connection()).countsByNode();
    if (!counts)
        return counts.error();
    Counts out;
    for (const auto &c : counts.value())
        out[c.nodeId] += c.files;
    return out;
}

Result<Plan> readPlan(const std::shared_ptr<storage::Store> &store, const QString &userId)
{
    auto nodes = storage::FilePlanRepository(store->connection()).all();
    if (!nodes)
        return nodes.error();
    auto counts = readCounts(store, userId);
    if (!counts)
        return counts.error();
    return Plan{nodes.value(), counts.value()};
}

}  // namespace

void MainWindow::reload()
{
    loadFilePlan();
    m_inbox->reload();
    m_mywork->reload();
}

void MainWindow::showMyWork()
{
    if (m_middle->currentWidget() != m_mywork) {
        m_panel->clear();
        m_middle->setCurrentWidget(m_mywork);
        const int total = m_splitter->sizes().value(0) + m_splitter->sizes().value(1) + m_splitter->sizes().value(2);
        m_splitter->setSizes({total * 18 / 100, total * 57 / 100, total * 25 / 100});
    }
    const QSignalBlocker block(m_navigation);
    m_navigation->setCurrentRow(NavMyWork);
    m_mywork->view()->setFocus();
    m_mywork->reload();
    updateSelection();
}

void MainWindow::showCaseFile(const QString &caseFileId)
{
    goTo(caseFileId, {});
}

void MainWindow::showInbox()
{
    m_panel->clear();
    if (m_middle->currentWidget() != m_inbox) {
        m_middle->setCurrentWidget(m_inbox);
        // The Posteingang needs the room; the viewer shows attachments beside it.
        const int total = m_splitter->sizes().value(0) + m_splitter->sizes().value(1) + m_splitter->sizes().value(2);
        m_splitter->setSizes({total * 16 / 100, total * 50 / 100, total * 34 / 100});
    }
    const QSignalBlocker block(m_navigation);
    m_navigation->setCurrentRow(NavInbox);
    m_inbox->listView()->setFocus();
    m_inbox->reload();
    updateSelection();
}

void MainWindow::showFilePlan()
{
    if (m_middle->currentWidget() != m_caseWork) {
        m_panel->clear();
        m_middle->setCurrentWidget(m_caseWork);
        const int total = m_splitter->sizes().value(0) + m_splitter->sizes().value(1) + m_splitter->sizes().value(2);
        m_splitter->setSizes({total * 23 / 100, total * 40 / 100, total * 37 / 100});
    }
    const QSignalBlocker block(m_navigation);
    m_navigation->setCurrentRow(NavFiles);
    m_filePlanView->setFocus();
    updateSelection();
}

void MainWindow::showProceeding(const QString &proceedingId)
{
    goTo({}, proceedingId);
}

void MainWindow::goTo(const QString &caseFileId, const QString &proceedingId)
{
    struct Place
    {
        QString nodeId, caseFileId;
    };
    runOnStore<Place>(
        this, m_store,
        [caseFileId, proceedingId](const std::shared_ptr<storage::Store> &store) -> Result<Place> {
            QString fileId = caseFileId;
            if (!proceedingId.isEmpty()) {
                auto proceeding = storage::ProceedingRepository(store->connection()).get(proceedingId);
                if (!proceeding)
                    return proceeding.error();
                fileId = proceeding->caseFileId;
            }
            auto file = storage::CaseFileRepository(store->connection()).get(fileId);
            if (!file)
                return file.error();
            return Place{file->nodeId, file->id};
        },
        [this, proceedingId](const Result<Place> &place) {
            if (!place) {
                showError(place.error().message);
                return;
            }
            const QModelIndexList found = m_filePlan->match(m_filePlan->index(0, 0), FilePlanModel::NodeIdRole,
                                                            place->nodeId, 1, Qt::MatchExactly | Qt::MatchRecursive);
            if (found.isEmpty()) {
                showError(tr("The file plan entry of this proceeding is not shown; reload (F5)."));
                return;
            }
            showFilePlan();
            m_wantedCaseFile = place->caseFileId;
            m_wantedProceeding = proceedingId;
            m_pane->preselect(proceedingId);
            if (m_filePlanView->currentIndex() == found.first())
                loadCaseFiles(place->nodeId);
            else
                m_filePlanView->setCurrentIndex(found.first());
            m_filePlanView->scrollTo(found.first());
        });
}

void MainWindow::showRoutingRules()
{
    RoutingRulesDialog dialog(m_store, m_userId, this);
    dialog.exec();
    m_inbox->reload();  // who is responsible may have changed
}

void MainWindow::updateSelection()
{
    CaseWorkSelection selection;
    const QModelIndex node = m_filePlanView->currentIndex().siblingAtColumn(0);
    selection.nodeId = node.data(FilePlanModel::NodeIdRole).toString();
    selection.nodeTitle = node.data().toString();
    const bool caseWork = m_middle->currentWidget() == m_caseWork;
    const QModelIndex file = m_caseFileView->currentIndex();
    if (file.isValid() && caseWork)
        selection.caseFile = caseFileAt(file);
    if (selection.caseFile)
        selection.proceeding = m_pane->currentProceeding();
    const QString fileId = selection.caseFile ? selection.caseFile->id : QString();
    const QString proceedingId = selection.proceeding ? selection.proceeding->id : QString();
    m_certificates->setSelection(selection.caseFile, selection.proceeding);
    m_xdomea->setSelection(selection.caseFile);
    m_actions->setSelection(std::move(selection));

    // The details follow the selection and come to the front when it changes; the other views
    // show attachments and documents in the viewer.
    if (!caseWork) {
        m_right->setCurrentWidget(m_panel);
        return;
    }
    const bool shown = !proceedingId.isEmpty()
                           ? m_details->proceedingId() == proceedingId
                           : m_details->proceedingId().isEmpty() && m_details->caseFileId() == fileId;
    if (shown)
        return;
    if (!proceedingId.isEmpty())
        m_details->showProceeding(proceedingId);
    else if (!fileId.isEmpty())
        m_details->showCaseFile(fileId);
    else
        m_details->clear();
    if (!fileId.isEmpty())
        m_right->setCurrentWidget(m_details);
}

const storage::CaseFile &MainWindow::caseFileAt(const QModelIndex &viewIndex) const
{
    return m_caseFiles->caseFile(viewIndex.row());
}

void MainWindow::showChanged(const QString &caseFileId, const QString &proceedingId)
{
    if (!caseFileId.isEmpty())
        goTo(caseFileId, proceedingId);
    if (m_sync)
        m_sync->changedLocally();
    m_details->reload();
    reloadCounts();
    m_mywork->reload();
}

void MainWindow::reloadCounts()
{
    // Only the counts: the nodes themselves do not change with case work.
    runOnStore<Counts>(
        this, m_store,
        [userId = m_userId](const std::shared_ptr<storage::Store> &store) { return readCounts(store, userId); },
        [this](const Result<Counts> &counts) {
            if (counts)
                m_filePlan->setCounts(counts.value());
        });
}

void MainWindow::loadFilePlan()
{
    statusBar()->showMessage(tr("Loading the file plan …"));
    runOnStore<Plan>(
        this, m_store,
        [userId = m_userId](const std::shared_ptr<storage::Store> &store) { return readPlan(store, userId); },
        [this](const Result<Plan> &plan) {
            if (!plan) {
                showError(plan.error().message);
                return;
            }
            const int nodes = int(plan->nodes.size());
            const QString keep = m_filePlanView->currentIndex().data(FilePlanModel::NodeIdRole).toString();
            m_filePlan->setNodes(plan->nodes, plan->counts);
            // The model's reset recreates the header sections; their sizing follows it.
            m_filePlanView->header()->setStretchLastSection(false);
            m_filePlanView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
            m_filePlanView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
            m_filePlanView->expandAll();
            statusBar()->showMessage(tr("%n file plan entries", nullptr, nodes), 5000);
            if (nodes == 0)
                m_placeholder->setText(tr("The file plan is empty. The registry can import one with "
                                          "“aktenwerk-cli fileplan import”."));
            else {
                // The same node as before the reload, else the first.
                const QModelIndexList kept = keep.isEmpty()
                                                 ? QModelIndexList()
                                                 : m_filePlan->match(m_filePlan->index(0, 0), FilePlanModel::NodeIdRole,
                                                                     keep, 1, Qt::MatchExactly | Qt::MatchRecursive);
                m_filePlanView->setCurrentIndex(kept.isEmpty() ? m_filePlan->index(0, 0) : kept.first());
            }
            Q_EMIT filePlanLoaded(nodes);
        });
}

void MainWindow::loadCaseFiles(const QString &nodeId)
{
    statusBar()->showMessage(tr("Loading case files …"));
    if (!m_wantedCaseFile.isEmpty() && !m_caseFileFilter->text().isEmpty()) {
        // The filter must not hide the case file asked for.
        const QSignalBlocker block(m_caseFileFilter);
        m_caseFileFilter->clear();
        m_caseFileFilterDelay->stop();
        m_caseFiles->clearFilter();
    }
    m_caseFiles->showNode(nodeId, m_wantedCaseFile);
}

void MainWindow::showCaseFilesLoaded(int total)
{
    if (total == 0)
        m_placeholder->setText(m_userId.isEmpty() ? tr("There are no case files under this entry.")
                                                  : tr("There are no case files under this entry that you may see."));
    m_caseFileView->resizeColumnToContents(CaseFileModel::Reference);
    statusBar()->showMessage(tr("%n case file(s)", nullptr, total), 5000);
    Q_EMIT caseFilesLoaded(total);
}

void MainWindow::updateActions()
{
    const bool can =
        !m_userId.isEmpty() && !m_pane->currentProceedingId().isEmpty() && !m_importController->isRunning();
    m_importFilesAction->setEnabled(can);
    m_importFolderAction->setEnabled(can);
    const QString hint = m_userId.isEmpty() ? tr("Sign in (--user) to import documents.")
                                            : tr("Select a proceeding to import documents into it.");
    for (QAction *action : {m_importFilesAction, m_importFolderAction})
        action->setStatusTip(can ? tr("Import into %1").arg(m_pane->currentProceedingReference()) : hint);
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import documents into %1").arg(m_pane->currentProceedingReference()), QString(),
        tr("All files (*);;PDF documents (*.pdf);;Images (*.png *.jpg *.jpeg *.tif *.tiff)"));
    m_pane->importIntoCurrent(files);
    updateActions();
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import a folder into %1").arg(m_pane->currentProceedingReference()));
    if (!folder.isEmpty())
        m_pane->importIntoCurrent({folder});
    updateActions();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
    Q_EMIT loadFailed(message);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Aktenwerk"),
                       tr("<b>Aktenwerk %1</b><p>Electronic case files for district offices.</p>")
                           .arg(QApplication::applicationVersion()));
}

}  // namespace aw::ui
