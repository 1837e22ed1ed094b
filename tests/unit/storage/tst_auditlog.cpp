// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"
#include "storage/outbox.h"
#include "storage/records.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "storage/unitofwork.h"
#include "support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QtTest>

using aw::core::Result;
using aw::storage::AuditEvent;
using aw::storage::AuditLog;
using aw::storage::Outbox;
using aw::storage::OutboxEntry;
using aw::storage::Store;
using aw::storage::UnitOfWork;

using aw::test::s;
using aw::test::why;

namespace {

qint64 countRows(const QSqlDatabase &db, const char *table)
{
    const auto n = aw::storage::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return n ? n->toLongLong() : -1;
}

// Runs statements that bypass the append-only triggers, as someone editing the file with a tool would.
bool tamper(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    for (const char *drop :
         {"DROP TRIGGER IF EXISTS audit_event_no_update", "DROP TRIGGER IF EXISTS audit_event_no_delete"})
        if (!aw::storage::exec(db, QString::fromLatin1(drop)))
            return false;
    const auto done = aw::storage::exec(db, sql, values);
    if (!done)
        qWarning("%s", qPrintable(done.error().message));
    return done.ok();
}

QString findingsText(const Result<QStringList> &findings)
{
    return findings ? findings->join(QLatin1Char('\n')) : findings.error().message;
}

}  // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void appendChains();
    void forObjectFindsEvents();
    void changedFieldIsFound_data();
    void changedFieldIsFound();
    void recomputedHashBreaksChain();
    void deletedMiddleEventIsFound();
    void deletedLastEventIsFound();
    void forgedEventIsFound();
    void missingHeadIsFound();
    void rolledBackWorkLeavesNothing();
    void committedWorkWritesAuditAndOutbox();
    void outboxOrderAndRemove();
    void outboxNumbersAreNotReused();

private:
    // Five events on two objects, committed.
    void appendFive();
    QSqlDatabase db() const { return m_store->connection(); }

    std::unique_ptr<aw::test::TempDir> m_dir;
    std::shared_ptr<Store> m_store;
    QList<AuditEvent> m_events;
};

void TestAuditLog::initTestCase()
{
    aw::test::isolate();
}

void TestAuditLog::init()
{
    m_dir = std::make_unique<aw::test::TempDir>();
    auto store = Store::open(m_dir->path());
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();
    m_events.clear();
}

void TestAuditLog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAuditLog::appendFive()
{
    AuditLog log(db());
    for (int i = 1; i <= 5; ++i) {
        const QString object = i % 2 ? QStringLiteral("c1") : QStringLiteral("c2");
        const auto event = log.append(
            QStringLiteral("user-%1").arg(i), QStringLiteral("case_file.edit"), QStringLiteral("case_file"), object,
            {{QStringLiteral("subject"), QStringLiteral("Geburt Nr. %1 – Müller").arg(i)}, {QStringLiteral("n"), i}});
        QVERIFY2(event.ok(), qPrintable(why(event)));
        m_events.append(event.value());
    }
}

void TestAuditLog::appendChains()
{
    AuditLog log(db());
    const auto empty = log.verify();
    QVERIFY2(empty.ok(), qPrintable(why(empty)));
    QVERIFY(empty->isEmpty());

    appendFive();
    QCOMPARE(m_events.size(), 5);
    QCOMPARE(AuditLog::genesisHash(), QString(64, QLatin1Char('0')));
    QCOMPARE(m_events.first().prevHash, AuditLog::genesisHash());
    for (int i = 0; i < m_events.size(); ++i) {
        const AuditEvent &e = m_events.at(i);
        QCOMPARE(e.seq, qint64(i + 1));
        QCOMPARE(e.hash.size(), 64);
        QCOMPARE(AuditLog::computeHash(e), e.hash);
        QVERIFY(e.at.isValid());
        if (i > 0)
            QCOMPARE(e.prevHash, m_events.at(i - 1).hash);
    }
    QCOMPARE(countRows(db(), "audit_event"), qint64(5));

    const auto findings = log.verify();
    QVERIFY2(findings.ok(), qPrintable(why(findings)));
    QVERIFY2(findings->isEmpty(), qPrintable(findingsText(findings)));

    // The head remembers the newest event.
    auto head = aw::storage::exec(db(), QStringLiteral("SELECT seq, hash FROM audit_head"));
    QVERIFY(head.ok());
    QVERIFY(head->next());
    QCOMPARE(head->value(0).toLongLong(), qint64(5));
    QCOMPARE(head->value(1).toString(), m_events.last().hash);
}

void TestAuditLog::forObjectFindsEvents()
{
    appendFive();
    const auto events = AuditLog(db()).forObject(QStringLiteral("case_file"), QStringLiteral("c2"));
    QVERIFY2(events.ok(), qPrintable(why(events)));
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).seq, qint64(2));
    QCOMPARE(events->at(1).seq, qint64(4));
    QCOMPARE(events->at(1).actor, QStringLiteral("user-4"));
    QCOMPARE(events->at(1).details, m_events.at(3).details);
    QCOMPARE(events->at(1).hash, m_events.at(3).hash);
    QCOMPARE(events->at(1).at, m_events.at(3).at);
}

void TestAuditLog::changedFieldIsFound_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("details") << s("details = ?") << QVariant(s(R"({"n":3,"subject":"Geburt Nr. 3 – Meier"})"));
    QTest::newRow("details reformatted") << s("details = ?")
                                         << QVariant(s(R"({"subject":"Geburt Nr. 3 – Müller","n":3})"));
    QTest::newRow("actor") << s("actor = ?") << QVariant(s("user-1"));
    QTest::newRow("at") << s("at = ?") << QVariant(s("2020-01-01T00:00:00.000Z"));
    QTest::newRow("action") << s("action = ?") << QVariant(s("case_file.close"));
    QTest::newRow("object type") << s("object_type = ?") << QVariant(s("proceeding"));
    QTest::newRow("object id") << s("object_id = ?") << QVariant(s("c2"));
}

void TestAuditLog::changedFieldIsFound()
{
    QFETCH(QString, assignment);
    QFETCH(QVariant, value);

    appendFive();
    QVERIFY(tamper(db(), QStringLiteral("UPDATE audit_event SET ") + assignment + QStringLiteral(" WHERE seq = 3"),
                   {value}));

    const auto findings = AuditLog(db()).verify();
    QVERIFY2(findings.ok(), qPrintable(why(findings)));
    QCOMPARE(findings->size(), 1);
    QVERIFY2(findings->first().startsWith(QLatin1String("audit event 3 ")), qPrintable(findingsText(findings)));
    QVERIFY2(findings->first().contains(QLatin1String("changed")), qPrintable(findingsText(findings)));
}

void TestAuditLog::recomputedHashBreaksChain()
{
    // Someone who changes an event and recomputes its hash still breaks the link to the next one.
    appendFive();
    AuditEvent forged = m_events.at(2);
    forged.details.insert(QStringLiteral("subject"), QStringLiteral("forged"));
    forged.hash = AuditLog::computeHash(forged);
    QVERIFY(tamper(db(), QStringLiteral("UPDATE audit_event SET details = ?, hash = ? WHERE seq = 3"),
                   {QString::fromUtf8(QJsonDocument(forged.details).toJson(QJsonDocument::Compact)), forged.hash}));

    const auto findings = AuditLog(db()).verify();
    QVERIFY2(findings.ok(), qPrintable(why(findings)));
    QVERIFY2(!findings->isEmpty(), "recomputed hash was not noticed");
    QVERIFY2(findings->first().startsWith(QLatin1String("audit event 4:")), qPrintable(findingsText(findings)));
    QVERIFY2(findings->first().contains(QLatin1String("chain broken")), qPrintable(findingsText(findings)));
}

void TestAuditLog::deletedMiddleEventIsFound()
{
    appendFive();
    QVERIFY(tamper(db(), QStringLiteral("DELETE FROM audit_event WHERE seq = 3")));

    const auto findings = AuditLog(db()).verify();
    QVERIFY2(findings.ok(), qPrintable(why(findings)));
    QVERIFY2(!findings->isEmpty(), "a removed event was not noticed");
    const QString text = findingsText(findings);
    QVERIFY2(text.contains(QLatin1String("audit event 4: events 3 to 3 are missing")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("audit event 4: does not follow")), qPrintable(text));
}

void TestAuditLog::deletedLastEventIsFound()
{
    appendFive();
    QVERIFY(tamper(db(), QStringLiteral("DELETE FROM audit_event WHERE seq = 5")));

    const auto findings = AuditLog(db()).verify();
    QVERIFY2(findings.ok(), qPrintable(why(findings)));
    QCOMPARE(findings->size(), 1);
    QVERIFY2(findings->first().contains(QLatin1String("newest recorded event is 5, but the log ends at 4")),
             qPrintable(findingsText(findings)));
}

void TestAuditLog::forgedEventIsFound()
{
    appendFive();
    // A well-formed sixth event, chained and hashed correctly, but slipped in without the head.
    AuditEvent forged;
    forged.seq = 6;
    forged.at = m_events.last().at.addSecs(1);
    forged.actor = QStringLiteral("user-1");
    forged.action = QStringLiteral("case_file.close");
    forged.objectType = QStringLiteral("case_file");
    forged.objectId = QStringLiteral("c1");
    forged.prevHash = m_events.last().hash;
    forged.hash = AuditLog::computeHash(forged);
    QVERIFY(tamper(db(),
                   QStringLiteral("INSERT INTO audit_event (seq, at, actor, action, object_type, object_id, details, "
                                  "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?)"),
                   {forged.seq, aw::storage::toStored(forged.at), forged.actor, forged.action, forged.objectType,
                    forged.objectId, forged.prevHash, forged.hash}));
    auto findings = AuditLog(db()).verify();
    QVERIFY2(findings.ok(), qPrintable(why(findings)));
    QCOMPARE(findings->size(), 1);
    QVERIFY2(findings->first().contains(QLatin1String("newest recorded event is 5, but the log ends at 6")),
             qPrintable(findingsText(findings)));

    // A forged event squeezed in between two real ones (seq 2.5 is not possible, so renumber nothing
    // and insert with a gap-filling seq): seq 10 after the head, unchained.
    QVERIFY(tamper(db(),
                   QStringLiteral("INSERT INTO audit_event (seq, at, actor, action, object_type, object_id, details, "
                                  "prev_hash, hash) VALUES (10, ?, 'x', 'y', 'z', 'w', '{}', ?, ?)"),
                   {aw::storage::toStored(forged.at), QString(64, QLatin1Char('1')), QString(64, QLatin1Char('2'))}));
    findings = AuditLog(db()).verify();
    QVERIFY2(findings.ok(), qPrintable(why(findings)));
    const QString text = findingsText(findings);
    QVERIFY2(text.contains(QLatin1String("audit event 10: events 7 to 9 are missing")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("audit event 10: does not follow")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("audit event 10 (y on z w)")), qPrintable(text));
}

void TestAuditLog::missingHeadIsFound()
{
    appendFive();
    QVERIFY(tamper(db(), QStringLiteral("DELETE FROM audit_head")));
    const auto findings = AuditLog(db()).verify();
    QVERIFY2(findings.ok(), qPrintable(why(findings)));
    QCOMPARE(findings->size(), 1);
    QVERIFY2(findings->first().contains(QLatin1String("newest event is missing")), qPrintable(findingsText(findings)));
}

void TestAuditLog::rolledBackWorkLeavesNothing()
{
    {
        UnitOfWork work(db(), QStringLiteral("user-1"));
        QVERIFY(work.begin().ok());
        QVERIFY(aw::storage::exec(work.db(), QStringLiteral("INSERT INTO store_setting (key, value) VALUES ('k', 'v')"))
                    .ok());
        const auto recorded = work.record(QStringLiteral("setting.set"), QStringLiteral("setting"), QStringLiteral("k"),
                                          {{QStringLiteral("value"), QStringLiteral("v")}});
        QVERIFY2(recorded.ok(), qPrintable(why(recorded)));
        QCOMPARE(countRows(work.db(), "audit_event"), qint64(1));  // visible inside the transaction
        // Destroyed without commit().
    }
    QCOMPARE(countRows(db(), "audit_event"), qint64(0));
    QCOMPARE(countRows(db(), "audit_head"), qint64(0));
    QCOMPARE(countRows(db(), "outbox"), qint64(0));
    QCOMPARE(countRows(db(), "store_setting"), qint64(0));
    QCOMPARE(*Outbox(db()).count(), qint64(0));

    // The next unit of work starts cleanly at seq 1 with the genesis hash.
    UnitOfWork work(db(), QStringLiteral("user-1"));
    QVERIFY(work.begin().ok());
    QVERIFY(work.record(QStringLiteral("setting.set"), QStringLiteral("setting"), QStringLiteral("k"), {}).ok());
    QVERIFY(work.commit().ok());
    const auto events = AuditLog(db()).forObject(QStringLiteral("setting"), QStringLiteral("k"));
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().seq, qint64(1));
    QCOMPARE(events->first().prevHash, AuditLog::genesisHash());
    QVERIFY(AuditLog(db()).verify()->isEmpty());
}

void TestAuditLog::committedWorkWritesAuditAndOutbox()
{
    const QJsonObject payload{{QStringLiteral("id"), QStringLiteral("c1")},
                              {QStringLiteral("subject"), QStringLiteral("Eheschließung Öztürk/Weiß")},
                              {QStringLiteral("rev"), 8},
                              {QStringLiteral("closedAt"), QJsonValue::Null},
                              {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), 2, true}}};
    {
        UnitOfWork work(db(), QStringLiteral("user-7"));
        QVERIFY(work.begin().ok());
        QVERIFY(aw::storage::exec(work.db(), QStringLiteral("INSERT INTO store_setting (key, value) VALUES ('k', 'v')"))
                    .ok());
        const auto recorded = work.record(QStringLiteral("case_file.edit"), QStringLiteral("case_file"),
                                          QStringLiteral("c1"), payload, 7);
        QVERIFY2(recorded.ok(), qPrintable(why(recorded)));
        const auto committed = work.commit();
        QVERIFY2(committed.ok(), qPrintable(why(committed)));
    }
    QCOMPARE(countRows(db(), "store_setting"), qint64(1));

    const auto events = AuditLog(db()).forObject(QStringLiteral("case_file"), QStringLiteral("c1"));
    QVERIFY2(events.ok(), qPrintable(why(events)));
    QCOMPARE(events->size(), 1);
    const AuditEvent &event = events->first();
    QCOMPARE(event.actor, QStringLiteral("user-7"));
    QCOMPARE(event.action, QStringLiteral("case_file.edit"));
    QCOMPARE(event.details, payload);

    const auto pending = Outbox(db()).pending();
    QVERIFY2(pending.ok(), qPrintable(why(pending)));
    QCOMPARE(pending->size(), 1);
    const OutboxEntry &entry = pending->first();
    QCOMPARE(entry.objectType, QStringLiteral("case_file"));
    QCOMPARE(entry.objectId, QStringLiteral("c1"));
    QCOMPARE(entry.operation, QStringLiteral("case_file.edit"));
    QCOMPARE(entry.baseRev, 7);
    QCOMPARE(entry.payload, payload);
    QCOMPARE(entry.at, event.at);
    QVERIFY(AuditLog(db()).verify()->isEmpty());
}

void TestAuditLog::outboxOrderAndRemove()
{
    Outbox outbox(db());
    QCOMPARE(*outbox.count(), qint64(0));
    QVERIFY(outbox.pending()->isEmpty());

    QList<qint64> seqs;
    for (int i = 0; i < 5; ++i) {
        OutboxEntry entry;
        entry.objectType = QStringLiteral("proceeding");
        entry.objectId = QStringLiteral("p%1").arg(i);
        entry.operation = QStringLiteral("proceeding.create");
        entry.baseRev = i;
        entry.payload = {{QStringLiteral("i"), i}};
        const auto seq = outbox.append(entry);
        QVERIFY2(seq.ok(), qPrintable(why(seq)));
        if (!seqs.isEmpty())
            QVERIFY(*seq > seqs.last());
        seqs.append(*seq);
    }
    QCOMPARE(*outbox.count(), qint64(5));

    auto pending = outbox.pending();
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(pending->at(i).seq, seqs.at(i));
        QCOMPARE(pending->at(i).objectId, QStringLiteral("p%1").arg(i));
        QCOMPARE(pending->at(i).baseRev, i);
        QCOMPARE(pending->at(i).payload.value(QStringLiteral("i")).toInt(), i);
        QVERIFY(pending->at(i).at.isValid());  // filled in when not given
    }
    const auto firstTwo = outbox.pending(2);
    QVERIFY(firstTwo.ok());
    QCOMPARE(firstTwo->size(), 2);
    QCOMPARE(firstTwo->at(1).seq, seqs.at(1));

    QVERIFY(outbox.remove(seqs.at(2)).ok());
    QCOMPARE(*outbox.count(), qint64(2));
    pending = outbox.pending();
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(0).seq, seqs.at(3));
    QCOMPARE(pending->at(1).seq, seqs.at(4));

    QVERIFY(outbox.remove(seqs.at(1)).ok());  // already gone: nothing more removed
    QCOMPARE(*outbox.count(), qint64(2));
    QVERIFY(outbox.remove(seqs.last()).ok());
    QCOMPARE(*outbox.count(), qint64(0));
}

void TestAuditLog::outboxNumbersAreNotReused()
{
    // Once the server has confirmed everything and the outbox is empty, the next change must not get
    // a number the server has already seen: a repeated or late confirmation ("up to 2") would remove
    // it unsent, and a server that deduplicates by (client, seq) would drop it.
    Outbox outbox(db());
    OutboxEntry entry;
    entry.objectType = QStringLiteral("proceeding");
    entry.objectId = QStringLiteral("p1");
    entry.operation = QStringLiteral("proceeding.create");
    const auto first = outbox.append(entry);
    const auto second = outbox.append(entry);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(outbox.remove(*second).ok());
    QCOMPARE(*outbox.count(), qint64(0));

    const auto next = outbox.append(entry);
    QVERIFY2(next.ok(), qPrintable(why(next)));
    QVERIFY2(*next > *second,
             qPrintable(
                 QStringLiteral("outbox seq %1 was handed out again after %2 was confirmed").arg(*next).arg(*second)));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
