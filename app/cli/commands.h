// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace aw::cli {

struct Options
{
    QString storeDir;
    QString user;  // login; empty when not given
    bool json = false;
    QString proceeding;    // import: reference of the target proceeding
    QString duplicates;    // import: "skip" (default) or "add"
    QString unit;          // register: code of the Standesamt unit, e.g. "StA"; xdomea import: the owner
    QString type;          // xdomea export: 0401, 0501 or 0503
    QStringList cases;     // xdomea export/destroy: case file references
    QString outDir;        // xdomea: where packages are written
    QString node;          // xdomea import: the file-plan code the received files go under
    QString to;            // xdomea export: the receiving authority or archive
    bool yes = false;      // xdomea destroy: confirmed
    QString scope;         // search: mine, units (default) or archive
    QString sort;          // search: relevance (default), newest, oldest
    int offset = 0;        // search: case files to skip
    int limit = 0;         // search: case files to show (0: 50)
    bool rebuild = false;  // search: build the index anew
    QString db;            // central: libpq connection string of the central store
    QStringList args;      // the command and its arguments
};

// Runs one command; returns the process exit code (0 ok, 1 failed or findings, 2 usage).
int run(const Options &options);

QString usage();

}  // namespace aw::cli
