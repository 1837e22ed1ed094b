// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/blobstore.h"

#include "storage/durable.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aw::storage {

using core::Result;

namespace {

// Bounded memory for multi-gigabyte files; large enough that syscalls do not dominate.
constexpr qint64 ChunkSize = qint64(1) << 20;
constexpr int MaxTempNameAttempts = 16;

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::storage::BlobStore)
};

QString osError(int errorCode)
{
    return qt_error_string(errorCode);
}

QString tempDirOf(const QString &root)
{
    return root + QLatin1String("/tmp");
}

bool isLowerHex(QStringView text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

bool isHexPair(const QString &name)
{
    return isLowerHex(name, 2);
}

// mkdir that tolerates a concurrent creator. Returns 0 when the directory exists afterwards, else errno.
// `created` tells whether this call made it, so the caller can make the new entry durable.
int ensureDir(const QString &path, bool *created = nullptr)
{
    if (created)
        *created = false;
    if (::mkdir(QFile::encodeName(path).constData(), 0755) == 0) {
        if (created)
            *created = true;
        return 0;
    }
    const int error = errno;
    if (error == EEXIST && QFileInfo(path).isDir())
        return 0;
    return error;
}

// A temporary file that is removed unless it was published (renamed away).
class TempFile
{
public:
    ~TempFile()
    {
        if (m_file.isOpen())
            m_file.close();
        if (!m_published && !m_file.fileName().isEmpty())
            QFile::remove(m_file.fileName());
    }

    Result<void> create(const QString &dir)
    {
        for (int attempt = 0; attempt < MaxTempNameAttempts; ++attempt) {
            const QString name = dir + QLatin1String("/put-") +
                                 QString::number(QRandomGenerator::global()->generate64(), 16) + QLatin1String(".part");
            m_file.setFileName(name);
            // NewOnly is O_EXCL: a name collision with another writer fails instead of sharing the file.
            if (m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
                return {};
            if (m_file.error() != QFileDevice::OpenError || !QFileInfo::exists(name))
                break;
        }
        const QString reason = m_file.errorString();
        m_file.setFileName(QString());  // nothing of ours to remove
        return core::ioError(
            Text::tr("Could not create a temporary file in %1: %2.").arg(QDir::toNativeSeparators(dir), reason));
    }

    QFile &file() { return m_file; }
    void markPublished() { m_published = true; }

private:
    QFile m_file;
    bool m_published = false;
};

// Streams `path` through SHA-256. NotFound when absent, Io when unreadable.
Result<QString> hashFile(const QString &hash, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path))
            return core::notFound(Text::tr("Blob %1 is missing (%2).").arg(hash, QDir::toNativeSeparators(path)));
        return core::ioError(
            Text::tr("Could not open blob %1 (%2): %3.").arg(hash, QDir::toNativeSeparators(path), file.errorString()));
    }
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), ChunkSize);
        if (n < 0)
            return core::ioError(Text::tr("Could not read blob %1 (%2): %3.")
                                     .arg(hash, QDir::toNativeSeparators(path), file.errorString()));
        if (n == 0)
            break;
        sha.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(sha.result().toHex());
}

core::Error damaged(const QString &hash, const QString &path)
{
    return core::corrupt(QCoreApplication::translate("aw::storage::BlobStore",
                                                     "Blob %1 is damaged: its content does not match its SHA-256 (%2).")
                             .arg(hash, QDir::toNativeSeparators(path)));
}

}  // namespace

BlobStore::BlobStore(QString root)
    : m_root(QDir::cleanPath(root))
{}

Result<QString> BlobStore::put(QIODevice &source)
{
    if (!source.isOpen() || !source.isReadable())
        return core::invalid(Text::tr("The data to store cannot be read: the source is not open for reading."));

    if (!QDir().mkpath(m_root))
        return core::ioError(
            Text::tr("Could not create the blob store directory %1.").arg(QDir::toNativeSeparators(m_root)));
    const QString tempDir = tempDirOf(m_root);
    if (const int error = ensureDir(tempDir))
        return core::ioError(
            Text::tr("Could not create the directory %1: %2.").arg(QDir::toNativeSeparators(tempDir), osError(error)));

    TempFile temp;
    if (auto created = temp.create(tempDir); !created)
        return created.error();
    QFile &out = temp.file();
    const QString tempPath = QDir::toNativeSeparators(out.fileName());

    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), ChunkSize);
        if (n < 0)
            return core::ioError(
                Text::tr("Could not read the data to store into %1: %2.").arg(tempPath, source.errorString()));
        if (n == 0) {
            // A pipe or socket may just be waiting for more; a file or buffer is at its end.
            if (source.isSequential() && !source.atEnd() && source.waitForReadyRead(-1))
                continue;
            break;
        }
        sha.addData(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n)
            return core::ioError(Text::tr("Could not write %1: %2.").arg(tempPath, out.errorString()));
    }
    buffer = QByteArray();

    if (!out.flush())
        return core::ioError(Text::tr("Could not write %1: %2.").arg(tempPath, out.errorString()));
    if (::fchmod(out.handle(), 0444) != 0)
        return core::ioError(Text::tr("Could not make %1 read-only: %2.").arg(tempPath, osError(errno)));
    if (::fsync(out.handle()) != 0)
        return core::ioError(Text::tr("Could not flush %1 to disk: %2.").arg(tempPath, osError(errno)));
    out.close();
    if (out.error() != QFileDevice::NoError)
        return core::ioError(Text::tr("Could not close %1: %2.").arg(tempPath, out.errorString()));

    const QString hash = QString::fromLatin1(sha.result().toHex());
    const QString finalPath = pathOf(hash);
    const QString leafDir = QFileInfo(finalPath).path();
    const QString midDir = QFileInfo(leafDir).path();
    bool createdMid = false;
    bool createdLeaf = false;
    if (const int error = ensureDir(midDir, &createdMid))
        return core::ioError(
            Text::tr("Could not create the directory %1: %2.").arg(QDir::toNativeSeparators(midDir), osError(error)));
    if (const int error = ensureDir(leafDir, &createdLeaf))
        return core::ioError(
            Text::tr("Could not create the directory %1: %2.").arg(QDir::toNativeSeparators(leafDir), osError(error)));

    const int renameError = renameNoReplace(out.fileName(), finalPath);
    if (renameError == EEXIST) {
        // Already stored (perhaps by a concurrent put). Never overwrite; refresh the time stamp so the
        // sweep's grace period also covers the reference that is about to be written for it.
        ::utimensat(AT_FDCWD, QFile::encodeName(finalPath).constData(), nullptr, 0);
        return hash;  // TempFile removes our copy
    }
    if (renameError != 0)
        return core::ioError(Text::tr("Could not move %1 to %2: %3.")
                                 .arg(tempPath, QDir::toNativeSeparators(finalPath), osError(renameError)));
    temp.markPublished();

    // The blob is in place; make its name (and any directory just created for it) survive a crash.
    int syncError = fsyncDir(leafDir);
    if (syncError == 0 && createdLeaf)
        syncError = fsyncDir(midDir);
    if (syncError == 0 && createdMid)
        syncError = fsyncDir(m_root);
    if (syncError != 0)
        return core::ioError(Text::tr("Could not flush the directory of %1 to disk: %2.")
                                 .arg(QDir::toNativeSeparators(finalPath), osError(syncError)));
    return hash;
}

Result<QString> BlobStore::putData(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return put(buffer);
}

Result<QString> BlobStore::putFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path))
            return core::notFound(Text::tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return core::ioError(
            Text::tr("Could not open %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return put(file);
}

bool BlobStore::contains(const QString &sha256) const
{
    return isValidHash(sha256) && QFileInfo(pathOf(sha256)).isFile();
}

QString BlobStore::pathOf(const QString &sha256) const
{
    // Only well-formed hashes map to a path, so a caller's string can never point outside the store.
    if (!isValidHash(sha256))
        return {};
    return m_root + QLatin1Char('/') + QStringView(sha256).left(2) + QLatin1Char('/') + QStringView(sha256).mid(2, 2) +
           QLatin1Char('/') + sha256;
}

qint64 BlobStore::size(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return -1;
    const QFileInfo info(pathOf(sha256));
    return info.isFile() ? info.size() : -1;
}

Result<QByteArray> BlobStore::read(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return core::invalid(Text::tr("\"%1\" is not a SHA-256 hash.").arg(sha256));
    const QString path = pathOf(sha256);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path))
            return core::notFound(Text::tr("Blob %1 is missing (%2).").arg(sha256, QDir::toNativeSeparators(path)));
        return core::ioError(Text::tr("Could not open blob %1 (%2): %3.")
                                 .arg(sha256, QDir::toNativeSeparators(path), file.errorString()));
    }
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return core::ioError(Text::tr("Could not read blob %1 (%2): %3.")
                                 .arg(sha256, QDir::toNativeSeparators(path), file.errorString()));
    if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != sha256)
        return damaged(sha256, path);
    return data;
}

Result<void> BlobStore::verify(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return core::invalid(Text::tr("\"%1\" is not a SHA-256 hash.").arg(sha256));
    const QString path = pathOf(sha256);
    const auto actual = hashFile(sha256, path);
    if (!actual)
        return actual.error();
    if (*actual != sha256)
        return damaged(sha256, path);
    return {};
}

QStringList BlobStore::list() const
{
    QStringList hashes;
    const QDir root(m_root);
    for (const QString &first : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!isHexPair(first))
            continue;
        const QDir firstDir(root.filePath(first));
        for (const QString &second : firstDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (!isHexPair(second))
                continue;
            const QString prefix = first + second;
            const QDir secondDir(firstDir.filePath(second));
            for (const QString &name : secondDir.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)) {
                if (isValidHash(name) && name.startsWith(prefix))
                    hashes.append(name);
            }
        }
    }
    hashes.sort();
    return hashes;
}

Result<int> BlobStore::sweepOrphans(const QSet<QString> &referenced, const QDateTime &notAfter)
{
    // Directories stay, even when empty: removing one could race a concurrent put that has just
    // created it and is about to rename its blob into it.
    int removed = 0;
    QStringList failures;
    for (const QString &hash : list()) {
        if (referenced.contains(hash))
            continue;
        const QString path = pathOf(hash);
        const QFileInfo info(path);
        if (!info.exists() || info.lastModified() >= notAfter)
            continue;
        // Unlinking needs write access to the directory only, not to the read-only blob.
        QFile file(path);
        if (file.remove())
            ++removed;
        else if (QFileInfo::exists(path))
            failures.append(Text::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }

    const QDir tempDir(tempDirOf(m_root));
    if (tempDir.exists()) {
        for (const QFileInfo &info : tempDir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
            if (info.lastModified() >= notAfter)
                continue;
            QFile file(info.filePath());
            if (!file.remove() && QFileInfo::exists(info.filePath()))
                failures.append(Text::tr("%1: %2").arg(QDir::toNativeSeparators(info.filePath()), file.errorString()));
        }
    }

    if (!failures.isEmpty())
        return core::ioError(QCoreApplication::translate("aw::storage::BlobStore",
                                                         "Removed %n unreferenced blob(s), but could not remove: %1",
                                                         nullptr, removed)
                                 .arg(failures.join(QLatin1String("; "))));
    return removed;
}

bool BlobStore::isValidHash(const QString &sha256)
{
    return isLowerHex(sha256, 64);
}

}  // namespace aw::storage
