// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "storage/documentrepository.h"
#include "storage/records.h"

#include <QIODevice>

namespace aw::casework {

// Documents inside proceedings and their immutable versions. The bytes go into the BlobStore
// first (fsynced under their hash), then the rows commit with their audit event; a failed
// commit leaves only an orphan blob, which the sweep removes. Nothing is ever overwritten.
class DocumentService
{
public:
    explicit DocumentService(Session session)
        : m_session(std::move(session))
    {}

    // A new document with `content` as version 1. `mime` may be empty ("application/octet-stream").
    core::Result<storage::Document> addDocument(const QString &proceedingId, const QString &title,
                                                storage::Direction direction, QIODevice &content,
                                                const QString &fileName, const QString &mime = {});
    // A new version of an existing document.
    core::Result<storage::DocumentVersion> addVersion(const QString &documentId, QIODevice &content,
                                                      const QString &fileName, const QString &mime = {});

    core::Result<QList<storage::Document>> list(const QString &proceedingId) const;
    // One page of the list, ordered and filtered as asked (same permission as list()).
    core::Result<storage::DocumentListPage> listPage(const QString &proceedingId,
                                                     const storage::DocumentListQuery &query) const;
    core::Result<QList<storage::DocumentVersion>> versions(const QString &documentId) const;
    // The verified bytes of a version (Corrupt if the stored file no longer matches its hash).
    core::Result<QByteArray> content(const storage::DocumentVersion &version) const;

private:
    core::Result<core::Target> proceedingTarget(const QSqlDatabase &db, const QString &proceedingId) const;
    core::Result<void> permitAdding(const QSqlDatabase &db, const QString &proceedingId) const;
    core::Result<storage::DocumentVersion> storeContent(QIODevice &content, const QString &fileName,
                                                        const QString &mime);
    Session m_session;
};

}  // namespace aw::casework
