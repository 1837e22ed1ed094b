// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace aw::ui {

// Dates as the interface shows them: the locale's short format, but with four-digit years
// (files outlive centuries). Times in local time.
QString shortDate(const QDate &date);
QString shortDateTime(const QDateTime &at);
// The format of shortDate(), for date edits.
QString shortDateFormat();

}  // namespace aw::ui
