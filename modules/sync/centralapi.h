// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace aw::sync {

// One change of a record as a client sends it to the central store (aw_api.push).
struct Change
{
    QString client;        // the local store's sync id (a UUID)
    qint64 clientSeq = 0;  // the local store's running number of the change, never reused
    QString objectType;    // case_file, proceeding, document, document_version or note
    QString objectId;
    QString parentId;         // empty for a case file
    qint64 baseRevision = 0;  // 0: a new record
    QJsonObject fields;       // the fields the change sets
};

// The server's answer to a change.
struct PushAnswer
{
    enum class Outcome
    {
        Applied,
        Duplicate,  // applied before (sent twice); `fields` is what it set then
        Conflict,   // not applied: `clashing` were changed by someone else; `fields` the current ones
    };
    Outcome outcome = Outcome::Applied;
    qint64 seq = 0;
    qint64 revision = 0;
    QStringList clashing;
    QJsonObject fields;
};

// A change read back from the central store's change log.
struct PulledChange
{
    qint64 seq = 0;
    QString objectType;
    QString objectId;
    QString parentId;
    qint64 revision = 0;
    QString client;
    QJsonObject fields;
};

// The calls a client makes to the central store, as the logged-in user. Errors carry the server's
// refusal in words; a lost connection is an Io error (try again later, nothing is lost).
class CentralApi
{
public:
    explicit CentralApi(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    core::Result<PushAnswer> push(const Change &change) const;
    // The first of `count` running numbers reserved for the user (file-plan code, year).
    core::Result<int> reserveNumbers(const QString &planCode, int year, int count) const;
    // The number a proceeding may have in its case file: `number` when no other proceeding there
    // has it, else the one after the highest; 0 when the case file is not known centrally (yet).
    // The user's login at the central store.
    core::Result<QString> login() const;
    // Whether another case file or proceeding has this reference centrally.
    core::Result<bool> referenceTaken(const QString &reference, const QString &recordId) const;
    core::Result<int> freeProceedingNumber(const QString &caseFileId, const QString &proceedingId, int number) const;
    // The changes the user may read after `afterSeq`, oldest first, at most `limit`.
    core::Result<QList<PulledChange>> changesAfter(qint64 afterSeq, int limit) const;
    core::Result<qint64> changesCount(qint64 afterSeq) const;

    // One transaction for many pushes; a refused push rolls it back (and says so by its error).
    // Blobs: how far an upload got, a chunk up (the next one expected, or -1 when the complete
    // blob did not match its name and was dropped), the size of a readable blob (-1: none) and a
    // chunk down.
    struct BlobState
    {
        int chunks = 0;
        bool complete = false;
    };
    core::Result<BlobState> blobState(const QString &sha256) const;
    core::Result<int> putBlobChunk(const QString &sha256, qint64 size, int n, const QByteArray &data) const;
    core::Result<qint64> blobSize(const QString &sha256) const;
    core::Result<QByteArray> blobChunk(const QString &sha256, int n) const;
    static constexpr int ChunkSize = 1024 * 1024;

    core::Result<void> begin() const;
    core::Result<void> commit() const;
    void rollback() const;

private:
    QSqlDatabase m_db;
    mutable bool m_inTransaction = false;
};

}  // namespace aw::sync
