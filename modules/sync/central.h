// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace aw::sync {

// A connection to the central store (Qt's QPSQL driver) from a libpq connection string:
// "host=… port=… dbname=… user=… password=… sslmode=…" (values may be in single quotes). Keys other
// than host, port, dbname, user and password go to libpq as they are.
core::Result<QSqlDatabase> connectCentral(const QString &conninfo, const QString &connectionName);

// The central store's schema and its users. Everything here is run by the administrator, the
// owner of the schema; clients only read their units' rows and call the functions in aw_api.
class CentralSchema
{
public:
    // The newest migration in schema/central.
    static int latestVersion();
    // Creates the schema, or brings an older one up to date (each migration in a transaction of its
    // own, serialized by an advisory lock). Returns the version now in place.
    static core::Result<int> migrate(const QSqlDatabase &db);
    // The version in place: 0 for a database without Aktenwerk's schema.
    static core::Result<int> version(const QSqlDatabase &db);

    static core::Result<void> addUnit(const QSqlDatabase &db, const QString &code, const QString &name);

    struct Membership
    {
        QString unitCode;
        QString role;  // clerk, supervisor or registrar
    };
    // A login role for a user, with its password (stored by PostgreSQL as a SCRAM verifier), a
    // member of the group role of each membership's role, and the memberships.
    static core::Result<void> addUser(const QSqlDatabase &db, const QString &login, const QString &password,
                                      const QList<Membership> &memberships);
};

}  // namespace aw::sync
