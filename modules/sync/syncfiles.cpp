// SPDX-License-Identifier: GPL-3.0-or-later
// The part of the sync that moves document contents: up before the versions that name them, down
// for the versions pulled.
#include "storage/blobstore.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "sync/centralapi.h"
#include "sync/synchronizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryFile>

namespace aw::sync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::sync::Synchronizer)
};

}  // namespace

core::Result<bool> Synchronizer::upload(const QString &sha256)
{
    CentralApi api(m_central);
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto state = api.blobState(sha256);
        if (!state)
            return state.error();
        if (state->complete)
            return attempt > 0;
        QFile file(m_store->blobs().pathOf(sha256));
        if (!file.open(QIODevice::ReadOnly))
            return core::corrupt(Text::tr("The file %1 of a document version is missing in this store; it cannot be "
                                          "sent. Check the store (aktenwerk-cli verify).")
                                     .arg(sha256));
        const qint64 size = file.size();
        int n = state->chunks;  // an upload broken off goes on from here
        if (!file.seek(qint64(n) * CentralApi::ChunkSize))
            return core::ioError(file.errorString());
        while (true) {
            const QByteArray data = file.read(CentralApi::ChunkSize);
            auto next = api.putBlobChunk(sha256, size, n, data);
            if (!next)
                return next.error();
            if (next.value() < 0)
                break;  // arrived damaged and dropped: once more from the start
            n = next.value();
            if (qint64(n) * CentralApi::ChunkSize >= size)
                return true;
        }
    }
    return core::corrupt(Text::tr("The file %1 arrived damaged at the central store twice; check this store "
                                  "(aktenwerk-cli verify) and the network.")
                             .arg(sha256));
}

core::Result<void> Synchronizer::fetch(const QString &sha256)
{
    CentralApi api(m_central);
    auto size = api.blobSize(sha256);
    if (!size)
        return size.error();
    if (size.value() < 0)
        return core::notFound(Text::tr("The central store has no file %1 for you.").arg(sha256));
    QTemporaryFile part;
    if (!part.open())
        return core::ioError(part.errorString());
    qint64 written = 0;
    for (int n = 0; n == 0 || written < size.value(); ++n) {
        auto chunk = api.blobChunk(sha256, n);
        if (!chunk)
            return chunk.error();
        if (part.write(chunk.value()) != chunk->size())
            return core::ioError(part.errorString());
        written += chunk->size();
    }
    if (!part.seek(0))
        return core::ioError(part.errorString());
    auto stored = m_store->blobs().put(part);
    if (!stored)
        return stored.error();
    if (stored.value() != sha256)
        return core::corrupt(Text::tr("The file %1 from the central store does not match its name.").arg(sha256));
    return {};
}

core::Result<void> Synchronizer::fetchFile(const QString &sha256)
{
    if (!storage::BlobStore::isValidHash(sha256))
        return core::invalid(Text::tr("“%1” is not the SHA-256 of a file.").arg(sha256));
    if (m_store->blobs().contains(sha256))
        return {};
    return fetch(sha256);
}

core::Result<int> Synchronizer::fetchFilesOf(const QString &objectId)
{
    auto files = storage::rows<QString>(
        storage::exec(m_local,
                      QStringLiteral("SELECT DISTINCT v.sha256 FROM document_version v "
                                     "JOIN document d ON d.id = v.document_id "
                                     "JOIN proceeding p ON p.id = d.proceeding_id "
                                     "WHERE ? IN (d.id, p.id, p.case_file_id) ORDER BY v.sha256"),
                      {objectId}),
        [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!files)
        return files.error();
    if (files->isEmpty()) {
        auto known = storage::scalar(m_local,
                                     QStringLiteral("SELECT 1 FROM case_file WHERE id = ? UNION ALL "
                                                    "SELECT 1 FROM proceeding WHERE id = ? UNION ALL "
                                                    "SELECT 1 FROM document WHERE id = ?"),
                                     {objectId, objectId, objectId});
        if (!known)
            return known.error();
        if (!known->isValid())
            return core::notFound(
                Text::tr("There is no case file, proceeding or document %1 in this store.").arg(objectId));
    }
    int fetched = 0;
    for (const QString &sha256 : std::as_const(files.value())) {
        if (m_store->blobs().contains(sha256))
            continue;
        if (auto ok = fetch(sha256); !ok)
            return ok.error();
        ++fetched;
    }
    return fetched;
}

core::Result<int> Synchronizer::fetchFiles()
{
    // The contents of archived (closed) case files are fetched when opened (fetchFile): a first
    // pull of a supervisor's units would otherwise load years of archive up front.
    if (auto ok = storage::done(storage::exec(
            m_local, QStringLiteral("DELETE FROM sync_blob_wanted WHERE NOT EXISTS ("
                                    "SELECT 1 FROM document_version v JOIN document d ON d.id = v.document_id "
                                    "JOIN proceeding p ON p.id = d.proceeding_id "
                                    "JOIN case_file c ON c.id = p.case_file_id "
                                    "WHERE v.sha256 = sync_blob_wanted.sha256 AND c.status <> 'closed')")));
        !ok)
        return ok.error();
    auto wanted = storage::rows<QString>(
        storage::exec(m_local, QStringLiteral("SELECT sha256 FROM sync_blob_wanted ORDER BY sha256")),
        [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!wanted)
        return wanted.error();
    int fetched = 0;
    for (const QString &sha256 : std::as_const(wanted.value())) {
        if (!m_store->blobs().contains(sha256)) {
            auto ok = fetch(sha256);
            if (!ok && ok.error().code == core::Error::Code::NotFound)
                continue;  // not (or no longer) readable: e.g. its file was closed meanwhile
            if (!ok)
                return ok.error();
            ++fetched;
        }
        if (auto ok = storage::done(
                storage::exec(m_local, QStringLiteral("DELETE FROM sync_blob_wanted WHERE sha256 = ?"), {sha256}));
            !ok)
            return ok.error();
    }
    return fetched;
}

}  // namespace aw::sync
