// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/importer.h"

#include "documents/preparation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent>

#include <optional>

using aw::casework::DocumentFiling;
using aw::casework::PreparedFile;

namespace aw::documents {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::documents::Importer)
};

// Files filed per transaction: large enough that commits (fsync) cost little per file, small
// enough that memory stays bounded and a crash loses little work.
constexpr int BatchSize = 48;

using Prepared = core::Result<PreparedFile>;

QString describe(const PreparedFile &f)
{
    switch (f.textStatus) {
    case storage::TextIndex::TextStatus::Encrypted:
        return Text::tr("The PDF is protected by a password: stored, but not indexed.");
    case storage::TextIndex::TextStatus::Damaged:
        return Text::tr("The PDF is damaged and cannot be read: stored as it is, not indexed.");
    case storage::TextIndex::TextStatus::Empty:
        return Text::tr("No text found (a scan?): stored, not searchable by its content.");
    default:
        return {};
    }
}

}  // namespace

QStringList Importer::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inside;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext())
                inside << it.next();
            inside.sort();
            files += inside;
        } else {
            files << path;  // a missing file is reported as failed, not silently dropped
        }
    }
    return files;
}

Importer::Summary Importer::run(const std::shared_ptr<storage::Store> &store, const QString &userId,
                                const QString &proceedingId, const QStringList &paths,
                                DocumentFiling::Duplicates duplicates, const Progress &progress,
                                const std::atomic<bool> *cancelled)
{
    const QStringList files = expand(paths);
    const int total = int(files.size());
    Summary summary;
    QThreadPool pool;
    // More threads than cores: part of each file's time is waiting for fsync, not computing.
    pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()) * 3);
    auto prepare = [store](const QString &path) { return prepareFile(store->blobs(), path); };
    auto batchAt = [&](int start) {
        return QtConcurrent::mapped(&pool, files.mid(start, BatchSize),
                                    std::function<Prepared(const QString &)>(prepare));
    };
    auto isCancelled = [cancelled] { return cancelled && cancelled->load(); };

    int done = 0;
    std::optional<QFuture<Prepared>> next;
    if (total > 0)
        next = batchAt(0);
    for (int start = 0; start < total && next; start += BatchSize) {
        QFuture<Prepared> current = *next;
        next.reset();
        // Keep both cores busy: the next batch is prepared while this one is filed.
        if (start + BatchSize < total && !isCancelled())
            next = batchAt(start + BatchSize);

        QList<PreparedFile> ready;
        QList<int> readyIndex;
        const int count = qMin(BatchSize, total - start);
        for (int i = 0; i < count; ++i) {
            const QString &path = files.at(start + i);
            if (progress)
                progress(done, total, path);
            const Prepared prepared = current.resultAt(i);
            ++done;
            if (!prepared) {
                summary.outcomes.append({path, Outcome::Kind::Failed, prepared.error().message, {}, 0});
                ++summary.failed;
                continue;
            }
            ready.append(prepared.value());
            readyIndex.append(int(summary.outcomes.size()));
            summary.outcomes.append(
                {path, Outcome::Kind::Imported, describe(prepared.value()), {}, qMax(0, prepared->pages)});
        }
        if (!ready.isEmpty()) {
            auto filed = DocumentFiling({store, userId}).file(proceedingId, ready, duplicates);
            for (int k = 0; k < ready.size(); ++k) {
                Outcome &o = summary.outcomes[readyIndex.at(k)];
                if (!filed) {
                    o.kind = Outcome::Kind::Failed;
                    o.message = filed.error().message;
                    ++summary.failed;
                    continue;
                }
                const auto &f = filed->at(k);
                o.documentId = f.documentId;
                switch (f.kind) {
                case DocumentFiling::Filed::Kind::NewDocument:
                    ++summary.imported;
                    summary.pages += o.pages;
                    break;
                case DocumentFiling::Filed::Kind::NewVersion:
                    o.kind = Outcome::Kind::NewVersion;
                    ++summary.newVersions;
                    summary.pages += o.pages;
                    break;
                case DocumentFiling::Filed::Kind::Duplicate:
                    o.kind = Outcome::Kind::Duplicate;
                    o.message = Text::tr("The same content is already in this proceeding.");
                    ++summary.duplicates;
                    break;
                }
            }
            if (!filed && filed.error().code == core::Error::Code::Refused) {
                if (next)
                    next->waitForFinished();
                break;  // refused for one batch means refused for all
            }
        }
        if (isCancelled()) {
            if (next)
                next->waitForFinished();
            summary.cancelled = true;
            break;
        }
    }
    if (progress)
        progress(done, total, {});
    return summary;
}

Importer::Importer(std::shared_ptr<storage::Store> store, QString userId, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{}

Importer::~Importer()
{
    // The pipeline holds the store; let it finish its transaction before this object goes.
    cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
}

void Importer::start(const QString &proceedingId, const QStringList &paths, DocumentFiling::Duplicates duplicates)
{
    if (isRunning())
        return;
    m_cancelled->store(false);
    delete m_watcher;
    m_watcher = new QFutureWatcher<Summary>(this);
    connect(m_watcher, &QFutureWatcher<Summary>::finished, this, [this] { Q_EMIT finished(m_watcher->result()); });
    // The destructor waits for the run, so `this` outlives every queued progress call.
    m_watcher->setFuture(QtConcurrent::run(
        [this, store = m_store, user = m_userId, proceedingId, paths, duplicates, cancelled = m_cancelled] {
            return run(
                store, user, proceedingId, paths, duplicates,
                [this](int done, int total, const QString &current) {
                    QMetaObject::invokeMethod(
                        this, [this, done, total, current] { Q_EMIT progress(done, total, current); },
                        Qt::QueuedConnection);
                },
                cancelled.get());
        }));
}

void Importer::cancel()
{
    m_cancelled->store(true);
}

bool Importer::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

}  // namespace aw::documents
