// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/contentremoval.h"

#include "storage/records.h"
#include "storage/sql.h"

#include <QJsonObject>

using aw::core::Result;

namespace aw::xdomea {

Result<DisposedCaseFile> removeContent(storage::UnitOfWork &work, DisposedCaseFile record)
{
    const QSqlDatabase db = work.db();
    const QString id = record.caseFileId;
    const QString documents = QStringLiteral("SELECT d.id FROM document d JOIN proceeding p ON p.id = d.proceeding_id "
                                             "WHERE p.case_file_id = ?");
    const QString proceedings = QStringLiteral("SELECT id FROM proceeding WHERE case_file_id = ?");

    auto counts = storage::exec(db,
                                QStringLiteral("SELECT COUNT(DISTINCT v.document_id), COALESCE(SUM(v.size), 0) "
                                               "FROM document_version v WHERE v.document_id IN (") +
                                    documents + QLatin1Char(')'),
                                {id});
    if (!counts)
        return counts.error();
    if (counts->next()) {
        record.documents = counts->value(0).toInt();
        record.bytes = counts->value(1).toLongLong();
    }

    const QString ownObjects = QStringLiteral("(object_type = 'case_file' AND object_id = ?) OR "
                                              "(object_type = 'proceeding' AND object_id IN (") +
                               proceedings + QStringLiteral(")) OR (object_type = 'document' AND object_id IN (") +
                               documents + QStringLiteral("))");
    const QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("DELETE FROM document_text WHERE document_id IN (") + documents + QLatin1Char(')'), {id}},
        {QStringLiteral("UPDATE certificate_request SET document_id = NULL WHERE document_id IN (") + documents +
             QLatin1Char(')'),
         {id}},
        {QStringLiteral("DELETE FROM document_version WHERE document_id IN (") + documents + QLatin1Char(')'), {id}},
        {QStringLiteral("DELETE FROM note WHERE ") + ownObjects, {id, id, id}},
        {QStringLiteral("DELETE FROM resubmission WHERE ") + ownObjects, {id, id, id}},
        {QStringLiteral("DELETE FROM document WHERE id IN (") + documents + QLatin1Char(')'), {id}},
    };
    // A file handed over while running is closed here: it is no longer this office's work.
    const QString now = storage::toStored(record.at);
    const QList<std::pair<QString, QVariantList>> closing{
        {QStringLiteral("UPDATE proceeding SET status = 'closed', closed_at = ?, rev = rev + 1 "
                        "WHERE case_file_id = ? AND status <> 'closed'"),
         {now, id}},
        {QStringLiteral("UPDATE case_file SET status = 'closed', closed_at = ?, rev = rev + 1 "
                        "WHERE id = ? AND status <> 'closed'"),
         {now, id}},
    };
    for (const auto &[sql, values] : statements + closing) {
        if (auto ok = storage::done(storage::exec(db, sql, values)); !ok)
            return ok.error();
    }
    if (auto ok = ExchangeRepository(db).insertDisposed(record); !ok)
        return ok.error();
    const QJsonObject payload{
        {QStringLiteral("how"), fateName(record.fate)},  {QStringLiteral("process"), record.processId},
        {QStringLiteral("archiveId"), record.archiveId}, {QStringLiteral("recipient"), record.recipient},
        {QStringLiteral("documents"), record.documents}, {QStringLiteral("bytes"), record.bytes}};
    if (auto ok = work.record(QStringLiteral("case_file.dispose"), QStringLiteral("case_file"), id, payload); !ok)
        return ok.error();
    return record;
}

}  // namespace aw::xdomea
