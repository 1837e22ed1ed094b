// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/watchfolder.h"

#include "intake/inbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QtConcurrent>

namespace aw::intake {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::intake::WatchFolder)
};

}  // namespace

WatchFolder::WatchFolder(std::shared_ptr<storage::Store> store, QString userId, QString folder, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_folder(QDir(folder).absolutePath())
{
    // The watcher only hints; the timer makes sure nothing is missed (network drives, missed events).
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &WatchFolder::scanNow);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this] { QTimer::singleShot(300, this, &WatchFolder::scanNow); });
}

WatchFolder::~WatchFolder()
{
    if (m_work)
        m_work->waitForFinished();  // a receipt in progress finishes its transaction
}

void WatchFolder::start()
{
    if (!QDir().mkpath(QDir(m_folder).filePath(receivedSubfolder()))) {
        Q_EMIT failed(Text::tr("The watch folder “%1” cannot be used.").arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    m_watcher.addPath(m_folder);
    m_timer.start();
    scanNow();
}

void WatchFolder::scanNow()
{
    QStringList stable;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.zip"), QStringLiteral("*.ZIP")}, QDir::Files, QDir::Name);
    QHash<QString, qint64> sizes;
    for (const QFileInfo &file : files) {
        const QString path = file.absoluteFilePath();
        sizes.insert(path, file.size());
        // Taken when its size is the same as at the previous look (the copy has finished).
        if (!m_busy.contains(path) && m_lastSize.value(path, -1) == file.size())
            stable << path;
    }
    m_lastSize = sizes;
    if (!stable.isEmpty() && !(m_work && m_work->isRunning()))
        receiveStable(stable);
    else if (!stable.isEmpty() || m_lastSize.size() > m_busy.size())
        QTimer::singleShot(500, this, &WatchFolder::scanNow);  // look again soon for the size check
}

void WatchFolder::receiveStable(const QStringList &paths)
{
    for (const QString &p : paths)
        m_busy.insert(p);
    delete m_work;
    m_work = new QFutureWatcher<void>(this);
    connect(m_work, &QFutureWatcherBase::finished, this, [this, paths] {
        for (const QString &p : paths)
            m_busy.remove(p);
        scanNow();
    });
    const QString done = QDir(m_folder).filePath(receivedSubfolder());
    m_work->setFuture(QtConcurrent::run([this, store = m_store, user = m_userId, paths, done] {
        Inbox inbox({store, user});
        for (const QString &path : paths) {
            auto result = inbox.receive(path);
            QString status, problem;
            if (result) {
                status = result->alreadyKnown ? QStringLiteral("known") : result->entry.status;
                problem = result->entry.problem;
                // The package is safe in the store now; move it out of the way, never over another.
                QString target = QDir(done).filePath(QFileInfo(path).fileName());
                for (int i = 2; QFileInfo::exists(target); ++i)
                    target = QDir(done).filePath(QFileInfo(path).completeBaseName() + QStringLiteral("-%1.zip").arg(i));
                QFile::rename(path, target);
            } else {
                status = QStringLiteral("error");
                problem = result.error().message;
            }
            QMetaObject::invokeMethod(
                this, [this, path, status, problem] { Q_EMIT received(path, status, problem); }, Qt::QueuedConnection);
        }
    }));
}

}  // namespace aw::intake
