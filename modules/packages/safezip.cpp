// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/safezip.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <quazipnewinfo.h>

#include <functional>
#include <unzip.h>
#include <zlib.h>

namespace aw::packages {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::packages::SafeZip)
};

constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;
constexpr quint16 FlagEncrypted = 0x0001;
constexpr quint32 UnixTypeMask = 0170000;
constexpr quint32 UnixSymlink = 0120000;
constexpr quint32 UnixDirectory = 0040000;
constexpr quint32 UnixRegular = 0100000;
constexpr qint64 ChunkSize = 64 * 1024;

QString quoted(const QString &name)
{
    // Names are shown to users: keep control characters visible rather than interpreted.
    QString shown;
    for (const QChar c : name)
        shown += (c.unicode() < 0x20 || c.unicode() == 0x7f)
                     ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                     : QString(c);
    if (shown.size() > 200)
        shown = shown.left(200) + QStringLiteral("...");
    return shown;
}

// Checks one raw name from the central directory; returns the reason it is unsafe, or an empty
// string. `path` receives the name without its trailing '/' (folders).
QString checkName(const QString &raw, const Limits &limits, QString *path)
{
    const QString shown = quoted(raw);
    if (raw.isEmpty())
        return Text::tr("An entry has an empty name.");
    for (const QChar c : raw) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Text::tr("Entry \"%1\" has a control character in its name.").arg(shown);
    }
    if (raw.contains(QChar::ReplacementCharacter))
        return Text::tr("Entry \"%1\" has a name that is not valid UTF-8.").arg(shown);
    if (raw.contains(QLatin1Char('\\')))
        return Text::tr("Entry \"%1\" has a backslash in its name.").arg(shown);
    if (raw.startsWith(QLatin1Char('/')))
        return Text::tr("Entry \"%1\" has an absolute path.").arg(shown);
    if (raw.size() >= 2 && raw.at(1) == QLatin1Char(':') && raw.at(0).isLetter())
        return Text::tr("Entry \"%1\" starts with a drive letter.").arg(shown);
    if (raw.contains(QLatin1Char(':')))
        return Text::tr("Entry \"%1\" has a colon in its name.").arg(shown);

    QString name = raw;
    if (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    const QStringList segments = name.split(QLatin1Char('/'));
    if (segments.size() > limits.maxDepth)
        return Text::tr("Entry \"%1\" is nested deeper than %2 folders.").arg(shown).arg(limits.maxDepth);
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return Text::tr("Entry \"%1\" has an empty path segment.").arg(shown);
        if (segment == QLatin1String(".."))
            return Text::tr("Entry \"%1\" points outside the target folder (\"..\").").arg(shown);
        if (segment == QLatin1String("."))
            return Text::tr("Entry \"%1\" has a \".\" path segment.").arg(shown);
        if (segment.toUtf8().size() > limits.maxNameLength)
            return Text::tr("Entry \"%1\" has a name segment longer than %2 bytes.")
                .arg(shown)
                .arg(limits.maxNameLength);
    }
    *path = name;
    return {};
}

// Key under which two names count as the same on a case-insensitive or normalising file system.
QString collisionKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).toCaseFolded();
}

bool ratioTooHigh(qint64 uncompressed, qint64 compressed, const Limits &limits)
{
    if (uncompressed <= limits.ratioThreshold)
        return false;
    return compressed <= 0 || double(uncompressed) / double(compressed) > limits.maxRatio;
}

QString describeUnzError(int code)
{
    switch (code) {
    case UNZ_CRCERROR:
        return Text::tr("checksum error");
    case UNZ_BADZIPFILE:
        return Text::tr("damaged archive");
    case UNZ_ERRNO:
        return Text::tr("read error");
    default:
        return Text::tr("error %1").arg(code);
    }
}

}  // namespace

struct SafeZip::Private
{
    QString path;
    Limits limits;
    QList<Entry> entries;
    QList<unz64_file_pos> positions;  // parallel to entries
    QHash<QString, qsizetype> index;  // name -> position in entries
    std::unique_ptr<QuaZip> zip;

    // Streams one entry to sink, counting what is really inflated. `cap` bounds the bytes the
    // caller accepts in addition to the limits.
    core::Result<void> inflate(qsizetype i, qint64 cap, const std::function<bool(const char *, qint64)> &sink);
    core::Result<qsizetype> find(const QString &name) const;
};

core::Result<qsizetype> SafeZip::Private::find(const QString &name) const
{
    const auto it = index.constFind(name);
    if (it == index.constEnd())
        return core::notFound(Text::tr("The archive has no entry \"%1\".").arg(quoted(name)));
    if (entries.at(*it).isDirectory)
        return core::invalid(Text::tr("Entry \"%1\" is a folder, not a file.").arg(quoted(name)));
    return *it;
}

core::Result<void> SafeZip::Private::inflate(qsizetype i, qint64 cap,
                                             const std::function<bool(const char *, qint64)> &sink)
{
    const Entry &entry = entries.at(i);
    const QString shown = quoted(entry.name);
    unz64_file_pos pos = positions.at(i);
    // QuaZip has no "go to position" of its own and tracks whether there is a current file:
    // goToFirstFile() sets that flag, then minizip jumps to the entry.
    if (!zip->goToFirstFile() || unzGoToFilePos64(zip->getUnzFile(), &pos) != UNZ_OK)
        return core::corrupt(Text::tr("Entry \"%1\" cannot be found in the archive (damaged archive).").arg(shown));

    QuaZipFile file(zip.get());
    int method = -1;
    int level = 0;
    // Not raw: minizip inflates. It also stops at the declared size, but we count anyway.
    if (!file.open(QIODevice::ReadOnly, &method, &level, false, nullptr))
        return core::corrupt(
            Text::tr("Entry \"%1\" cannot be opened: %2.").arg(shown, describeUnzError(file.getZipError())));
    if (method != MethodStored && method != MethodDeflated) {
        file.close();
        return core::invalid(Text::tr("Entry \"%1\" uses an unsupported compression method.").arg(shown));
    }

    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 total = 0;
    uLong crc = crc32(0L, nullptr, 0);
    const auto fail = [&file](core::Error error) {
        file.close();
        return core::Result<void>(std::move(error));
    };
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(core::corrupt(Text::tr("Entry \"%1\" is damaged and cannot be unpacked.").arg(shown)));
        if (n == 0)
            break;
        total += n;
        if (total > entry.size)
            return fail(core::corrupt(Text::tr("Entry \"%1\" is larger than declared.").arg(shown)));
        if (total > limits.maxEntryUncompressed)
            return fail(core::invalid(Text::tr("Entry \"%1\" is larger than the limit of %2 bytes.")
                                          .arg(shown)
                                          .arg(limits.maxEntryUncompressed)));
        if (ratioTooHigh(total, entry.compressedSize, limits))
            return fail(core::invalid(
                Text::tr("Entry \"%1\" is compressed suspiciously well (possible ZIP bomb).").arg(shown)));
        if (total > cap)
            return fail(core::invalid(Text::tr("Entry \"%1\" is larger than %2 bytes.").arg(shown).arg(cap)));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(buffer.constData()), uInt(n));
        if (!sink(buffer.constData(), n))
            return fail(core::ioError(Text::tr("Entry \"%1\" could not be written.").arg(shown)));
    }
    file.close();
    // close() compares minizip's own CRC when it has read the declared size.
    if (file.getZipError() != UNZ_OK)
        return core::corrupt(Text::tr("Entry \"%1\" is damaged: %2.").arg(shown, describeUnzError(file.getZipError())));
    if (total != entry.size)
        return core::corrupt(
            Text::tr("Entry \"%1\" is truncated: %2 of %3 bytes.").arg(shown).arg(total).arg(entry.size));
    if (quint32(crc) != entry.crc)
        return core::corrupt(Text::tr("Entry \"%1\" is damaged: checksum error.").arg(shown));
    return {};
}

SafeZip::SafeZip(std::unique_ptr<Private> d)
    : d(std::move(d))
{}
SafeZip::SafeZip(SafeZip &&other) noexcept = default;
SafeZip &SafeZip::operator=(SafeZip &&other) noexcept = default;
SafeZip::~SafeZip()
{
    if (d && d->zip)
        d->zip->close();
}

const QList<Entry> &SafeZip::entries() const
{
    return d->entries;
}

core::Result<SafeZip> SafeZip::open(const QString &zipPath, Limits limits)
{
    const QFileInfo fileInfo(zipPath);
    if (!fileInfo.isFile())
        return core::notFound(Text::tr("The file \"%1\" does not exist.").arg(zipPath));
    const qint64 fileSize = fileInfo.size();

    auto d = std::make_unique<Private>();
    d->path = zipPath;
    d->limits = limits;
    d->zip = std::make_unique<QuaZip>(zipPath);
    // Names without the UTF-8 flag are read as UTF-8 too; anything else is refused by checkName.
    d->zip->setFileNameCodec("UTF-8");
    if (!d->zip->open(QuaZip::mdUnzip))
        return core::corrupt(Text::tr("\"%1\" is not a ZIP file or truncated.").arg(fileInfo.fileName()));

    // The entry count in the end record may lie: count while walking, and stop at the limit.
    const auto tooMany = [&] {
        return core::invalid(Text::tr("The archive has more than %1 entries.").arg(limits.maxEntries));
    };
    if (d->zip->getEntriesCount() > limits.maxEntries)
        return tooMany();

    QSet<QString> keys;
    QSet<QString> fileKeys;
    QSet<QString> folderKeys;  // every folder prefix, explicit or implied
    qint64 total = 0;
    for (bool more = d->zip->goToFirstFile(); more; more = d->zip->goToNextFile()) {
        if (d->entries.size() >= limits.maxEntries)
            return tooMany();
        QuaZipFileInfo64 info;
        if (!d->zip->getCurrentFileInfo(&info))
            return core::corrupt(Text::tr("\"%1\" is not a ZIP file or truncated.").arg(fileInfo.fileName()));
        unz64_file_pos pos;
        if (unzGetFilePos64(d->zip->getUnzFile(), &pos) != UNZ_OK)
            return core::corrupt(Text::tr("\"%1\" is not a ZIP file or truncated.").arg(fileInfo.fileName()));

        QString name;
        const QString reason = checkName(info.name, limits, &name);
        if (!reason.isEmpty())
            return core::invalid(reason);
        const QString shown = quoted(name);
        const quint32 unixType = (info.externalAttr >> 16) & UnixTypeMask;
        if (unixType == UnixSymlink)
            return core::invalid(Text::tr("Entry \"%1\" is a symbolic link.").arg(shown));
        const bool isDirectory = info.name.endsWith(QLatin1Char('/'));
        if (unixType != 0 && unixType != UnixRegular && unixType != UnixDirectory)
            return core::invalid(Text::tr("Entry \"%1\" is a special file.").arg(shown));
        if ((unixType == UnixDirectory) != isDirectory && unixType != 0)
            return core::invalid(Text::tr("Entry \"%1\" is marked both as file and as folder.").arg(shown));
        if (info.flags & FlagEncrypted)
            return core::invalid(Text::tr("Entry \"%1\" is encrypted.").arg(shown));
        if (info.method != MethodStored && info.method != MethodDeflated)
            return core::invalid(
                Text::tr("Entry \"%1\" uses an unsupported compression method (%2).").arg(shown).arg(info.method));

        // quint64 from the directory: anything beyond qint64 is certainly over the limits.
        if (info.uncompressedSize > quint64(limits.maxEntryUncompressed))
            return core::invalid(Text::tr("Entry \"%1\" is larger than the limit of %2 bytes.")
                                     .arg(shown)
                                     .arg(limits.maxEntryUncompressed));
        if (info.compressedSize > quint64(fileSize))
            return core::corrupt(
                Text::tr("Entry \"%1\" claims more data than the archive holds (truncated archive).").arg(shown));
        const auto size = qint64(info.uncompressedSize);
        const auto compressedSize = qint64(info.compressedSize);
        if (isDirectory && (size != 0 || compressedSize > 2))
            return core::invalid(Text::tr("Folder entry \"%1\" has content.").arg(shown));
        if (info.method == MethodStored && size != compressedSize)
            return core::corrupt(Text::tr("Entry \"%1\" has inconsistent sizes.").arg(shown));
        if (ratioTooHigh(size, compressedSize, limits))
            return core::invalid(
                Text::tr("Entry \"%1\" is compressed suspiciously well (possible ZIP bomb).").arg(shown));
        total += size;
        if (total > limits.maxTotalUncompressed)
            return core::invalid(Text::tr("The archive unpacks to more than the limit of %1 bytes (at entry \"%2\").")
                                     .arg(limits.maxTotalUncompressed)
                                     .arg(shown));

        const QString key = collisionKey(name);
        if (keys.contains(key))
            return core::invalid(
                Text::tr("Entry \"%1\" appears twice (names differing only in case count as the same).").arg(shown));
        keys.insert(key);
        (isDirectory ? folderKeys : fileKeys).insert(key);
        for (qsizetype slash = key.indexOf(QLatin1Char('/')); slash >= 0;
             slash = key.indexOf(QLatin1Char('/'), slash + 1))
            folderKeys.insert(key.left(slash));

        d->entries.append(Entry{name, size, compressedSize, info.crc, info.dateTime, isDirectory});
        d->positions.append(pos);
        d->index.insert(name, d->entries.size() - 1);
    }
    if (d->zip->getZipError() != UNZ_OK)
        return core::corrupt(Text::tr("\"%1\" is not a ZIP file or truncated.").arg(fileInfo.fileName()));
    for (const Entry &entry : std::as_const(d->entries)) {
        if (!entry.isDirectory && folderKeys.contains(collisionKey(entry.name)))
            return core::invalid(Text::tr("Entry \"%1\" is both a file and a folder.").arg(quoted(entry.name)));
    }
    return SafeZip(std::move(d));
}

core::Result<QByteArray> SafeZip::read(const QString &name, qint64 maxBytes)
{
    const auto i = d->find(name);
    if (!i)
        return i.error();
    const Entry &entry = d->entries.at(*i);
    if (entry.size > maxBytes)
        return core::invalid(Text::tr("Entry \"%1\" is larger than %2 bytes.").arg(quoted(name)).arg(maxBytes));
    QByteArray data;
    data.reserve(qMin(entry.size, qint64(1024 * 1024)));  // declared sizes may lie
    const auto result = d->inflate(*i, maxBytes, [&data](const char *bytes, qint64 n) {
        data.append(bytes, n);
        return true;
    });
    if (!result)
        return result.error();
    return data;
}

core::Result<void> SafeZip::extractEntry(const QString &name, QIODevice &out)
{
    const auto i = d->find(name);
    if (!i)
        return i.error();
    return d->inflate(*i, d->limits.maxEntryUncompressed,
                      [&out](const char *bytes, qint64 n) { return out.write(bytes, n) == n; });
}

core::Result<void> SafeZip::extractTo(const QString &targetDir)
{
    QDir target(targetDir);
    const bool existed = target.exists();
    if (existed && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return core::conflict(Text::tr("The folder \"%1\" is not empty.").arg(targetDir));
    if (!existed && !QDir().mkpath(targetDir))
        return core::ioError(Text::tr("The folder \"%1\" cannot be created.").arg(targetDir));
    const QString root = QDir::cleanPath(target.absolutePath());

    // Undo: the folder was empty or new, so all it holds now is ours.
    const auto undo = [&] {
        if (!existed) {
            QDir(root).removeRecursively();
            return;
        }
        const QDir dir(root);
        for (const QFileInfo &child :
             dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            if (child.isDir() && !child.isSymLink())
                QDir(child.absoluteFilePath()).removeRecursively();
            else
                QFile::remove(child.absoluteFilePath());
        }
    };
    const auto fail = [&undo](core::Error error) {
        undo();
        return core::Result<void>(std::move(error));
    };

    qint64 total = 0;
    for (qsizetype i = 0; i < d->entries.size(); ++i) {
        const Entry &entry = d->entries.at(i);
        const QString path = QDir::cleanPath(root + QLatin1Char('/') + entry.name);
        // Names were checked in open(); this guards against a mistake there.
        if (!path.startsWith(root + QLatin1Char('/')))
            return fail(
                core::invalid(Text::tr("Entry \"%1\" points outside the target folder.").arg(quoted(entry.name))));
        if (entry.isDirectory) {
            if (!QDir().mkpath(path))
                return fail(core::ioError(Text::tr("The folder \"%1\" cannot be created.").arg(path)));
            continue;
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(core::ioError(Text::tr("The folder for \"%1\" cannot be created.").arg(path)));
        QFile file(path);
        // NewOnly: never overwrite and never follow a link someone else placed there.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(core::ioError(Text::tr("The file \"%1\" cannot be created: %2").arg(path, file.errorString())));
        bool overTotal = false;
        const auto result = d->inflate(i, d->limits.maxEntryUncompressed, [&](const char *bytes, qint64 n) {
            total += n;
            if (total > d->limits.maxTotalUncompressed) {
                overTotal = true;
                return false;
            }
            return file.write(bytes, n) == n;
        });
        if (overTotal) {
            file.close();
            return fail(core::invalid(Text::tr("The archive unpacks to more than the limit of %1 bytes.")
                                          .arg(d->limits.maxTotalUncompressed)));
        }
        if (!result) {
            file.close();
            return fail(result.error());
        }
        if (!file.flush()) {
            file.close();
            return fail(core::ioError(Text::tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString())));
        }
        if (entry.modified.isValid())
            file.setFileTime(entry.modified, QFileDevice::FileModificationTime);
        file.close();
    }
    return {};
}

core::Result<void> writeZip(const QString &zipPath, const QList<QPair<QString, QByteArray>> &files)
{
    QList<ZipInput> entries;
    entries.reserve(files.size());
    for (const auto &[name, data] : files)
        entries.append({name, data, {}, {}, true});
    return writeZipFrom(zipPath, entries);
}

namespace {

// Copies one entry's content into the open ZIP entry; false with `error` set on failure.
bool writeContent(const ZipInput &entry, QuaZipFile &file, QString *error)
{
    if (entry.sourcePath.isEmpty())
        return file.write(entry.data) == entry.data.size();
    QFile source(entry.sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = Text::tr("The file \"%1\" cannot be read.").arg(entry.sourcePath);
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0) {
            *error = Text::tr("The file \"%1\" cannot be read.").arg(entry.sourcePath);
            return false;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (file.write(buffer.constData(), n) != n)
            return false;
    }
    if (!entry.sha256.isEmpty() && QString::fromLatin1(hash.result().toHex()) != entry.sha256) {
        *error = Text::tr("The file \"%1\" no longer matches its checksum.").arg(entry.sourcePath);
        return false;
    }
    return true;
}

}  // namespace

core::Result<void> writeZipFrom(const QString &zipPath, const QList<ZipInput> &entries)
{
    const Limits limits;
    for (const ZipInput &entry : entries) {
        QString path;
        const QString reason = checkName(entry.name, limits, &path);
        if (!reason.isEmpty())
            return core::invalid(reason);
        if (entry.name.endsWith(QLatin1Char('/')) && (!entry.data.isEmpty() || !entry.sourcePath.isEmpty()))
            return core::invalid(Text::tr("Folder entry \"%1\" has content.").arg(quoted(entry.name)));
    }

    const QString partPath = zipPath + QStringLiteral(".part");
    QFile::remove(partPath);
    const auto fail = [&partPath](core::Error error) {
        QFile::remove(partPath);
        return core::Result<void>(std::move(error));
    };
    {
        QuaZip zip(partPath);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return fail(core::ioError(Text::tr("The file \"%1\" cannot be created.").arg(zipPath)));
        const QDateTime now = QDateTime::currentDateTime();
        for (const ZipInput &entry : entries) {
            const bool isDirectory = entry.name.endsWith(QLatin1Char('/'));
            QuaZipNewInfo info(entry.name);
            info.dateTime = now;
            info.externalAttr = (isDirectory ? (UnixDirectory | 0755u) : (UnixRegular | 0644u)) << 16;
            QuaZipFile file(&zip);
            const int level = entry.compress ? Z_DEFAULT_COMPRESSION : Z_NO_COMPRESSION;
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, isDirectory ? 0 : Z_DEFLATED,
                           isDirectory ? 0 : level)) {
                zip.close();
                return fail(core::ioError(Text::tr("The file \"%1\" cannot be written.").arg(zipPath)));
            }
            QString error;
            const bool written = writeContent(entry, file, &error);
            file.close();
            if (!written || file.getZipError() != ZIP_OK) {
                zip.close();
                return fail(core::ioError(error.isEmpty() ? Text::tr("The file \"%1\" cannot be written.").arg(zipPath)
                                                          : error));
            }
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return fail(core::ioError(Text::tr("The file \"%1\" cannot be written.").arg(zipPath)));
    }
    if (QFile::exists(zipPath) && !QFile::remove(zipPath))
        return fail(core::ioError(Text::tr("The file \"%1\" cannot be replaced.").arg(zipPath)));
    if (!QFile::rename(partPath, zipPath))
        return fail(core::ioError(Text::tr("The file \"%1\" cannot be written.").arg(zipPath)));
    return {};
}

}  // namespace aw::packages
