// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace aw::core {

// One schema migration embedded as a resource: NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString resource;
};

// The migrations under a resource folder (":/schema/local", ":/schema/central"), in order. Their
// numbers must run 1, 2, 3, … without gaps (checked in debug builds).
QList<Migration> embeddedMigrations(const QString &folder);

}  // namespace aw::core
