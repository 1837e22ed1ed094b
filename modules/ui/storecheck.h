// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace aw::storage {
class Store;
}

namespace aw::ui {

// Checks the integrity of a store opened with Database::Integrity::CheckLater, on a worker, so that
// the window opens without waiting for it. Says so in the window's status bar meanwhile; a damaged
// store is reported in a message box over the window and stays open for reading only.
class StoreCheck : public QObject
{
    Q_OBJECT

public:
    StoreCheck(QWidget *window, std::shared_ptr<storage::Store> store);
    // Stops a check still running, so that quitting does not wait for it.
    ~StoreCheck() override;

    // Starts the check (once; later calls do nothing); finished() follows on this thread.
    void start();

Q_SIGNALS:
    void finished(bool intact);

private:
    void report(const QString &problem);
    void showStatus(const QString &text);

    QPointer<QWidget> m_window;
    std::shared_ptr<storage::Store> m_store;
    QString m_status;
    bool m_started = false;
    bool m_finished = false;
};

}  // namespace aw::ui
