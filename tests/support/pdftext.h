// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace aw::test {

// The text of every page of a PDF as Poppler extracts it (through documents::PdfDocument), for
// tests that read generated documents back. Empty when the bytes are not a readable PDF.
QStringList pdfPageTexts(const QByteArray &pdf);

}  // namespace aw::test
