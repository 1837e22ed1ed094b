// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "storage/records.h"
#include "storage/textindex.h"
#include "storage/unitofwork.h"

namespace aw::casework {

// A file whose bytes are already in the BlobStore and whose text has been extracted, ready to be
// filed into a proceeding.
struct PreparedFile
{
    QString sourcePath;  // for messages
    QString sha256;
    qint64 size = 0;
    QString fileName;
    QString mime;
    int pages = -1;
    storage::TextIndex::TextStatus textStatus = storage::TextIndex::TextStatus::NotText;
    QString text;
    storage::Direction direction = storage::Direction::In;  // of a new document: received, sent, internal
};

// Files prepared files into a proceeding, many in one transaction (fast bulk import): each
// becomes a new document, a new version of the document with the same file name (when its
// content differs), or is recognised as a duplicate of bytes already in the proceeding. Every
// version is indexed and audited in the same transaction.
class DocumentFiling
{
public:
    explicit DocumentFiling(Session session)
        : m_session(std::move(session))
    {}

    enum class Duplicates
    {
        Skip,
        AddAsNewDocument
    };

    struct Filed
    {
        enum class Kind
        {
            NewDocument,
            NewVersion,
            Duplicate
        } kind = Kind::NewDocument;
        QString documentId;
        int version = 0;
    };

    // All or nothing: a refusal or error files none of them.
    core::Result<QList<Filed>> file(const QString &proceedingId, const QList<PreparedFile> &files,
                                    Duplicates duplicates);
    // The same inside a unit of work the caller commits.
    core::Result<QList<Filed>> fileIn(storage::UnitOfWork &work, const QString &proceedingId,
                                      const QList<PreparedFile> &files, Duplicates duplicates);

    // The text of a version filed some other way (its title, proceeding subject and reference reach
    // the search index by triggers).
    static core::Result<void> index(const QSqlDatabase &db, const QString &documentId, int version,
                                    storage::TextIndex::TextStatus status, const QString &text = {});

private:
    Session m_session;
};

// The document title for a file: its name without extension.
QString titleFromFileName(const QString &fileName);

}  // namespace aw::casework
