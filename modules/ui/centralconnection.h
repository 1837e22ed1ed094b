// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace aw::ui {

// Where the central store is and who logs in there, as the user set it on this computer (QSettings,
// group "central"). The password is never here: it is in the system keychain, or libpq finds it
// (PGPASSWORD, ~/.pgpass, Kerberos), or Aktenwerk asks for it.
struct CentralConnection
{
    QString host;  // empty: this computer works with its local store only
    int port = 5432;
    QString database = QStringLiteral("aktenwerk");
    QString user;
    QString sslMode = QStringLiteral("prefer");  // libpq's sslmode: disable, prefer, require, verify-full

    bool isSet() const { return !host.trimmed().isEmpty() && !user.trimmed().isEmpty(); }
    // A libpq connection string; `password` empty: left to libpq.
    QString conninfo(const QString &password = {}) const;
    // Names the connection in the keychain and in messages: user@host:port/database.
    QString name() const;

    static CentralConnection load();
    void save() const;

    bool operator==(const CentralConnection &) const = default;
};

}  // namespace aw::ui
