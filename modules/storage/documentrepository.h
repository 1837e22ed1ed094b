// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace aw::storage {

// Which of a proceeding's documents a list shows, in which order, and which page of them.
struct DocumentListQuery
{
    enum class Order
    {
        Received,  // then title: the order of the case file
        Title,
        File,   // the newest version's file name
        Pages,  // of the newest version
        Versions,
        TextState  // of the newest version: indexed, encrypted, damaged, …
    };
    Order order = Order::Received;
    bool descending = false;
    QString filter;  // a part of the title or of the newest version's file name, in any case
    int offset = 0;
    int limit = 200;
};

// A document as a list shows it: all its versions (oldest first) and the newest one's text state.
struct DocumentListRow
{
    Document document;
    QList<DocumentVersion> versions;
    QString textStatus;
};

struct DocumentListPage
{
    QList<DocumentListRow> rows;
    int total = 0;  // documents matching the filter, on all pages
};

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
    // One page of a proceeding's documents for a list: two queries whatever the proceeding's size.
    // Text is ordered and matched by the locale (needs the connection's text functions).
    core::Result<DocumentListPage> listPage(const QString &proceedingId, const DocumentListQuery &query) const;

    // Every SHA-256 a document version, a received submission package or an xdomea message refers to: what the orphan
    // sweep must keep.
    core::Result<QSet<QString>> referencedBlobs() const;

private:
    QSqlDatabase m_db;
};

}  // namespace aw::storage
