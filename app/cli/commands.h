// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace aw::cli {

struct Options
{
    QString storeDir;
    QString user;  // login; empty when not given
    bool json = false;
    QString proceeding;  // import: reference of the target proceeding
    QString duplicates;  // import: "skip" (default) or "add"
    QString unit;        // register: code of the Standesamt unit, e.g. "StA"
    QStringList args;    // the command and its arguments
};

// Runs one command; returns the process exit code (0 ok, 1 failed or findings, 2 usage).
int run(const Options &options);

QString usage();

}  // namespace aw::cli
