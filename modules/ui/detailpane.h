// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"
#include "ui/detaildata.h"
#include "ui/storechangecommand.h"

#include <QHash>
#include <QVariant>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QUndoStack;

namespace aw::ui {

class OwnRevisions;

// The details of the selected case file or proceeding: its metadata (subject and due date
// editable where the rule book allows, each edit undoable on the window's undo stack), its notes,
// resubmissions and history (Protokoll). Everything is read and written on workers.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    // `userId` empty: nothing can be changed. `undo` receives every edit made here.
    DetailPane(std::shared_ptr<storage::Store> store, QString userId, QUndoStack *undo, QWidget *parent = nullptr);

    void showCaseFile(const QString &caseFileId);
    // The proceeding and, compactly, its case file.
    void showProceeding(const QString &proceedingId);
    void clear();
    // Reads the shown object again, e.g. after an action elsewhere changed it.
    void reload();

    // What is shown (or being read): empty when nothing.
    QString caseFileId() const;
    QString proceedingId() const;

Q_SIGNALS:
    // After each read has landed and been shown; a failed read emits failed() first.
    void loaded();
    // An edit made here (or its undo or redo) changed the store.
    void changed(const QString &caseFileId, const QString &proceedingId);
    void failed(const QString &message);
    // Information for the status bar.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum ResubmissionColumn
    {
        ResubmissionDue,
        ResubmissionFor,
        ResubmissionNote,
        ResubmissionOn,
        ResubmissionState
    };
    enum class Field
    {
        CaseFileSubject,
        ProceedingSubject,
        Due
    };

    void load(DetailKind kind, const QString &id);
    void showPlaceholder(const QString &text);

    // Showing what was read (detailfill.cpp).
    void fill(const DetailData &data);
    // `same`: the object shown before is this one (a reload).
    void fillCaseFile(const DetailData &data, bool same);
    void fillProceeding(const DetailData &data, bool same);
    void setSubject(QLineEdit *edit, const QString &stored, const EditRight &right, bool same);
    void showDue(const QDate &due, const EditRight &right);
    void fillNotes(const DetailData &data);
    void fillResubmissions(const DetailData &data);
    void fillHistory(const DetailData &data);
    void updateDoneButton();
    const storage::Resubmission *currentResubmission() const;

    // Edits (detailedits.cpp).
    void commitSubject(bool ofProceeding);
    void commitDue();
    void noDueToggled(bool none);
    void markDone();
    // Shows the stored value again and drops the error shown for the field.
    void revert(Field field);
    QLabel *errorLabel(Field field) const;
    // Runs `redo` (which writes `value`) from the shown revision; on success puts the edit on the
    // undo stack as `text` and reports `done`. A refusal is shown at the field, which shows the
    // stored value again.
    void edit(Field field, const QVariant &value, const QString &text, StoreChangeCommand::Step undo,
              StoreChangeCommand::Step redo, const QString &done);
    // The data shown is that of the object asked for (not one the user has moved on from).
    bool isCurrent() const;
    // It is current and of this case file (and this proceeding, unless empty).
    bool isShown(const QString &caseFileId, const QString &proceedingId) const;

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QUndoStack *m_undo;
    DetailKind m_kind = DetailKind::CaseFile;
    QString m_id;                      // the object asked for; empty: nothing
    std::optional<DetailData> m_data;  // what is shown, when it is m_id's
    quint64 m_request = 0;
    std::shared_ptr<OwnRevisions> m_own;  // the revisions our edits made, for undo and redo
    QHash<Field, QVariant> m_inFlight;    // values on their way to the store
    bool m_dueTouched = false;            // the user changed the due date field, not yet saved
    bool m_marking = false;               // a resubmission is being marked done

    QLabel *m_title;
    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;

    QGroupBox *m_proceedingBox;
    QLabel *m_proceedingReadOnly;
    QLabel *m_proceedingReference;
    QLineEdit *m_proceedingSubject;
    QLabel *m_proceedingError;
    QLabel *m_proceedingStatus;
    QLabel *m_assignee;
    QDateEdit *m_due;
    QCheckBox *m_noDue;
    QLabel *m_overdue;
    QLabel *m_dueError;

    QGroupBox *m_caseFileBox;
    QLabel *m_caseFileReadOnly;
    QLabel *m_caseFileReference;
    QLineEdit *m_caseFileSubject;
    QLabel *m_caseFileError;
    QLabel *m_unit;
    QLabel *m_node;
    QLabel *m_caseFileStatus;
    QLabel *m_period;
    QLabel *m_retention;
    QLabel *m_disposal;

    QTextBrowser *m_notes;
    QTreeWidget *m_resubmissions;
    QPushButton *m_doneButton;
    QAction *m_doneAction;
    QTreeWidget *m_history;
};

}  // namespace aw::ui
