// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/caseworkactions.h"

#include "casework/casefileservice.h"
#include "casework/noteservice.h"
#include "casework/proceedingservice.h"
#include "storage/orgrepository.h"
#include "ui/casedialogs.h"
#include "ui/fileintodialog.h"
#include "ui/storechangecommand.h"
#include "ui/storeworker.h"
#include "ui/undosteps.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace aw::ui {

using core::Result;
using storage::CaseFile;
using storage::Proceeding;

QString objectLabel(const CaseFile &file)
{
    return CaseWorkActions::tr("Case file %1 – %2").arg(file.reference, file.subject);
}

QString objectLabel(const Proceeding &proceeding)
{
    return CaseWorkActions::tr("Proceeding %1 – %2").arg(proceeding.reference, proceeding.subject);
}

CaseWorkActions::CaseWorkActions(std::shared_ptr<storage::Store> store, QString userId, QUndoStack *undo,
                                 QWidget *window)
    : QObject(window)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_undo(undo)
    , m_window(window)
{
    using K = QKeySequence;
    m_newCaseFile = makeAction(tr("&New case file …"), "newCaseFileAction", K(Qt::CTRL | Qt::Key_N),
                               tr("A new case file under the selected file plan entry"), &CaseWorkActions::newCaseFile);
    m_newProceeding = makeAction(tr("New &proceeding …"), "newProceedingAction", K(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                 tr("A new proceeding in the selected case file"), &CaseWorkActions::newProceeding);
    m_closeCaseFile =
        makeAction(tr("&Close case file (zdA) …"), "closeCaseFileAction", K(),
                   tr("Close the case file; its retention period starts"), &CaseWorkActions::closeCaseFile);
    m_reopenCaseFile = makeAction(tr("&Reopen case file"), "reopenCaseFileAction", K(),
                                  tr("Open a closed case file again"), &CaseWorkActions::reopenCaseFile);
    m_assign = makeAction(tr("&Assign …"), "assignAction", K(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                          tr("Choose who works on the proceeding"), &CaseWorkActions::assign);
    m_resubmission = makeAction(tr("Set &resubmission …"), "resubmissionAction", K(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                                tr("A dated reminder in “My work”"), &CaseWorkActions::setResubmission);
    m_note = makeAction(tr("Add n&ote …"), "noteAction", K(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                        tr("An internal note (Vermerk) on the case file or proceeding"), &CaseWorkActions::addNote);
    m_closeProceeding =
        makeAction(tr("Close proceeding (&zdA) …"), "closeProceedingAction", K(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                   tr("The work is done; the proceeding becomes read-only"), &CaseWorkActions::closeProceeding);
    m_reopenProceeding = makeAction(tr("Reop&en proceeding"), "reopenProceedingAction", K(),
                                    tr("Open a closed proceeding again"), &CaseWorkActions::reopenProceeding);
    m_moveProceeding = makeAction(tr("&Move proceeding …"), "moveProceedingAction", K(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                                  tr("Move the proceeding with its documents into another case file"),
                                  &CaseWorkActions::moveProceeding);
    updateActions();
}

QAction *CaseWorkActions::makeAction(const QString &text, const char *name, const QKeySequence &keys,
                                     const QString &tip, void (CaseWorkActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(keys);
    action->setStatusTip(tip);
    action->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> CaseWorkActions::caseFileActions() const
{
    return {m_newCaseFile, m_newProceeding, m_closeCaseFile, m_reopenCaseFile};
}

QList<QAction *> CaseWorkActions::proceedingActions() const
{
    return {m_assign, m_resubmission, m_note, m_moveProceeding, m_closeProceeding, m_reopenProceeding};
}

void CaseWorkActions::setSelection(CaseWorkSelection selection)
{
    m_selection = std::move(selection);
    updateActions();
}

void CaseWorkActions::updateActions()
{
    // Enabled by what is selected and its state; whether the user may is the rule book's to say,
    // with its reason, when they try.
    const bool user = !m_userId.isEmpty();
    const auto &file = m_selection.caseFile;
    const auto &proceeding = m_selection.proceeding;
    m_newCaseFile->setEnabled(user && !m_selection.nodeId.isEmpty());
    m_newProceeding->setEnabled(user && file && !file->isClosed());
    m_closeCaseFile->setEnabled(user && file && !file->isClosed());
    m_reopenCaseFile->setEnabled(user && file && file->isClosed());
    m_resubmission->setEnabled(user && file);
    m_note->setEnabled(user && file);
    const bool openProceeding = user && proceeding && !proceeding->isClosed();
    m_assign->setEnabled(openProceeding);
    m_moveProceeding->setEnabled(openProceeding);
    m_closeProceeding->setEnabled(openProceeding);
    m_reopenProceeding->setEnabled(user && proceeding && proceeding->isClosed());
}

QList<ObjectChoice> CaseWorkActions::objectChoices() const
{
    QList<ObjectChoice> choices;
    if (m_selection.caseFile)
        choices.append(
            {QStringLiteral("case_file"), m_selection.caseFile->id, objectLabel(m_selection.caseFile.value())});
    if (m_selection.proceeding)
        choices.append(
            {QStringLiteral("proceeding"), m_selection.proceeding->id, objectLabel(m_selection.proceeding.value())});
    return choices;
}

bool CaseWorkActions::confirm(const QString &title, const QString &text, const QString &okText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("caseWorkConfirm"));
    QPushButton *ok = box.addButton(okText, QMessageBox::AcceptRole);
    ok->setObjectName(QStringLiteral("caseWorkConfirmOk"));
    ok->setAccessibleName(QString(okText).remove(QLatin1Char('&')));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("caseWorkConfirmCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == ok;
}

void CaseWorkActions::refuse(const QString &message)
{
    Q_EMIT failed(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not possible"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("caseWorkMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Ok)->setObjectName(QStringLiteral("caseWorkMessageOk"));
    box->button(QMessageBox::Ok)->setAccessibleName(tr("OK"));
    box->open();
}

template <typename T>
void CaseWorkActions::run(
    std::function<core::Result<T>(const std::shared_ptr<storage::Store> &, const QString &userId)> work,
    std::function<void(const T &)> done)
{
    runOnStore<T>(
        this, m_store,
        [work = std::move(work), userId = m_userId](const std::shared_ptr<storage::Store> &store) {
            return work(store, userId);
        },
        [this, done = std::move(done)](const Result<T> &result) {
            if (!result) {
                refuse(result.error().message);
                return;
            }
            done(result.value());
        });
}

void CaseWorkActions::newCaseFile()
{
    const QString nodeId = m_selection.nodeId;
    const QString nodeTitle = m_selection.nodeTitle;
    if (nodeId.isEmpty())
        return;
    // The units the user may create case files for come first; the dialog follows on the GUI thread.
    run<QList<NamedId>>(
        [](const std::shared_ptr<storage::Store> &store, const QString &userId) -> Result<QList<NamedId>> {
            const casework::Session session(store, userId);
            auto actor = session.actor();
            if (!actor)
                return actor.error();
            storage::OrgRepository org(store->connection());
            QList<NamedId> units;
            QString reason;
            for (const core::Membership &m : actor->memberships) {
                core::Target target;
                target.ownerUnitId = m.orgUnitId;
                const core::Decision decision = core::decide(actor.value(), core::Action::CreateCaseFile, target);
                if (!decision) {
                    reason = decision.reason;
                    continue;
                }
                auto unit = org.unit(m.orgUnitId);
                if (!unit)
                    return unit.error();
                if (std::none_of(units.cbegin(), units.cend(), [&](const NamedId &u) { return u.id == unit->id; }))
                    units.append({unit->id, unit->name});
            }
            if (units.isEmpty())
                return core::refused(reason.isEmpty() ? tr("You are not a member of any unit.") : reason);
            return units;
        },
        [this, nodeId, nodeTitle](const QList<NamedId> &units) {
            NewCaseFileDialog dialog(nodeTitle, units, m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            run<CaseFile>(
                [nodeId, subject = dialog.subject(),
                 unitId = dialog.unitId()](const std::shared_ptr<storage::Store> &store, const QString &userId) {
                    return casework::CaseFileService({store, userId}).create(nodeId, subject, unitId);
                },
                [this](const CaseFile &file) {
                    Q_EMIT message(tr("Case file %1 created.").arg(file.reference));
                    Q_EMIT changed(file.id, {});
                });
        });
}

void CaseWorkActions::newProceeding()
{
    if (!m_selection.caseFile)
        return;
    const CaseFile file = m_selection.caseFile.value();
    NewProceedingDialog dialog(file.reference, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    run<Proceeding>(
        [fileId = file.id, subject = dialog.subject(), due = dialog.dueAt(),
         mine = dialog.assignToMe()](const std::shared_ptr<storage::Store> &store, const QString &userId) {
            return casework::ProceedingService({store, userId}).create(fileId, subject, due, mine ? userId : QString());
        },
        [this](const Proceeding &p) {
            Q_EMIT message(tr("Proceeding %1 created.").arg(p.reference));
            Q_EMIT changed(p.caseFileId, p.id);
        });
}

void CaseWorkActions::assign()
{
    if (!m_selection.proceeding || !m_selection.caseFile)
        return;
    const Proceeding p = m_selection.proceeding.value();
    run<QList<storage::User>>(
        [unitId = m_selection.caseFile->ownerUnitId](const std::shared_ptr<storage::Store> &store, const QString &) {
            return storage::OrgRepository(store->connection()).members(unitId);
        },
        [this, p](const QList<storage::User> &users) {
            QList<NamedId> members;
            for (const storage::User &u : users)
                members.append({u.id, u.displayName});
            AssignDialog dialog(p.reference, members, p.assigneeId.isEmpty() ? m_userId : p.assigneeId, m_window);
            if (dialog.exec() != QDialog::Accepted || dialog.userId() == p.assigneeId)
                return;
            const QString name = dialog.currentName();
            const QString to = dialog.userId();
            auto own = ownRevisionsOf(m_undo);
            StoreChangeCommand::Step redo = undosteps::proceedingAssignee(own, m_userId, p.id, to);
            runOnStore<int>(
                this, m_store,
                [redo, rev = p.rev](const std::shared_ptr<storage::Store> &store) { return redo(store, rev); },
                [this, p, name, own, redo](const Result<int> &rev) {
                    if (!rev) {
                        refuse(rev.error().message);
                        return;
                    }
                    Q_EMIT message(tr("Proceeding %1 assigned to %2.").arg(p.reference, name));
                    Q_EMIT changed(p.caseFileId, p.id);
                    // Undo gives it back to whom it was with; both refuse when someone else has
                    // changed the proceeding since.
                    m_undo->push(
                        new StoreChangeCommand(tr("Assign %1 to %2").arg(p.reference, name), m_store, this, rev.value(),
                                               undosteps::proceedingAssignee(own, m_userId, p.id, p.assigneeId), redo,
                                               [this, fileId = p.caseFileId, id = p.id](const Result<int> &result) {
                                                   if (!result)
                                                       refuse(result.error().message);
                                                   else
                                                       Q_EMIT changed(fileId, id);
                                               }));
                });
        });
}

void CaseWorkActions::setResubmission()
{
    const QList<ObjectChoice> objects = objectChoices();
    if (objects.isEmpty())
        return;
    ResubmissionDialog dialog(objects, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ObjectChoice object = dialog.object();
    run<storage::Resubmission>(
        [object, due = dialog.dueAt(), note = dialog.note()](const std::shared_ptr<storage::Store> &store,
                                                             const QString &userId) {
            return casework::NoteService({store, userId}).setResubmission(object.type, object.id, due, note);
        },
        [this, object](const storage::Resubmission &r) {
            Q_EMIT message(tr("Resubmission on %1 set.").arg(QLocale().toString(r.dueAt, QLocale::ShortFormat)));
            Q_EMIT changed(m_selection.caseFile ? m_selection.caseFile->id : QString(),
                           object.type == QLatin1String("proceeding") ? object.id : QString());
        });
}

void CaseWorkActions::addNote()
{
    const QList<ObjectChoice> objects = objectChoices();
    if (objects.isEmpty())
        return;
    NoteDialog dialog(objects, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ObjectChoice object = dialog.object();
    run<storage::Note>(
        [object, text = dialog.text()](const std::shared_ptr<storage::Store> &store, const QString &userId) {
            return casework::NoteService({store, userId}).addNote(object.type, object.id, text);
        },
        [this, object](const storage::Note &) {
            Q_EMIT message(tr("Note added."));
            Q_EMIT changed(m_selection.caseFile ? m_selection.caseFile->id : QString(),
                           object.type == QLatin1String("proceeding") ? object.id : QString());
        });
}

void CaseWorkActions::closeCaseFile()
{
    if (!m_selection.caseFile)
        return;
    const CaseFile file = m_selection.caseFile.value();
    if (!confirm(tr("Close case file"),
                 tr("Close the case file %1 (zdA)? Its retention period starts; only a supervisor can reopen it.")
                     .arg(file.reference),
                 tr("&Close (zdA)")))
        return;
    run<CaseFile>(
        [id = file.id](const std::shared_ptr<storage::Store> &store, const QString &userId) {
            return casework::CaseFileService({store, userId}).close(id);
        },
        [this](const CaseFile &closed) {
            Q_EMIT message(tr("Case file %1 closed (zdA).").arg(closed.reference));
            Q_EMIT changed(closed.id, {});
        });
}

void CaseWorkActions::reopenCaseFile()
{
    if (!m_selection.caseFile)
        return;
    run<CaseFile>(
        [id = m_selection.caseFile->id](const std::shared_ptr<storage::Store> &store, const QString &userId) {
            return casework::CaseFileService({store, userId}).reopen(id);
        },
        [this](const CaseFile &file) {
            Q_EMIT message(tr("Case file %1 reopened.").arg(file.reference));
            Q_EMIT changed(file.id, {});
        });
}

void CaseWorkActions::closeProceeding()
{
    if (!m_selection.proceeding)
        return;
    const Proceeding p = m_selection.proceeding.value();
    if (!confirm(tr("Close proceeding"),
                 tr("Close the proceeding %1 (zdA)? It becomes read-only; only a supervisor can reopen it.")
                     .arg(p.reference),
                 tr("&Close (zdA)")))
        return;
    run<Proceeding>(
        [id = p.id](const std::shared_ptr<storage::Store> &store, const QString &userId) {
            return casework::ProceedingService({store, userId}).close(id);
        },
        [this](const Proceeding &closed) {
            Q_EMIT message(tr("Proceeding %1 closed (zdA).").arg(closed.reference));
            Q_EMIT changed(closed.caseFileId, closed.id);
        });
}

void CaseWorkActions::reopenProceeding()
{
    if (!m_selection.proceeding)
        return;
    run<Proceeding>(
        [id = m_selection.proceeding->id](const std::shared_ptr<storage::Store> &store, const QString &userId) {
            return casework::ProceedingService({store, userId}).reopen(id);
        },
        [this](const Proceeding &p) {
            Q_EMIT message(tr("Proceeding %1 reopened.").arg(p.reference));
            Q_EMIT changed(p.caseFileId, p.id);
        });
}

void CaseWorkActions::moveProceeding()
{
    if (!m_selection.proceeding)
        return;
    const Proceeding p = m_selection.proceeding.value();
    FileIntoDialog dialog(m_store, m_userId, p.subject, m_window);
    dialog.useForMove(p.reference, p.caseFileId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    run<Proceeding>(
        [id = p.id, target = dialog.caseFileId()](const std::shared_ptr<storage::Store> &store, const QString &userId) {
            return casework::ProceedingService({store, userId}).move(id, target);
        },
        [this, from = p.reference](const Proceeding &moved) {
            Q_EMIT message(tr("Proceeding %1 moved; it is now %2.").arg(from, moved.reference));
            Q_EMIT changed(moved.caseFileId, moved.id);
        });
}

}  // namespace aw::ui
