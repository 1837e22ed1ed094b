// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/central.h"

#include "core/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>
#include <map>

namespace aw::sync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::sync::CentralSchema)
};

constexpr qint64 MigrationLock = 0x41574354;  // "AWCT": one migration at a time per database

// key=value pairs of a libpq connection string; values may be single-quoted with \' and \\.
core::Result<std::map<QString, QString>> parseConninfo(const QString &conninfo)
{
    std::map<QString, QString> out;
    qsizetype i = 0;
    const qsizetype n = conninfo.size();
    while (true) {
        while (i < n && conninfo[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype eq = conninfo.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            return core::invalid(Text::tr("The connection “%1” needs key=value pairs.").arg(conninfo.mid(i)));
        const QString key = conninfo.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && conninfo[i].isSpace())
            ++i;
        QString value;
        if (i < n && conninfo[i] == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = conninfo[i++];
                if (c == QLatin1Char('\\') && i < n) {
                    value += conninfo[i++];
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return core::invalid(Text::tr("The connection's value for “%1” lacks its closing quote.").arg(key));
        } else {
            while (i < n && !conninfo[i].isSpace())
                value += conninfo[i++];
        }
        if (key.isEmpty())
            return core::invalid(Text::tr("The connection “%1” has a value without a key.").arg(conninfo));
        out[key] = value;
    }
    return out;
}

// The statements of a migration: split at semicolons outside quotes, dollar-quoted bodies and comments.
QStringList statements(const QString &sql)
{
    QStringList out;
    QString current;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    static const QRegularExpression dollarTag(QStringLiteral("^\\$[A-Za-z_]*\\$"));
    while (i < n) {
        const QChar c = sql[i];
        if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? n : end;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\''), i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            current += sql.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('$')) {
            const auto tag = dollarTag.match(QStringView(sql).mid(i));
            if (tag.hasMatch()) {
                const qsizetype end = sql.indexOf(tag.captured(), i + tag.capturedLength());
                const qsizetype stop = end < 0 ? n : end + tag.capturedLength();
                current += sql.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

core::Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    if (!ok)
        return core::ioError(q.lastError().text());
    return q;
}

core::Result<QVariant> value(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0) : QVariant();
}

}  // namespace

core::Result<QSqlDatabase> connectCentral(const QString &conninfo, const QString &connectionName)
{
    auto parts = parseConninfo(conninfo);
    if (!parts)
        return parts.error();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return core::ioError(Text::tr("Qt's PostgreSQL driver is missing (package libqt6sql6-psql)."));
    QStringList options;
    for (const auto &[key, v] : *parts) {
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
            db.setHostName(v);
        else if (key == QLatin1String("port"))
            db.setPort(v.toInt());
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(v);
        else if (key == QLatin1String("user"))
            db.setUserName(v);
        else if (key == QLatin1String("password"))
            db.setPassword(v);
        else
            options << key + QLatin1Char('=') + v;
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);  // so the name can be used again
        return core::ioError(Text::tr("Cannot connect to the central store: %1").arg(why));
    }
    return db;
}

int CentralSchema::latestVersion()
{
    const auto all = core::embeddedMigrations(QStringLiteral(":/schema/central"));
    return all.isEmpty() ? 0 : all.last().version;
}

core::Result<int> CentralSchema::version(const QSqlDatabase &db)
{
    auto exists = value(db, QStringLiteral("SELECT to_regclass('aw.migration') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (!exists->toBool())
        return 0;
    auto v = value(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM aw.migration"));
    if (!v)
        return v.error();
    return v->toInt();
}

core::Result<int> CentralSchema::migrate(const QSqlDatabase &db)
{
    if (auto ok = run(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationLock)); !ok)
        return ok.error();
    const auto unlock =
        qScopeGuard([&db] { (void)run(db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationLock)); });
    for (const char *sql : {"SET client_min_messages = warning",  // no notices of what exists already
                            "CREATE SCHEMA IF NOT EXISTS aw",
                            "CREATE TABLE IF NOT EXISTS aw.migration (version integer PRIMARY KEY, "
                            "applied_at timestamptz NOT NULL DEFAULT now())",
                            "REVOKE ALL ON aw.migration FROM PUBLIC"}) {
        if (auto ok = run(db, QString::fromLatin1(sql)); !ok)
            return ok.error();
    }
    auto current = version(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return core::refused(Text::tr("The central store has schema version %1; this Aktenwerk knows up to %2. "
                                      "Update Aktenwerk first.")
                                 .arg(*current)
                                 .arg(latestVersion()));
    for (const core::Migration &m : core::embeddedMigrations(QStringLiteral(":/schema/central"))) {
        const int number = m.version;
        if (number <= *current)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return core::ioError(Text::tr("Migration %1 cannot be read.").arg(number));
        QSqlDatabase writable = db;
        if (!writable.transaction())
            return core::ioError(writable.lastError().text());
        for (const QString &statement : statements(QString::fromUtf8(file.readAll()))) {
            if (auto ok = run(db, statement); !ok) {
                writable.rollback();
                return core::ioError(Text::tr("Central migration %1 failed, nothing of it was applied: %2")
                                         .arg(number)
                                         .arg(ok.error().message));
            }
        }
        if (auto ok = run(db, QStringLiteral("INSERT INTO aw.migration (version) VALUES (?)"), {number}); !ok) {
            writable.rollback();
            return ok.error();
        }
        if (!writable.commit())
            return core::ioError(writable.lastError().text());
    }
    return version(db);
}

core::Result<void> CentralSchema::addUnit(const QSqlDatabase &db, const QString &code, const QString &name)
{
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty())
        return core::invalid(Text::tr("A unit needs a code and a name."));
    auto ok = run(db, QStringLiteral("INSERT INTO aw.org_unit (id, code, name) VALUES (?, ?, ?)"),
                  {QUuid::createUuid().toString(QUuid::WithoutBraces), code.trimmed(), name.trimmed()});
    if (!ok)
        return ok.error();
    return {};
}

core::Result<void> CentralSchema::addUser(const QSqlDatabase &db, const QString &login, const QString &password,
                                          const QList<Membership> &memberships)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$"));
    if (!loginPattern.match(login).hasMatch())
        return core::invalid(
            Text::tr("“%1” is not a login: lower-case letters, digits, _ . - (at most 63).").arg(login));
    if (password.size() < 8)
        return core::invalid(Text::tr("The password needs at least 8 characters."));
    if (memberships.isEmpty())
        return core::invalid(Text::tr("A user needs at least one unit."));
    QStringList groups;
    for (const auto &m : memberships) {
        if (m.role != QLatin1String("clerk") && m.role != QLatin1String("supervisor") &&
            m.role != QLatin1String("registrar"))
            return core::invalid(Text::tr("“%1” is not a role: clerk, supervisor or registrar.").arg(m.role));
        if (!groups.contains(QStringLiteral("aw_") + m.role))
            groups << QStringLiteral("aw_") + m.role;
    }
    // The password leaves this process only as a SCRAM verifier, made by libpq as psql's \password
    // does: neither the statement nor the server's log ever holds it.
    const QVariant handle = db.driver()->handle();
    // Qt names the type after libpq's struct (pg_conn*); its documentation says PGconn*.
    const bool isConnection =
        handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0);
    PGconn *conn = isConnection ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!conn)
        return core::ioError(Text::tr("The PostgreSQL driver gives no connection handle."));
    char *verifier =
        PQencryptPasswordConn(conn, password.toUtf8().constData(), login.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return core::ioError(QString::fromUtf8(PQerrorMessage(conn)));
    const QString scram = QString::fromUtf8(verifier);
    PQfreemem(verifier);

    QSqlDatabase writable = db;
    if (!writable.transaction())
        return core::ioError(writable.lastError().text());
    auto fail = [&writable](const core::Error &e) {
        writable.rollback();
        return e;
    };
    auto create = value(db, QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)"),
                        {login, scram});
    if (!create)
        return fail(create.error());
    if (auto ok = run(db, create->toString()); !ok)
        return fail(ok.error());
    for (const QString &group : std::as_const(groups)) {
        auto grant = value(db, QStringLiteral("SELECT format('GRANT %I TO %I', ?::text, ?::text)"), {group, login});
        if (!grant)
            return fail(grant.error());
        if (auto ok = run(db, grant->toString()); !ok)
            return fail(ok.error());
    }
    for (const auto &m : memberships) {
        auto added = run(db,
                         QStringLiteral("INSERT INTO aw.membership (login, unit_id, role) "
                                        "SELECT ?, id, ? FROM aw.org_unit WHERE code = ?"),
                         {login, m.role, m.unitCode});
        if (!added)
            return fail(added.error());
        if (added->numRowsAffected() != 1)
            return fail(core::notFound(Text::tr("No unit has the code “%1”.").arg(m.unitCode)));
    }
    if (!writable.commit())
        return core::ioError(writable.lastError().text());
    return {};
}

}  // namespace aw::sync
