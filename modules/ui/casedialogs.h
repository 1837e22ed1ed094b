// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/formdialog.h"

#include <QDate>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace aw::ui {

// Something a note or a resubmission can be attached to: the case file or the proceeding.
struct ObjectChoice
{
    QString type;  // "case_file" or "proceeding"
    QString id;
    QString label;  // e.g. "Vorgang 5.1-3/2026/2 – Geburtsurkunde"
};

// A pair of id and name to choose from (units, users).
struct NamedId
{
    QString id;
    QString name;
};

// A new case file under a file-plan node: subject and owning unit (the reference is assigned).
class NewCaseFileDialog : public FormDialog
{
    Q_OBJECT
public:
    NewCaseFileDialog(const QString &nodeTitle, const QList<NamedId> &units, QWidget *parent = nullptr);
    QString subject() const;
    QString unitId() const;

private:
    QLineEdit *m_subject;
    QComboBox *m_unit;
};

// A new proceeding in a case file: subject, an optional due date, and whether the user takes it.
class NewProceedingDialog : public FormDialog
{
    Q_OBJECT
public:
    NewProceedingDialog(const QString &caseFileReference, QWidget *parent = nullptr);
    QString subject() const;
    QDate dueAt() const;  // invalid: none
    bool assignToMe() const;

private:
    QLineEdit *m_subject;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QCheckBox *m_assignToMe;
};

// Whom a proceeding goes to: the members of the owning unit.
class AssignDialog : public FormDialog
{
    Q_OBJECT
public:
    AssignDialog(const QString &proceedingReference, const QList<NamedId> &members, const QString &currentId,
                 QWidget *parent = nullptr);
    QString userId() const;
    QString currentName() const;

private:
    QComboBox *m_user;
};

// A reminder: which object, when, and what for.
class ResubmissionDialog : public FormDialog
{
    Q_OBJECT
public:
    ResubmissionDialog(const QList<ObjectChoice> &objects, QWidget *parent = nullptr);
    ObjectChoice object() const;
    QDate dueAt() const;
    QString note() const;

private:
    QList<ObjectChoice> m_objects;
    QComboBox *m_object;
    QDateEdit *m_due;
    QLineEdit *m_note;
};

// A note on the case file or the proceeding.
class NoteDialog : public FormDialog
{
    Q_OBJECT
public:
    NoteDialog(const QList<ObjectChoice> &objects, QWidget *parent = nullptr);
    ObjectChoice object() const;
    QString text() const;

private:
    QList<ObjectChoice> m_objects;
    QComboBox *m_object;
    QPlainTextEdit *m_text;
};

}  // namespace aw::ui
