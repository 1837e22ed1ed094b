// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/centralapi.h"

#include "sync/syncobjects.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace aw::sync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::sync::CentralApi)
};

// The server's refusal as an error of the kind it is; anything else (a broken connection, a server
// gone away) is an Io error, after which the client simply tries again later.
core::Error errorOf(const QSqlError &e)
{
    const QString state = e.nativeErrorCode();
    // The server's message and its detail, without the PL/pgSQL context (of no use to a user).
    QString why = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    why = why.left(why.indexOf(QLatin1String("\nCONTEXT:"))).trimmed();
    if (state == QLatin1String("42501") || state == QLatin1String("55000"))
        return core::refused(Text::tr("The central store refused the change: %1").arg(why));
    if (state == QLatin1String("P0002"))
        return core::notFound(
            Text::tr("The central store does not know the record, or it is not yours to see: %1").arg(why));
    if (state == QLatin1String("23505"))
        return core::conflict(Text::tr("The central store has this reference already: %1").arg(why));
    if (state.startsWith(QLatin1String("22")))
        return core::invalid(Text::tr("The central store cannot take this change: %1").arg(why));
    return core::ioError(Text::tr("The central store cannot be reached: %1").arg(why));
}

QVariant uuidOrNull(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
}

}  // namespace

core::Result<PushAnswer> CentralApi::push(const Change &change) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT outcome, seq, revision, array_to_string(fields, ','), data::text "
                             "FROM aw_api.push(?::uuid, ?, ?, ?::uuid, ?::uuid, ?, ?::jsonb)"));
    q.addBindValue(change.client);
    q.addBindValue(change.clientSeq);
    q.addBindValue(change.objectType);
    q.addBindValue(change.objectId);
    q.addBindValue(uuidOrNull(change.parentId));
    q.addBindValue(change.baseRevision);
    q.addBindValue(QString::fromUtf8(QJsonDocument(change.fields).toJson(QJsonDocument::Compact)));
    if (!q.exec() || !q.next()) {
        const core::Error e = errorOf(q.lastError());
        // Ended here, before the statement is freed: the server frees nothing in a failed transaction.
        if (m_inTransaction)
            rollback();
        return e;
    }
    PushAnswer answer;
    const QString outcome = q.value(0).toString();
    answer.outcome = outcome == QLatin1String("conflict")    ? PushAnswer::Outcome::Conflict
                     : outcome == QLatin1String("duplicate") ? PushAnswer::Outcome::Duplicate
                                                             : PushAnswer::Outcome::Applied;
    answer.seq = q.value(1).toLongLong();
    answer.revision = q.value(2).toLongLong();
    const QString clashing = q.value(3).toString();
    if (!clashing.isEmpty())
        answer.clashing = clashing.split(QLatin1Char(','));
    answer.fields = jsonObject(q.value(4).toString());
    return answer;
}

core::Result<int> CentralApi::reserveNumbers(const QString &planCode, int year, int count) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT aw_api.reserve_numbers(?, ?, ?)"));
    q.addBindValue(planCode);
    q.addBindValue(year);
    q.addBindValue(count);
    if (!q.exec() || !q.next())
        return errorOf(q.lastError());
    return q.value(0).toInt();
}

core::Result<QString> CentralApi::login() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
        return errorOf(q.lastError());
    return q.value(0).toString();
}

core::Result<bool> CentralApi::referenceTaken(const QString &reference, const QString &recordId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT aw_api.reference_taken(?, ?::uuid)"));
    q.addBindValue(reference);
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return errorOf(q.lastError());
    return q.value(0).toBool();
}

core::Result<int> CentralApi::freeProceedingNumber(const QString &caseFileId, const QString &proceedingId,
                                                   int number) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT aw_api.free_proceeding_number(?::uuid, ?::uuid, ?)"));
    q.addBindValue(caseFileId);
    q.addBindValue(proceedingId);
    q.addBindValue(number);
    if (!q.exec() || !q.next())
        return errorOf(q.lastError());
    return q.value(0).isNull() ? 0 : q.value(0).toInt();
}

core::Result<QList<PulledChange>> CentralApi::changesAfter(qint64 afterSeq, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, object_type, object_id::text, parent_id::text, revision, client::text, "
                             "data::text FROM aw.change WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return errorOf(q.lastError());
    QList<PulledChange> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toLongLong(), q.value(5).toString(), jsonObject(q.value(6).toString())});
    if (q.lastError().isValid())
        return errorOf(q.lastError());
    return out;
}

core::Result<CentralApi::BlobState> CentralApi::blobState(const QString &sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT chunks, complete FROM aw_api.blob_state(?)"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return errorOf(q.lastError());
    return BlobState{q.value(0).toInt(), q.value(1).toBool()};
}

core::Result<int> CentralApi::putBlobChunk(const QString &sha256, qint64 size, int n, const QByteArray &data) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT aw_api.put_blob_chunk(?, ?, ?, ?)"));
    q.addBindValue(sha256);
    q.addBindValue(size);
    q.addBindValue(n);
    q.addBindValue(data);
    if (!q.exec() || !q.next())
        return errorOf(q.lastError());
    return q.value(0).toInt();
}

core::Result<qint64> CentralApi::blobSize(const QString &sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT size FROM aw.blob WHERE sha256 = ? AND complete"));
    q.addBindValue(sha256);
    if (!q.exec())
        return errorOf(q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64(-1);
}

core::Result<QByteArray> CentralApi::blobChunk(const QString &sha256, int n) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM aw.blob_chunk WHERE sha256 = ? AND n = ?"));
    q.addBindValue(sha256);
    q.addBindValue(n);
    if (!q.exec())
        return errorOf(q.lastError());
    if (!q.next())
        return core::notFound(Text::tr("Part %1 of the file %2 is not in the central store.").arg(n).arg(sha256));
    return q.value(0).toByteArray();
}

core::Result<qint64> CentralApi::changesCount(qint64 afterSeq) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM aw.change WHERE seq > ?"));
    q.addBindValue(afterSeq);
    if (!q.exec() || !q.next())
        return errorOf(q.lastError());
    return q.value(0).toLongLong();
}

core::Result<void> CentralApi::begin() const
{
    QSqlDatabase db = m_db;
    if (!db.transaction())
        return errorOf(db.lastError());
    m_inTransaction = true;
    return {};
}

core::Result<void> CentralApi::commit() const
{
    QSqlDatabase db = m_db;
    if (!db.commit())
        return errorOf(db.lastError());
    m_inTransaction = false;
    return {};
}

void CentralApi::rollback() const
{
    QSqlDatabase db = m_db;
    db.rollback();
    m_inTransaction = false;
}

}  // namespace aw::sync
