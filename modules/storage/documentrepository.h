// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace aw::storage {

// Documents and their immutable versions. The bytes of a version live in the BlobStore.
class DocumentRepository
{
public:
    explicit DocumentRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    core::Result<void> insert(const Document &document);
    core::Result<Document> get(const QString &id) const;
    core::Result<QList<Document>> byProceeding(const QString &proceedingId) const;

    // Adds a version; versions are numbered 1, 2, … and can never be changed.
    core::Result<void> insertVersion(const DocumentVersion &version);
    core::Result<QList<DocumentVersion>> versions(const QString &documentId) const;
    core::Result<QList<DocumentVersion>> allVersions() const;
    // Every version of every document of a proceeding, by document id, oldest first: one query.
    core::Result<QHash<QString, QList<DocumentVersion>>> versionsOfProceeding(const QString &proceedingId) const;

    // Every SHA-256 a document version or a received submission package refers to: what the orphan
    // sweep must keep.
    core::Result<QSet<QString>> referencedBlobs() const;

private:
    QSqlDatabase m_db;
};

}  // namespace aw::storage
