// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <unordered_map>

namespace aw::storage {

// Prepares `sql`, binds `values` in order and executes it. Only prepared statements with bound
// values are used anywhere in the store.
core::Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Runs the statement and returns the first column of the first row (invalid QVariant if none).
core::Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Maps every row of a query result with `map`.
template <typename T, typename Map>
core::Result<QList<T>> rows(core::Result<QSqlQuery> query, Map map)
{
    if (!query)
        return query.error();
    QList<T> out;
    while (query->next())
        out.append(map(query.value()));
    return out;
}

// Maps the first row, or NotFound with `missing` as the message.
template <typename T, typename Map>
core::Result<T> row(core::Result<QSqlQuery> query, Map map, const QString &missing)
{
    if (!query)
        return query.error();
    if (!query->next())
        return core::notFound(missing);
    return map(query.value());
}

// Drops the query of a statement run only for its effect.
inline core::Result<void> done(const core::Result<QSqlQuery> &query)
{
    return query ? core::Result<void>() : core::Result<void>(query.error());
}

// Statements prepared once and run many times, for long runs over many rows (e.g. applying pulled
// changes): preparing costs as much as running a small statement. One connection, one thread.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    QSqlDatabase db() const { return m_db; }
    // Like storage::exec; the query stays valid until the next run of the same SQL.
    core::Result<QSqlQuery *> exec(const QString &sql, const QVariantList &values = {});
    core::Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

// BEGIN IMMEDIATE … COMMIT; rolls back on destruction unless committed. Not nestable.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    core::Result<void> begin();
    core::Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// NULL for an empty text, so optional references stay NULL in the store.
inline QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The values with every null text made an empty one, for columns that are NOT NULL DEFAULT ''
// (Qt binds a null QString as NULL). An invalid QVariant, as from nullable(), stays NULL.
QVariantList textsNotNull(QVariantList values);

// Escapes %, _ and \ for a LIKE pattern used with ESCAPE '\'.
QString escapeLike(const QString &text);

}  // namespace aw::storage
