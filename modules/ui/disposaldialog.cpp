// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/disposaldialog.h"

#include "ui/dates.h"
#include "ui/duefiletree.h"
#include "ui/folderfield.h"
#include "ui/formdialog.h"
#include "ui/storeworker.h"
#include "ui/xdomeaactions.h"
#include "xdomea/disposals.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace aw::ui {

using core::Result;

namespace {

const QString ArchiveKey = QStringLiteral("xdomea.archive");

enum ProcessColumn
{
    CreatedAt,
    Partner,
    StateColumn,
    Files
};
constexpr int ProcessIdRole = Qt::UserRole;
constexpr int ProcessStateRole = Qt::UserRole + 1;

// How many references the confirmation of a destruction names before it says "and n more".
constexpr int NamedReferences = 12;

// What the dialog shows, read on a worker.
struct Overview
{
    QList<xdomea::DueFile> due;
    QList<xdomea::Process> processes;
    QHash<QString, int> files;  // items by process id
    QString archive;
};

Result<Overview> readOverview(const casework::Session &session, const QDate &today)
{
    const xdomea::Disposals disposals(session);
    auto due = disposals.due(today);
    if (!due)
        return due.error();
    auto processes = disposals.processes();
    if (!processes)
        return processes.error();
    Overview overview{due.value(), processes.value(), {}, {}};
    for (const xdomea::Process &p : overview.processes) {
        auto items = disposals.items(p.id);
        if (!items)
            return items.error();
        overview.files.insert(p.id, int(items->size()));
    }
    // A proper name, not translated: the usual partner of a district office.
    overview.archive = session.store().setting(ArchiveKey).trimmed();
    if (overview.archive.isEmpty())
        overview.archive = QStringLiteral("Landesarchiv");
    return overview;
}

QPushButton *actionButton(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral(" …")));
    button->setToolTip(tip);
    // Enter in the lists must never offer or destroy anything.
    button->setAutoDefault(false);
    return button;
}

QStringList idsOf(const QList<xdomea::DueFile> &files)
{
    QStringList ids;
    for (const xdomea::DueFile &f : files)
        ids << f.caseFileId;
    return ids;
}

}  // namespace

DisposalDialog::DisposalDialog(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_files(new DueFileTree(this))
    , m_processes(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_offer(actionButton(tr("&Offer to the archive (0501) …"), QStringLiteral("offerButton"),
                           tr("Offer the ticked files marked A or B to the archive (Anbieteverzeichnis)"), this))
    , m_destroy(actionButton(tr("&Destroy …"), QStringLiteral("destroyButton"),
                             tr("Destroy the ticked files the file plan marks V, or that the archive has declined"),
                             this))
    , m_answer(actionButton(tr("&Read the archive's answer …"), QStringLiteral("readAnswerButton"),
                            tr("Read the archive's evaluation (0502) or a receipt (0504–0507)"), this))
    , m_handOver(actionButton(tr("&Hand over to the archive (0503) …"), QStringLiteral("handOverButton"),
                              tr("Hand the files the archive keeps over to it, with all their documents"), this))
    , m_reload(actionButton(tr("Re&load"), QStringLiteral("disposalReload"), tr("Read the lists again"), this))
    , m_close(actionButton(tr("&Close"), QStringLiteral("disposalClose"), QString(), this))
{
    setObjectName(QStringLiteral("disposalDialog"));
    setWindowTitle(tr("Disposal (Aussonderung)"));
    setSizeGripEnabled(true);
    resize(1000, 600);

    auto *intro = new QLabel(tr("Closed case files whose retention period has ended. Tick the files to offer them "
                                "to the archive or to destroy them; files the archive has evaluated are listed by "
                                "its decision."),
                             this);
    intro->setObjectName(QStringLiteral("disposalIntro"));
    intro->setWordWrap(true);
    auto *filesLabel = new QLabel(tr("Due &files:"), this);
    filesLabel->setBuddy(m_files);

    m_processes->setObjectName(QStringLiteral("disposalProcesses"));
    m_processes->setAccessibleName(tr("Disposals with the archive"));
    m_processes->setHeaderLabels({tr("Started"), tr("Archive"), tr("State"), tr("Files")});
    m_processes->setRootIsDecorated(false);
    m_processes->setUniformRowHeights(true);
    m_processes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_processes->header()->setStretchLastSection(false);
    m_processes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_processes->header()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    auto *processesLabel = new QLabel(tr("Disposal &processes:"), this);
    processesLabel->setBuddy(m_processes);

    m_status->setObjectName(QStringLiteral("disposalStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_offer);
    fileButtons->addWidget(m_destroy);
    fileButtons->addStretch();
    auto *processButtons = new QHBoxLayout;
    processButtons->addWidget(m_answer);
    processButtons->addWidget(m_handOver);
    processButtons->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_reload);
    bottom->addStretch();
    bottom->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(filesLabel);
    layout->addWidget(m_files, 3);
    layout->addLayout(fileButtons);
    layout->addSpacing(8);
    layout->addWidget(processesLabel);
    layout->addWidget(m_processes, 1);
    layout->addLayout(processButtons);
    layout->addWidget(m_status);
    layout->addLayout(bottom);

    setTabOrder(m_files, m_offer);
    setTabOrder(m_offer, m_destroy);
    setTabOrder(m_destroy, m_processes);
    setTabOrder(m_processes, m_answer);
    setTabOrder(m_answer, m_handOver);
    setTabOrder(m_handOver, m_reload);
    setTabOrder(m_reload, m_close);

    connect(m_files, &DueFileTree::checkedChanged, this, &DisposalDialog::updateButtons);
    connect(m_processes, &QTreeWidget::currentItemChanged, this, &DisposalDialog::updateButtons);
    connect(m_offer, &QPushButton::clicked, this, &DisposalDialog::chooseOffer);
    connect(m_destroy, &QPushButton::clicked, this, &DisposalDialog::chooseDestroy);
    connect(m_answer, &QPushButton::clicked, this, &DisposalDialog::chooseAnswer);
    connect(m_handOver, &QPushButton::clicked, this, &DisposalDialog::chooseHandOver);
    connect(m_reload, &QPushButton::clicked, this, &DisposalDialog::reload);
    connect(m_close, &QPushButton::clicked, this, &DisposalDialog::reject);
    m_files->setFocus();
    reload();
}

QString DisposalDialog::statusText() const
{
    return m_status->text();
}

void DisposalDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void DisposalDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // Bold rather than a colour of its own: readable in every palette, high contrast included.
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
}

void DisposalDialog::fail(const QString &message)
{
    showStatus(message, true);
    Q_EMIT failed(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Disposal"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("disposalMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Ok)->setObjectName(QStringLiteral("disposalMessageOk"));
    box->button(QMessageBox::Ok)->setAccessibleName(tr("OK"));
    box->open();
}

void DisposalDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_reload->setEnabled(!busy);
    m_close->setEnabled(!busy);
    m_answer->setEnabled(!busy);
    updateButtons();
}

QString DisposalDialog::selectedProcessId() const
{
    const QTreeWidgetItem *item = m_processes->currentItem();
    return item ? item->data(CreatedAt, ProcessIdRole).toString() : QString();
}

void DisposalDialog::updateButtons()
{
    const QList<xdomea::DueFile> ticked = m_files->checkedFiles();
    m_offer->setEnabled(!m_busy && std::any_of(ticked.cbegin(), ticked.cend(), &DueFileTree::mayOffer));
    m_destroy->setEnabled(!m_busy && std::any_of(ticked.cbegin(), ticked.cend(), &DueFileTree::mayDestroy));
    const QTreeWidgetItem *process = m_processes->currentItem();
    m_handOver->setEnabled(!m_busy && process &&
                           process->data(CreatedAt, ProcessStateRole).toInt() == int(xdomea::ProcessState::Evaluated));
}

template <typename T>
void DisposalDialog::run(const QString &busyText, std::function<Result<T>(const casework::Session &)> work,
                         std::function<QString(const T &)> done)
{
    setBusy(true);
    showStatus(busyText);
    runOnStore<T>(
        this, m_store,
        [userId = m_userId, work = std::move(work)](const std::shared_ptr<storage::Store> &store) {
            return work(casework::Session(store, userId));
        },
        [this, done = std::move(done)](const Result<T> &result) {
            setBusy(false);
            if (!result) {
                fail(result.error().message);
                return;
            }
            const QString text = done(result.value());
            showStatus(text);
            Q_EMIT succeeded(text);
            Q_EMIT changed();
            reload();
        });
}

void DisposalDialog::reload()
{
    if (m_busy)
        return;
    setBusy(true);
    const QDate today = QDate::currentDate();
    runOnStore<Overview>(
        this, m_store,
        [userId = m_userId, today](const std::shared_ptr<storage::Store> &store) {
            return readOverview(casework::Session(store, userId), today);
        },
        [this](const Result<Overview> &overview) {
            setBusy(false);
            if (!overview) {
                fail(overview.error().message);
                return;
            }
            QHash<QString, xdomea::Process> byId;
            for (const xdomea::Process &p : overview->processes)
                byId.insert(p.id, p);
            m_files->setFiles(overview->due, byId);
            const QString keep = selectedProcessId();
            m_processes->clear();
            for (const xdomea::Process &p : overview->processes) {
                auto *item = new QTreeWidgetItem(m_processes);
                item->setData(CreatedAt, ProcessIdRole, p.id);
                item->setData(CreatedAt, ProcessStateRole, int(p.state));
                item->setText(CreatedAt, shortDateTime(p.createdAt));
                item->setText(Partner, p.partner);
                item->setText(StateColumn, xdomea::stateTitle(p.state));
                item->setText(Files, QString::number(overview->files.value(p.id)));
                item->setTextAlignment(Files, Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(CreatedAt, tr("ProzessID %1").arg(p.id));
                if (p.id == keep)
                    m_processes->setCurrentItem(item);
            }
            m_archive = overview->archive;
            if (m_status->text().isEmpty())
                showStatus(tr("%n case file(s) due for disposal.", nullptr, m_files->fileCount()));
            updateButtons();
            Q_EMIT loaded();
        });
}

void DisposalDialog::chooseOffer()
{
    QList<xdomea::DueFile> files = m_files->checkedFiles();
    files.removeIf([](const xdomea::DueFile &f) { return !DueFileTree::mayOffer(f); });
    if (files.isEmpty())
        return;
    FormDialog ask(QStringLiteral("offerDialog"), tr("Offer to the archive"), this);
    ask.addText(tr("%n case file(s) are offered to the archive with their metadata, without documents "
                   "(Anbieteverzeichnis 0501). The archive answers with its evaluation (0502).",
                   nullptr, int(files.size())));
    auto *archive = new QLineEdit(m_archive, &ask);
    ask.addField(tr("&Archive:"), archive, QStringLiteral("offerArchive"), tr("Archive"));
    auto *folder =
        new FolderField(QStringLiteral("offerFolder"), tr("Folder for the offer"), tr("Folder for the offer"), &ask);
    folder->setPath(FolderField::defaultFolder());
    ask.addField(tr("Package &folder:"), folder, QStringLiteral("offerFolder"), tr("Folder for the offer"));
    ask.setOkText(tr("&Offer"));
    ask.setCheck([archive, folder] {
        if (archive->text().trimmed().isEmpty())
            return tr("Enter the archive the files are offered to.");
        return folder->path().isEmpty() ? tr("Choose the folder for the offer.") : QString();
    });
    archive->setFocus();
    archive->selectAll();
    if (ask.exec() == QDialog::Accepted)
        offer(idsOf(files), archive->text().trimmed(), folder->path());
}

void DisposalDialog::offer(const QStringList &caseFileIds, const QString &archive, const QString &folder)
{
    const QDate today = QDate::currentDate();
    run<xdomea::Disposals::Sent>(
        tr("Writing the offer …"),
        [caseFileIds, archive, folder, today](const casework::Session &session) -> Result<xdomea::Disposals::Sent> {
            auto sent = xdomea::Disposals(session).offer(caseFileIds, {archive, {}}, folder, today);
            // The next offer most likely goes to the same archive; not remembering it costs a retype.
            if (sent)
                session.store().setSetting(ArchiveKey, archive);
            return sent;
        },
        [archive](const xdomea::Disposals::Sent &sent) {
            return tr("%n case file(s) offered to %1. The offer (0501) is at %2; send it to the archive and read "
                      "its evaluation (0502) here when it comes.",
                      nullptr, sent.caseFiles)
                .arg(archive, QDir::toNativeSeparators(sent.packagePath));
        });
}

void DisposalDialog::chooseAnswer()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Read the archive's answer"), FolderField::defaultFolder(),
                                     tr("xdomea packages (*.zip);;All files (*)"));
    if (!path.isEmpty())
        readAnswer(path);
}

void DisposalDialog::readAnswer(const QString &path)
{
    run<QString>(
        tr("Reading the archive's answer …"),
        [path](const casework::Session &session) -> Result<QString> {
            auto package = xdomea::openPackage(path);
            if (!package)
                return package.error();
            return recordAnswer(session, package.value());
        },
        [](const QString &report) { return report; });
}

void DisposalDialog::chooseHandOver()
{
    const QString processId = selectedProcessId();
    if (processId.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the hand-over to the archive"),
                                                             FolderField::defaultFolder());
    if (!folder.isEmpty())
        handOver(processId, folder);
}

void DisposalDialog::handOver(const QString &processId, const QString &folder)
{
    run<xdomea::Disposals::Sent>(
        tr("Writing the hand-over with all documents …"),
        [processId, folder](const casework::Session &session) {
            return xdomea::Disposals(session).transfer(processId, folder);
        },
        [](const xdomea::Disposals::Sent &sent) {
            return tr("%n case file(s) handed over to the archive: %1. Their content is removed from the store when "
                      "the archive's import confirmation (0506) is read here.",
                      nullptr, sent.caseFiles)
                .arg(QDir::toNativeSeparators(sent.packagePath));
        });
}

void DisposalDialog::chooseDestroy()
{
    QList<xdomea::DueFile> files = m_files->checkedFiles();
    files.removeIf([](const xdomea::DueFile &f) { return !DueFileTree::mayDestroy(f); });
    if (files.isEmpty())
        return;
    QStringList references;
    for (const xdomea::DueFile &f : files.mid(0, NamedReferences))
        references << f.reference + QStringLiteral(" – ") + f.subject;
    if (files.size() > NamedReferences)
        references << tr("… and %n more", nullptr, int(files.size() - NamedReferences));
    QMessageBox box(QMessageBox::Warning, tr("Destroy case files"),
                    tr("Destroy %n case file(s) for good?", nullptr, int(files.size())), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("destroyConfirm"));
    box.setInformativeText(tr("Their documents, versions and notes are deleted from the store. Only the record of "
                              "each file (reference, subject, dates) and of its destruction remains. This cannot be "
                              "undone.\n\n%1")
                               .arg(references.join(QLatin1Char('\n'))));
    QPushButton *destroy = box.addButton(tr("&Destroy for good"), QMessageBox::DestructiveRole);
    destroy->setObjectName(QStringLiteral("destroyConfirmOk"));
    destroy->setAccessibleName(tr("Destroy for good"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("destroyConfirmCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == destroy)
        destroyFiles(idsOf(files));
}

void DisposalDialog::destroyFiles(const QStringList &caseFileIds)
{
    const QDate today = QDate::currentDate();
    run<QList<xdomea::DisposedCaseFile>>(
        tr("Destroying …"),
        [caseFileIds, today](const casework::Session &session) {
            return xdomea::Disposals(session).destroy(caseFileIds, today);
        },
        [](const QList<xdomea::DisposedCaseFile> &destroyed) {
            int documents = 0;
            for (const xdomea::DisposedCaseFile &d : destroyed)
                documents += d.documents;
            return tr("%1 destroyed with %2; the record of each file and of its destruction remains.")
                .arg(tr("%n case file(s)", nullptr, int(destroyed.size())), tr("%n document(s)", nullptr, documents));
        });
}

}  // namespace aw::ui
