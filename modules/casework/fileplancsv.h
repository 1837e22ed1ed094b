// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/retention.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace aw::casework {

// One entry of a file plan CSV, with its line number for messages.
struct FilePlanCsvLine
{
    int number = 0;
    QString code;
    QString title;
    core::RetentionPeriod retention;
    core::DisposalDecision disposal = core::DisposalDecision::Evaluate;
};

constexpr qint64 MaxFilePlanCsvBytes = 16 * 1024 * 1024;

// Parses `code;title;retentionYears;disposal` lines (UTF-8, optional BOM and header, `#` comments,
// double quotes around fields with `;`, "dauernd" or -1 for permanent). Checks every line; the
// first bad one is refused with its number. Pure: no store, safe for any bytes (fuzzed).
core::Result<QList<FilePlanCsvLine>> parseFilePlanCsv(const QByteArray &bytes);

}  // namespace aw::casework
