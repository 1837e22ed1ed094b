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

    // The same search to choose where a proceeding moves to: no subject asked, the case file it
    // is in now not offered.
    void useForMove(const QString &proceedingReference, const QString &currentCaseFileId);

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
    QLabel *m_subjectLabel;
    QLineEdit *m_subject;
    QDialogButtonBox *m_buttons;
    QTimer *m_delay;
    quint64 m_request = 0;
    QString m_excluded;  // a case file not to offer
};

}  // namespace aw::ui
