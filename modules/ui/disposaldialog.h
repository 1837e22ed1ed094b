// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "core/result.h"
#include "storage/store.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace aw::ui {

class DueFileTree;

// Aussonderung for the registry: the closed case files whose retention has ended, by what becomes
// of them (A, B, V), and the disposals under way with the archive. From here the registry offers
// files to the archive (0501), reads its answers (0502 evaluation, 0504–0507 receipts), hands over
// what it keeps (0503) and destroys what nobody keeps, after a confirmation. Every step runs on a
// worker; the outcome stays in the status line of the dialog.
class DisposalDialog : public QDialog
{
    Q_OBJECT
public:
    DisposalDialog(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent = nullptr);

    // Reads the due files and the disposals again.
    void reload();
    // The steps without their questions (the buttons ask first, then call these).
    void offer(const QStringList &caseFileIds, const QString &archive, const QString &folder);
    void readAnswer(const QString &path);
    void handOver(const QString &processId, const QString &folder);
    void destroyFiles(const QStringList &caseFileIds);

    DueFileTree *fileTree() const { return m_files; }
    QTreeWidget *processList() const { return m_processes; }
    QString statusText() const;
    bool isBusy() const { return m_busy; }

    // Ignored while a step is under way: its outcome is shown when it is done.
    void reject() override;

Q_SIGNALS:
    void loaded();
    // A step is done; `message` says what it did.
    void succeeded(const QString &message);
    void failed(const QString &message);
    // The store changed (files offered, destroyed, content removed): other views read again.
    void changed();

private:
    void chooseOffer();
    void chooseAnswer();
    void chooseHandOver();
    void chooseDestroy();
    void setBusy(bool busy);
    void updateButtons();
    void showStatus(const QString &text, bool error = false);
    void fail(const QString &message);
    QString selectedProcessId() const;
    // Runs `work` as the user on a worker; its result's sentence goes to the status line and the
    // lists are read again.
    template <typename T>
    void run(const QString &busyText, std::function<core::Result<T>(const casework::Session &)> work,
             std::function<QString(const T &)> done);

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QString m_archive;  // the archive of the last offer, the default of the next
    bool m_busy = false;
    DueFileTree *m_files;
    QTreeWidget *m_processes;
    QLabel *m_status;
    QPushButton *m_offer;
    QPushButton *m_destroy;
    QPushButton *m_answer;
    QPushButton *m_handOver;
    QPushButton *m_reload;
    QPushButton *m_close;
};

}  // namespace aw::ui
