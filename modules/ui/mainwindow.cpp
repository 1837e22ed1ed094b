// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "casework/casefileservice.h"
#include "storage/casefilerepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "ui/casefilemodel.h"
#include "ui/fileplanmodel.h"
#include "ui/storeworker.h"

#include <QApplication>
#include <QDir>
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
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Aktenwerk – %1").arg(QDir::toNativeSeparators(m_store->dir())));
    resize(1100, 700);

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

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_filePlanView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 680});
    setCentralWidget(splitter);
    m_filePlanView->setFocus();
    setTabOrder(m_filePlanView, m_caseFileView);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *reloadAction = fileMenu->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence::Refresh);
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
