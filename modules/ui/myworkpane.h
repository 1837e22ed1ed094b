// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTableView;

namespace aw::ui {

class MyWorkModel;

// "Meine Arbeit": the open proceedings assigned to the signed-in user and their resubmissions
// (Wiedervorlagen) of the next days, overdue first. Read on a worker; opening a row asks the
// window to show its proceeding or case file.
class MyWorkPane : public QWidget
{
    Q_OBJECT
public:
    // How far ahead resubmissions are listed (overdue ones always are); the empty state's text
    // says "the coming week".
    static constexpr int DaysAhead = 7;

    MyWorkPane(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }
    MyWorkModel *model() const { return m_model; }

Q_SIGNALS:
    void loaded(int items, int overdue);
    void proceedingRequested(const QString &proceedingId);
    void caseFileRequested(const QString &caseFileId);
    void failed(const QString &message);

private:
    void open(const QModelIndex &index);
    void showMessage(const QString &text);

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    MyWorkModel *m_model;
    QLabel *m_header;
    QStackedWidget *m_pages;
    QTableView *m_view;
    QLabel *m_message;
    quint64 m_request = 0;
};

}  // namespace aw::ui
