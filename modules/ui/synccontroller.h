// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"
#include "sync/synchronizer.h"
#include "ui/centralconnection.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QProgressBar;
class QTimer;
class QToolButton;
class QWidget;

namespace aw::ui {

class PasswordKeeper;

// Syncs the store with the central store in the background: at start, every few minutes and when
// asked (F9), on a worker thread with connections of its own. Shows the state in the status bar
// (local only, offline, syncing with progress, in sync, conflicts, refused) and opens the
// conflicts dialog from there. The password: from the keychain, else libpq's own sources
// (PGPASSWORD, ~/.pgpass, Kerberos), else asked for once and kept.
class SyncController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        LocalOnly,  // no central store set
        Offline,    // not reachable; work goes on locally, the outbox waits
        Syncing,
        InSync,
        Conflicts,  // in sync, but changes wait for the user's decision
        Failed,     // refused (wrong password, a change not accepted); the message says why
        Paused,     // stopped by the user between batches; the next run goes on from there
    };
    Q_ENUM(State)

    SyncController(std::shared_ptr<storage::Store> store, QString userId, QWidget *window);
    ~SyncController() override;

    // The status bar's widgets and the menu's actions.
    QToolButton *indicator() const { return m_indicator; }
    QProgressBar *progressBar() const { return m_progress; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *conflictsAction() const { return m_conflictsAction; }

    State state() const { return m_state; }
    QString stateText() const;

    // Starts a sync now (ignored while one runs); with new settings after the settings dialog.
    void syncNow();
    // Something was changed here: sync a few seconds after the last such call (a run under way is
    // followed by another), so changes reach the others soon without a run per keystroke.
    void changedLocally();
    void setChangeDelay(int ms);
    // Stops a run under way after its current batch (what is done stays done).
    void stop();
    void reconfigure();
    void showConflicts();
    // Fetches the contents of one document version from the central store in the background (those
    // of archived case files are not fetched by the sync); answers with fileFetched.
    void fetchFile(const QString &sha256);

    static constexpr int IntervalMs = 5 * 60 * 1000;
    static constexpr int ChangeDelayMs = 10 * 1000;

Q_SIGNALS:
    void stateChanged(aw::ui::SyncController::State state);
    // Changes of others arrived: views may reload.
    void received(int changes);
    // Case files or proceedings made here got another reference before they were sent (theirs was
    // taken meanwhile): "old → new".
    void renumbered(const QStringList &references);
    // The contents asked for by fetchFile are here (problem empty), or why not.
    void fileFetched(const QString &sha256, const QString &problem);

private:
    void start(const QString &password, bool asked);
    void finished(const core::Result<sync::SyncReport> &report, const QString &password, bool asked);
    void askPassword();
    void startFetch(const QString &sha256, const QString &password);
    void setState(State state, const QString &detail = {});

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QWidget *m_window;
    CentralConnection m_connection;
    PasswordKeeper *m_passwords;
    QToolButton *m_indicator;
    QProgressBar *m_progress;
    QAction *m_syncNow;
    QAction *m_conflictsAction;
    QTimer *m_timer;
    QTimer *m_soon;                   // after local changes
    bool m_changedMeanwhile = false;  // a change while a run was under way
    State m_state = State::LocalOnly;
    QString m_detail;
    QDateTime m_lastSync;
    int m_conflicts = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<core::Result<sync::SyncReport>> m_future;
};

}  // namespace aw::ui
