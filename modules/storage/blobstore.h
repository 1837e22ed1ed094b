// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QSet>
#include <QString>
#include <QStringList>

namespace aw::storage {

// Primärdokumente: file contents stored once, named by their SHA-256 (lowercase hex), under
// `<root>/ab/cd/<sha256>`. A blob is written to a temporary file under `<root>/tmp` (same file
// system), fsynced, made read-only and renamed into place without replacing an existing blob (then
// the directory is fsynced), so a crash never leaves a partial blob under its final name. Blobs are never modified;
// reads verify the hash. Thread-safe: every method may be called from any thread concurrently.
class BlobStore
{
public:
    explicit BlobStore(QString root);

    QString root() const { return m_root; }

    // Streams `source` (from its current position to its end) into the store in bounded memory and
    // returns the SHA-256. Storing bytes that are already present is a no-op returning the hash.
    core::Result<QString> put(QIODevice &source);
    core::Result<QString> putData(const QByteArray &data);
    core::Result<QString> putFile(const QString &path);

    bool contains(const QString &sha256) const;
    QString pathOf(const QString &sha256) const;  // where the blob lives (or would live)
    qint64 size(const QString &sha256) const;     // -1 when absent

    // Reads the whole blob and checks its hash; Corrupt when the bytes do not match.
    core::Result<QByteArray> read(const QString &sha256) const;
    // Streams the blob through SHA-256 and compares; NotFound, Corrupt or ok.
    core::Result<void> verify(const QString &sha256) const;

    // Every hash stored (file names under root that look like a SHA-256), sorted.
    QStringList list() const;

    // Removes blobs not in `referenced` whose file is older than `notAfter` (a grace period, so a
    // blob written for a row that has not committed yet survives). Also removes leftover temporary
    // files older than `notAfter`. Returns how many blobs were removed.
    core::Result<int> sweepOrphans(const QSet<QString> &referenced, const QDateTime &notAfter);

    static bool isValidHash(const QString &sha256);  // 64 lowercase hex digits

private:
    QString m_root;
};

}  // namespace aw::storage
