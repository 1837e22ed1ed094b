// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/sql.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace aw::sync {

// A record of the local store in the form the central store keeps it: its fields as JSON, with
// units, file-plan nodes and users named by code and login (the same in every local store, unlike
// their local ids). The parent (case file of a proceeding, proceeding of a document, document of a
// version, object of a note) is the pseudo-field "parent".
struct LocalRecord
{
    QString objectType;
    QString objectId;
    QJsonObject fields;

    QString parentId() const;
    // The pseudo-field of the parent record's id.
    static inline const QString ParentField = QStringLiteral("parent");
};

// Reads and writes the synced kinds of records in the local store: case_file, proceeding, document,
// document_version and note. Writes change the rows only (no audit event, no outbox entry: a
// pulled change is the central store's, already logged there) and count up `rev` so that an edit
// based on the row as it was before is caught as stale.
class LocalRecords
{
public:
    explicit LocalRecords(QSqlDatabase db)
        : m_db(db)
        , m_sql(std::move(db))
    {}

    static bool isSynced(const QString &objectType);
    // The id of a document version (which has none locally): a name-based UUID of document and number.
    static QString versionId(const QString &documentId, int n);

    core::Result<std::optional<LocalRecord>> read(const QString &objectType, const QString &objectId) const;
    // The document's versions, oldest first.
    core::Result<QList<LocalRecord>> versionsOf(const QString &documentId) const;

    // Whether the row a new record of `objectType` hangs from is here (a note may hang from anything).
    core::Result<bool> parentExists(const QString &objectType, const QString &parentId);

    // Makes the record anew, or changes the given fields (a new "parent" moves a proceeding).
    // Refused with a clear message when a unit, file-plan node or user named is not in this store.
    core::Result<void> create(const LocalRecord &record);
    core::Result<void> change(const QString &objectType, const QString &objectId, const QJsonObject &fields);

private:
    // The local id of a unit, file-plan node or user named centrally (cached for the run).
    core::Result<QVariant> localValue(int kind, const QString &column, const QJsonValue &value);

    QSqlDatabase m_db;
    mutable storage::StatementCache m_sql;
    QHash<QString, QVariant> m_ids;
};

}  // namespace aw::sync
