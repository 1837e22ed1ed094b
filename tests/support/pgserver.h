// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace aw::test {

// A throwaway PostgreSQL server for one test: a new cluster in a temporary folder, listening on
// 127.0.0.1 at a free port, stopped and removed with the object. As root the server runs as the
// unprivileged `postgres` user (PostgreSQL refuses to run as root). Its superuser is `aw_admin`
// with the password adminPassword(), authenticated by SCRAM like every other role.
class PgServer
{
public:
    static core::Result<std::unique_ptr<PgServer>> start();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    int port() const { return m_port; }
    // A libpq connection string for `user` (default: the superuser) to the database `aktenwerk`.
    QString conninfo(const QString &user = QString(), const QString &password = QString()) const;
    static QString adminPassword() { return QStringLiteral("aw-admin-secret"); }

    // Stops the server (fast shutdown) and starts it again on the same port, for fault tests.
    core::Result<void> stop();
    core::Result<void> restart();

private:
    PgServer() = default;
    core::Result<void> run(const QString &program, const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
};

}  // namespace aw::test
