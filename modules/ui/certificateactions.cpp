// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/certificateactions.h"

#include "casework/session.h"
#include "civilstatus/registercsv.h"
#include "civilstatus/registers.h"
#include "civilstatus/requests.h"
#include "storage/orgrepository.h"
#include "ui/certificaterequestdialog.h"
#include "ui/requestform.h"
#include "ui/storeworker.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

using namespace aw::civilstatus;
using aw::core::Result;

namespace aw::ui {

CertificateActions::CertificateActions(std::shared_ptr<storage::Store> store, QString userId, QWidget *window)
    : QObject(window)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_window(window)
    , m_open(new QAction(tr("Certificate re&quest …"), this))
    , m_counter(new QAction(tr("Certificate request at the &counter …"), this))
    , m_importRegister(new QAction(tr("Import register inde&x …"), this))
{
    m_open->setObjectName(QStringLiteral("openCertificateRequestAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_open->setToolTip(tr("Work the certificate request of this proceeding: register entry, entitlement, fee, "
                          "certificate"));
    m_counter->setObjectName(QStringLiteral("counterCertificateRequestAction"));
    m_counter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_counter->setToolTip(tr("Take a certificate request of a walk-in into the selected case file"));
    m_importRegister->setObjectName(QStringLiteral("importRegisterAction"));
    m_importRegister->setToolTip(tr("Load the Standesamt's register index from a CSV file (supervisors and the "
                                    "registry)"));
    m_importRegister->setEnabled(!m_userId.isEmpty());
    connect(m_importRegister, &QAction::triggered, this, &CertificateActions::chooseRegisterImport);
    connect(m_open, &QAction::triggered, this, &CertificateActions::openRequest);
    connect(m_counter, &QAction::triggered, this, &CertificateActions::counterRequest);
    setSelection({}, {});
}

void CertificateActions::setSelection(std::optional<storage::CaseFile> caseFile,
                                      std::optional<storage::Proceeding> proceeding)
{
    m_caseFile = std::move(caseFile);
    m_proceeding = std::move(proceeding);
    m_open->setEnabled(!m_userId.isEmpty() && m_proceeding.has_value());
    m_counter->setEnabled(!m_userId.isEmpty() && m_caseFile && !m_caseFile->isClosed());
}

QList<QAction *> CertificateActions::actions() const
{
    return {m_open, m_counter};
}

void CertificateActions::showRequest(const QString &requestId, const QString &caseFileId)
{
    auto *view = new CertificateRequestDialog(m_store, m_userId, requestId, m_window);
    connect(view, &CertificateRequestDialog::changed, this,
            [this, caseFileId](const QString &proceedingId) { Q_EMIT changed(caseFileId, proceedingId); });
    view->show();
    Q_EMIT opened(view);
}

void CertificateActions::openRequest()
{
    if (!m_proceeding)
        return;
    const QString proceedingId = m_proceeding->id;
    const QString caseFileId = m_proceeding->caseFileId;
    runOnStore<std::optional<CertificateRequest>>(
        this, m_store,
        [userId = m_userId, proceedingId](const std::shared_ptr<storage::Store> &store) {
            return CertificateRequests(casework::Session(store, userId)).forProceeding(proceedingId);
        },
        [this, caseFileId](const Result<std::optional<CertificateRequest>> &request) {
            if (!request) {
                Q_EMIT failed(request.error().message);
                return;
            }
            if (!request->has_value()) {
                Q_EMIT failed(tr("This proceeding holds no certificate request. Requests come from the online "
                                 "service or are taken at the counter (Ctrl+Shift+U)."));
                return;
            }
            showRequest(request->value().id, caseFileId);
        });
}

void CertificateActions::counterRequest()
{
    if (!m_caseFile || m_caseFile->isClosed())
        return;
    const QString caseFileId = m_caseFile->id;
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("counterRequestDialog"));
    dialog->setWindowTitle(tr("Certificate request at the counter"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new RequestForm(dialog);
    CertificateRequest blank;
    blank.delivery = Delivery::Pickup;
    form->setRequest(blank);
    auto *intro = new QLabel(tr("A new proceeding in %1 – %2").arg(m_caseFile->reference, m_caseFile->subject), dialog);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Take request"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, form, caseFileId] {
        const CertificateRequest draft = form->request();
        dialog->setEnabled(false);
        runOnStore<CertificateRequest>(
            dialog, m_store,
            [userId = m_userId, caseFileId, draft](const std::shared_ptr<storage::Store> &store) {
                return CertificateRequests(casework::Session(store, userId)).createAtCounter(caseFileId, draft);
            },
            [this, dialog, caseFileId](const Result<CertificateRequest> &created) {
                dialog->setEnabled(true);
                if (!created) {
                    Q_EMIT failed(created.error().message);
                    return;
                }
                dialog->accept();
                Q_EMIT changed(caseFileId, created->proceedingId);
                showRequest(created->id, caseFileId);
            });
    });
    dialog->open();
    form->firstField()->setFocus();
}

void CertificateActions::chooseRegisterImport()
{
    // The units whose registers this user may import into.
    runOnStore<QList<storage::OrgUnit>>(
        this, m_store,
        [userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<QList<storage::OrgUnit>> {
            const casework::Session session(store, userId);
            const storage::OrgRepository org(session.db());
            auto memberships = org.memberships(userId);
            if (!memberships)
                return memberships.error();
            QList<storage::OrgUnit> units;
            for (const storage::Membership &m : memberships.value()) {
                if (!session.permit(core::Action::ImportRegister, {m.orgUnitId, {}, false}))
                    continue;
                auto unit = org.unit(m.orgUnitId);
                if (unit && std::none_of(units.cbegin(), units.cend(),
                                         [&](const storage::OrgUnit &u) { return u.id == unit->id; }))
                    units << unit.value();
            }
            return units;
        },
        [this](const Result<QList<storage::OrgUnit>> &units) {
            if (!units) {
                Q_EMIT failed(units.error().message);
                return;
            }
            if (units->isEmpty()) {
                Q_EMIT failed(tr("Only a supervisor of the Standesamt or the registry may import a register index."));
                return;
            }
            QString unitId = units->first().id;
            if (units->size() > 1) {
                QStringList names;
                for (const storage::OrgUnit &u : units.value())
                    names << u.name;
                bool ok = false;
                const QString chosen = QInputDialog::getItem(m_window, tr("Import register index"), tr("Registers of:"),
                                                             names, 0, false, &ok);
                if (!ok)
                    return;
                unitId = units->at(names.indexOf(chosen)).id;
            }
            const QString path = QFileDialog::getOpenFileName(m_window, tr("Import register index"), QString(),
                                                              tr("Register index (*.csv);;All files (*)"));
            if (!path.isEmpty())
                importRegister(unitId, path);
        });
}

void CertificateActions::importRegister(const QString &unitId, const QString &path)
{
    auto *progress = new QProgressDialog(tr("Importing the register index …"), QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("registerImportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_importRegister->setEnabled(false);
    runOnStore<Registers::ImportReport>(
        this, m_store,
        [userId = m_userId, unitId,
         path](const std::shared_ptr<storage::Store> &store) -> Result<Registers::ImportReport> {
            QFile file(path);
            if (file.size() > MaxRegisterCsvBytes)
                return core::invalid(tr("“%1” is larger than %2 MB. Split the register index and import it in parts.")
                                         .arg(QDir::toNativeSeparators(path))
                                         .arg(MaxRegisterCsvBytes / (1024 * 1024)));
            if (!file.open(QIODevice::ReadOnly))
                return core::ioError(
                    tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return Registers(casework::Session(store, userId)).importCsv(unitId, file.readAll());
        },
        [this, progress](const Result<Registers::ImportReport> &report) {
            progress->close();
            m_importRegister->setEnabled(true);
            if (!report) {
                Q_EMIT failed(report.error().message);
                return;
            }
            Q_EMIT message(tr("Register index imported: %1 new, %2 changed, %3 unchanged.")
                               .arg(report->added)
                               .arg(report->updated)
                               .arg(report->unchanged));
        });
}

}  // namespace aw::ui
