// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace aw::documents {

// A PDF as office software writes it: one text operator per line in the standard Helvetica font
// (WinAnsi, so umlauts work), `linesPerPage` lines a page, A4. Written byte by byte: needs no fonts
// and no QGuiApplication, and is fast for thousands of pages. For sample and test documents.
QByteArray textPdf(const QStringList &lines, int linesPerPage = 50);

}  // namespace aw::documents
