// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/synchronizer.h"

#include "search/searchindex.h"
#include "storage/casefilerepository.h"
#include "storage/outbox.h"
#include "storage/records.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "storage/unitofwork.h"
#include "sync/centralapi.h"
#include "sync/localrecords.h"
#include "sync/syncobjects.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <optional>

namespace aw::sync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::sync::Synchronizer)
};

// The fields of `now` that differ from `base` (the parent among them).
QJsonObject changedFields(const QJsonObject &now, const QJsonObject &base)
{
    QJsonObject out;
    for (auto it = now.begin(); it != now.end(); ++it)
        if (base.value(it.key()) != it.value())
            out.insert(it.key(), it.value());
    return out;
}

// One planned push: the change and what it was based on.
struct Planned
{
    qint64 outboxSeq = 0;
    Change change;
    SyncObjects::Known known;
};

}  // namespace

Synchronizer::Synchronizer(std::shared_ptr<storage::Store> store, QSqlDatabase central)
    : m_store(std::move(store))
    , m_local(m_store->connection())
    , m_central(std::move(central))
{}

core::Result<QString> Synchronizer::clientId()
{
    const QString id = m_store->setting(QStringLiteral("sync.client"));
    if (!id.isEmpty())
        return id;
    const QString made = storage::newId();
    if (auto ok = m_store->setSetting(QStringLiteral("sync.client"), made); !ok)
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
    report.renumbered = m_renumbered;
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
    SyncObjects synced(m_local);
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
                LocalRecord r = objects[k];
                if (planned.contains(r.objectId))
                    continue;
                auto conflicted = synced.inConflict(r.objectId);
                if (!conflicted)
                    return conflicted.error();
                auto known = synced.known(r.objectId);
                if (!known)
                    return known.error();
                if (conflicted.value() || (known->known && r.objectType == QLatin1String("document_version")))
                    continue;
                QJsonObject fields = known->known ? changedFields(r.fields, known->base) : r.fields;
                if (r.objectType == QLatin1String("case_file") && !known->known &&
                    !r.fields.contains(QStringLiteral("sequence"))) {
                    auto now = withFreeReference(r);  // numbered before the store first synced
                    if (!now)
                        return now.error();
                    r = now.value();
                    fields = r.fields;
                }
                if (r.objectType == QLatin1String("proceeding") && fields.contains(QStringLiteral("number"))) {
                    auto now = withFreeNumber(r);  // new, or moved to another case file
                    if (!now)
                        return now.error();
                    r = now.value();
                    fields = known->known ? changedFields(r.fields, known->base) : r.fields;
                }
                const bool moved =
                    fields.contains(LocalRecord::ParentField) && known->known;  // a proceeding to another file
                fields.remove(LocalRecord::ParentField);
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
                sent.insert(LocalRecord::ParentField, p.change.parentId);
            core::Result<void> ok;
            switch (a.outcome) {
            case PushAnswer::Outcome::Applied:
                ok = synced.keep(p.change.objectType, p.change.objectId, a.revision, merged(p.known.base, sent));
                ++pushed;
                break;
            case PushAnswer::Outcome::Duplicate: {
                QJsonObject then = a.fields;
                if (!p.change.parentId.isEmpty())
                    then.insert(LocalRecord::ParentField, p.change.parentId);
                ok = synced.keep(p.change.objectType, p.change.objectId, std::max(p.known.revision, a.revision),
                                 merged(p.known.base, then));
                break;
            }
            case PushAnswer::Outcome::Conflict:
                ok = storage::done(storage::exec(
                    m_local,
                    QStringLiteral("INSERT INTO sync_conflict (object_id, object_type, fields, theirs, their_revision, "
                                   "at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {p.change.objectId, p.change.objectType, jsonText(a.clashing), jsonText(a.fields), a.revision,
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
    qint64 last = m_store->setting(QStringLiteral("sync.pulled"), QStringLiteral("0")).toLongLong();
    CentralApi api(m_central);
    LocalRecords records(m_local);
    SyncObjects synced(m_local);
    int pulled = 0;
    qint64 seen = 0;
    auto total = api.changesCount(last);
    if (!total)
        return total.error();
    // A long pull (the first of a big unit) writes the search index as a batch run, merged after.
    std::optional<search::SearchIndex::BatchRun> batchRun;
    if (total.value() >= m_longPull)
        batchRun.emplace(m_local, LongPullCacheKiB);
    while (true) {
        auto changes = api.changesAfter(last, m_pullBatch);
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
                fields.insert(LocalRecord::ParentField, c.parentId);
            auto known = synced.known(c.objectId);
            if (!known)
                return known.error();
            if (!known->known) {
                // A record new here; a change of one never seen (made before the user could see
                // it, or of a file hidden since) has not enough to make it from.
                if (c.revision != 1)
                    continue;
                auto parent = records.parentExists(c.objectType, c.parentId);
                if (!parent)
                    return parent.error();
                if (!parent.value())
                    continue;
                if (auto ok = records.create({c.objectType, c.objectId, fields}); !ok)
                    return ok.error();
                if (c.objectType == QLatin1String("document_version")) {
                    if (auto ok = synced.wantFile(c.fields.value(QStringLiteral("sha256")).toString()); !ok)
                        return ok.error();
                }
                if (auto ok = synced.keep(c.objectType, c.objectId, c.revision, fields); !ok)
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
            if (auto ok = synced.keep(c.objectType, c.objectId, revision, base); !ok)
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
                            {jsonText(merged(jsonObject(theirs->toString()), c.fields)), c.revision, c.objectId}));
                        !ok)
                        return ok.error();
                }
            }
            ++pulled;
        }
        if (auto ok = m_store->setSetting(QStringLiteral("sync.pulled"), QString::number(last)); !ok)
            return ok.error();
        if (auto ok = tx.commit(); !ok)
            return ok.error();
        seen += changes->size();
        if (progress && !progress(seen, std::max(seen, total.value()))) {
            m_stopped = true;
            break;
        }
    }
    if (batchRun && pulled > 0 && !m_stopped) {
        batchRun.reset();
        auto merged = search::SearchIndex::mergeSegments(m_local, [&] { return !progress || progress(seen, seen); });
        if (!merged)
            return merged.error();
        if (merged.value() == search::SearchIndex::Outcome::Stopped)
            m_stopped = true;
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
    int reserved = 0;
    for (const QString &code : std::as_const(codes.value())) {
        auto topped = topUpNumbers(code, year, BlockLow);
        if (!topped)
            return topped.error();
        reserved += topped.value() ? 1 : 0;
    }
    return reserved;
}

core::Result<bool> Synchronizer::topUpNumbers(const QString &planCode, int year, int low)
{
    storage::CaseFileRepository numbers(m_local);
    auto left = numbers.numbersLeft(planCode, year);
    if (!left)
        return left.error();
    if (left.value() >= low)
        return false;
    auto first = CentralApi(m_central).reserveNumbers(planCode, year, BlockSize);
    if (!first)
        return first.error();
    if (auto ok = numbers.addNumberBlock(planCode, year, first.value(), first.value() + BlockSize - 1); !ok)
        return ok.error();
    return true;
}

}  // namespace aw::sync
