// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace aw::test {

enum class Damage
{
    // Everything after the first two pages: even reading the schema fails.
    AllButTheHeader,
    // Only the pages written after the schema (the data): the store opens and reads its schema,
    // SQLite's quick_check finds the damage.
    DataAfterTheSchema,
};

// Writes a store database at `path` (the file itself, e.g. `<store>/aktenwerk.sqlite`) with some
// hundred KiB of data, closes it, and then overwrites part of it with random bytes, like a file hit
// by a failing disk; the header still says "Aktenwerk store, current schema". Returns why that did
// not work, or an empty string.
QString writeDamagedStore(const QString &path, Damage damage = Damage::AllButTheHeader);

}  // namespace aw::test
