// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/documentfiling.h"
#include "core/result.h"
#include "intake/submission.h"
#include "storage/blobstore.h"

#include <QTemporaryDir>

#include <memory>

namespace aw::intake {

// A kept submission package unpacked into a private temporary folder, for reading: the form data
// for the preview, the attachments for the viewer, the files for filing. The package blob is never
// touched; the folder goes with the object.
class PackageContent
{
public:
    static core::Result<std::unique_ptr<PackageContent>> open(storage::BlobStore &blobs, const QString &packageSha256);

    const Submission &submission() const { return m_submission; }
    QString dataPath() const;
    QString attachmentPath(const Attachment &attachment) const;

    // The form data and every attachment, stored as blobs with their text, ready for filing; the
    // form data file is named "Antragsdaten-data.json" (or .xml).
    core::Result<QList<casework::PreparedFile>> prepare(storage::BlobStore &blobs) const;

private:
    PackageContent() = default;

    QTemporaryDir m_temp;
    QString m_dir;
    Submission m_submission;
};

}  // namespace aw::intake
