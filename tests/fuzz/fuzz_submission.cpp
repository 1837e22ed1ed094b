// SPDX-License-Identifier: GPL-3.0-or-later
// metadata.json arrives from outside (an online service, decrypted by us): whatever it holds,
// parseSubmission must not crash and every refusal must say why. The input becomes metadata.json
// next to a tiny data.json and data.xml in one temporary folder, reused for every run.
#include "intake/submission.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

bool writeFile(const QString &path, const char *data, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data, size) == size;
}

const QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    static const bool ready = [] {
        const QDir root(dir.path());
        const QByteArray json = R"({"antragsteller": {"vorname": "Jürgen", "nachname": "Größmann"}, "anzahl": 2})";
        const QByteArray xml = "<?xml version=\"1.0\"?><antrag><antragsteller name=\"Ömer\"/></antrag>";
        return dir.isValid() && root.mkpath(QStringLiteral("attachments")) &&
               writeFile(root.filePath(QStringLiteral("data.json")), json.constData(), json.size()) &&
               writeFile(root.filePath(QStringLiteral("data.xml")), xml.constData(), xml.size());
    }();
    if (!ready)
        std::abort();
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QTemporaryDir &dir = folder();
    if (!writeFile(dir.filePath(QStringLiteral("metadata.json")), reinterpret_cast<const char *>(data), qint64(size)))
        std::abort();
    const auto parsed = aw::intake::parseSubmission(dir.path());
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (parsed->serviceKey.size() != 14 || parsed->submissionId.isEmpty())
        std::abort();
    return 0;
}
