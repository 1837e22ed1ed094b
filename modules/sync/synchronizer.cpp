// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/synchronizer.h"

#include "storage/blobstore.h"
#include "storage/outbox.h"
#include "storage/records.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "sync/centralapi.h"
#include "sync/localrecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryFile>

namespace aw::sync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::sync::Synchronizer)
};

const QString Parent = QStringLiteral("parent");

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString textOf(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString textOf(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// What this store knows of a record's central state.
struct Known
{
    bool known = false;
    qint64 revision = 0;
    QJsonObject base;
};

core::Result<Known> knownOf(storage::StatementCache &sql, const QString &id)
{
    auto q = sql.exec(QStringLiteral("SELECT revision, base FROM sync_object WHERE object_id = ?"), {id});
    if (!q)
        return q.error();
    QSqlQuery &row = *q.value();
    Known known;
    if (row.next())
        known = Known{true, row.value(0).toLongLong(), objectOf(row.value(1).toString())};
    row.finish();
    return known;
}

core::Result<void> keep(storage::StatementCache &sql, const QString &type, const QString &id, qint64 revision,
                        const QJsonObject &base)
{
    auto q = sql.exec(QStringLiteral("INSERT INTO sync_object (object_id, object_type, revision, base) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (object_id) DO UPDATE SET "
                                     "revision = excluded.revision, base = excluded.base"),
                      {id, type, revision, textOf(base)});
    return q ? core::Result<void>() : core::Result<void>(q.error());
}

core::Result<bool> inConflict(storage::StatementCache &sql, const QString &id)
{
    auto v = sql.scalar(QStringLiteral("SELECT 1 FROM sync_conflict WHERE object_id = ?"), {id});
    if (!v)
        return v.error();
    return v->isValid();
}

// The fields of `now` that differ from `base` (the parent among them).
QJsonObject changedFields(const QJsonObject &now, const QJsonObject &base)
{
    QJsonObject out;
    for (auto it = now.begin(); it != now.end(); ++it)
        if (base.value(it.key()) != it.value())
            out.insert(it.key(), it.value());
    return out;
}

QJsonObject merged(QJsonObject base, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

core::Result<QString> setting(const QSqlDatabase &db, const QString &key)
{
    auto v = storage::scalar(db, QStringLiteral("SELECT value FROM store_setting WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->isValid() ? v->toString() : QString();
}

core::Result<void> setSetting(const QSqlDatabase &db, const QString &key, const QString &value)
{
    return storage::done(storage::exec(
        db,
        QStringLiteral("INSERT INTO store_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                       "value = excluded.value"),
        {key, value}));
}

// Does the local row a new record hangs from exist? (A note may hang from anything.)
core::Result<bool> parentExists(const QSqlDatabase &db, const QString &type, const QString &parentId)
{
    const QString table = type == QLatin1String("proceeding")         ? QStringLiteral("case_file")
                          : type == QLatin1String("document")         ? QStringLiteral("proceeding")
                          : type == QLatin1String("document_version") ? QStringLiteral("document")
                                                                      : QString();
    if (table.isEmpty())
        return true;
    auto v = storage::scalar(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {parentId});
    if (!v)
        return v.error();
    return v->isValid();
}

// One planned push: the change and what it was based on.
struct Planned
{
    qint64 outboxSeq = 0;
    Change change;
    Known known;
};

}  // namespace

Synchronizer::Synchronizer(QSqlDatabase local, QSqlDatabase central, storage::BlobStore *blobs)
    : m_local(std::move(local))
    , m_central(std::move(central))
    , m_blobs(blobs)
{}

core::Result<QString> Synchronizer::clientId()
{
    auto id = setting(m_local, QStringLiteral("sync.client"));
    if (!id || !id->isEmpty())
        return id;
    const QString made = storage::newId();
    if (auto ok = setSetting(m_local, QStringLiteral("sync.client"), made); !ok)
        return ok.error();
    return made;
}

core::Result<SyncReport> Synchronizer::run(const Progress &progress)
{
    SyncReport report;
    auto pushed = push(progress);
    if (!pushed)
        return pushed.error();
    report.pushed = pushed.value();
    report.filesSent = m_filesSent;
    if (!m_stopped) {
        auto pulled = pull(progress);
        if (!pulled)
            return pulled.error();
        report.pulled = pulled.value();
    }
    report.stopped = m_stopped;
    if (m_stopped) {  // asked to stop: the next run goes on from here
        auto conflicted = conflicts(m_local);
        if (!conflicted)
            return conflicted.error();
        report.conflicts = int(conflicted->size());
        return report;
    }
    auto fetched = fetchFiles();
    if (!fetched)
        return fetched.error();
    report.filesReceived = fetched.value();
    auto reserved = reserveNumbers();
    if (!reserved)
        return reserved.error();
    report.reserved = reserved.value();
    auto open = conflicts(m_local);
    if (!open)
        return open.error();
    report.conflicts = int(open->size());
    return report;
}

core::Result<int> Synchronizer::push(const Progress &progress)
{
    auto client = clientId();
    if (!client)
        return client.error();
    storage::Outbox outbox(m_local);
    auto total = outbox.count();
    if (!total)
        return total.error();
    LocalRecords records(m_local);
    storage::StatementCache sql(m_local);
    CentralApi api(m_central);
    int pushed = 0;
    qint64 done = 0;
    while (true) {
        auto pending = outbox.pending(BatchSize);
        if (!pending)
            return pending.error();
        if (pending->isEmpty())
            break;

        // The current state of each record named, against what the central store had: the
        // outbox says which records changed and in what order, the rows say how.
        QList<Planned> plan;
        QSet<QString> planned;
        for (const storage::OutboxEntry &e : std::as_const(pending.value())) {
            if (!LocalRecords::isSynced(e.objectType))
                continue;
            auto head = records.read(e.objectType, e.objectId);
            if (!head)
                return head.error();
            if (!head->has_value())
                continue;
            QList<LocalRecord> objects{**head};
            if (e.objectType == QLatin1String("document")) {
                auto versions = records.versionsOf(e.objectId);
                if (!versions)
                    return versions.error();
                objects += versions.value();
            }
            for (qsizetype k = 0; k < objects.size(); ++k) {
                const LocalRecord &r = objects[k];
                if (planned.contains(r.objectId))
                    continue;
                auto conflicted = inConflict(sql, r.objectId);
                if (!conflicted)
                    return conflicted.error();
                auto known = knownOf(sql, r.objectId);
                if (!known)
                    return known.error();
                if (conflicted.value() || (known->known && r.objectType == QLatin1String("document_version")))
                    continue;
                QJsonObject fields = known->known ? changedFields(r.fields, known->base) : r.fields;
                const bool moved = fields.contains(Parent) && known->known;  // a proceeding to another file
                fields.remove(Parent);
                if (fields.isEmpty() && !moved)
                    continue;
                planned.insert(r.objectId);
                // The change's number: the outbox entry's, and which record of it (a document's
                // versions by their number), the same however often it is sent.
                const qint64 part = r.objectType == QLatin1String("document_version")
                                        ? r.fields.value(QStringLiteral("n")).toInteger()
                                        : 0;
                plan.append({e.seq,
                             {client.value(), e.seq * 1000 + part, r.objectType, r.objectId, r.parentId(),
                              known->known ? known->revision : 0, fields},
                             known.value()});
            }
        }

        // The contents first: the server takes a version only once its blob is complete.
        for (const Planned &p : std::as_const(plan)) {
            if (p.change.objectType != QLatin1String("document_version"))
                continue;
            auto sent = upload(p.change.fields.value(QStringLiteral("sha256")).toString());
            if (!sent)
                return sent.error();
            m_filesSent += sent.value() ? 1 : 0;
        }

        // Sent in one transaction; a refusal stops the push before the refused change, and what
        // came before it is sent again on its own.
        QList<PushAnswer> answers;
        std::optional<core::Error> refusal;
        qsizetype upTo = plan.size();
        while (true) {  // ends: each refusal shortens what is sent
            answers.clear();
            if (auto ok = api.begin(); !ok)
                return ok.error();
            bool refused = false;
            for (qsizetype i = 0; i < upTo; ++i) {
                auto answer = api.push(plan[i].change);
                if (!answer) {  // the transaction is rolled back, with what came before
                    if (answer.error().code == core::Error::Code::Io)
                        return answer.error();
                    refusal = answer.error();
                    upTo = i;
                    refused = true;
                    break;
                }
                answers.append(answer.value());
            }
            if (!refused)
                break;
        }
        if (auto ok = api.commit(); !ok) {
            api.rollback();
            return ok.error();
        }

        storage::Transaction tx(m_local);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        for (qsizetype i = 0; i < upTo; ++i) {
            const Planned &p = plan[i];
            const PushAnswer &a = answers[i];
            QJsonObject sent = p.change.fields;
            if (!p.change.parentId.isEmpty())
                sent.insert(Parent, p.change.parentId);
            core::Result<void> ok;
            switch (a.outcome) {
            case PushAnswer::Outcome::Applied:
                ok = keep(sql, p.change.objectType, p.change.objectId, a.revision, merged(p.known.base, sent));
                ++pushed;
                break;
            case PushAnswer::Outcome::Duplicate: {
                QJsonObject then = a.fields;
                if (!p.change.parentId.isEmpty())
                    then.insert(Parent, p.change.parentId);
                ok = keep(sql, p.change.objectType, p.change.objectId, std::max(p.known.revision, a.revision),
                          merged(p.known.base, then));
                break;
            }
            case PushAnswer::Outcome::Conflict:
                ok = storage::done(storage::exec(
                    m_local,
                    QStringLiteral("INSERT INTO sync_conflict (object_id, object_type, fields, theirs, their_revision, "
                                   "at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {p.change.objectId, p.change.objectType, textOf(a.clashing), textOf(a.fields), a.revision,
                     storage::toStored(QDateTime::currentDateTimeUtc())}));
                break;
            }
            if (!ok)
                return ok.error();
        }
        const qint64 through = refusal ? plan[upTo].outboxSeq - 1 : pending->last().seq;
        if (auto ok = outbox.remove(through); !ok)
            return ok.error();
        if (auto ok = tx.commit(); !ok)
            return ok.error();
        if (refusal)
            return core::Error{refusal->code, Text::tr("A change of this store was not accepted; it stays in the "
                                                       "outbox. %1")
                                                  .arg(refusal->message)};
        done += pending->size();
        if (progress && !progress(done, total.value())) {
            m_stopped = true;
            break;
        }
    }
    return pushed;
}

core::Result<int> Synchronizer::pull(const Progress &progress)
{
    auto client = clientId();
    if (!client)
        return client.error();
    auto lastText = setting(m_local, QStringLiteral("sync.pulled"));
    if (!lastText)
        return lastText.error();
    qint64 last = lastText->toLongLong();
    CentralApi api(m_central);
    LocalRecords records(m_local);
    storage::StatementCache sql(m_local);
    int pulled = 0;
    qint64 seen = 0;
    auto total = progress ? api.changesCount(last) : core::Result<qint64>(qint64(0));
    if (!total)
        return total.error();
    while (true) {
        auto changes = api.changesAfter(last, BatchSize);
        if (!changes)
            return changes.error();
        if (changes->isEmpty())
            break;
        storage::Transaction tx(m_local);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        for (const PulledChange &c : std::as_const(changes.value())) {
            last = c.seq;
            if (c.client == client.value())
                continue;  // ours, applied here before it was sent
            QJsonObject fields = c.fields;
            if (!c.parentId.isEmpty())
                fields.insert(Parent, c.parentId);
            auto known = knownOf(sql, c.objectId);
            if (!known)
                return known.error();
            if (!known->known) {
                // A record new here; a change of one never seen (made before the user could see
                // it, or of a file hidden since) has not enough to make it from.
                if (c.revision != 1)
                    continue;
                auto parent = parentExists(m_local, c.objectType, c.parentId);
                if (!parent)
                    return parent.error();
                if (!parent.value())
                    continue;
                if (auto ok = records.create({c.objectType, c.objectId, fields}); !ok)
                    return ok.error();
                if (c.objectType == QLatin1String("document_version")) {
                    if (auto ok = storage::done(storage::exec(
                            m_local, QStringLiteral("INSERT OR IGNORE INTO sync_blob_wanted (sha256) VALUES (?)"),
                            {c.fields.value(QStringLiteral("sha256")).toString()}));
                        !ok)
                        return ok.error();
                }
                if (auto ok = keep(sql, c.objectType, c.objectId, c.revision, fields); !ok)
                    return ok.error();
                ++pulled;
                continue;
            }
            if (c.objectType == QLatin1String("document_version") || c.objectType == QLatin1String("note"))
                continue;  // versions and notes never change
            auto local = records.read(c.objectType, c.objectId);
            if (!local)
                return local.error();
            if (!local->has_value())
                continue;
            // A field changed here and not yet accepted centrally is held: it is either pushed next
            // (and answered as a conflict) or waits in an open conflict, never overwritten.
            const QJsonObject &mine = (*local)->fields;
            QJsonObject apply;
            QJsonObject base = known->base;
            QJsonObject heldBack;
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const QJsonValue now = mine.value(it.key());
                if (now == known->base.value(it.key())) {
                    if (now != it.value())
                        apply.insert(it.key(), it.value());
                    base.insert(it.key(), it.value());
                } else if (now == it.value()) {
                    base.insert(it.key(), it.value());
                } else {
                    heldBack.insert(it.key(), it.value());
                }
            }
            if (auto ok = records.change(c.objectType, c.objectId, apply); !ok)
                return ok.error();
            const qint64 revision = heldBack.isEmpty() ? std::max(known->revision, c.revision) : known->revision;
            if (auto ok = keep(sql, c.objectType, c.objectId, revision, base); !ok)
                return ok.error();
            if (!heldBack.isEmpty()) {
                auto theirs = storage::scalar(
                    m_local, QStringLiteral("SELECT theirs FROM sync_conflict WHERE object_id = ?"), {c.objectId});
                if (!theirs)
                    return theirs.error();
                if (theirs->isValid()) {
                    if (auto ok = storage::done(storage::exec(
                            m_local,
                            QStringLiteral(
                                "UPDATE sync_conflict SET theirs = ?, their_revision = ? WHERE object_id = ?"),
                            {textOf(merged(objectOf(theirs->toString()), c.fields)), c.revision, c.objectId}));
                        !ok)
                        return ok.error();
                }
            }
            ++pulled;
        }
        if (auto ok = setSetting(m_local, QStringLiteral("sync.pulled"), QString::number(last)); !ok)
            return ok.error();
        if (auto ok = tx.commit(); !ok)
            return ok.error();
        seen += changes->size();
        if (progress && !progress(seen, std::max(seen, total.value()))) {
            m_stopped = true;
            break;
        }
    }
    return pulled;
}

core::Result<int> Synchronizer::reserveNumbers()
{
    if (auto client = clientId(); !client)
        return client.error();
    const int year = QDate::currentDate().year();
    auto codes =
        storage::rows<QString>(storage::exec(m_local, QStringLiteral("SELECT code FROM file_plan_node ORDER BY code")),
                               [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!codes)
        return codes.error();
    CentralApi api(m_central);
    int reserved = 0;
    for (const QString &code : std::as_const(codes.value())) {
        auto left = storage::scalar(
            m_local,
            QStringLiteral("SELECT coalesce(sum(b.last - max(b.first, coalesce(c.next_seq, 1)) + 1), 0) "
                           "FROM reference_block b LEFT JOIN reference_counter c "
                           "ON c.plan_code = b.plan_code AND c.year = b.year "
                           "WHERE b.plan_code = ? AND b.year = ? AND b.last >= coalesce(c.next_seq, 1)"),
            {code, year});
        if (!left)
            return left.error();
        if (left->toInt() >= BlockLow)
            continue;
        auto first = api.reserveNumbers(code, year, BlockSize);
        if (!first)
            return first.error();
        if (auto ok = storage::done(storage::exec(
                m_local,
                QStringLiteral("INSERT INTO reference_block (plan_code, year, first, last) VALUES (?, ?, ?, ?)"),
                {code, year, first.value(), first.value() + BlockSize - 1}));
            !ok)
            return ok.error();
        ++reserved;
    }
    return reserved;
}

core::Result<bool> Synchronizer::upload(const QString &sha256)
{
    if (!m_blobs)
        return core::invalid(Text::tr("This sync has no access to the document files."));
    CentralApi api(m_central);
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto state = api.blobState(sha256);
        if (!state)
            return state.error();
        if (state->complete)
            return attempt > 0;
        QFile file(m_blobs->pathOf(sha256));
        if (!file.open(QIODevice::ReadOnly))
            return core::corrupt(Text::tr("The file %1 of a document version is missing in this store; it cannot be "
                                          "sent. Check the store (aktenwerk-cli verify).")
                                     .arg(sha256));
        const qint64 size = file.size();
        int n = state->chunks;  // an upload broken off goes on from here
        if (!file.seek(qint64(n) * CentralApi::ChunkSize))
            return core::ioError(file.errorString());
        while (true) {
            const QByteArray data = file.read(CentralApi::ChunkSize);
            auto next = api.putBlobChunk(sha256, size, n, data);
            if (!next)
                return next.error();
            if (next.value() < 0)
                break;  // arrived damaged and dropped: once more from the start
            n = next.value();
            if (qint64(n) * CentralApi::ChunkSize >= size)
                return true;
        }
    }
    return core::corrupt(Text::tr("The file %1 arrived damaged at the central store twice; check this store "
                                  "(aktenwerk-cli verify) and the network.")
                             .arg(sha256));
}

core::Result<void> Synchronizer::fetch(const QString &sha256)
{
    CentralApi api(m_central);
    auto size = api.blobSize(sha256);
    if (!size)
        return size.error();
    if (size.value() < 0)
        return core::notFound(Text::tr("The central store has no file %1 for you.").arg(sha256));
    QTemporaryFile part;
    if (!part.open())
        return core::ioError(part.errorString());
    qint64 written = 0;
    for (int n = 0; n == 0 || written < size.value(); ++n) {
        auto chunk = api.blobChunk(sha256, n);
        if (!chunk)
            return chunk.error();
        if (part.write(chunk.value()) != chunk->size())
            return core::ioError(part.errorString());
        written += chunk->size();
    }
    if (!part.seek(0))
        return core::ioError(part.errorString());
    auto stored = m_blobs->put(part);
    if (!stored)
        return stored.error();
    if (stored.value() != sha256)
        return core::corrupt(Text::tr("The file %1 from the central store does not match its name.").arg(sha256));
    return {};
}

core::Result<int> Synchronizer::fetchFiles()
{
    if (!m_blobs)
        return 0;
    auto wanted = storage::rows<QString>(
        storage::exec(m_local, QStringLiteral("SELECT sha256 FROM sync_blob_wanted ORDER BY sha256")),
        [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!wanted)
        return wanted.error();
    int fetched = 0;
    for (const QString &sha256 : std::as_const(wanted.value())) {
        if (!m_blobs->contains(sha256)) {
            auto ok = fetch(sha256);
            if (!ok && ok.error().code == core::Error::Code::NotFound)
                continue;  // not (or no longer) readable: e.g. its file was closed meanwhile
            if (!ok)
                return ok.error();
            ++fetched;
        }
        if (auto ok = storage::done(
                storage::exec(m_local, QStringLiteral("DELETE FROM sync_blob_wanted WHERE sha256 = ?"), {sha256}));
            !ok)
            return ok.error();
    }
    return fetched;
}

core::Result<QList<SyncConflict>> Synchronizer::conflicts(const QSqlDatabase &local)
{
    auto q = storage::exec(local, QStringLiteral("SELECT object_type, object_id, fields, theirs FROM sync_conflict "
                                                 "ORDER BY at, object_id"));
    if (!q)
        return q.error();
    LocalRecords records(local);
    QList<SyncConflict> out;
    while (q->next()) {
        SyncConflict c;
        c.objectType = q->value(0).toString();
        c.objectId = q->value(1).toString();
        for (const QJsonValue &f : QJsonDocument::fromJson(q->value(2).toString().toUtf8()).array())
            c.fields << f.toString();
        c.theirs = objectOf(q->value(3).toString());
        auto local = records.read(c.objectType, c.objectId);
        if (!local)
            return local.error();
        if (local->has_value()) {
            const QJsonObject &fields = (*local)->fields;
            for (const QString &f : std::as_const(c.fields))
                c.mine.insert(f, fields.value(f));
            for (const char *name : {"reference", "title", "text"})
                if (c.label.isEmpty())
                    c.label = fields.value(QLatin1String(name)).toString();
        }
        if (c.label.isEmpty())
            c.label = c.objectId;
        out.append(c);
    }
    return out;
}

core::Result<void> Synchronizer::resolve(const QSqlDatabase &local, const QString &actorId, const QString &objectId,
                                         const QStringList &keepMine)
{
    storage::UnitOfWork work(local, actorId);
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto q = storage::exec(local,
                           QStringLiteral("SELECT object_type, fields, theirs, their_revision FROM sync_conflict "
                                          "WHERE object_id = ?"),
                           {objectId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::notFound(Text::tr("There is no open conflict for this record."));
    const QString type = q->value(0).toString();
    QStringList clashing;
    for (const QJsonValue &f : QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array())
        clashing << f.toString();
    const QJsonObject theirs = objectOf(q->value(2).toString());
    const qint64 theirRevision = q->value(3).toLongLong();
    LocalRecords records(local);
    auto row = records.read(type, objectId);
    if (!row)
        return row.error();
    if (!row->has_value())
        return core::notFound(Text::tr("The record of this conflict is no longer in this store."));
    storage::StatementCache sql(local);
    auto known = knownOf(sql, objectId);
    if (!known)
        return known.error();
    // Clashing fields as chosen; the others: mine where changed here, theirs otherwise.
    const QJsonObject &mine = (*row)->fields;
    QJsonObject apply;
    for (auto it = theirs.begin(); it != theirs.end(); ++it) {
        const bool clash = clashing.contains(it.key());
        const bool keep = clash ? keepMine.contains(it.key()) : mine.value(it.key()) != known->base.value(it.key());
        if (!keep && mine.contains(it.key()) && mine.value(it.key()) != it.value())
            apply.insert(it.key(), it.value());
    }
    if (auto ok = records.change(type, objectId, apply); !ok)
        return ok.error();
    QJsonObject base = theirs;
    if (known->base.contains(Parent))
        base.insert(Parent, known->base.value(Parent));
    if (auto ok = keep(sql, type, objectId, theirRevision, base); !ok)
        return ok.error();
    if (auto ok = storage::done(
            storage::exec(local, QStringLiteral("DELETE FROM sync_conflict WHERE object_id = ?"), {objectId}));
        !ok)
        return ok.error();
    // The audit event and an outbox entry, so that the next push sends the values kept.
    QJsonObject payload{{QStringLiteral("kept"), QJsonArray::fromStringList(keepMine)},
                        {QStringLiteral("taken"), QJsonObject(apply)}};
    if (auto ok = work.record(QStringLiteral("sync.resolve"), type, objectId, payload, int(theirRevision)); !ok)
        return ok.error();
    return work.commit();
}

}  // namespace aw::sync
