// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"
#include "sync/synchronizer.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace aw::ui {

// The changes the central store did not apply because someone else changed the same fields: per
// field both values, and the user's choice (keep mine, take theirs). Nothing is lost until the
// choice is made; the values kept are sent at the next sync.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent = nullptr);

    // How many records were settled while the dialog was open.
    int resolved() const { return m_resolved; }
    QTreeWidget *list() const { return m_list; }
    // Settles every conflict as chosen in the list.
    void apply();

Q_SIGNALS:
    void loaded(int conflicts);
    void applied();

private:
    void load();
    void fill(const QList<sync::SyncConflict> &conflicts);
    void setKeepMine(QTreeWidgetItem *item, bool keep);

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QList<sync::SyncConflict> m_conflicts;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_apply;
    int m_resolved = 0;
};

}  // namespace aw::ui
