// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/textindex.h"

#include "storage/sql.h"

#include <QRegularExpression>

using aw::core::Result;

namespace aw::storage {

namespace {

// "word" → "\"word\"" with inner quotes doubled: FTS5 then treats it as a plain string.
QString quoted(QString word)
{
    word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

}  // namespace

QString TextIndex::statusName(TextStatus status)
{
    switch (status) {
    case TextStatus::Indexed:
        return QStringLiteral("indexed");
    case TextStatus::Empty:
        return QStringLiteral("empty");
    case TextStatus::Encrypted:
        return QStringLiteral("encrypted");
    case TextStatus::Damaged:
        return QStringLiteral("damaged");
    case TextStatus::NotText:
        return QStringLiteral("not_text");
    }
    return {};
}

Result<void> TextIndex::put(const Entry &e)
{
    // The search index takes the text in the same transaction (its row exists from the document's
    // trigger; the title, subject and reference are kept there by triggers too).
    if (auto ok =
            exec(m_db,
                 QStringLiteral("UPDATE search_content SET body = coalesce(?, '') WHERE id = "
                                "(SELECT id FROM search_object WHERE object_type = 'document' AND object_id = ?)"),
                 {e.body, e.documentId});
        !ok)
        return ok.error();
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO document_text (document_id, n, status) VALUES (?, ?, ?) "
                                    "ON CONFLICT (document_id, n) DO UPDATE SET status = excluded.status"),
                     {e.documentId, e.version, statusName(e.status)}));
}

Result<QList<TextIndex::Hit>> TextIndex::search(const QString &words, int limit) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : words.split(separators, Qt::SkipEmptyParts)) {
        if (word.endsWith(QLatin1Char('*')) && word.size() > 1)
            terms << quoted(word.chopped(1)) + QLatin1Char('*');
        else if (word != QLatin1String("*"))
            terms << quoted(word);
    }
    if (terms.isEmpty())
        return QList<Hit>();
    return rows<Hit>(exec(m_db,
                          QStringLiteral("SELECT o.object_id, snippet(search_text, 3, '[', ']', ' … ', 12) "
                                         "FROM search_text JOIN search_object o ON o.id = search_text.rowid "
                                         "WHERE search_text MATCH ? AND o.object_type = 'document' "
                                         "ORDER BY rank LIMIT ?"),
                          {terms.join(QLatin1Char(' ')), limit}),
                     [](const QSqlQuery &q) {
                         return Hit{q.value(0).toString(), q.value(1).toString()};
                     });
}

Result<QList<TextIndex::ReferenceHit>> TextIndex::referencesContaining(const QString &text, int limit) const
{
    const QString needle = text.trimmed();
    if (needle.size() < 3)
        return QList<ReferenceHit>();
    return rows<ReferenceHit>(
        exec(m_db,
             QStringLiteral("SELECT object_type, object_id, reference FROM reference_index "
                            "WHERE reference_index MATCH ? ORDER BY reference LIMIT ?"),
             {quoted(needle), limit}),
        [](const QSqlQuery &q) {
            return ReferenceHit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        });
}

Result<QString> TextIndex::statusOf(const QString &documentId, int version) const
{
    auto status = scalar(m_db, QStringLiteral("SELECT status FROM document_text WHERE document_id = ? AND n = ?"),
                         {documentId, version});
    if (!status)
        return status.error();
    return status->toString();
}

}  // namespace aw::storage
