// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/detailpane.h"

#include "ui/dates.h"
#include "ui/storeworker.h"
#include "ui/undosteps.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace aw::ui {

using core::Result;

namespace {

QLabel *valueLabel(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

// A hint above or below fields: why they are read-only, or why an edit was not saved.
QLabel *hintLabel(QWidget *parent, const QString &name, bool error)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setItalic(!error);
    font.setBold(error);
    label->setFont(font);
    if (error) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, Qt::darkRed);
        label->setPalette(palette);
    }
    label->hide();
    return label;
}

QLineEdit *subjectEdit(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QTreeWidget *listView(QWidget *parent, const QString &name, const QString &accessibleName, const QStringList &columns)
{
    auto *view = new QTreeWidget(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setHeaderLabels(columns);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

}  // namespace

DetailPane::DetailPane(std::shared_ptr<storage::Store> store, QString userId, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_undo(undo)
    , m_own(ownRevisionsOf(undo))
    , m_title(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setAccessibleName(tr("Shown object"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setContentsMargins(6, 6, 6, 2);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAccessibleName(tr("Details"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setContentsMargins(24, 24, 24, 24);

    // Details: the proceeding (when one is shown) above its case file.
    auto *metadata = new QWidget(this);
    metadata->setObjectName(QStringLiteral("detailMetadata"));
    m_proceedingBox = new QGroupBox(tr("Proceeding"), metadata);
    m_proceedingBox->setObjectName(QStringLiteral("detailProceedingBox"));
    m_proceedingReadOnly = hintLabel(m_proceedingBox, QStringLiteral("proceedingReadOnlyHint"), false);
    m_proceedingReference = valueLabel(m_proceedingBox, QStringLiteral("proceedingReference"), tr("Reference"));
    m_proceedingSubject = subjectEdit(m_proceedingBox, QStringLiteral("proceedingSubject"), tr("Proceeding subject"));
    m_proceedingError = hintLabel(m_proceedingBox, QStringLiteral("proceedingSubjectError"), true);
    m_proceedingStatus = valueLabel(m_proceedingBox, QStringLiteral("proceedingStatus"), tr("Status"));
    m_assignee = valueLabel(m_proceedingBox, QStringLiteral("proceedingAssignee"), tr("Assignee"));
    m_due = new QDateEdit(m_proceedingBox);
    m_due->setObjectName(QStringLiteral("proceedingDue"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(shortDateFormat());
    m_due->setMinimumDate(QDate(2000, 1, 1));
    m_due->setSpecialValueText(QStringLiteral("–"));  // shown at the minimum, which stands for none
    m_due->installEventFilter(this);
    if (auto *text = m_due->findChild<QLineEdit *>()) {
        text->setObjectName(QStringLiteral("proceedingDueText"));
        text->setAccessibleName(m_due->accessibleName());
    }
    m_noDue = new QCheckBox(tr("no due date"), m_proceedingBox);
    m_noDue->setObjectName(QStringLiteral("proceedingNoDue"));
    m_noDue->setAccessibleName(tr("No due date"));
    m_overdue = valueLabel(m_proceedingBox, QStringLiteral("proceedingOverdue"), tr("Overdue"));
    m_overdue->setText(tr("overdue"));
    QPalette red = m_overdue->palette();
    red.setColor(QPalette::WindowText, Qt::darkRed);
    m_overdue->setPalette(red);
    m_dueError = hintLabel(m_proceedingBox, QStringLiteral("proceedingDueError"), true);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due);
    dueRow->addWidget(m_noDue);
    dueRow->addWidget(m_overdue);
    dueRow->addStretch(1);
    auto *proceedingForm = new QFormLayout(m_proceedingBox);
    proceedingForm->addRow(m_proceedingReadOnly);
    proceedingForm->addRow(tr("Reference:"), m_proceedingReference);
    proceedingForm->addRow(tr("Subject:"), m_proceedingSubject);
    proceedingForm->addRow(QString(), m_proceedingError);
    proceedingForm->addRow(tr("Status:"), m_proceedingStatus);
    proceedingForm->addRow(tr("Assignee:"), m_assignee);
    proceedingForm->addRow(tr("Due:"), dueRow);
    proceedingForm->addRow(QString(), m_dueError);
    qobject_cast<QLabel *>(proceedingForm->labelForField(dueRow))->setBuddy(m_due);

    m_caseFileBox = new QGroupBox(tr("Case file"), metadata);
    m_caseFileBox->setObjectName(QStringLiteral("detailCaseFileBox"));
    m_caseFileReadOnly = hintLabel(m_caseFileBox, QStringLiteral("caseFileReadOnlyHint"), false);
    m_caseFileReference = valueLabel(m_caseFileBox, QStringLiteral("caseFileReference"), tr("Reference"));
    m_caseFileSubject = subjectEdit(m_caseFileBox, QStringLiteral("caseFileSubject"), tr("Case file subject"));
    m_caseFileError = hintLabel(m_caseFileBox, QStringLiteral("caseFileSubjectError"), true);
    m_unit = valueLabel(m_caseFileBox, QStringLiteral("caseFileUnit"), tr("Owning unit"));
    m_node = valueLabel(m_caseFileBox, QStringLiteral("caseFileNode"), tr("File plan entry"));
    m_caseFileStatus = valueLabel(m_caseFileBox, QStringLiteral("caseFileStatus"), tr("Status"));
    m_period = valueLabel(m_caseFileBox, QStringLiteral("caseFilePeriod"), tr("Period"));
    m_retention = valueLabel(m_caseFileBox, QStringLiteral("caseFileRetention"), tr("Retention until"));
    m_disposal = valueLabel(m_caseFileBox, QStringLiteral("caseFileDisposal"), tr("Disposal"));
    auto *caseFileForm = new QFormLayout(m_caseFileBox);
    caseFileForm->addRow(m_caseFileReadOnly);
    caseFileForm->addRow(tr("Reference:"), m_caseFileReference);
    caseFileForm->addRow(tr("Subject:"), m_caseFileSubject);
    caseFileForm->addRow(QString(), m_caseFileError);
    caseFileForm->addRow(tr("Owning unit:"), m_unit);
    caseFileForm->addRow(tr("File plan entry:"), m_node);
    caseFileForm->addRow(tr("Status:"), m_caseFileStatus);
    caseFileForm->addRow(tr("Period:"), m_period);
    caseFileForm->addRow(tr("Retention until:"), m_retention);
    caseFileForm->addRow(tr("Disposal:"), m_disposal);

    auto *metadataLayout = new QVBoxLayout(metadata);
    metadataLayout->addWidget(m_proceedingBox);
    metadataLayout->addWidget(m_caseFileBox);
    metadataLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailMetadataScroll"));
    scroll->setAccessibleName(tr("Details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);  // Tab goes to the fields, not to the scroll area
    scroll->setWidget(metadata);

    for (QLineEdit *edit : {m_caseFileSubject, m_proceedingSubject})
        edit->installEventFilter(this);
    connect(m_caseFileSubject, &QLineEdit::editingFinished, this, [this] { commitSubject(false); });
    connect(m_proceedingSubject, &QLineEdit::editingFinished, this, [this] { commitSubject(true); });
    connect(m_caseFileSubject, &QLineEdit::textEdited, m_caseFileError, &QWidget::hide);
    connect(m_proceedingSubject, &QLineEdit::textEdited, m_proceedingError, &QWidget::hide);
    // The date is saved when the field is left or Enter pressed, or a day picked in the calendar;
    // not at each digit typed. Queued, so that leaving the date for "no due date" does not save
    // the date first.
    connect(m_due, &QDateEdit::editingFinished, this, &DetailPane::commitDue, Qt::QueuedConnection);
    connect(m_due->calendarWidget(), &QCalendarWidget::clicked, this, &DetailPane::commitDue, Qt::QueuedConnection);
    connect(m_due->calendarWidget(), &QCalendarWidget::activated, this, &DetailPane::commitDue, Qt::QueuedConnection);
    connect(m_noDue, &QCheckBox::toggled, this, &DetailPane::noDueToggled);
    connect(m_due, &QDateEdit::dateChanged, this, [this] { m_dueTouched = true; });

    // Notes, resubmissions and history.
    m_notes = new QTextBrowser(this);
    m_notes->setObjectName(QStringLiteral("detailNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setOpenLinks(false);

    auto *resubmissionPage = new QWidget(this);
    resubmissionPage->setObjectName(QStringLiteral("detailResubmissionPage"));
    m_resubmissions = listView(resubmissionPage, QStringLiteral("detailResubmissions"), tr("Resubmissions"),
                               {tr("Due"), tr("For"), tr("Note"), tr("On"), tr("State")});
    m_resubmissions->header()->setSectionResizeMode(ResubmissionNote, QHeaderView::Stretch);
    m_doneAction = new QAction(tr("Mark as done"), resubmissionPage);
    m_doneAction->setObjectName(QStringLiteral("resubmissionDoneAction"));
    m_doneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_doneAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    resubmissionPage->addAction(m_doneAction);
    m_doneButton = new QPushButton(m_doneAction->text(), resubmissionPage);
    m_doneButton->setObjectName(QStringLiteral("resubmissionDoneButton"));
    m_doneButton->setAccessibleName(tr("Mark the selected resubmission as done"));
    connect(m_doneAction, &QAction::triggered, this, &DetailPane::markDone);
    connect(m_doneButton, &QPushButton::clicked, this, &DetailPane::markDone);
    connect(m_resubmissions, &QTreeWidget::currentItemChanged, this, &DetailPane::updateDoneButton);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_doneButton);
    auto *resubmissionLayout = new QVBoxLayout(resubmissionPage);
    resubmissionLayout->setContentsMargins(0, 0, 0, 0);
    resubmissionLayout->addWidget(m_resubmissions, 1);
    resubmissionLayout->addLayout(buttons);

    m_history = listView(this, QStringLiteral("detailHistory"), tr("History"), {tr("When"), tr("Who"), tr("What")});
    m_history->header()->setStretchLastSection(true);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setAccessibleName(tr("Details"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("detailTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Detail sections"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("Details"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_tabs->addTab(resubmissionPage, tr("Resubmissions"));
    m_tabs->addTab(m_history, tr("History"));

    m_pages->setObjectName(QStringLiteral("detailPages"));
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);
    clear();
}

QString DetailPane::caseFileId() const
{
    if (m_id.isEmpty())
        return {};
    if (m_kind == DetailKind::CaseFile)
        return m_id;
    return m_data && m_data->proceeding && m_data->proceeding->id == m_id ? m_data->caseFile.id : QString();
}

QString DetailPane::proceedingId() const
{
    return m_kind == DetailKind::Proceeding ? m_id : QString();
}

void DetailPane::showCaseFile(const QString &caseFileId)
{
    load(DetailKind::CaseFile, caseFileId);
}

void DetailPane::showProceeding(const QString &proceedingId)
{
    load(DetailKind::Proceeding, proceedingId);
}

void DetailPane::reload()
{
    if (!m_id.isEmpty())
        load(m_kind, m_id);
}

void DetailPane::clear()
{
    ++m_request;
    m_id.clear();
    m_data.reset();
    m_title->clear();
    m_title->hide();
    showPlaceholder(tr("Select a case file or a proceeding to see its details, notes, resubmissions and history."));
}

void DetailPane::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_pages->setCurrentWidget(m_placeholder);
}

void DetailPane::load(DetailKind kind, const QString &id)
{
    if (id.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    m_id = id;
    const quint64 request = ++m_request;
    runOnStore<DetailData>(
        this, m_store,
        [kind, id, userId = m_userId](const std::shared_ptr<storage::Store> &store) {
            return readDetail(store, userId, kind, id);
        },
        [this, request](const Result<DetailData> &data) {
            if (request != m_request)
                return;  // the user has moved on
            if (!data) {
                m_data.reset();
                m_title->hide();
                showPlaceholder(data.error().message);
                Q_EMIT failed(data.error().message);
            } else {
                fill(data.value());
            }
            Q_EMIT loaded();
        });
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (watched == m_caseFileSubject || watched == m_proceedingSubject || watched == m_due) {
            revert(watched == m_caseFileSubject ? Field::CaseFileSubject
                   : watched == m_due           ? Field::Due
                                                : Field::ProceedingSubject);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace aw::ui
