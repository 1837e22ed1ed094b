// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/permissions.h"
#include "core/result.h"
#include "search/searcher.h"

#include <QList>
#include <QString>

#include <memory>

namespace aw::storage {
class Store;
}

namespace aw::search {

struct SavedSearch
{
    QString id;
    QString ownerId;
    QString ownerName;
    QString name;
    QString query;
    Scope scope = Scope::Units;
    QString sharedUnitId;  // empty: only the owner's
    QString sharedUnitName;
    bool mine = false;  // the signed-in user's own (only those can be removed)
};

// Searches kept under a name, per user, optionally shared with one of the user's units. Each change
// is one audited transaction.
class SavedSearches
{
public:
    SavedSearches(std::shared_ptr<storage::Store> store, core::Actor actor);

    // The user's own and those shared with a unit they belong to, by name.
    core::Result<QList<SavedSearch>> list() const;
    // Keeps the search under `name` (replacing the user's search of that name). The query must be
    // readable; sharing needs membership of the unit.
    core::Result<SavedSearch> save(const QString &name, const QString &query, Scope scope,
                                   const QString &sharedUnitId = {});
    core::Result<void> remove(const QString &id);

private:
    std::shared_ptr<storage::Store> m_store;
    core::Actor m_actor;
};

}  // namespace aw::search
