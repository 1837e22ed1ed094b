// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "core/permissions.h"
#include "storage/records.h"
#include "storage/store.h"
#include "xdomea/package.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QWidget;

// The dialogs are signal arguments: their meta types need the whole class.
Q_MOC_INCLUDE("ui/disposaldialog.h")
Q_MOC_INCLUDE("ui/receivetransferdialog.h")

namespace aw::ui {

class DisposalDialog;
class ReceiveTransferDialog;

// Reads an incoming receipt or evaluation (0402, 0403, 0502, 0504–0507) into the store and says,
// in a sentence for the user, where the exchange stands now. Other types are refused with what to
// do instead. Runs on a worker: it writes and may remove archived content.
core::Result<QString> recordAnswer(const casework::Session &session, const xdomea::Package &package);

// The xdomea exchange of the main window: hand the selected case file to another authority
// (Abgabe 0401), read any package that comes back or in (a 0401 is taken in as new case files,
// receipts and the archive's answers are recorded), and open the registry's disposal view.
// Every service call runs on a worker; results come back as `message`, refusals as `failed`
// (also shown in a message box: the services' reasons are written for the user).
class XdomeaActions : public QObject
{
    Q_OBJECT
public:
    XdomeaActions(std::shared_ptr<storage::Store> store, QString userId, QWidget *window);

    void setSelection(std::optional<storage::CaseFile> caseFile);
    QAction *transferAction() const { return m_transfer; }
    QAction *importAction() const { return m_import; }
    QAction *disposalAction() const { return m_disposal; }
    // The signed-in user's roles are read (on a worker, at start): the actions' states are final.
    bool isReady() const { return m_actor.has_value(); }

    // Asks for the receiving authority and the folder, then sendTo().
    void chooseTransfer();
    // Writes the 0401 of the case file for `recipient` into `folder`.
    void sendTo(const QString &caseFileId, const QString &recipient, const QString &folder);
    // Asks for a package (.zip), then importPackage().
    void choosePackage();
    // Opens the package; a 0401 asks where its files go (receiveDialogShown), anything else is
    // recorded at once.
    void importPackage(const QString &path);
    // Takes in the 0401 at `path` under the node for the unit, the receipt written into receiptDir.
    void receive(const QString &path, const QString &nodeId, const QString &unitId, const QString &receiptDir);
    // Opens the disposal view (one per window).
    void openDisposal();

Q_SIGNALS:
    void ready();
    void changed(const QString &caseFileId, const QString &proceedingId);
    void failed(const QString &message);
    void message(const QString &text);
    // For tests and the window: the dialogs as they open.
    void receiveDialogShown(aw::ui::ReceiveTransferDialog *dialog);
    void disposalOpened(aw::ui::DisposalDialog *dialog);

private:
    void updateActions();
    void refuse(const QString &message);
    void inform(const QString &title, const QString &text);

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QWidget *m_window;
    std::optional<core::Actor> m_actor;
    std::optional<storage::CaseFile> m_caseFile;
    QPointer<DisposalDialog> m_disposalDialog;
    bool m_busy = false;
    QAction *m_transfer;
    QAction *m_import;
    QAction *m_disposal;
};

}  // namespace aw::ui
