// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace aw::core {

// Splits one line of a German-style CSV file at `;`, honouring double quotes ("a;b", and "" for a
// quote inside quotes). Fields are trimmed. Pure, safe for any input.
QStringList splitCsvLine(const QString &line);

}  // namespace aw::core
