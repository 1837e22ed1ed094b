// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/packagecontent.h"

#include "documents/preparation.h"
#include "packages/safezip.h"

#include <QCoreApplication>
#include <QDir>

using aw::core::Result;

namespace aw::intake {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::intake::PackageContent)
};

}  // namespace

Result<std::unique_ptr<PackageContent>> PackageContent::open(storage::BlobStore &blobs, const QString &packageSha256)
{
    std::unique_ptr<PackageContent> content(new PackageContent);
    if (!content->m_temp.isValid())
        return core::ioError(Text::tr("No temporary folder for unpacking: %1").arg(content->m_temp.errorString()));
    content->m_dir = content->m_temp.filePath(QStringLiteral("package"));
    auto zip = packages::SafeZip::open(blobs.pathOf(packageSha256));
    if (!zip)
        return zip.error();
    if (auto ok = zip->extractTo(content->m_dir); !ok)
        return ok.error();
    auto submission = parseSubmission(content->m_dir);
    if (!submission)
        return submission.error();
    content->m_submission = std::move(submission).value();
    return content;
}

QString PackageContent::dataPath() const
{
    return QDir(m_dir).filePath(m_submission.dataFileName());
}

QString PackageContent::attachmentPath(const Attachment &attachment) const
{
    return QDir(m_dir).filePath(QStringLiteral("attachments/") + attachment.attachmentId);
}

Result<QList<casework::PreparedFile>> PackageContent::prepare(storage::BlobStore &blobs) const
{
    QList<casework::PreparedFile> files;
    auto data = documents::prepareFile(blobs, dataPath());
    if (!data)
        return data.error();
    data->fileName = QStringLiteral("Antragsdaten-") + m_submission.dataFileName();
    files << data.value();
    for (const Attachment &a : m_submission.attachments) {
        auto prepared = documents::prepareFile(blobs, attachmentPath(a));
        if (!prepared)
            return prepared.error();
        prepared->fileName = a.filename.isEmpty() ? a.attachmentId : a.filename;
        if (!a.mimeType.isEmpty())
            prepared->mime = a.mimeType;
        files << prepared.value();
    }
    return files;
}

}  // namespace aw::intake
