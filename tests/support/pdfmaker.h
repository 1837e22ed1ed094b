// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace aw::test {

// A real PDF (QPdfWriter) with one page per entry of `pages`, each page showing its text.
// Needs a QGuiApplication (fonts).
QByteArray makePdf(const QStringList &pages);

// Writes `data` to `path`; false on failure.
bool writeFile(const QString &path, const QByteArray &data);

}  // namespace aw::test
