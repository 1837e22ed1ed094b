// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include <memory>

class QIODevice;

namespace aw::packages {

// Bounds for a ZIP from outside. The defaults suit online-application submissions and archives.
struct Limits
{
    int maxEntries = 10000;
    qint64 maxTotalUncompressed = qint64(2) * 1024 * 1024 * 1024;
    qint64 maxEntryUncompressed = qint64(1) * 1024 * 1024 * 1024;
    double maxRatio = 200.0;              // uncompressed / compressed, per entry
    qint64 ratioThreshold = 1024 * 1024;  // the ratio is only checked above this uncompressed size
    int maxNameLength = 255;              // UTF-8 bytes per path segment
    int maxDepth = 32;                    // path segments
};

// One validated entry of the central directory.
struct Entry
{
    QString name;  // normalised relative path with '/', no trailing '/' for folders
    qint64 size = 0;
    qint64 compressedSize = 0;
    quint32 crc = 0;
    QDateTime modified;
    bool isDirectory = false;
};

// The one reader for every ZIP file that comes from outside (online-application submissions,
// xdomea archives). open() checks the whole central directory before anything is inflated:
// unsafe names, symlinks, duplicates, encryption, unsupported methods and size limits are refused
// with a reason naming the entry. Reading then never trusts the declared sizes: inflated bytes
// are counted and checked against the limits as they come, and every entry's CRC is verified.
// One SafeZip must not be used from two threads at once.
class SafeZip
{
public:
    static core::Result<SafeZip> open(const QString &zipPath, Limits limits = {});

    SafeZip(SafeZip &&other) noexcept;
    SafeZip &operator=(SafeZip &&other) noexcept;
    ~SafeZip();

    const QList<Entry> &entries() const;

    // The whole content of a small file entry; refused if it is larger than maxBytes.
    core::Result<QByteArray> read(const QString &name, qint64 maxBytes);

    // Extracts every entry into targetDir (created if missing; a non-empty folder is refused).
    // On any error everything written is removed again, so there is never half-extracted output.
    core::Result<void> extractTo(const QString &targetDir);

    // Streams one file entry into out. On error, out may hold a part of the data: discard it.
    core::Result<void> extractEntry(const QString &name, QIODevice &out);

private:
    struct Private;
    explicit SafeZip(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

// Writes a ZIP with UTF-8 names and deflate (names ending in '/' become folder entries).
// Names must be safe relative paths. Written to a temporary name first, so a failure leaves
// no partial file at zipPath.
core::Result<void> writeZip(const QString &zipPath, const QList<QPair<QString, QByteArray>> &files);

// One entry of a ZIP to write: its bytes, or a file streamed in bounded memory (and, with
// `sha256`, checked against that hash as it is read: a mismatch fails the whole ZIP). Without
// `compress` the bytes are stored as they are: scans and PDFs hardly shrink, and deflating them
// would make writing several times slower.
struct ZipInput
{
    QString name;
    QByteArray data;
    QString sourcePath;
    QString sha256;
    bool compress = true;
};
core::Result<void> writeZipFrom(const QString &zipPath, const QList<ZipInput> &entries);

}  // namespace aw::packages
