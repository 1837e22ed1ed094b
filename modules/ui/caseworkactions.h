// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/records.h"
#include "storage/store.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QKeySequence;
class QUndoStack;
class QWidget;

namespace aw::ui {

struct ObjectChoice;

// What the case-work actions act on: the selected file-plan node, case file and proceeding.
struct CaseWorkSelection
{
    QString nodeId;
    QString nodeTitle;  // "5.1 Geburten"
    std::optional<storage::CaseFile> caseFile;
    std::optional<storage::Proceeding> proceeding;
};

// The clerk's actions on case files and proceedings: new case file, new proceeding, assign,
// resubmission, note, close (zdA) and reopen, move. Each asks what it needs in a dialog, runs
// the service on a worker and reports; a refusal comes back with the service's reason, shown in
// a message box (window-modal, not blocking). Assignments are undoable through the undo stack.
class CaseWorkActions : public QObject
{
    Q_OBJECT
public:
    CaseWorkActions(std::shared_ptr<storage::Store> store, QString userId, QUndoStack *undo, QWidget *window);

    void setSelection(CaseWorkSelection selection);
    const CaseWorkSelection &selection() const { return m_selection; }

    QList<QAction *> caseFileActions() const;
    QList<QAction *> proceedingActions() const;
    QAction *newCaseFileAction() const { return m_newCaseFile; }

    void newCaseFile();
    void newProceeding();
    void assign();
    void setResubmission();
    void addNote();
    void closeCaseFile();
    void reopenCaseFile();
    void closeProceeding();
    void reopenProceeding();
    void moveProceeding();

Q_SIGNALS:
    // Something changed: show this case file (and proceeding) afresh.
    void changed(const QString &caseFileId, const QString &proceedingId);
    void message(const QString &text);
    // A refusal or error, also shown in a message box named "caseWorkMessage".
    void failed(const QString &message);

private:
    QAction *makeAction(const QString &text, const char *name, const QKeySequence &keys, const QString &tip,
                        void (CaseWorkActions::*slot)());
    void updateActions();
    QList<ObjectChoice> objectChoices() const;
    bool confirm(const QString &title, const QString &text, const QString &okText);
    void refuse(const QString &message);
    // Runs `work` as the signed-in user on a worker; hands a good result to `done` on the GUI
    // thread and shows an error.
    template <typename T>
    void run(std::function<core::Result<T>(const std::shared_ptr<storage::Store> &, const QString &userId)> work,
             std::function<void(const T &)> done);

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QUndoStack *m_undo;
    QWidget *m_window;
    CaseWorkSelection m_selection;
    QAction *m_newCaseFile;
    QAction *m_newProceeding;
    QAction *m_closeCaseFile;
    QAction *m_reopenCaseFile;
    QAction *m_assign;
    QAction *m_resubmission;
    QAction *m_note;
    QAction *m_closeProceeding;
    QAction *m_reopenProceeding;
    QAction *m_moveProceeding;
};

// The label of a case file or proceeding in choices and messages: "Akte 5.1-3/2026 – Betreff".
QString objectLabel(const storage::CaseFile &file);
QString objectLabel(const storage::Proceeding &proceeding);

}  // namespace aw::ui
