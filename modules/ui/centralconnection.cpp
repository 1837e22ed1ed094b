// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/centralconnection.h"

#include <QSettings>
#include <QStringList>

namespace aw::ui {

namespace {

// A value for a libpq connection string: single-quoted, with \ and ' escaped.
QString quoted(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

}  // namespace

QString CentralConnection::conninfo(const QString &password) const
{
    QStringList parts{QStringLiteral("host=") + quoted(host.trimmed()), QStringLiteral("port=%1").arg(port),
                      QStringLiteral("dbname=") + quoted(database.trimmed()),
                      QStringLiteral("user=") + quoted(user.trimmed()), QStringLiteral("sslmode=") + quoted(sslMode),
                      // An unreachable server is "offline" after seconds, not after TCP's minutes.
                      QStringLiteral("connect_timeout=10")};
    if (!password.isEmpty())
        parts << QStringLiteral("password=") + quoted(password);
    return parts.join(QLatin1Char(' '));
}

QString CentralConnection::name() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user.trimmed(), host.trimmed()).arg(port).arg(database.trimmed());
}

CentralConnection CentralConnection::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("central"));
    CentralConnection c;
    c.host = settings.value(QStringLiteral("host")).toString();
    c.port = settings.value(QStringLiteral("port"), 5432).toInt();
    c.database = settings.value(QStringLiteral("database"), c.database).toString();
    c.user = settings.value(QStringLiteral("user")).toString();
    c.sslMode = settings.value(QStringLiteral("sslMode"), c.sslMode).toString();
    return c;
}

void CentralConnection::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("central"));
    settings.setValue(QStringLiteral("host"), host.trimmed());
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("database"), database.trimmed());
    settings.setValue(QStringLiteral("user"), user.trimmed());
    settings.setValue(QStringLiteral("sslMode"), sslMode);
}

}  // namespace aw::ui
