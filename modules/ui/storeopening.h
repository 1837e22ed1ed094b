// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/store.h"

#include <chrono>
#include <memory>

namespace aw::ui {

// Opens the store as Store::open does, but on a worker: opening a store of an older version checks
// it and upgrades its schema, which takes minutes on a big one (the upgrade that keeps the text
// once rewrites all of it). When opening takes longer than `noteAfter`, a note says what is going
// on until it is done. The upgrade is one transaction: stopped by force, the store stays as it was.
core::Result<std::shared_ptr<storage::Store>>
openStoreShowingProgress(const QString &dir, storage::Database::OpenMode mode, storage::Database::Integrity integrity,
                         std::chrono::milliseconds noteAfter = std::chrono::milliseconds(700));

}  // namespace aw::ui
