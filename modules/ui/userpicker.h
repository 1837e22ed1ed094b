// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace aw::ui {

// "Who is working?": on a local store shared by several clerks, the user picks themselves from
// the store's active users (with their roles and units), filtered by typing. The users are read
// on a worker; `loaded` tells when the list is there.
class UserPicker : public QDialog
{
    Q_OBJECT
public:
    UserPicker(std::shared_ptr<storage::Store> store, const QString &preselectLogin, QWidget *parent = nullptr);

    // The chosen user; empty while nobody is chosen.
    QString login() const;
    QString userId() const;

    // What the Cancel button says where cancelling has a particular meaning (e.g. "Read only").
    void setCancelText(const QString &text, const QString &toolTip = {});

    QLineEdit *filterField() const { return m_filter; }
    QListWidget *userList() const { return m_list; }

Q_SIGNALS:
    // After the users are read: how many active users the store has (-1: they could not be read).
    void loaded(int users);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void applyFilter();
    void updateOk();

    std::shared_ptr<storage::Store> m_store;
    QString m_preselect;
    QLabel *m_intro;
    QWidget *m_chooser;  // the filter and the list
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_status;
    QLineEdit *m_command;  // how to create the first user, for copying
    QDialogButtonBox *m_buttons;
};

}  // namespace aw::ui
