// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace aw::intake {

// Feeds the Posteingang from a folder, as a transport (or a colleague) drops submission packages
// (*.zip) into it: found on start and within seconds of arriving. A file is taken once its size
// has stopped changing; after receipt it moves to the subfolder "eingelesen" (received), so the
// folder shows what is still waiting. Receiving runs on a worker.
class WatchFolder : public QObject
{
    Q_OBJECT
public:
    WatchFolder(std::shared_ptr<storage::Store> store, QString userId, QString folder, QObject *parent = nullptr);
    ~WatchFolder() override;

    QString folder() const { return m_folder; }
    void start();
    void scanNow();

    static QString receivedSubfolder() { return QStringLiteral("eingelesen"); }

Q_SIGNALS:
    // One package handled: its new inbox status ("new", "quarantined", "known") or an error.
    void received(const QString &path, const QString &status, const QString &problem);
    void failed(const QString &message);

private:
    void receiveStable(const QStringList &paths);

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QString m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QHash<QString, qint64> m_lastSize;  // size seen at the previous scan, for "stopped growing"
    QSet<QString> m_busy;
    QFutureWatcher<void> *m_work = nullptr;
};

}  // namespace aw::intake
