// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/savedsearches.h"

#include "search/query.h"
#include "storage/records.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace aw::search {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::search::SavedSearches)
};

QJsonObject toJson(const SavedSearch &s)
{
    return QJsonObject{{QStringLiteral("name"), s.name},
                       {QStringLiteral("query"), s.query},
                       {QStringLiteral("scope"), scopeName(s.scope)},
                       {QStringLiteral("sharedUnitId"), s.sharedUnitId}};
}

}  // namespace

SavedSearches::SavedSearches(std::shared_ptr<storage::Store> store, core::Actor actor)
    : m_store(std::move(store))
    , m_actor(std::move(actor))
{}

core::Result<QList<SavedSearch>> SavedSearches::list() const
{
    QStringList units;
    for (const auto &m : m_actor.memberships)
        units << m.orgUnitId;
    QVariantList values{m_actor.userId};
    QString shared = QStringLiteral("0");
    if (!units.isEmpty()) {
        QStringList marks;
        for (const auto &u : std::as_const(units)) {
            marks << QStringLiteral("?");
            values << u;
        }
        shared = QStringLiteral("s.shared_unit_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    const QString userId = m_actor.userId;
    return storage::rows<SavedSearch>(
        storage::exec(m_store->connection(),
                      QStringLiteral("SELECT s.id, s.owner_id, u.display_name, s.name, s.query, s.scope, "
                                     "coalesce(s.shared_unit_id, ''), coalesce(o.name, '') FROM saved_search s "
                                     "JOIN user u ON u.id = s.owner_id LEFT JOIN org_unit o ON o.id = s.shared_unit_id "
                                     "WHERE s.owner_id = ? OR ") +
                          shared + QStringLiteral(" ORDER BY s.name COLLATE aw_text, s.id"),
                      values),
        [&userId](QSqlQuery &q) {
            SavedSearch s;
            s.id = q.value(0).toString();
            s.ownerId = q.value(1).toString();
            s.ownerName = q.value(2).toString();
            s.name = q.value(3).toString();
            s.query = q.value(4).toString();
            scopeFromName(q.value(5).toString(), &s.scope);
            s.sharedUnitId = q.value(6).toString();
            s.sharedUnitName = q.value(7).toString();
            s.mine = s.ownerId == userId;
            return s;
        });
}

core::Result<SavedSearch> SavedSearches::save(const QString &name, const QString &query, Scope scope,
                                              const QString &sharedUnitId)
{
    if (m_actor.userId.isEmpty())
        return core::refused(Text::tr("Sign in to keep searches."));
    SavedSearch s;
    s.name = name.simplified();
    s.query = query.trimmed();
    s.scope = scope;
    s.sharedUnitId = sharedUnitId;
    s.ownerId = m_actor.userId;
    s.mine = true;
    if (s.name.isEmpty())
        return core::invalid(Text::tr("Give the search a name."));
    if (s.name.size() > 100)
        return core::invalid(Text::tr("The name is too long (at most 100 characters)."));
    if (auto parsed = parseQuery(s.query); !parsed)
        return parsed.error();
    if (!sharedUnitId.isEmpty() && !m_actor.isMemberOf(sharedUnitId))
        return core::refused(Text::tr("A search can only be shared with a unit you belong to."));

    storage::UnitOfWork work(m_store->connection(), m_actor.userId);
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto existing = storage::scalar(
        work.db(), QStringLiteral("SELECT id FROM saved_search WHERE owner_id = ? AND name = ?"), {s.ownerId, s.name});
    if (!existing)
        return existing.error();
    s.id = existing->isValid() ? existing->toString() : storage::newId();
    if (auto ok = storage::exec(
            work.db(),
            QStringLiteral("INSERT INTO saved_search (id, owner_id, name, query, scope, shared_unit_id, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET query = excluded.query, "
                           "scope = excluded.scope, shared_unit_id = excluded.shared_unit_id"),
            {s.id, s.ownerId, s.name, s.query, scopeName(s.scope), storage::nullable(s.sharedUnitId),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("saved_search.save"), QStringLiteral("saved_search"), s.id, toJson(s));
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return s;
}

core::Result<void> SavedSearches::remove(const QString &id)
{
    storage::UnitOfWork work(m_store->connection(), m_actor.userId);
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto owner = storage::scalar(work.db(), QStringLiteral("SELECT owner_id FROM saved_search WHERE id = ?"), {id});
    if (!owner)
        return owner.error();
    if (!owner->isValid())
        return core::notFound(Text::tr("This saved search no longer exists."));
    if (owner->toString() != m_actor.userId)
        return core::refused(Text::tr("Only the one who saved a search can remove it."));
    if (auto ok = storage::exec(work.db(), QStringLiteral("DELETE FROM saved_search WHERE id = ?"), {id}); !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("saved_search.remove"), QStringLiteral("saved_search"), id, {}); !ok)
        return ok.error();
    return work.commit();
}

}  // namespace aw::search
