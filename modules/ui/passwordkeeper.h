// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace aw::ui {

// The central store's password of a connection: in the system keychain (QtKeychain: Secret Service,
// KWallet, the Windows or macOS store) where there is one; where there is none (a server without
// a desktop session), only in this process's memory until it ends, never in a file.
class PasswordKeeper : public QObject
{
    Q_OBJECT
public:
    explicit PasswordKeeper(QObject *parent = nullptr);

    // Calls `done` with the password kept for `connection` (empty: none kept).
    void fetch(const QString &connection, std::function<void(const QString &password)> done);
    // Keeps it (the keychain if it can, else memory); `done(inKeychain)` says where.
    void keep(const QString &connection, const QString &password, std::function<void(bool inKeychain)> done = {});
    // Forgets it (e.g. after the server refused it).
    void forget(const QString &connection);

private:
    QHash<QString, QString> m_memory;
};

}  // namespace aw::ui
