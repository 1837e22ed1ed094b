// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane shows what was read: metadata, notes, resubmissions and history.
#include "ui/dates.h"
#include "ui/detailpane.h"
#include "ui/proceedingmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>

namespace aw::ui {

void DetailPane::fill(const DetailData &data)
{
    const bool same = m_data && m_data->caseFile.id == data.caseFile.id &&
                      m_data->proceeding.has_value() == data.proceeding.has_value() &&
                      (!data.proceeding || m_data->proceeding->id == data.proceeding->id);
    if (!same) {
        for (QLabel *error : {m_caseFileError, m_proceedingError, m_dueError})
            error->hide();
        m_inFlight.clear();  // what was on its way belongs to the object shown before
    }
    m_data = data;
    m_title->setText(data.proceeding
                         ? tr("Proceeding %1 – %2").arg(data.proceeding->reference, data.proceeding->subject)
                         : tr("Case file %1 – %2").arg(data.caseFile.reference, data.caseFile.subject));
    m_title->show();
    fillCaseFile(data, same);
    fillProceeding(data, same);
    fillNotes(data);
    fillResubmissions(data);
    fillHistory(data);
    m_pages->setCurrentWidget(m_tabs);
}

void DetailPane::setSubject(QLineEdit *edit, const QString &stored, const EditRight &right, bool same)
{
    // A reload does not take away what the user is typing, nor what is on its way to the store.
    const Field field = edit == m_caseFileSubject ? Field::CaseFileSubject : Field::ProceedingSubject;
    if (!(same && ((edit->hasFocus() && edit->isModified()) || m_inFlight.contains(field)))) {
        edit->setText(stored);
        edit->setModified(false);
        edit->setCursorPosition(0);
    }
    edit->setReadOnly(!right.allowed);
    // Read-only fields look like the text around them, so that nobody tries to type there.
    QPalette palette = this->palette();
    palette.setBrush(QPalette::Base, palette.brush(right.allowed ? QPalette::Base : QPalette::Window));
    edit->setPalette(palette);
    edit->setFrame(right.allowed);
    edit->setToolTip(right.allowed ? tr("Enter or leaving the field saves the subject; Escape restores it.")
                                   : right.reason);
}

void DetailPane::fillCaseFile(const DetailData &data, bool same)
{
    const storage::CaseFile &f = data.caseFile;
    m_caseFileReference->setText(f.reference);
    setSubject(m_caseFileSubject, f.subject, data.editCaseFile, same);
    m_caseFileReadOnly->setText(tr("Read-only: %1").arg(data.editCaseFile.reason));
    m_caseFileReadOnly->setVisible(!data.editCaseFile.allowed);
    m_unit->setText(data.unitName);
    m_node->setText(data.nodeCode + QLatin1Char(' ') + data.nodeTitle);
    m_caseFileStatus->setText(f.isClosed() ? tr("closed (zdA)") : tr("open"));
    if (data.left) {
        const QString on = shortDate(data.left->at.toLocalTime().date());
        switch (data.left->fate) {
        case xdomea::Fate::Archived:
            m_caseFileStatus->setText(data.left->archiveId.isEmpty()
                                          ? tr("archived: handed to %1 on %2").arg(data.left->recipient, on)
                                          : tr("archived: handed to %1 on %2 (archive id %3)")
                                                .arg(data.left->recipient, on, data.left->archiveId));
            break;
        case xdomea::Fate::Transferred:
            m_caseFileStatus->setText(tr("handed over to %1 on %2").arg(data.left->recipient, on));
            break;
        case xdomea::Fate::Destroyed:
            m_caseFileStatus->setText(tr("destroyed on %1").arg(on));
            break;
        }
    }
    const QString opened = shortDate(f.openedAt.toLocalTime().date());
    m_period->setText(f.isClosed() ? QStringLiteral("%1 – %2").arg(opened, shortDate(f.closedAt.toLocalTime().date()))
                                   : tr("since %1").arg(opened));
    m_retention->setText(f.retentionUntil.isValid() ? shortDate(f.retentionUntil)
                         : f.isClosed()             ? tr("permanent")
                                                    : tr("set when the file is closed"));
    switch (f.disposal) {
    case core::DisposalDecision::Archive:
        m_disposal->setText(tr("A – archive"));
        break;
    case core::DisposalDecision::Destroy:
        m_disposal->setText(tr("V – destroy"));
        break;
    case core::DisposalDecision::Evaluate:
        m_disposal->setText(tr("B – evaluate"));
        break;
    }
}

void DetailPane::fillProceeding(const DetailData &data, bool same)
{
    m_proceedingBox->setVisible(data.proceeding.has_value());
    m_caseFileBox->setTitle(data.proceeding ? tr("In the case file") : tr("Case file"));
    if (!data.proceeding)
        return;
    const storage::Proceeding &p = *data.proceeding;
    const EditRight &right = data.editProceeding;
    m_proceedingReference->setText(p.reference);
    setSubject(m_proceedingSubject, p.subject, right, same);
    m_proceedingReadOnly->setText(tr("Read-only: %1").arg(right.reason));
    m_proceedingReadOnly->setVisible(!right.allowed);
    m_proceedingStatus->setText(ProceedingModel::statusTitle(p.status));
    m_assignee->setText(p.assigneeId.isEmpty() ? tr("not assigned") : data.names.users.value(p.assigneeId));
    const bool typing = m_dueTouched && (m_due->hasFocus() || m_noDue->hasFocus());
    if (same && (typing || m_inFlight.contains(Field::Due))) {
        m_due->setEnabled(right.allowed && !m_noDue->isChecked());
        m_noDue->setEnabled(right.allowed);
    } else {
        showDue(p.dueAt, right);
    }
    const bool overdue = !p.isClosed() && p.dueAt.isValid() && p.dueAt < QDate::currentDate();
    m_overdue->setVisible(overdue);
    m_overdue->setToolTip(overdue ? tr("Overdue since %1").arg(shortDate(p.dueAt)) : QString());
}

void DetailPane::showDue(const QDate &due, const EditRight &right)
{
    const QSignalBlocker blockDue(m_due);
    const QSignalBlocker blockNone(m_noDue);
    m_dueTouched = false;
    m_noDue->setChecked(!due.isValid());
    m_due->setDate(due.isValid() ? due : m_due->minimumDate());
    m_due->setEnabled(right.allowed && due.isValid());
    m_noDue->setEnabled(right.allowed);
    const QString tip = right.allowed ? tr("Leaving the field or Enter saves the due date.") : right.reason;
    m_due->setToolTip(tip);
    m_noDue->setToolTip(right.allowed ? tr("The proceeding has no due date.") : right.reason);
}

void DetailPane::fillNotes(const DetailData &data)
{
    QString html;
    for (const DetailNote &n : data.notes) {
        const QString heading = QStringLiteral("%1 – %2").arg(shortDateTime(n.note.at),
                                                              data.names.users.value(n.note.authorId, n.note.authorId));
        const QString where = n.onCaseFile ? tr("on the case file") : QString();
        html += QStringLiteral("<p><b>") + heading.toHtmlEscaped() + QStringLiteral("</b>");
        if (!where.isEmpty())
            html += QStringLiteral(" <i>(") + where.toHtmlEscaped() + QStringLiteral(")</i>");
        html += QStringLiteral("<br/>") +
                n.note.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")) +
                QStringLiteral("</p>");
    }
    if (data.notes.isEmpty())
        html = QStringLiteral("<p><i>") + tr("No notes yet.").toHtmlEscaped() + QStringLiteral("</i></p>");
    m_notes->setHtml(html);
    m_tabs->setTabText(m_tabs->indexOf(m_notes), tr("Notes (%1)").arg(data.notes.size()));
}

void DetailPane::fillResubmissions(const DetailData &data)
{
    const QTreeWidgetItem *current = m_resubmissions->currentItem();
    const QString wanted = current ? current->data(0, Qt::UserRole).toString() : QString();
    const QSignalBlocker block(m_resubmissions);
    m_resubmissions->clear();
    const QDate today = QDate::currentDate();
    int open = 0;
    QTreeWidgetItem *select = nullptr;
    for (const DetailResubmission &entry : data.resubmissions) {
        const storage::Resubmission &r = entry.resubmission;
        const bool overdue = !r.done && r.dueAt < today;
        open += !r.done;
        auto *item = new QTreeWidgetItem(m_resubmissions);
        item->setData(0, Qt::UserRole, r.id);
        item->setText(ResubmissionDue, shortDate(r.dueAt));
        item->setText(ResubmissionFor, data.names.users.value(r.userId, r.userId));
        item->setText(ResubmissionNote, r.note);
        item->setToolTip(ResubmissionNote, r.note);
        item->setText(ResubmissionOn, entry.onCaseFile ? tr("case file") : tr("proceeding"));
        item->setText(ResubmissionState, r.done ? tr("done") : overdue ? tr("overdue") : tr("open"));
        if (overdue) {
            for (int column : {int(ResubmissionDue), int(ResubmissionState)}) {
                item->setForeground(column, QBrush(Qt::darkRed));
                item->setToolTip(column, tr("Overdue since %1").arg(shortDate(r.dueAt)));
            }
        }
        if (r.done) {
            for (int column = 0; column < m_resubmissions->columnCount(); ++column)
                item->setForeground(column, m_resubmissions->palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (r.id == wanted || !select)
            select = item;  // the one selected before, else the first
    }
    m_resubmissions->setColumnHidden(ResubmissionOn, !data.proceeding);
    if (select)
        m_resubmissions->setCurrentItem(select);
    m_tabs->setTabText(m_tabs->indexOf(m_resubmissions->parentWidget()), tr("Resubmissions (%1)").arg(open));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_resubmissions->parentWidget()),
                          tr("%1 open, %2 done").arg(open).arg(data.resubmissions.size() - open));
    updateDoneButton();
}

void DetailPane::fillHistory(const DetailData &data)
{
    m_history->clear();
    for (const storage::AuditEvent &e : data.history) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, shortDateTime(e.at));
        item->setText(1, auditActorName(e, data.names));
        const QString what = describeAuditEvent(e, data.names);
        item->setText(2, what);
        item->setToolTip(2, what);
        item->setData(0, Qt::UserRole, e.action);
    }
    if (data.historyTotal > data.history.size()) {
        auto *more = new QTreeWidgetItem(m_history);
        more->setText(2, tr("… and %n older entries", nullptr, int(data.historyTotal - data.history.size())));
        more->setFlags(Qt::ItemIsEnabled);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("History (%1)").arg(data.historyTotal));
}

const storage::Resubmission *DetailPane::currentResubmission() const
{
    const QTreeWidgetItem *item = m_resubmissions->currentItem();
    if (!item || !m_data)
        return nullptr;
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const DetailResubmission &entry : m_data->resubmissions) {
        if (entry.resubmission.id == id)
            return &entry.resubmission;
    }
    return nullptr;
}

void DetailPane::updateDoneButton()
{
    const storage::Resubmission *r = currentResubmission();
    QString why;
    if (m_userId.isEmpty())
        why = tr("Nobody is signed in, so nothing can be changed here.");
    else if (!r)
        why = tr("Select a resubmission first.");
    else if (r->done)
        why = tr("This resubmission is already done.");
    else if (r->userId != m_userId)
        why = tr("This resubmission is for %1; only they can mark it done.")
                  .arg(m_data->names.users.value(r->userId, r->userId));
    const bool can = why.isEmpty() && !m_marking;
    m_doneAction->setEnabled(can);
    m_doneButton->setEnabled(can);
    m_doneButton->setToolTip(why.isEmpty() ? tr("Mark the selected resubmission as done (%1)")
                                                 .arg(m_doneAction->shortcut().toString(QKeySequence::NativeText))
                                           : why);
}

}  // namespace aw::ui
