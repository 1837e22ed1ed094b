// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/synccontroller.h"

#include "sync/central.h"
#include "ui/conflictsdialog.h"
#include "ui/passwordkeeper.h"

#include <QAction>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>
#include <QUuid>
#include <QtConcurrent>

#include <utility>

namespace aw::ui {

namespace {

// libpq's words when the server wants a (better) password, in English or German.
bool isPasswordProblem(const core::Error &error)
{
    return error.message.contains(QLatin1String("assword"), Qt::CaseInsensitive);
}

}  // namespace

SyncController::SyncController(std::shared_ptr<storage::Store> store, QString userId, QWidget *window)
    : QObject(window)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_window(window)
    , m_connection(CentralConnection::load())
    , m_passwords(new PasswordKeeper(this))
    , m_indicator(new QToolButton(window))
    , m_progress(new QProgressBar(window))
    , m_syncNow(new QAction(tr("Synchronize &now"), this))
    , m_conflictsAction(new QAction(tr("Sync c&onflicts …"), this))
    , m_timer(new QTimer(this))
    , m_soon(new QTimer(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_indicator->setObjectName(QStringLiteral("syncIndicator"));
    m_indicator->setAutoRaise(true);
    m_indicator->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_indicator, &QToolButton::clicked, this, [this] {
        if (m_state == State::Conflicts)
            showConflicts();
        else if (m_running)
            stop();
        else
            syncNow();
    });
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_syncNow, &QAction::triggered, this, &SyncController::syncNow);
    m_conflictsAction->setObjectName(QStringLiteral("syncConflictsAction"));
    connect(m_conflictsAction, &QAction::triggered, this, &SyncController::showConflicts);
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_soon->setSingleShot(true);
    m_soon->setInterval(ChangeDelayMs);
    connect(m_soon, &QTimer::timeout, this, &SyncController::syncNow);
    reconfigure();
}

SyncController::~SyncController()
{
    // A run under way stops after its batch; its transactions end cleanly before the store closes.
    m_cancel->store(true);
    m_future.waitForFinished();
}

void SyncController::reconfigure()
{
    m_connection = CentralConnection::load();
    m_syncNow->setEnabled(m_connection.isSet() && !m_userId.isEmpty());
    if (!m_connection.isSet() || m_userId.isEmpty()) {
        m_timer->stop();
        setState(State::LocalOnly);
        return;
    }
    m_timer->start();
    QTimer::singleShot(0, this, &SyncController::syncNow);
}

void SyncController::syncNow()
{
    if (m_running)
        return;
    m_soon->stop();
    if (!m_connection.isSet() || m_userId.isEmpty()) {
        setState(State::LocalOnly);
        return;
    }
    m_running = true;
    setState(State::Syncing);
    m_passwords->fetch(m_connection.name(), [this](const QString &password) { start(password, false); });
}

void SyncController::changedLocally()
{
    if (!m_connection.isSet() || m_userId.isEmpty())
        return;
    if (m_running)
        m_changedMeanwhile = true;  // may have missed the run's push
    else
        m_soon->start();
}

void SyncController::setChangeDelay(int ms)
{
    m_soon->setInterval(ms);
}

void SyncController::stop()
{
    if (m_running)
        m_cancel->store(true);
}

void SyncController::start(const QString &password, bool asked)
{
    m_running = true;
    m_cancel->store(false);
    setState(State::Syncing);
    m_progress->setRange(0, 0);
    m_progress->show();
    const QString conninfo = m_connection.conninfo(password);
    QPointer<QProgressBar> bar(m_progress);
    auto *watcher = new QFutureWatcher<core::Result<sync::SyncReport>>(this);
    connect(watcher, &QFutureWatcher<core::Result<sync::SyncReport>>::finished, this, [this, watcher, password, asked] {
        finished(watcher->result(), password, asked);
        watcher->deleteLater();
    });
    m_future =
        QtConcurrent::run([store = m_store, conninfo, cancel = m_cancel, bar]() -> core::Result<sync::SyncReport> {
            const QString name = QStringLiteral("sync-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            core::Result<sync::SyncReport> result;
            {
                auto central = sync::connectCentral(conninfo, name);
                if (!central) {
                    result = central.error();
                } else {
                    sync::Synchronizer synchronizer(store, central.value());
                    result = synchronizer.run([cancel, bar](qint64 done, qint64 total) {
                        QMetaObject::invokeMethod(
                            bar,
                            [bar, done, total] {
                                if (!bar)
                                    return;
                                bar->setRange(0, total > 0 ? int(std::min<qint64>(total, INT_MAX)) : 0);
                                if (total > 0)
                                    bar->setValue(int(std::min(done, total)));
                            },
                            Qt::QueuedConnection);
                        return !cancel->load();
                    });
                    central->close();
                }
            }
            QSqlDatabase::removeDatabase(name);
            return result;
        });
    watcher->setFuture(m_future);
}

void SyncController::finished(const core::Result<sync::SyncReport> &report, const QString &password, bool asked)
{
    m_running = false;
    m_progress->hide();
    if (std::exchange(m_changedMeanwhile, false) && report)
        m_soon->start();
    if (report) {
        m_lastSync = QDateTime::currentDateTime();
        m_conflicts = report->conflicts;
        if (asked && !password.isEmpty())
            m_passwords->keep(m_connection.name(), password);
        setState(report->stopped ? State::Paused : m_conflicts > 0 ? State::Conflicts : State::InSync);
        if (report->pulled > 0)
            Q_EMIT received(report->pulled);
        if (!report->renumbered.isEmpty())
            Q_EMIT renumbered(report->renumbered);
        return;
    }
    const core::Error &error = report.error();
    if (error.code == core::Error::Code::Io && isPasswordProblem(error)) {
        if (!password.isEmpty())
            m_passwords->forget(m_connection.name());
        if (!asked) {
            askPassword();
            return;
        }
        setState(State::Failed, tr("The central store did not accept the password for %1.").arg(m_connection.name()));
        return;
    }
    if (error.code == core::Error::Code::Io) {
        setState(State::Offline, error.message);
        return;
    }
    setState(State::Failed, error.message);
}

void SyncController::fetchFile(const QString &sha256)
{
    if (!m_connection.isSet() || m_userId.isEmpty()) {
        Q_EMIT fileFetched(sha256, tr("The contents of this version are not in this store, and no central store is "
                                      "set to fetch them from (Settings). If this store never synced, its file is "
                                      "missing: check the store (aktenwerk-cli verify)."));
        return;
    }
    m_passwords->fetch(m_connection.name(), [this, sha256](const QString &password) { startFetch(sha256, password); });
}

void SyncController::startFetch(const QString &sha256, const QString &password)
{
    const QString conninfo = m_connection.conninfo(password);
    auto *watcher = new QFutureWatcher<core::Result<void>>(this);
    connect(watcher, &QFutureWatcher<core::Result<void>>::finished, this, [this, watcher, sha256] {
        const core::Result<void> result = watcher->result();
        watcher->deleteLater();
        if (result) {
            Q_EMIT fileFetched(sha256, {});
            return;
        }
        const core::Error &error = result.error();
        if (error.code == core::Error::Code::Io)
            Q_EMIT fileFetched(sha256, tr("The central store cannot be reached. The contents of this version are "
                                          "kept there; try again when the connection is back. (%1)")
                                           .arg(error.message));
        else
            Q_EMIT fileFetched(sha256, error.message);
    });
    watcher->setFuture(QtConcurrent::run([store = m_store, conninfo, sha256]() -> core::Result<void> {
        const QString name = QStringLiteral("fetch-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        core::Result<void> result;
        {
            auto central = sync::connectCentral(conninfo, name);
            if (!central) {
                result = central.error();
            } else {
                result = sync::Synchronizer(store, central.value()).fetchFile(sha256);
                central->close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }));
}

void SyncController::askPassword()
{
    bool ok = false;
    const QString password =
        QInputDialog::getText(m_window, tr("Central store"),
                              tr("Password of %1 at the central store %2:").arg(m_connection.user, m_connection.host),
                              QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty()) {
        setState(State::Failed, tr("Without the password, this computer works with its local store only. "
                                   "Synchronize now (F9) asks again."));
        return;
    }
    start(password, true);
}

void SyncController::showConflicts()
{
    ConflictsDialog dialog(m_store, m_userId, m_window);
    dialog.exec();
    if (dialog.resolved() > 0)
        syncNow();
}

QString SyncController::stateText() const
{
    switch (m_state) {
    case State::LocalOnly:
        return tr("Local store only");
    case State::Offline:
        return tr("Offline – changes are kept and sent later");
    case State::Syncing:
        return tr("Synchronizing …");
    case State::InSync:
        return tr("In sync (%1)").arg(QLocale().toString(m_lastSync.time(), QLocale::ShortFormat));
    case State::Conflicts:
        return tr("%n conflict(s) to decide", nullptr, m_conflicts);
    case State::Failed:
        return tr("Sync failed");
    case State::Paused:
        return tr("Sync paused");
    }
    return {};
}

void SyncController::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    m_indicator->setText(stateText());
    QString tip = detail;
    if (tip.isEmpty() && state == State::LocalOnly)
        tip = tr("No central store is set (Settings).");
    else if (tip.isEmpty() && state == State::Syncing)
        tip = tr("Central store %1. Click to pause; the next sync goes on from there.").arg(m_connection.name());
    else if (tip.isEmpty() && state == State::Paused)
        tip = tr("Paused. The next sync (F9, or by itself within minutes) goes on from there.");
    else if (tip.isEmpty())
        tip = tr("Central store %1. Click or press F9 to synchronize now.").arg(m_connection.name());
    m_indicator->setToolTip(tip);
    m_indicator->setAccessibleName(tr("Sync state: %1").arg(stateText()));
    m_conflictsAction->setEnabled(m_conflicts > 0);
    Q_EMIT stateChanged(state);
}

}  // namespace aw::ui
