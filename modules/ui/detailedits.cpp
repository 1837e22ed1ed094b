// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of the detail pane: subjects, due date, resubmissions done. Each runs on a worker;
// subject and due date go onto the undo stack.
#include "casework/noteservice.h"
#include "casework/proceedingservice.h"
#include "ui/dates.h"
#include "ui/detailpane.h"
#include "ui/storeworker.h"
#include "ui/undosteps.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

namespace aw::ui {

using core::Result;

bool DetailPane::isCurrent() const
{
    if (!m_data || m_id.isEmpty())
        return false;
    if (m_kind == DetailKind::Proceeding)
        return m_data->proceeding && m_data->proceeding->id == m_id;
    return !m_data->proceeding && m_data->caseFile.id == m_id;
}

bool DetailPane::isShown(const QString &caseFileId, const QString &proceedingId) const
{
    return isCurrent() && m_data->caseFile.id == caseFileId &&
           (proceedingId.isEmpty() || (m_data->proceeding && m_data->proceeding->id == proceedingId));
}

QLabel *DetailPane::errorLabel(Field field) const
{
    switch (field) {
    case Field::CaseFileSubject:
        return m_caseFileError;
    case Field::ProceedingSubject:
        return m_proceedingError;
    case Field::Due:
        return m_dueError;
    }
    return nullptr;
}

void DetailPane::revert(Field field)
{
    errorLabel(field)->hide();
    if (!isCurrent())
        return;
    if (field == Field::CaseFileSubject) {
        m_caseFileSubject->setText(m_data->caseFile.subject);
        m_caseFileSubject->setModified(false);
    } else if (m_data->proceeding && field == Field::ProceedingSubject) {
        m_proceedingSubject->setText(m_data->proceeding->subject);
        m_proceedingSubject->setModified(false);
    } else if (m_data->proceeding) {
        showDue(m_data->proceeding->dueAt, m_data->editProceeding);
    }
}

void DetailPane::commitSubject(bool ofProceeding)
{
    if (!isCurrent() || (ofProceeding && !m_data->proceeding))
        return;
    const Field field = ofProceeding ? Field::ProceedingSubject : Field::CaseFileSubject;
    QLineEdit *input = ofProceeding ? m_proceedingSubject : m_caseFileSubject;
    const EditRight &right = ofProceeding ? m_data->editProceeding : m_data->editCaseFile;
    const QString stored = ofProceeding ? m_data->proceeding->subject : m_data->caseFile.subject;
    const QString subject = input->text().trimmed();
    if (!right.allowed) {
        revert(field);
        return;
    }
    // Enter and then leaving the field save once.
    if (subject == m_inFlight.value(field, stored).toString()) {
        errorLabel(field)->hide();
        input->setModified(false);
        return;
    }
    constexpr int longest = casework::ProceedingService::MaxSubjectLength;
    if (subject.isEmpty()) {
        errorLabel(field)->setText(tr("The subject cannot be empty. Escape restores the saved subject."));
        errorLabel(field)->show();
        return;
    }
    if (subject.size() > longest) {
        errorLabel(field)->setText(
            tr("The subject is too long: at most %1 characters, this one has %2.").arg(longest).arg(subject.size()));
        errorLabel(field)->show();
        return;
    }
    input->setModified(false);  // handed on; a reload may show it from the store
    const QString id = ofProceeding ? m_data->proceeding->id : m_data->caseFile.id;
    const QString reference = ofProceeding ? m_data->proceeding->reference : m_data->caseFile.reference;
    const auto step = ofProceeding ? undosteps::proceedingSubject : undosteps::caseFileSubject;
    edit(field, subject, tr("Change the subject of %1").arg(reference), step(m_own, m_userId, id, stored),
         step(m_own, m_userId, id, subject), tr("The subject of %1 is saved.").arg(reference));
}

void DetailPane::commitDue()
{
    if (!isCurrent() || !m_data->proceeding || !m_data->editProceeding.allowed)
        return;
    const storage::Proceeding &p = *m_data->proceeding;
    const QDate wanted = m_noDue->isChecked() ? QDate() : m_due->date();
    if (wanted == m_inFlight.value(Field::Due, p.dueAt).toDate()) {
        m_dueError->hide();
        return;
    }
    m_dueTouched = false;
    edit(Field::Due, wanted, tr("Change the due date of %1").arg(p.reference),
         undosteps::proceedingDue(m_own, m_userId, p.id, p.dueAt),
         undosteps::proceedingDue(m_own, m_userId, p.id, wanted),
         wanted.isValid() ? tr("%1 is now due on %2.").arg(p.reference, shortDate(wanted))
                          : tr("%1 has no due date now.").arg(p.reference));
}

void DetailPane::noDueToggled(bool none)
{
    if (!isCurrent() || !m_data->proceeding)
        return;
    const QSignalBlocker block(m_due);
    m_dueTouched = true;
    if (none) {
        m_due->setDate(m_due->minimumDate());
        m_due->setEnabled(false);
        commitDue();
        return;
    }
    // A date to start from; it is saved once the field is left or Enter pressed.
    const QDate stored = m_data->proceeding->dueAt;
    m_due->setDate(stored.isValid() ? stored : QDate::currentDate());
    m_due->setEnabled(true);
    m_due->setFocus(Qt::OtherFocusReason);
}

void DetailPane::edit(Field field, const QVariant &value, const QString &text, StoreChangeCommand::Step undo,
                      StoreChangeCommand::Step redo, const QString &done)
{
    const int rev = field == Field::CaseFileSubject ? m_data->caseFile.rev : m_data->proceeding->rev;
    const QString caseFileId = m_data->caseFile.id;
    const QString proceedingId = m_data->proceeding ? m_data->proceeding->id : QString();
    // Where the edited field is shown: a case file's subject also with its proceedings.
    const QString fieldProceedingId = field == Field::CaseFileSubject ? QString() : proceedingId;
    m_inFlight.insert(field, value);
    runOnStore<int>(
        this, m_store, [redo, rev](const std::shared_ptr<storage::Store> &store) { return redo(store, rev); },
        [=, this](const Result<int> &result) {
            const bool shown = isShown(caseFileId, fieldProceedingId);
            if (m_inFlight.value(field) == value)
                m_inFlight.remove(field);
            if (!result) {
                if (shown) {
                    revert(field);
                    errorLabel(field)->setText(result.error().message);
                    errorLabel(field)->show();
                    reload();  // a stale edit shows what is stored now
                } else {
                    Q_EMIT failed(result.error().message);
                }
                return;
            }
            if (m_undo) {
                m_undo->push(new StoreChangeCommand(
                    text, m_store, this, result.value(), undo, redo,
                    [this, text, caseFileId, proceedingId, fieldProceedingId](const Result<int> &step) {
                        if (step)
                            Q_EMIT changed(caseFileId, proceedingId);
                        else
                            Q_EMIT failed(tr("“%1” could not be undone or redone: %2").arg(text, step.error().message));
                        if (isShown(caseFileId, fieldProceedingId))
                            reload();
                    }));
            }
            Q_EMIT changed(caseFileId, proceedingId);
            Q_EMIT message(done);
            if (shown)
                reload();
        });
}

void DetailPane::markDone()
{
    const storage::Resubmission *r = currentResubmission();
    if (!r || !isCurrent() || m_marking || !m_doneAction->isEnabled())
        return;
    const QString id = r->id;
    const QString caseFileId = m_data->caseFile.id;
    const QString proceedingId = m_data->proceeding ? m_data->proceeding->id : QString();
    m_marking = true;
    updateDoneButton();
    runOnStore<storage::Resubmission>(
        this, m_store,
        [userId = m_userId, id](const std::shared_ptr<storage::Store> &store) {
            return casework::NoteService({store, userId}).markDone(id);
        },
        [this, caseFileId, proceedingId](const Result<storage::Resubmission> &done) {
            m_marking = false;
            if (!done) {
                Q_EMIT failed(done.error().message);
            } else {
                Q_EMIT changed(caseFileId, proceedingId);
                Q_EMIT message(tr("The resubmission of %1 is done.").arg(shortDate(done->dueAt)));
            }
            if (isShown(caseFileId, proceedingId))
                reload();
            updateDoneButton();
        });
}

}  // namespace aw::ui
