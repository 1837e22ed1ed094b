// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"

#include "storage/orgrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace aw::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << "aktenwerk-cli: " << message << Qt::endl;
    return code;
}

int fail(const core::Error &error)
{
    return fail(error.message);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

core::Result<QString> Context::userId(bool required) const
{
    if (options.user.isEmpty()) {
        if (!required)
            return QString();
        return core::invalid(QStringLiteral("Name the acting user with --user LOGIN (or AKTENWERK_USER)."));
    }
    auto user = storage::OrgRepository(store->connection()).userByLogin(options.user);
    if (!user)
        return user.error();
    return user->id;
}

}  // namespace aw::cli
