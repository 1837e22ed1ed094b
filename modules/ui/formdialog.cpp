// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/formdialog.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace aw::ui {

FormDialog::FormDialog(const QString &objectName, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    setMinimumWidth(480);
    m_error->setObjectName(objectName + QStringLiteral("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    m_buttons->setObjectName(objectName + QStringLiteral("Buttons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(objectName + QStringLiteral("Ok"));
    ok->setAccessibleName(ok->text().remove(QLatin1Char('&')));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(objectName + QStringLiteral("Cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void FormDialog::addField(const QString &label, QWidget *field, const QString &objectName,
                          const QString &accessibleName)
{
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    auto *text = new QLabel(label, this);
    text->setObjectName(objectName + QStringLiteral("Label"));
    text->setBuddy(field);
    m_form->addRow(text, field);
}

void FormDialog::addText(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(objectName() + QStringLiteral("Intro"));
    label->setWordWrap(true);
    m_form->addRow(label);
}

void FormDialog::setOkText(const QString &text)
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(text);
    ok->setAccessibleName(QString(text).remove(QLatin1Char('&')));
}

void FormDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FormDialog::accept()
{
    const QString problem = m_check ? m_check() : QString();
    showError(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

}  // namespace aw::ui
