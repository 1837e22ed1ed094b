// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/documentfiling.h"
#include "storage/store.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace aw::documents {

// Imports files and folders into a proceeding. Per file: SHA-256 and blob (streamed), type, text
// extraction with Poppler, then filing with its index entry and audit event. Files are prepared
// in parallel on a thread pool and filed in batches, one transaction each, so a crash leaves
// whole documents only. Bad files are reported and never lost: a damaged or encrypted PDF is
// stored as it is and marked; only empty files are refused.
class Importer : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class Kind
        {
            Imported,
            NewVersion,
            Duplicate,
            Failed
        };
        QString path;
        Kind kind = Kind::Failed;
        QString message;  // why it failed, or what is special (encrypted, damaged)
        QString documentId;
        int pages = 0;
    };

    struct Summary
    {
        int imported = 0;
        int newVersions = 0;
        int duplicates = 0;
        int failed = 0;
        qint64 pages = 0;
        bool cancelled = false;
        QList<Outcome> outcomes;
    };

    using Progress = std::function<void(int done, int total, const QString &current)>;

    Importer(std::shared_ptr<storage::Store> store, QString userId, QObject *parent = nullptr);
    ~Importer() override;

    // Runs on a worker; progress() and finished() arrive on this object's thread.
    void start(const QString &proceedingId, const QStringList &paths,
               casework::DocumentFiling::Duplicates duplicates = casework::DocumentFiling::Duplicates::Skip);
    void cancel();
    bool isRunning() const;

    // The same pipeline, blocking the calling thread (command line, benchmark).
    static Summary run(const std::shared_ptr<storage::Store> &store, const QString &userId, const QString &proceedingId,
                       const QStringList &paths, casework::DocumentFiling::Duplicates duplicates,
                       const Progress &progress = {}, const std::atomic<bool> *cancelled = nullptr);

    // Regular files under `paths` (folders recursively), in a stable order.
    static QStringList expand(const QStringList &paths);

Q_SIGNALS:
    void progress(int done, int total, const QString &currentFile);
    void finished(const aw::documents::Importer::Summary &summary);

private:
    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QFutureWatcher<Summary> *m_watcher = nullptr;
};

}  // namespace aw::documents

Q_DECLARE_METATYPE(aw::documents::Importer::Summary)
