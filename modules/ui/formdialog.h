// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace aw::ui {

// A small dialog of labelled fields with OK and Cancel. OK runs the check; a message it returns
// is shown in the dialog, which stays open with the input kept.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    FormDialog(const QString &objectName, const QString &title, QWidget *parent = nullptr);

    // Adds a labelled field (the label's mnemonic leads to it) with its object and accessible names.
    void addField(const QString &label, QWidget *field, const QString &objectName, const QString &accessibleName);
    void addText(const QString &text);  // an explaining line above the fields
    void setOkText(const QString &text);
    void setCheck(std::function<QString()> check) { m_check = std::move(check); }
    void showError(const QString &message);

    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::function<QString()> m_check;
};

}  // namespace aw::ui
