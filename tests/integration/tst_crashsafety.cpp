// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a writer (aw_crashwriter) with SIGKILL at random moments, again and again on the same
// store, and checks after every kill that the store opens, verifies, holds everything that was
// reported as committed and nothing half-written: no orphans, no unaudited rows, no broken blobs.
#include "storage/blobstore.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "support/testenv.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QtTest>

#include <csignal>
#include <memory>
#include <sys/types.h>

using aw::storage::Store;

namespace {

// The error message for QVERIFY2, which (in Qt 6.4) evaluates its description even on success.
template <typename T>
QByteArray why(const aw::core::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// What the writer reported as committed, over all rounds.
struct Committed
{
    QHash<QString, QString> caseFiles;    // id → reference
    QHash<QString, QString> proceedings;  // id → case file id
    QHash<QString, QString> notes;        // id → "objectType objectId"
    QHash<QString, QString> documents;    // id → "sha256 proceedingId"
    QSet<QString> closed;                 // proceeding ids
    int lines = 0;
};

// Takes the complete lines of the writer's output; a line cut off by the kill is ignored (what it
// announced committed, but the parent cannot know its id, so only the store-wide checks cover it).
bool parseReport(const QByteArray &output, Committed *committed, QString *problem)
{
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return true;
    const QList<QByteArray> lines = output.left(end).split('\n');
    for (const QByteArray &raw : lines) {
        const QStringList f = QString::fromUtf8(raw).split(QLatin1Char(' '));
        const QString &kind = f.first();
        bool ok = true;
        if (kind == QLatin1String("casefile") && f.size() == 3)
            committed->caseFiles.insert(f[1], f[2]);
        else if (kind == QLatin1String("proceeding") && f.size() == 3)
            committed->proceedings.insert(f[1], f[2]);
        else if (kind == QLatin1String("note") && f.size() == 4)
            committed->notes.insert(f[1], f[2] + QLatin1Char(' ') + f[3]);
        else if (kind == QLatin1String("document") && f.size() == 4)
            committed->documents.insert(f[1], f[2] + QLatin1Char(' ') + f[3]);
        else if (kind == QLatin1String("closed") && f.size() == 2)
            committed->closed.insert(f[1]);
        else
            ok = false;
        if (!ok) {
            *problem = QStringLiteral("unexpected line from the writer: “%1”").arg(QString::fromUtf8(raw));
            return false;
        }
        ++committed->lines;
    }
    return true;
}

// The rows of one table as id → the other selected columns (joined with a space).
QHash<QString, QStringList> load(const QSqlDatabase &db, const QString &sql, QStringList *problems)
{
    QHash<QString, QStringList> out;
    auto q = aw::storage::exec(db, sql);
    if (!q) {
        *problems << QStringLiteral("%1: %2").arg(sql, q.error().message);
        return out;
    }
    const int columns = q->record().count();
    while (q->next()) {
        QStringList values;
        for (int i = 1; i < columns; ++i)
            values << q->value(i).toString();
        out.insert(q->value(0).toString(), values);
    }
    return out;
}

QSet<QString> keys(const QSqlDatabase &db, const QString &sql, QStringList *problems)
{
    const QHash<QString, QStringList> rows = load(db, sql, problems);
    return QSet<QString>(rows.keyBegin(), rows.keyEnd());
}

}  // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLeavesAConsistentStore();

private:
    void runWriter(const QString &dir, quint32 seed, int delayMs, QByteArray *output);
    void checkStore(const QString &dir, const Committed &committed, int round);

    quint32 m_seed = 0;
    int m_rounds = 50;
};

void TestCrashSafety::initTestCase()
{
    aw::test::isolate();
    QVERIFY2(QFileInfo(QStringLiteral(AW_CRASHWRITER)).isExecutable(), AW_CRASHWRITER);
    bool ok = false;
    m_seed = qEnvironmentVariable("AW_CRASH_SEED").toUInt(&ok);
    if (!ok)
        m_seed = QRandomGenerator::global()->generate();
    const int rounds = qEnvironmentVariableIntValue("AW_CRASH_ROUNDS", &ok);
    if (ok && rounds > 0)
        m_rounds = rounds;
    qInfo("crash safety: seed %u, %d rounds (repeat with AW_CRASH_SEED=%u)", m_seed, m_rounds, m_seed);
}

void TestCrashSafety::runWriter(const QString &dir, quint32 seed, int delayMs, QByteArray *output)
{
    QProcess writer;
    writer.setProgram(QStringLiteral(AW_CRASHWRITER));
    writer.setArguments({dir, QString::number(seed)});
    writer.start();
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

    // Wait for the first committed write, then let it run a little longer.
    QElapsedTimer clock;
    clock.start();
    while (!output->contains('\n') && writer.state() == QProcess::Running && clock.elapsed() < 30000) {
        writer.waitForReadyRead(100);
        output->append(writer.readAllStandardOutput());
    }
    QVERIFY2(output->contains('\n'), qPrintable(QStringLiteral("the writer reported nothing: %1")
                                                    .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
    clock.restart();
    while (writer.state() == QProcess::Running && clock.elapsed() < delayMs) {
        writer.waitForReadyRead(int(qMax<qint64>(1, delayMs - clock.elapsed())));
        output->append(writer.readAllStandardOutput());
    }
    QVERIFY2(writer.state() == QProcess::Running,
             qPrintable(QStringLiteral("the writer stopped by itself (exit %1): %2")
                            .arg(writer.exitCode())
                            .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));

    QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
    QVERIFY(writer.waitForFinished(10000));
    output->append(writer.readAllStandardOutput());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
}

void TestCrashSafety::checkStore(const QString &dir, const Committed &committed, int round)
{
    auto opened = Store::open(dir, aw::storage::Database::OpenMode::MustExist);
    QVERIFY2(opened.ok(), why(opened));
    std::shared_ptr<Store> store = std::move(opened).value();  // the only reference

    QStringList problems;
    {
        const QSqlDatabase db = store->connection();

        auto integrity = aw::storage::scalar(db, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY2(integrity.ok(), why(integrity));
        QCOMPARE(integrity->toString(), QStringLiteral("ok"));
        const QSet<QString> foreignKeys =
            keys(db, QStringLiteral("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check"), &problems);
        if (!foreignKeys.isEmpty())
            problems
                << QStringLiteral("foreign key violations in %1").arg(foreignKeys.values().join(QLatin1String(", ")));

        auto findings = store->verify();
        QVERIFY2(findings.ok(), why(findings));
        QVERIFY2(findings->isEmpty(), qPrintable(findings->join(QLatin1Char('\n'))));

        const auto caseFiles =
            load(db, QStringLiteral("SELECT id, reference, subject, status FROM case_file"), &problems);
        const auto proceedings =
            load(db, QStringLiteral("SELECT id, case_file_id, reference, status FROM proceeding"), &problems);
        const auto documents = load(db, QStringLiteral("SELECT id, proceeding_id FROM document"), &problems);
        const auto notes = load(db, QStringLiteral("SELECT id, object_type, object_id FROM note"), &problems);
        // document id → "n sha256" per version, in order
        QHash<QString, QStringList> versions;
        if (auto q = aw::storage::exec(
                db, QStringLiteral("SELECT document_id, n, sha256 FROM document_version ORDER BY document_id, n"));
            q) {
            while (q->next())
                versions[q->value(0).toString()] << q->value(1).toString() + QLatin1Char(' ') + q->value(2).toString();
        } else {
            problems << q.error().message;
        }
        const QSet<QString> audited =
            keys(db, QStringLiteral("SELECT DISTINCT object_type || ' ' || object_id FROM audit_event"), &problems);
        const QSet<QString> queued =
            keys(db, QStringLiteral("SELECT DISTINCT object_type || ' ' || object_id FROM outbox"), &problems);
        const QSet<QString> closings =
            keys(db, QStringLiteral("SELECT DISTINCT object_id FROM audit_event WHERE action = 'proceeding.close'"),
                 &problems);

        // Everything reported as committed is there, complete.
        for (auto it = committed.caseFiles.cbegin(); it != committed.caseFiles.cend(); ++it) {
            const QStringList row = caseFiles.value(it.key());
            if (row.isEmpty())
                problems << QStringLiteral("committed case file %1 (%2) is missing").arg(it.key(), it.value());
            else if (row[0] != it.value() || row[1].isEmpty() || row[2] != QLatin1String("open"))
                problems << QStringLiteral("case file %1: row %2, reported reference %3")
                                .arg(it.key(), row.join(QLatin1Char('|')), it.value());
        }
        for (auto it = committed.proceedings.cbegin(); it != committed.proceedings.cend(); ++it) {
            const QStringList row = proceedings.value(it.key());
            if (row.isEmpty())
                problems << QStringLiteral("committed proceeding %1 is missing").arg(it.key());
            else if (row[0] != it.value() || !row[1].startsWith(committed.caseFiles.value(it.value())))
                problems << QStringLiteral("proceeding %1: row %2, reported in case file %3")
                                .arg(it.key(), row.join(QLatin1Char('|')), it.value());
        }
        for (auto it = committed.notes.cbegin(); it != committed.notes.cend(); ++it) {
            const QStringList row = notes.value(it.key());
            if (row.join(QLatin1Char(' ')) != it.value())
                problems << QStringLiteral("committed note %1 on %2: row “%3”")
                                .arg(it.key(), it.value(), row.join(QLatin1Char('|')));
        }
        for (auto it = committed.documents.cbegin(); it != committed.documents.cend(); ++it) {
            const QString sha = it.value().section(QLatin1Char(' '), 0, 0);
            const QString proceeding = it.value().section(QLatin1Char(' '), 1, 1);
            if (documents.value(it.key()) != QStringList{proceeding})
                problems << QStringLiteral("committed document %1 in %2: row “%3”")
                                .arg(it.key(), proceeding, documents.value(it.key()).join(QLatin1Char('|')));
            const QStringList v = versions.value(it.key());
            if (v.isEmpty() || v.first() != QLatin1String("1 ") + sha)
                problems << QStringLiteral("committed document %1: versions %2, expected 1 %3")
                                .arg(it.key(), v.join(QLatin1String(", ")), sha);
            if (auto ok = store->blobs().verify(sha); !ok)
                problems << QStringLiteral("committed document %1: %2").arg(it.key(), ok.error().message);
        }
        for (const QString &id : committed.closed) {
            if (proceedings.value(id).value(2) != QLatin1String("closed"))
                problems << QStringLiteral("proceeding %1 was reported closed but is %2")
                                .arg(id, proceedings.value(id).value(2, QStringLiteral("missing")));
        }

        // Nothing half-written anywhere in the store, reported or not.
        for (auto it = proceedings.cbegin(); it != proceedings.cend(); ++it) {
            if (!caseFiles.contains(it.value().value(0)))
                problems
                    << QStringLiteral("proceeding %1: its case file %2 does not exist").arg(it.key(), it->value(0));
            if (it->value(2) == QLatin1String("closed") && !closings.contains(it.key()))
                problems << QStringLiteral("proceeding %1 is closed without a proceeding.close event").arg(it.key());
        }
        for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
            if (!proceedings.contains(it.value().value(0)))
                problems << QStringLiteral("document %1: its proceeding %2 does not exist").arg(it.key(), it->value(0));
            const QStringList v = versions.value(it.key());
            if (v.isEmpty())
                problems << QStringLiteral("document %1 has no version").arg(it.key());
            for (qsizetype n = 0; n < v.size(); ++n) {
                if (v[n].section(QLatin1Char(' '), 0, 0).toInt() != n + 1)
                    problems << QStringLiteral("document %1: versions %2 are not numbered 1, 2, …")
                                    .arg(it.key(), v.join(QLatin1String(", ")));
            }
        }
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            if (!documents.contains(it.key()))
                problems << QStringLiteral("versions of a document %1 that does not exist").arg(it.key());
            for (const QString &v : it.value()) {
                const QString sha = v.section(QLatin1Char(' '), 1, 1);
                if (!store->blobs().contains(sha))
                    problems << QStringLiteral("document %1 version %2: blob %3 is missing").arg(it.key(), v, sha);
            }
        }
        for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
            const QString type = it->value(0);
            const QString object = it->value(1);
            const bool exists = type == QLatin1String("case_file")    ? caseFiles.contains(object)
                                : type == QLatin1String("proceeding") ? proceedings.contains(object)
                                : type == QLatin1String("document")   ? documents.contains(object)
                                                                      : false;
            if (!exists)
                problems
                    << QStringLiteral("note %1 is attached to %2 %3, which does not exist").arg(it.key(), type, object);
        }
        const std::pair<QString, const QHash<QString, QStringList> *> tables[] = {
            {QStringLiteral("case_file"), &caseFiles},
            {QStringLiteral("proceeding"), &proceedings},
            {QStringLiteral("document"), &documents},
            {QStringLiteral("note"), &notes}};
        for (const auto &[type, rows] : tables) {
            for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
                const QString key = type + QLatin1Char(' ') + it.key();
                if (!audited.contains(key))
                    problems << QStringLiteral("%1 %2 has no audit event").arg(type, it.key());
                if (!queued.contains(key))
                    problems << QStringLiteral("%1 %2 has no outbox entry").arg(type, it.key());
            }
        }

        // The search index holds every case file, proceeding and document, no more, and its words
        // are those of the stored rows (FTS5's own check, with 1: also against search_content).
        const qint64 objects = caseFiles.size() + proceedings.size() + documents.size();
        auto indexed = aw::storage::scalar(db, QStringLiteral("SELECT count(*) FROM search_object"));
        QVERIFY2(indexed.ok(), why(indexed));
        if (indexed->toLongLong() != objects)
            problems << QStringLiteral("the search index has %1 objects, the store %2")
                            .arg(indexed->toLongLong())
                            .arg(objects);
        auto texts = aw::storage::scalar(db, QStringLiteral("SELECT count(*) FROM search_content"));
        QVERIFY2(texts.ok(), why(texts));
        if (texts->toLongLong() != objects)
            problems << QStringLiteral("the search text has %1 rows, the store %2 objects")
                            .arg(texts->toLongLong())
                            .arg(objects);
        if (auto check = aw::storage::exec(
                db, QStringLiteral("INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)"));
            !check)
            problems << QStringLiteral("search index: ") + check.error().message;

        // A crash never leaves a partial blob under its final name, referenced or not.
        const QStringList blobs = store->blobs().list();
        for (const QString &sha : blobs) {
            if (auto ok = store->blobs().verify(sha); !ok)
                problems << ok.error().message;
        }

        if (round % 10 == 0 || !problems.isEmpty())
            qInfo("round %d: %lld case files, %lld proceedings, %lld documents, %lld notes, %lld blobs, %d reported "
                  "writes",
                  round, qint64(caseFiles.size()), qint64(proceedings.size()), qint64(documents.size()),
                  qint64(notes.size()), qint64(blobs.size()), committed.lines);
    }
    if (problems.size() > 30)
        problems = problems.mid(0, 30) << QStringLiteral("…");
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("round %1 (seed %2):\n").arg(round).arg(m_seed) +
                                            problems.join(QLatin1Char('\n'))));

    // Closing the store must really let go of it before the writer comes back.
    const std::weak_ptr<Store> weak = store;
    store.reset();
    QVERIFY(weak.expired());
}

void TestCrashSafety::killedWriterLeavesAConsistentStore()
{
    aw::test::TempDir temp;
    const QString dir = temp.file(QStringLiteral("store"));
    QRandomGenerator random(m_seed);
    Committed committed;
    QElapsedTimer clock;
    clock.start();

    for (int round = 1; round <= m_rounds; ++round) {
        const quint32 writerSeed = random.generate();
        const int delayMs = int(random.bounded(20, 301));
        QByteArray output;
        runWriter(dir, writerSeed, delayMs, &output);
        if (QTest::currentTestFailed()) {
            qWarning("round %d failed: seed %u, writer seed %u", round, m_seed, writerSeed);
            return;
        }
        QString problem;
        QVERIFY2(parseReport(output, &committed, &problem), qPrintable(problem));

        checkStore(dir, committed, round);
        if (QTest::currentTestFailed()) {
            qWarning("round %d failed: seed %u, writer seed %u, killed %d ms after its first write", round, m_seed,
                     writerSeed, delayMs);
            return;
        }
        QVERIFY2(QSqlDatabase::connectionNames().isEmpty(),
                 qPrintable(QSqlDatabase::connectionNames().join(QLatin1String(", "))));
    }
    qInfo("%d rounds, %d writes reported committed, %lld ms", m_rounds, committed.lines, clock.elapsed());
    QVERIFY(committed.caseFiles.size() >= m_rounds);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
