// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace aw::core {

// Splits one line of a German-style CSV file at `;`, honouring double quotes ("a;b", and "" for a
// quote inside quotes). Fields are trimmed. Pure, safe for any input.
QStringList splitCsvLine(const QString &line);

// The other way: one line of `;`-separated fields, quoted where needed. Fields that a spreadsheet
// would take for a formula (=, +, -, @ first) get a leading apostrophe, so that opening an export
// never runs what a document's text happened to contain.
QString joinCsvLine(const QStringList &fields);

}  // namespace aw::core
