// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/records.h"
#include "storage/store.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace aw::ui {

// Choosing the case file a submission is filed into by hand: search by reference or subject
// (open files the user may add to), and the subject of the new proceeding.
class FileIntoDialog : public QDialog
{
    Q_OBJECT
public:
    FileIntoDialog(std::shared_ptr<storage::Store> store, QString userId, const QString &subject,
                   QWidget *parent = nullptr);

    QString caseFileId() const;
    QString caseFileReference() const;
    QString subject() const;

    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }

Q_SIGNALS:
    void resultsShown(int count);

private:
    void search();
    void updateOk();

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_hint;
    QLineEdit *m_subject;
    QDialogButtonBox *m_buttons;
    QTimer *m_delay;
    quint64 m_request = 0;
};

}  // namespace aw::ui
