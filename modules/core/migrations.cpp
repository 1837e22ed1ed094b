// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migrations.h"

#include <QDir>
#include <QRegularExpression>

namespace aw::core {

QList<Migration> embeddedMigrations(const QString &folder)
{
    QList<Migration> result;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(folder);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            result.append({match.captured(1).toInt(), dir.filePath(file)});
    }
    for (int i = 0; i < result.size(); ++i)
        Q_ASSERT_X(result[i].version == i + 1, "migrations", "migration numbers must be contiguous");
    return result;
}

}  // namespace aw::core
