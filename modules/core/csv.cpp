// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv.h"

namespace aw::core {

QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return fields;
}

QString joinCsvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (QString field : fields) {
        field.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()))
            field.prepend(QLatin1Char('\''));
        if (field.contains(QLatin1Char(';')) || field.contains(QLatin1Char('"')) || field != field.trimmed())
            field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        out << field;
    }
    return out.join(QLatin1Char(';'));
}

}  // namespace aw::core
