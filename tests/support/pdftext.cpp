// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pdftext.h"

#include "documents/pdfdocument.h"

namespace aw::test {

QStringList pdfPageTexts(const QByteArray &pdf)
{
    const auto opened = documents::PdfDocument::openData(pdf);
    if (opened.status != documents::PdfDocument::Status::Ok)
        return {};
    QStringList pages;
    for (int page = 0; page < opened.document->pageCount(); ++page)
        pages << opened.document->text(page);
    return pages;
}

}  // namespace aw::test
