// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace aw::ui {

// A folder to write into: typed, or chosen with "…" (QFileDialog). The field takes the focus of
// the whole row, so a form label's mnemonic leads to it.
class FolderField : public QWidget
{
    Q_OBJECT
public:
    // `name` is the object name of the row; the edit and the button are named after it.
    FolderField(const QString &name, const QString &accessibleName, const QString &dialogTitle,
                QWidget *parent = nullptr);

    QString path() const;  // empty when nothing is typed
    void setPath(const QString &path);
    QLineEdit *edit() const { return m_edit; }

    // The user's Documents folder, else the home folder: where exchange packages go by default.
    static QString defaultFolder();

Q_SIGNALS:
    void pathChanged();

private:
    void choose();

    QString m_title;
    QLineEdit *m_edit;
    QPushButton *m_choose;
};

}  // namespace aw::ui
