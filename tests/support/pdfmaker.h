// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace aw::test {

// A real PDF (QPdfWriter) with one page per entry of `pages`, each page showing its text.
// Needs a QGuiApplication (fonts).
QByteArray makePdf(const QStringList &pages);

// A PDF as office software writes it: one text operator per line, the standard Helvetica font
// (WinAnsi, so umlauts work), `linesPerPage` lines a page. Written byte by byte: fast for
// thousands of pages, and independent of Qt's PDF writer (which places every glyph on its own).
QByteArray makeTextPdf(const QStringList &lines, int linesPerPage = 50);

// Writes `data` to `path`; false on failure.
bool writeFile(const QString &path, const QByteArray &data);

}  // namespace aw::test
