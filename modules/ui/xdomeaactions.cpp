// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/xdomeaactions.h"

#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "ui/disposaldialog.h"
#include "ui/folderfield.h"
#include "ui/formdialog.h"
#include "ui/receivetransferdialog.h"
#include "ui/storeworker.h"
#include "xdomea/disposals.h"
#include "xdomea/transfers.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

#include <atomic>

namespace aw::ui {

using core::Result;
using xdomea::MessageType;

namespace {

// The message as the user knows it, with its number for the record.
QString answerTitle(MessageType type)
{
    switch (type) {
    case MessageType::TransferImported:
        return XdomeaActions::tr("The import confirmation (0402)");
    case MessageType::TransferReceived:
        return XdomeaActions::tr("The receipt (0403)");
    case MessageType::Evaluation:
        return XdomeaActions::tr("The evaluation (0502)");
    case MessageType::OfferReceived:
        return XdomeaActions::tr("The receipt of the offer (0504)");
    case MessageType::EvaluationReceived:
        return XdomeaActions::tr("The receipt of the evaluation (0505)");
    case MessageType::DisposalImported:
        return XdomeaActions::tr("The archive's import confirmation (0506)");
    case MessageType::DisposalReceived:
        return XdomeaActions::tr("The receipt of the hand-over (0507)");
    case MessageType::Transfer:
    case MessageType::Offer:
    case MessageType::Disposal:
        break;
    }
    return xdomea::typeCode(type);
}

QString partyName(const xdomea::Party &party)
{
    return party.unit.isEmpty() ? party.institution : party.institution + QStringLiteral(", ") + party.unit;
}

// What the window needs of an opened package: for a 0401 the summary and the choices of where its
// files go; for anything else what recording it changed.
struct Incoming
{
    bool isTransfer = false;
    IncomingTransfer transfer;
    QList<storage::FilePlanNode> nodes;
    QList<NamedId> units;
    QString report;
};

IncomingTransfer summary(const xdomea::Package &package)
{
    IncomingTransfer t;
    t.path = package.path;
    t.processId = package.message.header.processId;
    t.sender = partyName(package.message.header.sender);
    t.caseFiles = int(package.message.caseFiles.size());
    for (const xdomea::RecordCaseFile &f : package.message.caseFiles) {
        for (const xdomea::RecordProceeding &p : f.proceedings)
            t.documents += int(p.documents.size());
        t.files << XdomeaActions::tr("%1 – %2 (file plan %3)").arg(f.reference, f.subject, f.planCode);
    }
    return t;
}

Result<Incoming> readIncoming(const std::shared_ptr<storage::Store> &store, const QString &userId, const QString &path)
{
    auto package = xdomea::openPackage(path);
    if (!package)
        return package.error();
    const casework::Session session(store, userId);
    Incoming incoming;
    if (package->message.header.type != MessageType::Transfer) {
        auto report = recordAnswer(session, package.value());
        if (!report)
            return report.error();
        incoming.report = report.value();
        return incoming;
    }
    incoming.isTransfer = true;
    incoming.transfer = summary(package.value());
    auto nodes = storage::FilePlanRepository(store->connection()).all();
    if (!nodes)
        return nodes.error();
    incoming.nodes = nodes.value();
    // The units the user may create case files for: the files taken in become theirs.
    auto actor = session.actor();
    if (!actor)
        return actor.error();
    const storage::OrgRepository org(store->connection());
    for (const core::Membership &m : actor->memberships) {
        if (!core::decide(actor.value(), core::Action::CreateCaseFile, {m.orgUnitId, {}, false}))
            continue;
        auto unit = org.unit(m.orgUnitId);
        if (unit && std::none_of(incoming.units.cbegin(), incoming.units.cend(),
                                 [&](const NamedId &u) { return u.id == unit->id; }))
            incoming.units.append({unit->id, unit->name});
    }
    return incoming;
}

// The worker's progress, read by the window's timer: the worker never touches a widget.
struct ProgressState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
};

}  // namespace

Result<QString> recordAnswer(const casework::Session &session, const xdomea::Package &package)
{
    const xdomea::Header &h = package.message.header;
    Result<xdomea::Process> process;
    QString detail;
    switch (h.type) {
    case MessageType::TransferImported:
    case MessageType::TransferReceived:
        process = xdomea::Transfers(session).recordReceipt(package);
        break;
    case MessageType::Evaluation: {
        int kept = 0;
        for (const xdomea::Verdict &v : package.message.verdicts)
            kept += v.decision == core::DisposalDecision::Archive ? 1 : 0;
        detail = XdomeaActions::tr(" The archive keeps %1 and declines %2 of the offered files.")
                     .arg(kept)
                     .arg(package.message.verdicts.size() - kept);
        process = xdomea::Disposals(session).applyEvaluation(package);
        break;
    }
    case MessageType::OfferReceived:
    case MessageType::EvaluationReceived:
    case MessageType::DisposalImported:
    case MessageType::DisposalReceived:
        process = xdomea::Disposals(session).recordReceipt(package);
        break;
    case MessageType::Transfer:
        return core::invalid(XdomeaActions::tr("This is an Abgabe (0401) of case files from another authority: "
                                               "read it with File › Read xdomea package."));
    case MessageType::Offer:
    case MessageType::Disposal:
        return core::invalid(XdomeaActions::tr("This is a message an office sends to its archive (%1); it is not "
                                               "read into the store.")
                                 .arg(xdomea::typeCode(h.type)));
    }
    if (!process)
        return process.error();
    return QString(XdomeaActions::tr("%1 from %2 is recorded; the exchange is now “%3”.")
                       .arg(answerTitle(h.type), partyName(h.sender), xdomea::stateTitle(process->state)) +
                   detail);
}

XdomeaActions::XdomeaActions(std::shared_ptr<storage::Store> store, QString userId, QWidget *window)
    : QObject(window)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_window(window)
    , m_transfer(new QAction(tr("Hand &over case file (xdomea) …"), this))
    , m_import(new QAction(tr("Read xdomea &package …"), this))
    , m_disposal(new QAction(tr("&Disposal …"), this))
{
    m_transfer->setObjectName(QStringLiteral("transferCaseFileAction"));
    m_transfer->setStatusTip(tr("Hand the selected case file to another authority as an xdomea package (Abgabe)"));
    m_import->setObjectName(QStringLiteral("importXdomeaAction"));
    m_import->setStatusTip(tr("Read an xdomea package: case files handed over to this office, a receipt, or the "
                              "archive's answer"));
    m_disposal->setObjectName(QStringLiteral("disposalAction"));
    m_disposal->setStatusTip(tr("Closed case files whose retention has ended: offer to the archive, hand over, "
                                "destroy (registry)"));
    connect(m_transfer, &QAction::triggered, this, &XdomeaActions::chooseTransfer);
    connect(m_import, &QAction::triggered, this, &XdomeaActions::choosePackage);
    connect(m_disposal, &QAction::triggered, this, &XdomeaActions::openDisposal);

    if (m_userId.isEmpty()) {
        m_actor = core::Actor{};
    } else {
        // The roles decide which actions are offered; the services check again on every call.
        runOnStore<core::Actor>(
            this, m_store,
            [userId = m_userId](const std::shared_ptr<storage::Store> &store) {
                return casework::Session(store, userId).actor();
            },
            [this](const Result<core::Actor> &actor) {
                m_actor = actor ? actor.value() : core::Actor{};
                updateActions();
                Q_EMIT ready();
            });
    }
    updateActions();
}

void XdomeaActions::setSelection(std::optional<storage::CaseFile> caseFile)
{
    m_caseFile = std::move(caseFile);
    updateActions();
}

void XdomeaActions::updateActions()
{
    const bool user = !m_userId.isEmpty();
    m_import->setEnabled(user && !m_busy);
    const bool registrar = m_actor && m_actor->hasRole(core::Role::Registrar);
    m_disposal->setEnabled(registrar);
    m_disposal->setToolTip(registrar || !m_actor ? QString()
                                                 : tr("Only the registry (Registratur) may dispose of files."));
    core::Decision may;
    if (m_actor && m_caseFile)
        may = core::decide(*m_actor, core::Action::Transfer, {m_caseFile->ownerUnitId, {}, m_caseFile->isClosed()});
    m_transfer->setEnabled(user && m_caseFile && may && !m_busy);
    m_transfer->setToolTip(m_caseFile && !may ? may.reason : QString());
}

void XdomeaActions::refuse(const QString &text)
{
    Q_EMIT failed(text);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("xdomea"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("xdomeaMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Ok)->setObjectName(QStringLiteral("xdomeaMessageOk"));
    box->button(QMessageBox::Ok)->setAccessibleName(tr("OK"));
    box->open();
}

void XdomeaActions::inform(const QString &title, const QString &text)
{
    Q_EMIT message(text);
    // A path in the status bar is gone before it is copied: the result stays until closed.
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("xdomeaResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->button(QMessageBox::Ok)->setObjectName(QStringLiteral("xdomeaResultOk"));
    box->button(QMessageBox::Ok)->setAccessibleName(tr("OK"));
    box->open();
}

void XdomeaActions::chooseTransfer()
{
    if (!m_caseFile)
        return;
    const storage::CaseFile file = m_caseFile.value();
    FormDialog dialog(QStringLiteral("transferDialog"), tr("Hand over case file (xdomea)"), m_window);
    dialog.addText(tr("The case file <b>%1 – %2</b> with all its proceedings and documents is written as an xdomea "
                      "package (Abgabe 0401) for the receiving authority. It stays here until they confirm the "
                      "import (0402).")
                       .arg(file.reference.toHtmlEscaped(), file.subject.toHtmlEscaped()));
    auto *recipient = new QLineEdit(&dialog);
    recipient->setPlaceholderText(tr("e.g. Bezirksamt Süd"));
    dialog.addField(tr("&Receiving authority:"), recipient, QStringLiteral("transferRecipient"),
                    tr("Receiving authority"));
    auto *folder = new FolderField(QStringLiteral("transferFolder"), tr("Folder for the package"),
                                   tr("Folder for the package"), &dialog);
    folder->setPath(FolderField::defaultFolder());
    dialog.addField(tr("Package &folder:"), folder, QStringLiteral("transferFolder"), tr("Folder for the package"));
    dialog.setOkText(tr("&Hand over"));
    dialog.setCheck([recipient, folder] {
        if (recipient->text().trimmed().isEmpty())
            return tr("Enter the authority that receives the case file.");
        return folder->path().isEmpty() ? tr("Choose the folder for the package.") : QString();
    });
    recipient->setFocus();
    if (dialog.exec() == QDialog::Accepted)
        sendTo(file.id, recipient->text().trimmed(), folder->path());
}

void XdomeaActions::sendTo(const QString &caseFileId, const QString &recipient, const QString &folder)
{
    auto *progress = new QProgressDialog(tr("Writing the xdomea package …"), QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("transferProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    m_busy = true;
    updateActions();
    runOnStore<xdomea::Transfers::Sent>(
        this, m_store,
        [userId = m_userId, caseFileId, recipient, folder](const std::shared_ptr<storage::Store> &store) {
            return xdomea::Transfers(casework::Session(store, userId))
                .send({caseFileId}, xdomea::Party{recipient, {}}, folder);
        },
        [this, progress, caseFileId, recipient](const Result<xdomea::Transfers::Sent> &sent) {
            progress->deleteLater();
            m_busy = false;
            updateActions();
            if (!sent) {
                refuse(sent.error().message);
                return;
            }
            inform(tr("Case file handed over"),
                   tr("The xdomea package for %1 (%2) is written:\n%3\n\nSend it to them. The case file stays here "
                      "until their import confirmation (0402) is read with File › Read xdomea package.")
                       .arg(recipient, tr("%n document(s)", nullptr, sent->documents),
                            QDir::toNativeSeparators(sent->packagePath)));
            Q_EMIT changed(caseFileId, {});
        });
}

void XdomeaActions::choosePackage()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Read xdomea package"), FolderField::defaultFolder(),
                                                      tr("xdomea packages (*.zip);;All files (*)"));
    if (!path.isEmpty())
        importPackage(path);
}

void XdomeaActions::importPackage(const QString &path)
{
    auto *progress = new QProgressDialog(tr("Reading the xdomea package …"), QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("xdomeaReadProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    m_busy = true;
    updateActions();
    runOnStore<Incoming>(
        this, m_store,
        [userId = m_userId, path](const std::shared_ptr<storage::Store> &store) {
            return readIncoming(store, userId, path);
        },
        [this, progress](const Result<Incoming> &incoming) {
            progress->deleteLater();
            m_busy = false;
            updateActions();
            if (!incoming) {
                refuse(incoming.error().message);
                return;
            }
            if (!incoming->isTransfer) {
                inform(tr("xdomea package read"), incoming->report);
                Q_EMIT changed({}, {});
                return;
            }
            if (incoming->units.isEmpty()) {
                refuse(tr("Case files handed over are taken in by someone of the unit they are for; you work in no "
                          "unit that may create case files."));
                return;
            }
            auto *dialog = new ReceiveTransferDialog(incoming->transfer, incoming->nodes, incoming->units, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            const QString path = incoming->transfer.path;
            connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
                receive(path, dialog->nodeId(), dialog->unitId(), dialog->receiptFolder());
            });
            dialog->open();
            Q_EMIT receiveDialogShown(dialog);
        });
}

void XdomeaActions::receive(const QString &path, const QString &nodeId, const QString &unitId,
                            const QString &receiptDir)
{
    auto state = std::make_shared<ProgressState>();
    auto *progress = new QProgressDialog(tr("Taking in the case files …"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("receiveProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, progress, [state] { state->cancelled = true; });
    auto *poll = new QTimer(progress);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, progress, [state, progress] {
        if (const qint64 total = state->total; total > 0 && !state->cancelled) {
            progress->setMaximum(int(total));
            progress->setValue(int(state->done));
        }
    });
    poll->start();
    m_busy = true;
    updateActions();
    runOnStore<xdomea::Transfers::Received>(
        this, m_store,
        [userId = m_userId, path, nodeId, unitId, receiptDir,
         state](const std::shared_ptr<storage::Store> &store) -> Result<xdomea::Transfers::Received> {
            // Opened again here: an open package cannot be handed between threads.
            auto package = xdomea::openPackage(path);
            if (!package)
                return package.error();
            return xdomea::Transfers(casework::Session(store, userId))
                .receive(package.value(), nodeId, unitId, receiptDir, [state](qint64 done, qint64 total) {
                    state->total = total;
                    state->done = done;
                    return !state->cancelled;
                });
        },
        [this, progress](const Result<xdomea::Transfers::Received> &received) {
            progress->deleteLater();
            m_busy = false;
            updateActions();
            if (!received) {
                refuse(received.error().message);
                return;
            }
            const QString files = tr("%n case file(s)", nullptr, int(received->caseFileIds.size()));
            const QString documents = tr("%n document(s)", nullptr, received->documents);
            const QString sender = partyName(received->sender);
            inform(tr("Case files taken in"),
                   received->receiptPath.isEmpty()
                       ? tr("%1 with %2 taken in from %3.").arg(files, documents, sender)
                       : tr("%1 with %2 taken in from %3; import confirmation at %4")
                             .arg(files, documents, sender, QDir::toNativeSeparators(received->receiptPath)));
            Q_EMIT changed(received->caseFileIds.value(0), {});
        });
}

void XdomeaActions::openDisposal()
{
    if (!m_disposal->isEnabled())
        return;
    if (m_disposalDialog) {
        m_disposalDialog->raise();
        m_disposalDialog->activateWindow();
        return;
    }
    auto *dialog = new DisposalDialog(m_store, m_userId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DisposalDialog::changed, this, [this] { Q_EMIT changed({}, {}); });
    m_disposalDialog = dialog;
    dialog->show();
    Q_EMIT disposalOpened(dialog);
}

}  // namespace aw::ui
