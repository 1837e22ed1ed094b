// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace aw::storage {

// Document text for the search index (search_content and its FTS5 index search_text; title,
// proceeding subject and reference reach it by triggers), the text state of each version, and a
// trigram index over references for substring search (reference_index, kept by triggers). Writes
// run in the caller's transaction, so the index never drifts from the store.
class TextIndex
{
public:
    explicit TextIndex(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    enum class TextStatus
    {
        Indexed,
        Empty,
        Encrypted,
        Damaged,
        NotText
    };
    static QString statusName(TextStatus status);

    struct Entry
    {
        QString documentId;
        int version = 1;
        TextStatus status = TextStatus::Indexed;
        QString body;  // extracted text (empty unless Indexed)
    };
    // Replaces the document's row with this version's text and records the version's status.
    core::Result<void> put(const Entry &entry);

    struct Hit
    {
        QString documentId;
        QString snippet;  // with [ ] around matches
    };
    // Documents in which every word occurs (in the text, title, subject or reference; prefix search
    // with a trailing *). The words are quoted, so no input can use FTS syntax. Best matches first.
    core::Result<QList<Hit>> search(const QString &words, int limit = 50) const;

    // Case files and proceedings whose reference contains `text` (at least 3 characters).
    struct ReferenceHit
    {
        QString objectType;
        QString objectId;
        QString reference;
    };
    core::Result<QList<ReferenceHit>> referencesContaining(const QString &text, int limit = 50) const;

    core::Result<QString> statusOf(const QString &documentId, int version) const;

private:
    QSqlDatabase m_db;
};

}  // namespace aw::storage
