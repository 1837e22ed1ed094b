// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's part of the sync with the central store: the controller, what the window does
// when changes arrive or references change, and which local changes start a sync soon.
#include "ui/documentpanel.h"
#include "ui/importcontroller.h"
#include "ui/inboxpane.h"
#include "ui/mainwindow.h"
#include "ui/myworkpane.h"
#include "ui/synccontroller.h"

#include <QMessageBox>

namespace aw::ui {

void MainWindow::connectSync()
{
    m_sync = new SyncController(m_store, m_userId, this);
    connect(m_sync, &SyncController::received, this, [this](int changes) {
        showMessage(tr("%n change(s) received from the central store (F5 shows them everywhere).", nullptr, changes));
        reloadCounts();
        m_mywork->reload();
    });
    connect(m_sync, &SyncController::renumbered, this, [this](const QStringList &references) {
        // Not modal: the clerk reads it when it suits, and the audit log keeps it.
        auto *box = new QMessageBox(QMessageBox::Information, tr("References changed"),
                                    tr("Another computer had given these references meanwhile. What was made here "
                                       "has new ones (already on letters? Please correct them there):"),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("renumberedBox"));
        box->setInformativeText(references.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
        reload();
    });
    // Local changes reach the central store a few seconds later.
    connect(m_importController, &ImportController::finished, m_sync, &SyncController::changedLocally);
    connect(m_inbox, &InboxPane::decided, m_sync, &SyncController::changedLocally);
    connect(m_panel, &DocumentPanel::fileWanted, m_sync, &SyncController::fetchFile);
    connect(m_sync, &SyncController::fileFetched, m_panel, &DocumentPanel::fileArrived);
}

}  // namespace aw::ui
