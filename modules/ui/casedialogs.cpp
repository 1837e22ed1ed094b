// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casedialogs.h"

#include "casework/proceedingservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace aw::ui {

namespace {

QLineEdit *subjectField(QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setMaxLength(casework::ProceedingService::MaxSubjectLength);
    field->setClearButtonEnabled(true);
    return field;
}

QDateEdit *dateField(const QDate &initial, QWidget *parent)
{
    auto *field = new QDateEdit(initial, parent);
    field->setCalendarPopup(true);
    field->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    field->setMinimumDate(QDate::currentDate().addYears(-1));
    return field;
}

QComboBox *objectField(const QList<ObjectChoice> &objects, QWidget *parent)
{
    auto *field = new QComboBox(parent);
    for (const ObjectChoice &o : objects)
        field->addItem(o.label);
    // The most specific object (the proceeding) is the usual one.
    field->setCurrentIndex(int(objects.size()) - 1);
    return field;
}

}  // namespace

NewCaseFileDialog::NewCaseFileDialog(const QString &nodeTitle, const QList<NamedId> &units, QWidget *parent)
    : FormDialog(QStringLiteral("newCaseFileDialog"), tr("New case file"), parent)
    , m_subject(subjectField(this))
    , m_unit(new QComboBox(this))
{
    addText(tr("The case file is created under <b>%1</b>; its reference is assigned when it is created.")
                .arg(nodeTitle.toHtmlEscaped()));
    m_subject->setPlaceholderText(tr("e.g. Birth certificates 2026"));
    addField(tr("&Subject:"), m_subject, QStringLiteral("newCaseFileSubject"), tr("Subject"));
    for (const NamedId &unit : units)
        m_unit->addItem(unit.name, unit.id);
    addField(tr("Owning &unit:"), m_unit, QStringLiteral("newCaseFileUnit"), tr("Owning unit"));
    setOkText(tr("&Create"));
    setCheck([this] { return subject().isEmpty() ? tr("Enter a subject for the case file.") : QString(); });
}

QString NewCaseFileDialog::subject() const
{
    return m_subject->text().trimmed();
}

QString NewCaseFileDialog::unitId() const
{
    return m_unit->currentData().toString();
}

NewProceedingDialog::NewProceedingDialog(const QString &caseFileReference, QWidget *parent)
    : FormDialog(QStringLiteral("newProceedingDialog"), tr("New proceeding"), parent)
    , m_subject(subjectField(this))
    , m_hasDue(new QCheckBox(tr("&Due by"), this))
    , m_due(dateField(QDate::currentDate().addDays(14), this))
    , m_assignToMe(new QCheckBox(tr("I &work on it myself"), this))
{
    addText(tr("A new proceeding in the case file <b>%1</b>.").arg(caseFileReference.toHtmlEscaped()));
    m_subject->setPlaceholderText(tr("e.g. Application for a birth certificate"));
    addField(tr("&Subject:"), m_subject, QStringLiteral("newProceedingSubject"), tr("Subject"));
    m_hasDue->setObjectName(QStringLiteral("newProceedingHasDue"));
    m_hasDue->setAccessibleName(tr("With a due date"));
    m_due->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("newProceedingDueRow"));
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_hasDue);
    rowLayout->addWidget(m_due, 1);
    m_due->setObjectName(QStringLiteral("newProceedingDue"));
    m_due->setAccessibleName(tr("Due date"));
    addField(tr("Due:"), row, QStringLiteral("newProceedingDueRow"), tr("Due date"));
    m_assignToMe->setChecked(true);
    addField(QString(), m_assignToMe, QStringLiteral("newProceedingAssignToMe"), tr("Assign the proceeding to me"));
    setOkText(tr("&Create"));
    setCheck([this] { return subject().isEmpty() ? tr("Enter a subject for the proceeding.") : QString(); });
}

bool NewProceedingDialog::assignToMe() const
{
    return m_assignToMe->isChecked();
}

QString NewProceedingDialog::subject() const
{
    return m_subject->text().trimmed();
}

QDate NewProceedingDialog::dueAt() const
{
    return m_hasDue->isChecked() ? m_due->date() : QDate();
}

AssignDialog::AssignDialog(const QString &proceedingReference, const QList<NamedId> &members, const QString &currentId,
                           QWidget *parent)
    : FormDialog(QStringLiteral("assignDialog"), tr("Assign proceeding"), parent)
    , m_user(new QComboBox(this))
{
    addText(tr("Who works on the proceeding <b>%1</b>? Only members of the owning unit can be chosen.")
                .arg(proceedingReference.toHtmlEscaped()));
    for (const NamedId &member : members) {
        m_user->addItem(member.name, member.id);
        if (member.id == currentId)
            m_user->setCurrentIndex(m_user->count() - 1);
    }
    addField(tr("&Assign to:"), m_user, QStringLiteral("assignUser"), tr("Assign to"));
    setOkText(tr("&Assign"));
    setCheck([this] { return userId().isEmpty() ? tr("Choose who works on the proceeding.") : QString(); });
}

QString AssignDialog::userId() const
{
    return m_user->currentData().toString();
}

QString AssignDialog::currentName() const
{
    return m_user->currentText();
}

ResubmissionDialog::ResubmissionDialog(const QList<ObjectChoice> &objects, QWidget *parent)
    : FormDialog(QStringLiteral("resubmissionDialog"), tr("Set resubmission"), parent)
    , m_objects(objects)
    , m_object(objectField(objects, this))
    , m_due(dateField(QDate::currentDate().addDays(7), this))
    , m_note(new QLineEdit(this))
{
    addText(tr("The file comes back to you in “My work” on the day you choose."));
    addField(tr("&For:"), m_object, QStringLiteral("resubmissionObject"), tr("Resubmission for"));
    m_due->setMinimumDate(QDate::currentDate());
    addField(tr("&On:"), m_due, QStringLiteral("resubmissionDue"), tr("Resubmission date"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("e.g. Has the fee been paid?"));
    addField(tr("&Note:"), m_note, QStringLiteral("resubmissionNote"), tr("Note"));
    setOkText(tr("&Set"));
}

ObjectChoice ResubmissionDialog::object() const
{
    return m_objects.value(m_object->currentIndex());
}

QDate ResubmissionDialog::dueAt() const
{
    return m_due->date();
}

QString ResubmissionDialog::note() const
{
    return m_note->text().trimmed();
}

NoteDialog::NoteDialog(const QList<ObjectChoice> &objects, QWidget *parent)
    : FormDialog(QStringLiteral("noteDialog"), tr("Add note"), parent)
    , m_objects(objects)
    , m_object(objectField(objects, this))
    , m_text(new QPlainTextEdit(this))
{
    addText(tr("Notes are kept with the file and cannot be changed afterwards."));
    addField(tr("&For:"), m_object, QStringLiteral("noteObject"), tr("Note for"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(120);
    addField(tr("&Text:"), m_text, QStringLiteral("noteText"), tr("Note text"));
    setOkText(tr("&Add"));
    setCheck([this] { return text().isEmpty() ? tr("Write the note first.") : QString(); });
}

ObjectChoice NoteDialog::object() const
{
    return m_objects.value(m_object->currentIndex());
}

QString NoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

}  // namespace aw::ui
