// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/documentrepository.h"

#include "storage/sql.h"

#include <QCoreApplication>

#include <algorithm>

using aw::core::Result;

namespace aw::storage {

namespace {

const QString documentColumns =
    QStringLiteral("SELECT id, proceeding_id, title, direction, received_at, rev FROM document ");
const QString versionColumns = QStringLiteral(
    "SELECT document_id, n, sha256, file_name, mime, size, pages, created_by, created_at FROM document_version ");

Document documentFromRow(const QSqlQuery &q)
{
    Document d;
    d.id = q.value(0).toString();
    d.proceedingId = q.value(1).toString();
    d.title = q.value(2).toString();
    directionFromName(q.value(3).toString(), &d.direction);
    d.receivedAt = dateTimeFromStored(q.value(4).toString());
    d.rev = q.value(5).toInt();
    return d;
}

DocumentVersion versionFromRow(const QSqlQuery &q)
{
    DocumentVersion v;
    v.documentId = q.value(0).toString();
    v.n = q.value(1).toInt();
    v.sha256 = q.value(2).toString();
    v.fileName = q.value(3).toString();
    v.mime = q.value(4).toString();
    v.size = q.value(5).toLongLong();
    v.pages = q.value(6).isNull() ? -1 : q.value(6).toInt();
    v.createdBy = q.value(7).toString();
    v.createdAt = dateTimeFromStored(q.value(8).toString());
    return v;
}

}  // namespace

Result<void> DocumentRepository::insert(const Document &d)
{
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO document (id, proceeding_id, title, direction, received_at, rev) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {d.id, d.proceedingId, d.title, directionName(d.direction), toStored(d.receivedAt), d.rev}));
}

Result<Document> DocumentRepository::get(const QString &id) const
{
    return row<Document>(
        exec(m_db, documentColumns + QStringLiteral("WHERE id = ?"), {id}), documentFromRow,
        QCoreApplication::translate("aw::storage::DocumentRepository", "There is no document with the id “%1”.")
            .arg(id));
}

Result<QList<Document>> DocumentRepository::byProceeding(const QString &proceedingId) const
{
    return rows<Document>(exec(m_db,
                               documentColumns + QStringLiteral("WHERE proceeding_id = ? ORDER BY received_at, title"),
                               {proceedingId}),
                          documentFromRow);
}

Result<void> DocumentRepository::insertVersion(const DocumentVersion &v)
{
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO document_version (document_id, n, sha256, file_name, mime, size, "
                                    "pages, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {v.documentId, v.n, v.sha256, v.fileName, v.mime, v.size, v.pages < 0 ? QVariant() : v.pages,
                      v.createdBy, toStored(v.createdAt)}));
}

Result<QList<DocumentVersion>> DocumentRepository::versions(const QString &documentId) const
{
    return rows<DocumentVersion>(
        exec(m_db, versionColumns + QStringLiteral("WHERE document_id = ? ORDER BY n"), {documentId}), versionFromRow);
}

namespace {

QString orderBy(const DocumentListQuery &query)
{
    using Order = DocumentListQuery::Order;
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Ties keep the case file's order; the row id makes paging stable.
    const QString then = QStringLiteral(", d.received_at%1, d.title%1, d.rowid%1").arg(dir);
    switch (query.order) {
    case Order::Received:
        return QStringLiteral("d.received_at%1, d.title%1, d.rowid%1").arg(dir);
    case Order::Title:
        return QStringLiteral("d.title COLLATE aw_text") + dir + then;
    case Order::File:
        return QStringLiteral("nv.file_name COLLATE aw_text") + dir + then;
    case Order::Pages:
        return QStringLiteral("nv.pages") + dir + then;
    case Order::Versions:
        return QStringLiteral("nv.n") + dir + then;
    case Order::TextState:
        return QStringLiteral("t.status") + dir + then;
    }
    return QStringLiteral("d.rowid");
}

}  // namespace

Result<DocumentListPage> DocumentRepository::listPage(const QString &proceedingId, const DocumentListQuery &query) const
{
    // The newest version of each document and its text state ride along with the document.
    const QString from = QStringLiteral("FROM document d "
                                        "LEFT JOIN document_version nv ON nv.document_id = d.id "
                                        "AND nv.n = (SELECT max(n) FROM document_version WHERE document_id = d.id) "
                                        "LEFT JOIN document_text t ON t.document_id = nv.document_id AND t.n = nv.n "
                                        "WHERE d.proceeding_id = ? ");
    QVariantList values{proceedingId};
    QString where;
    const QString filter = query.filter.trimmed().toCaseFolded();
    if (!filter.isEmpty()) {
        where = QStringLiteral("AND (instr(aw_fold(d.title), ?) > 0 OR instr(aw_fold(nv.file_name), ?) > 0) ");
        values << filter << filter;
    }

    DocumentListPage page;
    auto total =
        filter.isEmpty()
            ? scalar(m_db, QStringLiteral("SELECT count(*) FROM document WHERE proceeding_id = ?"), {proceedingId})
            : scalar(m_db, QStringLiteral("SELECT count(*) ") + from + where, values);
    if (!total)
        return total.error();
    page.total = total->toInt();

    auto q =
        exec(m_db,
             QStringLiteral("SELECT d.id, d.proceeding_id, d.title, d.direction, d.received_at, d.rev, t.status ") +
                 from + where + QStringLiteral("ORDER BY ") + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"),
             values + QVariantList{std::max(0, query.limit), std::max(0, query.offset)});
    if (!q)
        return q.error();
    QHash<QString, qsizetype> rowOf;
    while (q->next()) {
        rowOf.insert(q->value(0).toString(), page.rows.size());
        page.rows.append({documentFromRow(q.value()), {}, q->value(6).toString()});
    }
    if (page.rows.isEmpty())
        return page;

    QStringList marks;
    QVariantList ids;
    for (const DocumentListRow &r : std::as_const(page.rows)) {
        marks << QStringLiteral("?");
        ids << r.document.id;
    }
    auto versions = exec(m_db,
                         versionColumns + QStringLiteral("WHERE document_id IN (") + marks.join(QLatin1Char(',')) +
                             QStringLiteral(") ORDER BY document_id, n"),
                         ids);
    if (!versions)
        return versions.error();
    while (versions->next()) {
        DocumentVersion v = versionFromRow(versions.value());
        page.rows[rowOf.value(v.documentId)].versions.append(std::move(v));
    }
    return page;
}

Result<QList<DocumentVersion>> DocumentRepository::allVersions() const
{
    return rows<DocumentVersion>(exec(m_db, versionColumns + QStringLiteral("ORDER BY document_id, n")),
                                 versionFromRow);
}

Result<QSet<QString>> DocumentRepository::referencedBlobs() const
{
    // Document versions, the submission packages of the Posteingang (kept as received) and the
    // xdomea messages sent and received.
    auto q =
        exec(m_db, QStringLiteral("SELECT sha256 FROM document_version UNION SELECT package_sha256 FROM submission "
                                  "UNION SELECT xml_sha256 FROM xdomea_message"));
    if (!q)
        return q.error();
    QSet<QString> out;
    while (q->next())
        out.insert(q->value(0).toString());
    return out;
}

}  // namespace aw::storage
