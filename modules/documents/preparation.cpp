// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/preparation.h"

#include "documents/pdfdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QStringDecoder>

using aw::core::Result;
using aw::storage::TextIndex;

namespace aw::documents {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::documents::Importer)
};

QString plainText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(MaxIndexedText);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);  // older Windows text files
    return text;
}

}  // namespace

Result<casework::PreparedFile> prepareFile(storage::BlobStore &blobs, const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return core::notFound(Text::tr("“%1” is not a readable file.").arg(path));
    if (info.size() == 0)
        return core::invalid(Text::tr("The file is empty (0 bytes); there is nothing to file."));

    casework::PreparedFile f;
    f.sourcePath = path;
    f.fileName = info.fileName();
    auto sha = blobs.putFile(path);
    if (!sha)
        return sha.error();
    f.sha256 = sha.value();
    f.size = blobs.size(f.sha256);

    static const QMimeDatabase mimes;
    const QMimeType mime = mimes.mimeTypeForFile(path);
    f.mime = mime.name();
    if (mime.inherits(QStringLiteral("application/pdf"))) {
        auto opened = PdfDocument::open(blobs.pathOf(f.sha256));
        switch (opened.status) {
        case PdfDocument::Status::Ok: {
            const int pages = opened.document->pageCount();
            f.pages = pages;
            QString text;
            for (int i = 0; i < pages && text.size() < MaxIndexedText; ++i) {
                if (i > 0)
                    text += QLatin1Char('\f');
                text += opened.document->text(i);
            }
            text.truncate(MaxIndexedText);
            f.textStatus = text.trimmed().isEmpty() ? TextIndex::TextStatus::Empty : TextIndex::TextStatus::Indexed;
            f.text = std::move(text);
            break;
        }
        case PdfDocument::Status::Encrypted:
            f.textStatus = TextIndex::TextStatus::Encrypted;
            break;
        case PdfDocument::Status::Damaged:
        case PdfDocument::Status::NotPdf:
            f.textStatus = TextIndex::TextStatus::Damaged;
            break;
        }
    } else if (mime.inherits(QStringLiteral("text/plain"))) {
        f.text = plainText(blobs.pathOf(f.sha256));
        f.pages = 1;
        f.textStatus = f.text.trimmed().isEmpty() ? TextIndex::TextStatus::Empty : TextIndex::TextStatus::Indexed;
    } else if (mime.name().startsWith(QLatin1String("image/"))) {
        QImageReader reader(blobs.pathOf(f.sha256));
        f.pages = reader.canRead() ? qMax(1, reader.imageCount()) : 1;
        f.textStatus = TextIndex::TextStatus::NotText;  // scans: text recognition is not part of this step
    }
    return f;
}

}  // namespace aw::documents
