// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql.h"

#include "storage/database.h"

#include <QSqlError>

namespace aw::storage {

core::Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    if (!db.isOpen())
        return sqlError(db, sql.left(60), db.lastError().driverText(), db.lastError().nativeErrorCode());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(db, sql.left(60),
                        query.lastError().driverText() + QLatin1Char(' ') + query.lastError().databaseText(),
                        query.lastError().nativeErrorCode());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(db, sql.left(60), query.lastError().databaseText(), query.lastError().nativeErrorCode());
    return query;
}

core::Result<QSqlQuery *> StatementCache::exec(const QString &sql, const QVariantList &values)
{
    auto &slot = m_queries[sql];
    if (!slot) {
        if (!m_db.isOpen())
            return sqlError(m_db, sql.left(60), m_db.lastError().driverText(), m_db.lastError().nativeErrorCode());
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            const QSqlError e = query->lastError();
            m_queries.erase(sql);
            return sqlError(m_db, sql.left(60), e.driverText() + QLatin1Char(' ') + e.databaseText(),
                            e.nativeErrorCode());
        }
        slot = std::move(query);
    }
    QSqlQuery *query = slot.get();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values[i]);
    if (!query->exec())
        return sqlError(m_db, sql.left(60), query->lastError().databaseText(), query->lastError().nativeErrorCode());
    return query;
}

core::Result<QVariant> StatementCache::scalar(const QString &sql, const QVariantList &values)
{
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    const QVariant value = query.value()->next() ? query.value()->value(0) : QVariant();
    query.value()->finish();
    return value;
}

core::Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = exec(db, sql, values);
    if (!query)
        return query.error();
    if (query->next())
        return query->value(0);
    return QVariant();
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

core::Result<void> Transaction::begin()
{
    auto ok = exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!ok)
        return ok.error();
    m_active = true;
    return {};
}

core::Result<void> Transaction::commit()
{
    auto ok = exec(m_db, QStringLiteral("COMMIT"));
    if (!ok) {
        rollback();
        return ok.error();
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QVariantList textsNotNull(QVariantList values)
{
    for (QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QVariant(QString::fromLatin1(""));
    }
    return values;
}

}  // namespace aw::storage
