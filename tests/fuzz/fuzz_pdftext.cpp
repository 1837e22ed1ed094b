// SPDX-License-Identifier: GPL-3.0-or-later
// PDFs arrive from outside (e-mail, scanners, xdomea packages) and are opened unattended for
// indexing. Whatever the bytes, opening must either report a problem or give a document whose
// pages can be read and rendered without crashing.
#include "documents/pdfdocument.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using aw::documents::PdfDocument;

// Poppler asks fontconfig once for a substitute of the 14 standard fonts; fontconfig keeps that
// configuration until exit. A one-time allocation, not a leak per input.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto opened = PdfDocument::openData(bytes);
    if (opened.status != PdfDocument::Status::Ok) {
        if (opened.problem.isEmpty() || opened.document)
            std::abort();
        return 0;
    }
    if (!opened.document || !opened.problem.isEmpty())
        std::abort();
    const PdfDocument &pdf = *opened.document;
    const int pages = pdf.pageCount();
    if (pages <= 0)
        std::abort();
    for (int page = 0; page < pages && page < 3; ++page) {
        const QString text = pdf.text(page);
        if (!text.isEmpty())
            pdf.find(page, text.left(4));
    }
    // Beyond the last page: must be empty, not a crash.
    if (!pdf.text(pages).isEmpty() || !pdf.render(pages, 0.2).isNull())
        std::abort();
    pdf.render(0, 0.2);
    return 0;
}
