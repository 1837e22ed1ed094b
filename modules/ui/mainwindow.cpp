// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "casework/casefileservice.h"
#include "storage/casefilerepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "ui/casefilemodel.h"
#include "ui/documentpanel.h"
#include "ui/fileplanmodel.h"
#include "ui/importcontroller.h"
#include "ui/proceedingpane.h"
#include "ui/storeworker.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace aw::ui {

using core::Result;

MainWindow::MainWindow(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_filePlan(new FilePlanModel(this))
    , m_caseFiles(new CaseFileModel(this))
    , m_filePlanView(new QTreeView(this))
    , m_caseFileView(new QTableView(this))
    , m_placeholder(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_importController(new ImportController(m_store, m_userId, statusBar(), this))
    , m_pane(new ProceedingPane(m_store, m_userId, m_importController, this))
    , m_panel(new DocumentPanel(m_store, this))
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
    m_caseFileView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseFileView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseFileView->setAlternatingRowColors(true);
    m_caseFileView->setTabKeyNavigation(false);
    m_caseFileView->verticalHeader()->hide();
    m_caseFileView->horizontalHeader()->setStretchLastSection(false);
    m_caseFileView->horizontalHeader()->setSectionResizeMode(CaseFileModel::Subject, QHeaderView::Stretch);

    m_placeholder->setObjectName(QStringLiteral("caseFilePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Select an entry of the file plan to see its case files."));

    auto *right = new QStackedWidget(this);
    right->setObjectName(QStringLiteral("caseFileStack"));
    right->addWidget(m_placeholder);
    right->addWidget(m_caseFileView);

    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->setObjectName(QStringLiteral("middleSplitter"));
    middle->addWidget(right);
    middle->addWidget(m_pane);
    middle->setSizes({260, 500});

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_filePlanView);
    splitter->addWidget(middle);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({320, 560, 520});
    setCentralWidget(splitter);
    m_filePlanView->setFocus();
    setTabOrder(m_filePlanView, m_caseFileView);
    setTabOrder(m_caseFileView, m_pane->proceedingView());
    setTabOrder(m_pane->proceedingView(), m_pane->documentView());

    connect(m_caseFileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_panel->clear();
                if (current.isValid())
                    m_pane->showCaseFile(m_caseFiles->caseFile(current.row()).id);
                else
                    m_pane->clear();
            });
    connect(m_pane, &ProceedingPane::documentSelected, m_panel, &DocumentPanel::showDocument);
    connect(m_pane, &ProceedingPane::currentProceedingChanged, this, [this] {
        m_panel->clear();
        updateActions();
    });
    connect(m_pane, &ProceedingPane::failed, this, &MainWindow::showError);
    connect(m_importController, &ImportController::finished, this, &MainWindow::updateActions);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *reloadAction = fileMenu->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    m_importFilesAction = fileMenu->addAction(tr("&Import documents …"), this, &MainWindow::importFiles);
    m_importFilesAction->setObjectName(QStringLiteral("importFilesAction"));
    m_importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFolderAction = fileMenu->addAction(tr("Import a &folder …"), this, &MainWindow::importFolder);
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Aktenwerk"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    m_userLabel->setText(tr("Store overview (no user signed in)"));

    connect(m_filePlanView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString nodeId = current.data(FilePlanModel::NodeIdRole).toString();
                if (!nodeId.isEmpty())
                    loadCaseFiles(nodeId);
            });
    connect(m_filePlan, &QAbstractItemModel::modelReset, right,
            [right, this] { right->setCurrentWidget(m_placeholder); });
    connect(this, &MainWindow::caseFilesLoaded, right, [right, this](int files) {
        right->setCurrentWidget(files > 0 ? static_cast<QWidget *>(m_caseFileView) : m_placeholder);
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

Result<Plan> readPlan(const std::shared_ptr<storage::Store> &store, const QString &userId)
{
    auto nodes = storage::FilePlanRepository(store->connection()).all();
    if (!nodes)
        return nodes.error();
    Plan plan{nodes.value(), {}};
    if (!userId.isEmpty()) {
        auto counts = casework::CaseFileService({store, userId}).visibleCountsByNode();
        if (!counts)
            return counts.error();
        plan.counts = counts.value();
        return plan;
    }
    auto counts = storage::CaseFileRepository(store->connection()).countsByNode();
    if (!counts)
        return counts.error();
    for (const auto &c : counts.value())
        plan.counts[c.nodeId] += c.files;
    return plan;
}

}  // namespace

void MainWindow::reload()
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
            else
                m_filePlanView->setCurrentIndex(m_filePlan->index(0, 0));
            Q_EMIT filePlanLoaded(nodes);
        });
}

void MainWindow::loadCaseFiles(const QString &nodeId)
{
    const quint64 request = ++m_caseFileRequest;
    statusBar()->showMessage(tr("Loading case files …"));
    runOnStore<QList<storage::CaseFile>>(
        this, m_store,
        [nodeId, userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<QList<storage::CaseFile>> {
            if (userId.isEmpty())
                return storage::CaseFileRepository(store->connection()).byNode(nodeId);
            return casework::CaseFileService({store, userId}).listForNode(nodeId);
        },
        [this, request](const Result<QList<storage::CaseFile>> &files) {
            if (request != m_caseFileRequest)
                return;  // the user has moved on to another node
            if (!files) {
                showError(files.error().message);
                return;
            }
            m_caseFiles->setCaseFiles(files.value());
            if (files->isEmpty())
                m_placeholder->setText(m_userId.isEmpty()
                                           ? tr("There are no case files under this entry.")
                                           : tr("There are no case files under this entry that you may see."));
            m_caseFileView->resizeColumnToContents(CaseFileModel::Reference);
            statusBar()->showMessage(tr("%n case file(s)", nullptr, int(files->size())), 5000);
            Q_EMIT caseFilesLoaded(int(files->size()));
        });
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Aktenwerk"),
                       tr("<b>Aktenwerk %1</b><p>Electronic case files for district offices.</p>")
                           .arg(QApplication::applicationVersion()));
}

}  // namespace aw::ui
