// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus: what is in them, their shortcuts and mnemonics.
#include "ui/caseworkactions.h"
#include "ui/certificateactions.h"
#include "ui/inboxpane.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/synccontroller.h"
#include "ui/xdomeaactions.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace aw::ui {

void MainWindow::createMenus()
{
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
    fileMenu->addAction(m_certificates->importRegisterAction());
    fileMenu->addAction(m_xdomea->importAction());
    fileMenu->addAction(m_xdomea->disposalAction());
    fileMenu->addSeparator();
    QAction *settingsAction = fileMenu->addAction(tr("&Settings …"), this, [this] {
        SettingsDialog dialog(m_store, m_userId, this);
        if (dialog.exec() == QDialog::Accepted && dialog.centralChanged())
            m_sync->reconfigure();
    });
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    fileMenu->addSeparator();
    fileMenu->addAction(m_sync->syncNowAction());
    fileMenu->addAction(m_sync->conflictsAction());
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *showMyWorkAction = viewMenu->addAction(tr("&My work"), this, &MainWindow::showMyWork);
    showMyWorkAction->setObjectName(QStringLiteral("showMyWorkAction"));
    showMyWorkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *showInboxAction = viewMenu->addAction(tr("&Inbox"), this, &MainWindow::showInbox);
    showInboxAction->setObjectName(QStringLiteral("showInboxAction"));
    showInboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *showPlanAction = viewMenu->addAction(tr("&Case files"), this, &MainWindow::showFilePlan);
    showPlanAction->setObjectName(QStringLiteral("showFilePlanAction"));
    showPlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *showSearchAction = viewMenu->addAction(tr("&Search all files"), this, &MainWindow::showSearch);
    showSearchAction->setObjectName(QStringLiteral("showSearchAction"));
    showSearchAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_4), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    QMenu *caseFileMenu = menuBar()->addMenu(tr("&Case file"));
    caseFileMenu->setObjectName(QStringLiteral("caseFileMenu"));
    caseFileMenu->addActions(m_actions->caseFileActions());
    caseFileMenu->insertSeparator(m_actions->caseFileActions().at(2));
    caseFileMenu->addSeparator();
    caseFileMenu->addAction(m_xdomea->transferAction());
    QMenu *proceedingMenu = menuBar()->addMenu(tr("&Proceeding"));
    proceedingMenu->setObjectName(QStringLiteral("proceedingMenu"));
    proceedingMenu->addActions(m_actions->proceedingActions());
    proceedingMenu->insertSeparator(m_actions->proceedingActions().at(1));
    proceedingMenu->insertSeparator(m_actions->proceedingActions().at(4));
    proceedingMenu->addSeparator();
    proceedingMenu->addActions(m_certificates->actions());
    QMenu *inboxMenu = menuBar()->addMenu(tr("&Inbox"));
    inboxMenu->setObjectName(QStringLiteral("inboxMenu"));
    inboxMenu->addActions(m_inbox->inboxActions());
    addActions(m_inbox->inboxActions());
    inboxMenu->addSeparator();
    QAction *rulesAction = inboxMenu->addAction(tr("Routing r&ules …"), this, &MainWindow::showRoutingRules);
    rulesAction->setObjectName(QStringLiteral("routingRulesAction"));
    rulesAction->setEnabled(!m_userId.isEmpty());
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Aktenwerk"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

}  // namespace aw::ui
