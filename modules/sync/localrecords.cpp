// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/localrecords.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QUuid>

#include <vector>

namespace aw::sync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::sync::LocalRecords)
};

enum class Kind
{
    Text,
    Int,
    Unit,   // org_unit id locally, its code centrally
    Plan,   // file_plan_node id locally, its code centrally
    Login,  // user id locally, the login centrally
};

struct Column
{
    QString field;
    QString column;
    Kind kind = Kind::Text;
};

struct Table
{
    QString type;
    QString table;
    QString parentColumn;  // empty for a case file
    bool hasRev = true;
    std::vector<Column> columns;
};

const std::vector<Table> &tables()
{
    static const std::vector<Table> all = {
        {QStringLiteral("case_file"),
         QStringLiteral("case_file"),
         {},
         true,
         {{QStringLiteral("unit"), QStringLiteral("owner_unit_id"), Kind::Unit},
          {QStringLiteral("plan"), QStringLiteral("node_id"), Kind::Plan},
          {QStringLiteral("reference"), QStringLiteral("reference")},
          {QStringLiteral("subject"), QStringLiteral("subject")},
          {QStringLiteral("status"), QStringLiteral("status")},
          {QStringLiteral("opened_at"), QStringLiteral("opened_at")},
          {QStringLiteral("closed_at"), QStringLiteral("closed_at")},
          {QStringLiteral("retention_until"), QStringLiteral("retention_until")},
          {QStringLiteral("disposal"), QStringLiteral("disposal")}}},
        {QStringLiteral("proceeding"),
         QStringLiteral("proceeding"),
         QStringLiteral("case_file_id"),
         true,
         {{QStringLiteral("number"), QStringLiteral("number"), Kind::Int},
          {QStringLiteral("reference"), QStringLiteral("reference")},
          {QStringLiteral("subject"), QStringLiteral("subject")},
          {QStringLiteral("assignee"), QStringLiteral("assignee_id"), Kind::Login},
          {QStringLiteral("status"), QStringLiteral("status")},
          {QStringLiteral("due_at"), QStringLiteral("due_at")},
          {QStringLiteral("created_at"), QStringLiteral("created_at")},
          {QStringLiteral("closed_at"), QStringLiteral("closed_at")}}},
        {QStringLiteral("document"),
         QStringLiteral("document"),
         QStringLiteral("proceeding_id"),
         true,
         {{QStringLiteral("title"), QStringLiteral("title")},
          {QStringLiteral("direction"), QStringLiteral("direction")},
          {QStringLiteral("received_at"), QStringLiteral("received_at")}}},
        {QStringLiteral("document_version"),
         QStringLiteral("document_version"),
         QStringLiteral("document_id"),
         false,
         {{QStringLiteral("n"), QStringLiteral("n"), Kind::Int},
          {QStringLiteral("sha256"), QStringLiteral("sha256")},
          {QStringLiteral("file_name"), QStringLiteral("file_name")},
          {QStringLiteral("mime"), QStringLiteral("mime")},
          {QStringLiteral("size"), QStringLiteral("size"), Kind::Int},
          {QStringLiteral("pages"), QStringLiteral("pages"), Kind::Int},
          {QStringLiteral("created_by"), QStringLiteral("created_by"), Kind::Login},
          {QStringLiteral("created_at"), QStringLiteral("created_at")}}},
        {QStringLiteral("note"),
         QStringLiteral("note"),
         QStringLiteral("object_id"),
         false,
         {{QStringLiteral("on"), QStringLiteral("object_type")},
          {QStringLiteral("text"), QStringLiteral("text")},
          {QStringLiteral("author"), QStringLiteral("author_id"), Kind::Login},
          {QStringLiteral("at"), QStringLiteral("at")}}},
    };
    return all;
}

const Table *tableOf(const QString &type)
{
    for (const Table &t : tables())
        if (t.type == type)
            return &t;
    return nullptr;
}

// The column as the central store names it: codes and logins instead of local ids.
QString readExpression(const Column &c)
{
    switch (c.kind) {
    case Kind::Unit:
        return QStringLiteral("(SELECT code FROM org_unit WHERE id = t.%1)").arg(c.column);
    case Kind::Plan:
        return QStringLiteral("(SELECT code FROM file_plan_node WHERE id = t.%1)").arg(c.column);
    case Kind::Login:
        return QStringLiteral("(SELECT login FROM user WHERE id = t.%1)").arg(c.column);
    default:
        return QStringLiteral("t.") + c.column;
    }
}

QJsonValue jsonOf(const QVariant &v, Kind kind)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (kind == Kind::Int)
        return v.toLongLong();
    return v.toString();
}

// The SELECT of a table's synced fields; the parent (if any) comes last.
QString selectOf(const Table &t)
{
    QStringList parts;
    for (const Column &c : t.columns)
        parts << readExpression(c);
    if (!t.parentColumn.isEmpty())
        parts << QStringLiteral("t.") + t.parentColumn;
    if (t.type == QLatin1String("case_file"))
        parts << QStringLiteral("(SELECT year FROM case_file_number WHERE case_file_id = t.id)")
              << QStringLiteral("(SELECT sequence FROM case_file_number WHERE case_file_id = t.id)");
    return QStringLiteral("SELECT ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + t.table +
           QStringLiteral(" t ");
}

QJsonObject fieldsOf(const Table &t, const QSqlQuery &q)
{
    QJsonObject out;
    int i = 0;
    for (const Column &c : t.columns)
        out.insert(c.field, jsonOf(q.value(i++), c.kind));
    if (!t.parentColumn.isEmpty())
        out.insert(LocalRecord::ParentField, jsonOf(q.value(i++), Kind::Text));
    if (t.type == QLatin1String("case_file") && !q.value(i).isNull()) {
        out.insert(QStringLiteral("year"), q.value(i).toInt());
        out.insert(QStringLiteral("sequence"), q.value(i + 1).toInt());
    }
    return out;
}

core::Result<void> ran(const core::Result<QSqlQuery *> &query)
{
    return query ? core::Result<void>() : core::Result<void>(query.error());
}

}  // namespace

QString LocalRecord::parentId() const
{
    return fields.value(LocalRecord::ParentField).toString();
}

// The local value of a central field: ids for codes and logins, refused when this store lacks them.
core::Result<QVariant> LocalRecords::localValue(int kindNumber, const QString &column, const QJsonValue &v)
{
    Q_UNUSED(column)
    const auto kind = Kind(kindNumber);
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (kind == Kind::Int)
        return QVariant(v.toInteger());
    if (kind == Kind::Text)
        return QVariant(v.toString());
    const QString key = v.toString();
    const QString cacheKey = QString::number(kindNumber) + QLatin1Char(':') + key;
    if (const auto it = m_ids.constFind(cacheKey); it != m_ids.constEnd())
        return it.value();
    const QString sql = kind == Kind::Unit   ? QStringLiteral("SELECT id FROM org_unit WHERE code = ?")
                        : kind == Kind::Plan ? QStringLiteral("SELECT id FROM file_plan_node WHERE code = ?")
                                             : QStringLiteral("SELECT id FROM user WHERE login = ?");
    auto id = m_sql.scalar(sql, {key});
    if (!id)
        return id.error();
    if (!id->isValid() || id->isNull()) {
        const QString what = kind == Kind::Unit   ? Text::tr("The unit “%1” is not in this store.")
                             : kind == Kind::Plan ? Text::tr("The file-plan node “%1” is not in this store.")
                                                  : Text::tr("The user “%1” is not in this store.");
        return core::notFound(what.arg(key) + QLatin1Char(' ') +
                              Text::tr("Set up units, file plan and users as in the other offices' stores, then "
                                       "synchronize again."));
    }
    m_ids.insert(cacheKey, id.value());
    return id.value();
}

bool LocalRecords::isSynced(const QString &objectType)
{
    return tableOf(objectType) != nullptr;
}

QString LocalRecords::versionId(const QString &documentId, int n)
{
    const QUuid ns = QUuid::fromString(documentId);
    return QUuid::createUuidV5(ns, QString::number(n)).toString(QUuid::WithoutBraces);
}

core::Result<std::optional<LocalRecord>> LocalRecords::read(const QString &objectType, const QString &objectId) const
{
    const Table *t = tableOf(objectType);
    if (!t || objectType == QLatin1String("document_version"))
        return core::invalid(Text::tr("“%1” records are not read one by one.").arg(objectType));
    auto q = m_sql.exec(selectOf(*t) + QStringLiteral("WHERE t.id = ?"), {objectId});
    if (!q)
        return q.error();
    QSqlQuery &row = *q.value();
    std::optional<LocalRecord> out;
    if (row.next())
        out = LocalRecord{objectType, objectId, fieldsOf(*t, row)};
    row.finish();
    return out;
}

core::Result<QList<LocalRecord>> LocalRecords::versionsOf(const QString &documentId) const
{
    const Table *t = tableOf(QStringLiteral("document_version"));
    auto q = storage::exec(m_db, selectOf(*t) + QStringLiteral("WHERE t.document_id = ? ORDER BY t.n"), {documentId});
    if (!q)
        return q.error();
    QList<LocalRecord> out;
    while (q->next()) {
        QJsonObject fields = fieldsOf(*t, q.value());
        out.append({t->type, versionId(documentId, fields.value(QStringLiteral("n")).toInt()), fields});
    }
    return out;
}

core::Result<bool> LocalRecords::parentExists(const QString &objectType, const QString &parentId)
{
    const QString table = objectType == QLatin1String("proceeding")         ? QStringLiteral("case_file")
                          : objectType == QLatin1String("document")         ? QStringLiteral("proceeding")
                          : objectType == QLatin1String("document_version") ? QStringLiteral("document")
                                                                            : QString();
    if (table.isEmpty())
        return true;
    auto v = m_sql.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {parentId});
    if (!v)
        return v.error();
    return v->isValid();
}

core::Result<void> LocalRecords::create(const LocalRecord &record)
{
    const Table *t = tableOf(record.objectType);
    if (!t)
        return core::invalid(Text::tr("“%1” records are not synced.").arg(record.objectType));
    const bool isVersion = record.objectType == QLatin1String("document_version");
    QStringList columns;
    QVariantList values;
    if (!isVersion) {
        columns << QStringLiteral("id");
        values << record.objectId;
    }
    if (!t->parentColumn.isEmpty()) {
        columns << t->parentColumn;
        values << record.parentId();
    }
    for (const Column &c : t->columns) {
        auto v = localValue(int(c.kind), c.column, record.fields.value(c.field));
        if (!v)
            return v.error();
        columns << c.column;
        values << v.value();
    }
    const QString marks = QStringList(values.size(), QStringLiteral("?")).join(QLatin1Char(','));
    if (auto ok = m_sql.exec(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(t->table, columns.join(QLatin1Char(',')), marks),
            values);
        !ok)
        return ok.error();
    if (record.objectType == QLatin1String("case_file") && record.fields.contains(QStringLiteral("sequence"))) {
        return ran(m_sql.exec(
            QStringLiteral(
                "INSERT INTO case_file_number (case_file_id, plan_code, year, sequence) VALUES (?, ?, ?, ?)"),
            {record.objectId, record.fields.value(QStringLiteral("plan")).toString(),
             record.fields.value(QStringLiteral("year")).toInt(),
             record.fields.value(QStringLiteral("sequence")).toInt()}));
    }
    if (record.objectType == QLatin1String("proceeding")) {
        // Numbers of proceedings made here continue after the ones made elsewhere.
        return ran(m_sql.exec(
            QStringLiteral("UPDATE case_file SET next_proceeding = max(next_proceeding, ? + 1) WHERE id = ?"),
            {record.fields.value(QStringLiteral("number")).toInt(), record.parentId()}));
    }
    return {};
}

core::Result<void> LocalRecords::change(const QString &objectType, const QString &objectId, const QJsonObject &fields)
{
    const Table *t = tableOf(objectType);
    if (!t || !t->hasRev)
        return core::invalid(Text::tr("“%1” records do not change once made.").arg(objectType));
    QStringList sets;
    QVariantList values;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == LocalRecord::ParentField && !t->parentColumn.isEmpty()) {
            sets << t->parentColumn + QStringLiteral(" = ?");
            values << it.value().toString();
            continue;
        }
        for (const Column &c : t->columns) {
            if (c.field != it.key())
                continue;
            auto v = localValue(int(c.kind), c.column, it.value());
            if (!v)
                return v.error();
            sets << c.column + QStringLiteral(" = ?");
            values << v.value();
        }
    }
    if (sets.isEmpty())
        return {};
    values << objectId;
    return storage::done(storage::exec(
        m_db,
        QStringLiteral("UPDATE %1 SET %2, rev = rev + 1 WHERE id = ?").arg(t->table, sets.join(QStringLiteral(", "))),
        values));
}

}  // namespace aw::sync
