// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/myworkpane.h"

#include "casework/noteservice.h"
#include "casework/proceedingservice.h"
#include "storage/casefilerepository.h"
#include "storage/proceedingrepository.h"
#include "ui/dates.h"
#include "ui/myworkmodel.h"
#include "ui/proceedingmodel.h"
#include "ui/storeworker.h"

#include <QFont>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace aw::ui {

using core::Result;

namespace {

// The work items of `userId`: assigned open proceedings and resubmissions due until `until`.
Result<QList<WorkItem>> readWork(const casework::Session &session, const QDate &until)
{
    auto proceedings = casework::ProceedingService(session).myWork();
    if (!proceedings)
        return proceedings.error();
    auto resubmissions = casework::NoteService(session).dueForMe(until);
    if (!resubmissions)
        return resubmissions.error();

    // Many items share a case file: each is read once.
    storage::CaseFileRepository files(session.db());
    QHash<QString, storage::CaseFile> fileCache;
    auto caseFile = [&](const QString &id) -> Result<storage::CaseFile> {
        if (auto it = fileCache.constFind(id); it != fileCache.cend())
            return it.value();
        auto file = files.get(id);
        if (file)
            fileCache.insert(id, file.value());
        return file;
    };
    QList<WorkItem> items;
    for (const storage::Proceeding &p : proceedings.value()) {
        auto file = caseFile(p.caseFileId);
        if (!file)
            return file.error();
        WorkItem w;
        w.kind = WorkItem::Kind::Proceeding;
        w.proceedingId = p.id;
        w.caseFileId = p.caseFileId;
        w.reference = p.reference;
        w.subject = p.subject;
        w.due = p.dueAt;
        w.caseFileSubject = file->subject;
        // "open" is what every listed proceeding is unless said otherwise; only the rest is news.
        if (p.status != storage::ProceedingStatus::Open)
            w.remark = ProceedingModel::statusTitle(p.status);
        items.append(w);
    }
    for (const storage::Resubmission &r : resubmissions.value()) {
        WorkItem w;
        w.kind = WorkItem::Kind::Resubmission;
        w.resubmissionId = r.id;
        w.due = r.dueAt;
        w.remark = r.note;
        if (r.objectType == QLatin1String("proceeding")) {
            auto p = storage::ProceedingRepository(session.db()).get(r.objectId);
            if (!p)
                return p.error();
            auto file = caseFile(p->caseFileId);
            if (!file)
                return file.error();
            w.proceedingId = p->id;
            w.caseFileId = p->caseFileId;
            w.reference = p->reference;
            w.subject = p->subject;
            w.caseFileSubject = file->subject;
        } else {
            auto file = caseFile(r.objectId);
            if (!file)
                return file.error();
            w.caseFileId = file->id;
            w.reference = file->reference;
            w.subject = file->subject;
            w.caseFileSubject = file->subject;
        }
        items.append(w);
    }
    return items;
}

// What identifies a row across reloads.
QString keyOf(const QModelIndex &index)
{
    const QString resubmission = index.data(MyWorkModel::ResubmissionIdRole).toString();
    return resubmission.isEmpty() ? index.data(MyWorkModel::ProceedingIdRole).toString() : resubmission;
}

}  // namespace

MyWorkPane::MyWorkPane(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_model(new MyWorkModel(this))
    , m_header(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("myWorkPane"));

    m_header->setObjectName(QStringLiteral("myWorkHeader"));
    m_header->setAccessibleName(tr("Summary of my work"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setContentsMargins(6, 6, 6, 6);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);

    m_view->setObjectName(QStringLiteral("myWorkView"));
    m_view->setAccessibleName(tr("My work"));
    m_view->setAccessibleDescription(
        tr("Proceedings assigned to you and your resubmissions, overdue first. Press Enter to open one."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Enter and double-click (or the platform's single click) open the row.
    connect(m_view, &QAbstractItemView::activated, this, &MyWorkPane::open);

    m_message->setObjectName(QStringLiteral("myWorkMessage"));
    m_message->setAccessibleName(tr("My work"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setContentsMargins(24, 24, 24, 24);

    m_pages->setObjectName(QStringLiteral("myWorkPages"));
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_pages, 1);

    if (m_userId.isEmpty()) {
        m_header->hide();
        showMessage(tr("Sign in (--user) to see your work: the proceedings assigned to you and your "
                       "resubmissions."));
    } else {
        m_header->setText(tr("Loading your work …"));
        m_pages->setCurrentWidget(m_view);
    }
}

void MyWorkPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

void MyWorkPane::reload()
{
    if (m_userId.isEmpty()) {
        Q_EMIT loaded(0, 0);
        return;
    }
    const quint64 request = ++m_request;
    const QDate today = QDate::currentDate();
    const QDate until = today.addDays(DaysAhead);
    runOnStore<QList<WorkItem>>(
        this, m_store,
        [userId = m_userId, until](const std::shared_ptr<storage::Store> &store) {
            return readWork(casework::Session(store, userId), until);
        },
        [this, request, today, until](const Result<QList<WorkItem>> &items) {
            if (request != m_request)
                return;  // a newer reload is under way
            if (!items) {
                m_header->setText(tr("Your work could not be read."));
                showMessage(items.error().message);
                Q_EMIT failed(items.error().message);
                return;
            }
            const QString wanted = keyOf(m_view->currentIndex());
            m_model->setItems(items.value(), today);
            const int count = m_model->rowCount();
            const int overdue = m_model->overdueCount();
            m_header->setText(tr("%n due", nullptr, count) + QStringLiteral(", ") + tr("%n overdue", nullptr, overdue));
            m_header->setToolTip(
                tr("Open proceedings assigned to you, and your resubmissions until %1.").arg(shortDate(until)));
            m_header->setVisible(count > 0);  // the message says it all
            if (count == 0) {
                showMessage(tr("Nothing is due.\n\nProceedings assigned to you and your resubmissions of the coming "
                               "week appear here."));
            } else {
                m_pages->setCurrentWidget(m_view);
                m_view->resizeColumnsToContents();
                for (const auto &[column, widest] :
                     {std::pair{int(MyWorkModel::Subject), 300}, std::pair{int(MyWorkModel::CaseFile), 260}})
                    m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), widest));
                int row = 0;
                for (int r = 0; !wanted.isEmpty() && r < count; ++r)
                    if (keyOf(m_model->index(r, 0)) == wanted)
                        row = r;
                m_view->setCurrentIndex(m_model->index(row, 0));
            }
            Q_EMIT loaded(count, overdue);
        });
}

void MyWorkPane::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString proceedingId = index.data(MyWorkModel::ProceedingIdRole).toString();
    if (!proceedingId.isEmpty())
        Q_EMIT proceedingRequested(proceedingId);
    else if (const QString caseFileId = index.data(MyWorkModel::CaseFileIdRole).toString(); !caseFileId.isEmpty())
        Q_EMIT caseFileRequested(caseFileId);
}

}  // namespace aw::ui
