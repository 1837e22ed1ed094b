// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dates.h"

#include <QLocale>

namespace aw::ui {

namespace {

QString withLongYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

}  // namespace

QString shortDateFormat()
{
    return withLongYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, shortDateFormat()) : QString();
}

QString shortDateTime(const QDateTime &at)
{
    return at.isValid()
               ? QLocale().toString(at.toLocalTime(), withLongYear(QLocale().dateTimeFormat(QLocale::ShortFormat)))
               : QString();
}

}  // namespace aw::ui
