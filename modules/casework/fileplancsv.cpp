// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/fileplancsv.h"

#include "core/csv.h"
#include "core/filereference.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

using aw::core::Result;

namespace aw::casework {

namespace {

// The texts keep the service's translation context: they are its messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::casework::FilePlanService)
};

Result<core::RetentionPeriod> parseRetention(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("dauernd") || t == QLatin1String("permanent") || t == QLatin1String("-1"))
        return core::RetentionPeriod{core::RetentionPeriod::Permanent};
    bool ok = false;
    const int years = t.toInt(&ok);
    if (!ok)
        return core::invalid(Text::tr("the retention period “%1” is not a number of years or “dauernd”").arg(text));
    return core::RetentionPeriod::fromYears(years);
}

}  // namespace

Result<QList<FilePlanCsvLine>> parseFilePlanCsv(const QByteArray &bytes)
{
    if (bytes.size() > MaxFilePlanCsvBytes)
        return core::invalid(
            Text::tr("The file is larger than %1 MB; a file plan is far smaller. Is it the right file?")
                .arg(MaxFilePlanCsvBytes / (1024 * 1024)));
    QList<FilePlanCsvLine> lines;
    QHash<QString, int> seen;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Name the first line that is not UTF-8, so it can be found in the file.
        int bad = 1;
        for (const QByteArray &line : bytes.split('\n')) {
            QStringDecoder check(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            [[maybe_unused]] const QString decoded = check.decode(line);
            if (check.hasError())
                break;
            ++bad;
        }
        return core::invalid(
            Text::tr("Line %1: %2")
                .arg(bad)
                .arg(Text::tr("The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.")));
    }

    int number = 0;
    bool firstLine = true;
    for (QString raw : text.split(QLatin1Char('\n'))) {
        ++number;
        raw = raw.trimmed();
        if (number == 1 && raw.startsWith(QChar(0xfeff)))
            raw.remove(0, 1);
        if (raw.isEmpty() || raw.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = core::splitCsvLine(raw);
        const bool header = firstLine && (f[0].compare(QLatin1String("code"), Qt::CaseInsensitive) == 0 ||
                                          f[0].compare(QLatin1String("kennzeichen"), Qt::CaseInsensitive) == 0);
        firstLine = false;
        if (header)
            continue;
        auto fail = [number](const QString &why) {
            return core::invalid(Text::tr("Line %1: %2. Nothing was imported.").arg(number).arg(why));
        };
        if (f.size() != 4)
            return fail(Text::tr("expected 4 fields (code;title;retentionYears;disposal), found %1").arg(f.size()));
        if (!core::isValidPlanCode(f[0]))
            return fail(Text::tr("“%1” is not a valid file plan code").arg(f[0]));
        if (f[1].isEmpty())
            return fail(Text::tr("the title is empty"));
        auto retention = parseRetention(f[2]);
        if (!retention)
            return fail(retention.error().message);
        auto disposal = core::disposalFromLetter(f[3]);
        if (!disposal)
            return fail(Text::tr("the disposal decision “%1” is not A, V or B").arg(f[3]));
        if (seen.contains(f[0]))
            return fail(Text::tr("the code “%1” already appears in line %2").arg(f[0]).arg(seen.value(f[0])));
        seen.insert(f[0], number);
        lines.append({number, f[0], f[1], retention.value(), disposal.value()});
    }
    if (lines.isEmpty())
        return core::invalid(Text::tr("The file contains no file plan entries."));

    return lines;
}

}  // namespace aw::casework
