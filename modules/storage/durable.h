// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Durable file-system steps for writers that must never leave half a result: the blob store and
// the outgoing folder. POSIX; each returns 0 or an errno value.
namespace aw::storage {

// Makes directory entries (a rename, a new file or subdirectory) durable.
int fsyncDir(const QString &path);

// Moves the file or directory `from` to `to` unless `to` exists: EEXIST then, and nothing moved.
int renameNoReplace(const QString &from, const QString &to);

}  // namespace aw::storage
