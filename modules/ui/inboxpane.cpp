// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inboxpane.h"

#include "intake/acknowledgement.h"
#include "intake/packagecontent.h"
#include "intake/routing.h"
#include "ui/fileintodialog.h"
#include "ui/inboxmodel.h"
#include "ui/inboxpreview.h"
#include "ui/storeworker.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace aw::ui {

using core::Result;

namespace {

constexpr int PathRole = Qt::UserRole + 1;
constexpr int MimeRole = Qt::UserRole + 2;

// After filing: the acknowledgement, when the office sends it right away (the default).
QString acknowledgeAfterFiling(const casework::Session &session, const QString &entryId)
{
    if (session.store().setting(QStringLiteral("intake.acknowledgeOnFiling"), QStringLiteral("true")) !=
        QLatin1String("true"))
        return InboxPane::tr("No acknowledgement was sent (switched off for this office).");
    auto ack = intake::acknowledge(session, entryId);
    if (!ack)
        return InboxPane::tr("The acknowledgement could not be made: %1 Send it again from the inbox.")
            .arg(ack.error().message);
    return InboxPane::tr("The acknowledgement of receipt is in the outgoing folder.");
}

}  // namespace

InboxPane::InboxPane(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_model(new InboxModel(this))
    , m_filter(new InboxFilter(this))
    , m_show(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_onlyMine(new QCheckBox(tr("Only for &my units"), this))
    , m_list(new QTableView(this))
    , m_header(new QLabel(this))
    , m_form(new QTreeWidget(this))
    , m_attachments(new QListWidget(this))
{
    setObjectName(QStringLiteral("inboxPane"));
    m_filter->setSourceModel(m_model);

    m_show->setObjectName(QStringLiteral("inboxShowCombo"));
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("Open (new and faulty)"), int(InboxFilter::Show::Open));
    m_show->addItem(tr("New"), int(InboxFilter::Show::New));
    m_show->addItem(tr("Faulty"), int(InboxFilter::Show::Faulty));
    m_show->addItem(tr("Filed"), int(InboxFilter::Show::Filed));
    m_show->addItem(tr("Rejected"), int(InboxFilter::Show::Rejected));
    m_show->addItem(tr("All"), int(InboxFilter::Show::All));
    m_text->setObjectName(QStringLiteral("inboxFilterText"));
    m_text->setAccessibleName(tr("Filter by service or applicant"));
    m_text->setPlaceholderText(tr("Filter by service, applicant or remark"));
    m_text->setClearButtonEnabled(true);
    m_onlyMine->setObjectName(QStringLiteral("inboxOnlyMine"));
    m_onlyMine->setAccessibleName(tr("Only for my units"));
    m_onlyMine->setToolTip(tr("Show what the routing rules send to your units, and what no rule covers."));
    m_onlyMine->setChecked(!m_userId.isEmpty());
    m_onlyMine->setEnabled(!m_userId.isEmpty());

    m_list->setObjectName(QStringLiteral("inboxView"));
    m_list->setAccessibleName(tr("Submissions"));
    m_list->setModel(m_filter);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setTabKeyNavigation(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(InboxModel::Received, Qt::DescendingOrder);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);

    m_header->setObjectName(QStringLiteral("inboxHeader"));
    m_header->setAccessibleName(tr("Submission details"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_header->setContentsMargins(6, 6, 6, 6);
    auto *headerScroll = new QScrollArea(this);
    headerScroll->setObjectName(QStringLiteral("inboxHeaderScroll"));
    headerScroll->setAccessibleName(tr("Submission details"));
    headerScroll->setWidget(m_header);
    headerScroll->setWidgetResizable(true);
    headerScroll->setFrameShape(QFrame::NoFrame);

    m_form->setObjectName(QStringLiteral("inboxFormView"));
    m_form->setAccessibleName(tr("Form data"));
    m_form->setHeaderLabels({tr("Field"), tr("Entry")});
    m_form->setAlternatingRowColors(true);
    m_form->setUniformRowHeights(true);
    m_attachments->setObjectName(QStringLiteral("inboxAttachments"));
    m_attachments->setAccessibleName(tr("Attachments"));

    auto *formBox = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *formLabel = new QLabel(tr("Form &data:"), this);
    formLabel->setBuddy(m_form);
    formLayout->addWidget(formLabel);
    formLayout->addWidget(m_form);
    auto *attachmentBox = new QWidget(this);
    auto *attachmentLayout = new QVBoxLayout(attachmentBox);
    attachmentLayout->setContentsMargins(0, 0, 0, 0);
    auto *attachmentLabel = new QLabel(tr("A&ttachments (shown in the viewer):"), this);
    attachmentLabel->setBuddy(m_attachments);
    attachmentLayout->addWidget(attachmentLabel);
    attachmentLayout->addWidget(m_attachments);
    auto *content = new QSplitter(Qt::Horizontal, this);
    content->setObjectName(QStringLiteral("inboxContentSplitter"));
    content->addWidget(formBox);
    content->addWidget(attachmentBox);
    content->setStretchFactor(0, 3);
    content->setStretchFactor(1, 1);

    auto *details = new QSplitter(Qt::Vertical, this);
    details->setObjectName(QStringLiteral("inboxDetailSplitter"));
    details->addWidget(headerScroll);
    details->addWidget(content);
    details->setSizes({190, 330});

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("inboxSplitter"));
    split->addWidget(m_list);
    split->addWidget(details);
    split->setSizes({220, 520});

    auto makeAction = [this](const QString &text, const char *name, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_accept = makeAction(tr("&Accept and route"), "inboxAcceptAction", QKeySequence(Qt::CTRL | Qt::Key_Return),
                          &InboxPane::acceptCurrent);
    m_file = makeAction(tr("&File into case file …"), "inboxFileAction",
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &InboxPane::fileCurrent);
    m_reject = makeAction(tr("&Reject …"), "inboxRejectAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                          &InboxPane::rejectCurrent);
    m_retry = makeAction(tr("&Check again"), "inboxRetryAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                         &InboxPane::retryCurrent);
    m_acknowledge = makeAction(tr("Send ac&knowledgement"), "inboxAcknowledgeAction", QKeySequence(),
                               &InboxPane::acknowledgeCurrent);
    m_open = makeAction(tr("&Open proceeding"), "inboxOpenAction", QKeySequence(Qt::CTRL | Qt::Key_O),
                        &InboxPane::openCurrent);
    m_import = makeAction(tr("Read in &packages …"), "inboxImportAction", QKeySequence(Qt::CTRL | Qt::Key_E),
                          &InboxPane::chooseAndImport);
    m_accept->setStatusTip(tr("File the submission by the routing rules of its service and acknowledge it."));
    m_file->setStatusTip(tr("Choose a case file; the submission becomes a new proceeding there."));
    m_reject->setStatusTip(tr("Reject the submission for good, with a reason."));
    m_retry->setStatusTip(tr("Read a faulty package again, e.g. after the sender fixed it."));
    m_acknowledge->setStatusTip(tr("Make the acknowledgement of receipt again after it failed."));
    m_open->setStatusTip(tr("Show the proceeding the submission became."));
    m_import->setStatusTip(tr("Read submission packages (ZIP) into the inbox."));

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("inboxToolBar"));
    bar->setAccessibleName(tr("Inbox actions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The daily decisions; the rarer ones (acknowledge again, read in packages) are in the menu.
    bar->addActions({m_accept, m_file, m_reject, m_retry, m_open});

    auto *filterRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_show);
    filterRow->addWidget(m_text, 1);
    filterRow->addWidget(m_onlyMine);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(bar);
    layout->addWidget(split, 1);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(InboxFilter::Show(m_show->currentData().toInt()));
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_text, &QLineEdit::textChanged, m_filter, &InboxFilter::setText);
    connect(m_onlyMine, &QCheckBox::toggled, this,
            [this](bool only) { m_filter->setOnlyUnits(m_myUnits, only && !m_userId.isEmpty()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(InboxModel::IdRole).toString();
                if (id.isEmpty())
                    clearPreview();
                else
                    showEntry(id);
                updateActions();
            });
    connect(m_attachments, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && m_content)
            Q_EMIT attachmentSelected(item->data(PathRole).toString(), item->text(), item->data(MimeRole).toString());
    });
    connect(m_header, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("proceeding:")))
            Q_EMIT proceedingRequested(link.mid(11));
    });
    clearPreview();
    updateActions();
}

InboxPane::~InboxPane() = default;

// The actions carry window-wide shortcuts; they act only while the Posteingang is on screen.
void InboxPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions();
}

void InboxPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

QList<QAction *> InboxPane::inboxActions() const
{
    return {m_accept, m_file, m_reject, m_retry, m_acknowledge, m_open, m_import};
}

QString InboxPane::currentId() const
{
    return m_list->currentIndex().data(InboxModel::IdRole).toString();
}

const intake::InboxEntry *InboxPane::current() const
{
    const QModelIndex index = m_filter->mapToSource(m_list->currentIndex());
    return index.isValid() ? &m_model->entry(index.row()) : nullptr;
}

void InboxPane::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Filtered out (e.g. filed while "open" is shown): show everything.
        m_show->setCurrentIndex(m_show->findData(int(InboxFilter::Show::All)));
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void InboxPane::reload()
{
    const quint64 request = ++m_listRequest;
    if (m_wanted.isEmpty())
        m_wanted = currentId();
    struct Listing
    {
        QList<intake::InboxEntry> entries;
        QStringList myUnits;
    };
    runOnStore<Listing>(
        this, m_store,
        [userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<Listing> {
            const casework::Session session(store, userId);
            auto entries = intake::Inbox(session).list();
            if (!entries)
                return entries.error();
            Listing listing{entries.value(), {}};
            if (!userId.isEmpty()) {
                auto actor = session.actor();
                if (!actor)
                    return actor.error();
                for (const core::Membership &m : actor->memberships)
                    listing.myUnits << m.orgUnitId;
            }
            return listing;
        },
        [this, request](const Result<Listing> &listing) {
            if (request != m_listRequest)
                return;
            if (!listing) {
                Q_EMIT failed(listing.error().message);
                return;
            }
            const QList<intake::InboxEntry> &entries = listing->entries;
            m_myUnits = listing->myUnits;
            m_filter->setOnlyUnits(m_myUnits, m_onlyMine->isChecked() && !m_userId.isEmpty());
            const QString wanted = std::exchange(m_wanted, QString());
            m_model->setEntries(entries);
            m_list->resizeColumnToContents(InboxModel::Received);
            m_list->resizeColumnToContents(InboxModel::Status);
            for (const auto &[column, widest] :
                 {std::pair{int(InboxModel::Service), 280}, std::pair{int(InboxModel::Applicant), 220}}) {
                m_list->resizeColumnToContents(column);
                m_list->setColumnWidth(column, qMin(m_list->columnWidth(column), widest));
            }
            int open = 0;
            // What waits for the user's units (and what no rule covers); everything without a user.
            for (const intake::InboxEntry &e : entries) {
                const bool mine = m_userId.isEmpty() || InboxFilter::isFor(e.unitIds, m_myUnits);
                open += mine && (e.status == QLatin1String("new") || e.status == QLatin1String("quarantined"));
            }
            if (!wanted.isEmpty() && m_model->rowOf(wanted) >= 0)
                select(wanted);
            else if (m_filter->rowCount() > 0)
                m_list->setCurrentIndex(m_filter->index(0, 0));
            else
                clearPreview();
            updateActions();
            Q_EMIT loaded(int(entries.size()), open);
        });
}

void InboxPane::clearPreview()
{
    ++m_previewRequest;
    Q_EMIT previewCleared();
    m_content.reset();
    m_proceedingIds.clear();
    m_form->clear();
    m_attachments->clear();
    m_header->setText(m_model->rowCount() == 0 ? tr("Nothing has arrived in the inbox yet.")
                                               : tr("Select a submission to see what it holds."));
}

void InboxPane::showEntry(const QString &id)
{
    clearPreview();
    m_header->setText(tr("Reading the submission …"));
    const quint64 request = m_previewRequest;
    runOnStore<std::shared_ptr<InboxPreview>>(
        this, m_store,
        [id, userId = m_userId](const std::shared_ptr<storage::Store> &store) {
            return readInboxPreview(store, userId, id);
        },
        [this, request](const Result<std::shared_ptr<InboxPreview>> &preview) {
            if (request != m_previewRequest)
                return;  // the user moved on
            if (!preview) {
                m_header->setText(preview.error().message.toHtmlEscaped());
                Q_EMIT failed(preview.error().message);
                return;
            }
            showPreview(*preview.value());
        });
}

void InboxPane::showPreview(const InboxPreview &p)
{
    const intake::InboxEntry &e = p.entry;
    m_content = p.content;
    m_proceedingIds = p.proceedingIds;
    m_header->setText(inboxPreviewHtml(p));

    fillFormTree(m_form, p.form);
    if (p.content) {
        for (const intake::Attachment &a : p.content->submission().attachments) {
            const QString name = a.filename.isEmpty() ? a.attachmentId : a.filename;
            auto *item = new QListWidgetItem(name, m_attachments);
            item->setData(PathRole, p.content->attachmentPath(a));
            item->setData(MimeRole, a.mimeType);
            item->setToolTip(
                tr("%1 (%2)").arg(a.description.isEmpty() ? name : a.description, attachmentPurposeTitle(a.purpose)));
        }
        // The application itself straight into the viewer: the form PDF, else the first attachment.
        int first = 0;
        for (int i = 0; i < p.content->submission().attachments.size(); ++i)
            if (p.content->submission().attachments.at(i).purpose == QLatin1String("form")) {
                first = i;
                break;
            }
        if (m_attachments->count() > 0)
            m_attachments->setCurrentRow(first);
    }
    updateActions();
    Q_EMIT previewShown(e.id);
}

void InboxPane::updateActions()
{
    const intake::InboxEntry *e = isVisible() ? current() : nullptr;
    const bool user = !m_userId.isEmpty() && !m_busy && isVisible();
    const QString status = e ? e->status : QString();
    m_accept->setEnabled(user && status == QLatin1String("new"));
    m_file->setEnabled(user && status == QLatin1String("new"));
    m_reject->setEnabled(user && (status == QLatin1String("new") || status == QLatin1String("quarantined")));
    m_retry->setEnabled(user && status == QLatin1String("quarantined"));
    m_acknowledge->setEnabled(user && status == QLatin1String("filed") && !e->acknowledgedAt.isValid());
    m_open->setEnabled(e && !m_proceedingIds.isEmpty() && m_userId.size() > 0);
    m_import->setEnabled(user);
    const QString signIn = tr("Sign in (--user) to work on the inbox.");
    for (QAction *action : inboxActions())
        action->setToolTip(m_userId.isEmpty() ? signIn : action->statusTip());
}

void InboxPane::runDecision(const QString &id, const QString &busy,
                            std::function<Result<QString>(const std::shared_ptr<storage::Store> &)> work)
{
    m_busy = true;
    updateActions();
    Q_EMIT message(busy);
    runOnStore<QString>(this, m_store, std::move(work), [this, id](const Result<QString> &done) {
        m_busy = false;
        if (!done) {
            updateActions();
            Q_EMIT failed(done.error().message);
            QMessageBox::warning(this, tr("Inbox"), done.error().message);
            return;
        }
        Q_EMIT message(done.value());
        Q_EMIT decided(id, done.value());
        m_wanted = id;
        reload();
    });
}

void InboxPane::acceptCurrent()
{
    const intake::InboxEntry *e = current();
    if (!e || !m_accept->isEnabled())
        return;
    runDecision(e->id, tr("Routing “%1” …").arg(e->serviceName),
                [id = e->id, userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<QString> {
                    const casework::Session session(store, userId);
                    auto routed = intake::Routing(session).route(id);
                    if (!routed)
                        return routed.error();
                    return QString(
                        tr("Filed as %1 with %n document(s).", nullptr, routed->documents)
                            .arg(proceedingReferences(store, routed->proceedingIds).join(QStringLiteral(", "))) +
                        QLatin1Char(' ') + acknowledgeAfterFiling(session, id));
                });
}

void InboxPane::fileCurrent()
{
    const intake::InboxEntry *e = current();
    if (!e || !m_file->isEnabled())
        return;
    const intake::InboxEntry entry = *e;
    QString caseFileId, subject;
    if (m_chooseCaseFile) {
        if (!m_chooseCaseFile(entry, &caseFileId, &subject))
            return;
    } else {
        FileIntoDialog dialog(
            m_store, m_userId,
            entry.applicant.isEmpty() ? entry.serviceName : tr("%1, %2").arg(entry.serviceName, entry.applicant), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        caseFileId = dialog.caseFileId();
        subject = dialog.subject();
    }
    runDecision(entry.id, tr("Filing “%1” …").arg(entry.serviceName),
                [id = entry.id, userId = m_userId, caseFileId,
                 subject](const std::shared_ptr<storage::Store> &store) -> Result<QString> {
                    const casework::Session session(store, userId);
                    auto filed = intake::Routing(session).fileInto(id, caseFileId, subject);
                    if (!filed)
                        return filed.error();
                    return QString(
                        tr("Filed as %1 with %n document(s).", nullptr, filed->documents)
                            .arg(proceedingReferences(store, filed->proceedingIds).join(QStringLiteral(", "))) +
                        QLatin1Char(' ') + acknowledgeAfterFiling(session, id));
                });
}

void InboxPane::rejectCurrent()
{
    const intake::InboxEntry *e = current();
    if (!e || !m_reject->isEnabled())
        return;
    const intake::InboxEntry entry = *e;
    QString reason;
    if (m_chooseReason) {
        if (!m_chooseReason(entry, &reason))
            return;
    } else {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Reject submission"),
            tr("Why is “%1” of %2 rejected? The reason is kept with the submission.")
                .arg(entry.serviceName, entry.applicant.isEmpty() ? tr("an unknown applicant") : entry.applicant),
            QString(), &ok);
        if (!ok)
            return;
    }
    runDecision(
        entry.id, tr("Rejecting …"),
        [id = entry.id, userId = m_userId, reason](const std::shared_ptr<storage::Store> &store) -> Result<QString> {
            auto rejected = intake::Inbox({store, userId}).reject(id, reason);
            if (!rejected)
                return rejected.error();
            return tr("The submission was rejected.");
        });
}

void InboxPane::retryCurrent()
{
    const intake::InboxEntry *e = current();
    if (!e || !m_retry->isEnabled())
        return;
    runDecision(e->id, tr("Checking the package again …"),
                [id = e->id, userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<QString> {
                    auto checked = intake::Inbox({store, userId}).retry(id);
                    if (!checked)
                        return checked.error();
                    if (checked->entry.status == QLatin1String("quarantined"))
                        return tr("Still faulty: %1").arg(checked->entry.problem);
                    return tr("The package is in order now.");
                });
}

void InboxPane::acknowledgeCurrent()
{
    const intake::InboxEntry *e = current();
    if (!e || !m_acknowledge->isEnabled())
        return;
    runDecision(e->id, tr("Making the acknowledgement …"),
                [id = e->id, userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<QString> {
                    auto ack = intake::acknowledge({store, userId}, id);
                    if (!ack)
                        return ack.error();
                    return tr("The acknowledgement of receipt is in the outgoing folder.");
                });
}

void InboxPane::openCurrent()
{
    if (!m_proceedingIds.isEmpty())
        Q_EMIT proceedingRequested(m_proceedingIds.first());
}

void InboxPane::chooseAndImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Read in submission packages"), QString(),
                                                            tr("Submission packages (*.zip);;All files (*)"));
    if (!files.isEmpty())
        importPackages(files);
}

void InboxPane::importPackages(const QStringList &paths)
{
    if (m_userId.isEmpty() || paths.isEmpty())
        return;
    runDecision(QString(), tr("Reading %n package(s) …", nullptr, int(paths.size())),
                [paths, userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<QString> {
                    intake::Inbox inbox({store, userId});
                    int fresh = 0, faulty = 0, known = 0;
                    QStringList problems;
                    for (const QString &path : paths) {
                        auto received = inbox.receive(path);
                        if (!received) {
                            problems << received.error().message;
                            continue;
                        }
                        if (received->alreadyKnown)
                            ++known;
                        else if (received->entry.status == QLatin1String("quarantined"))
                            ++faulty;
                        else
                            ++fresh;
                    }
                    QString text = tr("%n new submission(s)", nullptr, fresh) + QStringLiteral(", ") +
                                   tr("%n faulty", nullptr, faulty) + QStringLiteral(", ") +
                                   tr("%n already there", nullptr, known) + QLatin1Char('.');
                    if (!problems.isEmpty())
                        text += QLatin1Char(' ') + tr("Not read: %1").arg(problems.join(QStringLiteral("; ")));
                    return text;
                });
}

}  // namespace aw::ui
