// SPDX-License-Identifier: GPL-3.0-or-later
// ZIP packages come from outside (online applications, archives): any bytes must give a clean
// listing or a clear error, never a crash, and extraction must stay inside its target folder.
#include "packages/safezip.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Each input is written out and extracted: on a RAM disk where there is one, because
    // directory operations on a real disk make the replay test many times slower.
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                 ? QStringLiteral("/dev/shm/fuzz_safezip-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/fuzz_safezip-XXXXXX"));
    if (!dir.isValid())
        std::abort();
    const QString zipPath = dir.filePath(QStringLiteral("input.zip"));
    const QString target = dir.filePath(QStringLiteral("out"));
    {
        QFile file(zipPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }

    // Small limits keep each input cheap; the checks are the same as with the defaults.
    aw::packages::Limits limits;
    limits.maxEntries = 64;
    limits.maxTotalUncompressed = 4 * 1024 * 1024;
    limits.maxEntryUncompressed = 1024 * 1024;
    auto zip = aw::packages::SafeZip::open(zipPath, limits);
    if (!zip) {
        if (zip.error().message.isEmpty())
            std::abort();
        return 0;
    }
    for (const aw::packages::Entry &entry : zip->entries()) {
        if (entry.name.isEmpty() || entry.name.startsWith(QLatin1Char('/')) || entry.name.contains(QLatin1String("..")))
            std::abort();
        if (entry.isDirectory)
            continue;
        const auto content = zip->read(entry.name, 4096);
        if (content && content->size() != entry.size)
            std::abort();
        if (!content && content.error().message.isEmpty())
            std::abort();
    }
    const auto extracted = zip->extractTo(target);
    if (!extracted && QFileInfo::exists(target))
        std::abort();  // a failed extraction must leave nothing behind
    QDir(target).removeRecursively();
    return 0;
}
