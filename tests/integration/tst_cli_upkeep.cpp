// SPDX-License-Identifier: GPL-3.0-or-later
// The store's upkeep through the real aktenwerk-cli binary: `verify` finding a tampered audit log and
// damaged documents, `sweep` removing only old orphaned document files, `compact` keeping every
// record and hit, and every command refusing a damaged store without changing a byte of it.
#include "support/clirun.h"
#include "support/testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {

using Run = aw::test::CliRun;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(&file);
    return sha.result().toHex();
}

// The files of a folder with their hashes, to show that a command left it exactly as it was.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), fileHash(path));
    }
    return files;
}

// The blob files of a store (named by their SHA-256), sorted.
QStringList blobFiles(const QString &store)
{
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
    QStringList files;
    QDirIterator it(QDir(store).filePath(QStringLiteral("blobs")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (hash.match(QFileInfo(path).fileName()).hasMatch())
            files << path;
    }
    files.sort();
    return files;
}

}  // namespace

class TestCliUpkeep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tamperedAuditEvent();
    void flippedBlobByte();
    void deletedBlob();
    void compactKeepsTheStore();
    void sweepRemovesOnlyOldOrphans();
    void corruptedDatabase_data();
    void corruptedDatabase();

private:
    Run cli(const QStringList &args)
    {
        return aw::test::runCli(QStringLiteral(AW_CLI), m_home.path(), m_temp.path(), args);
    }
    QString demoStore(const QString &name);  // a new store seeded by `demo`

    aw::test::TempDir m_home;  // HOME and XDG folders of the CLI, so it never sees the user's store
    aw::test::TempDir m_temp;
};

void TestCliUpkeep::initTestCase()
{
    aw::test::isolate();
    QVERIFY2(QFileInfo(QStringLiteral(AW_CLI)).isExecutable(), AW_CLI);
}

QString TestCliUpkeep::demoStore(const QString &name)
{
    const QString dir = m_temp.file(name);
    const Run demo = cli({QStringLiteral("--store"), dir, QStringLiteral("demo")});
    if (demo.exitCode != 0) {
        qWarning("demo failed: %s", demo.said().constData());
        return {};
    }
    return dir;
}

void TestCliUpkeep::tamperedAuditEvent()
{
    const QString dir = demoStore(QStringLiteral("tamper-audit"));
    QVERIFY(!dir.isEmpty());
    qint64 seq = 0;
    {
        const QString name = QStringLiteral("tst_cli-tamper");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(dir).filePath(QStringLiteral("aktenwerk.sqlite")));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("SELECT max(seq) FROM audit_event")) && q.next(),
                     qPrintable(q.lastError().text()));
            seq = q.value(0).toLongLong() / 2;  // one in the middle of the chain
            QVERIFY(seq > 1);
            QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER audit_event_no_update")), qPrintable(q.lastError().text()));
            QVERIFY(q.prepare(QStringLiteral("UPDATE audit_event SET details = ? WHERE seq = ?")));
            q.addBindValue(QStringLiteral("{\"subject\":\"manipuliert\"}"));
            q.addBindValue(seq);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 1, verify.said());
    const QRegularExpression naming(QStringLiteral("\\baudit event %1\\b").arg(seq));
    QVERIFY2(naming.match(verify.out).hasMatch(), verify.said());

    const Run json = cli({QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("verify")});
    QVERIFY2(json.exitCode == 1, json.said());
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("intact")).toBool(true), false);
    QVERIFY2(!report.value(QStringLiteral("findings")).toArray().isEmpty(), json.said());
}

void TestCliUpkeep::flippedBlobByte()
{
    const QString dir = demoStore(QStringLiteral("tamper-blob"));
    QVERIFY(!dir.isEmpty());
    const QStringList blobs = blobFiles(dir);
    QVERIFY(!blobs.isEmpty());
    const QString path = blobs.at(blobs.size() / 2);
    const QString sha = QFileInfo(path).fileName();
    {
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadWrite), qPrintable(file.errorString()));
        const qint64 at = file.size() / 2;
        QVERIFY(file.seek(at));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(at));
        QVERIFY(file.putChar(char(byte ^ 0x20)));
    }
    QVERIFY(fileHash(path) != sha.toLatin1());

    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 1, verify.said());
    QVERIFY2(verify.out.contains(sha), verify.said());
    for (const QString &other : blobs) {
        if (other != path)
            QVERIFY2(!verify.out.contains(QFileInfo(other).fileName()), verify.said());
    }
}

void TestCliUpkeep::deletedBlob()
{
    const QString dir = demoStore(QStringLiteral("delete-blob"));
    QVERIFY(!dir.isEmpty());
    const QStringList blobs = blobFiles(dir);
    QVERIFY(!blobs.isEmpty());
    const QString path = blobs.first();
    const QString sha = QFileInfo(path).fileName();
    QVERIFY(QFile::remove(path));

    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 1, verify.said());
    QVERIFY2(verify.out.contains(sha), verify.said());
    QVERIFY2(!QFileInfo::exists(path), "verify must not recreate a missing blob");
}

void TestCliUpkeep::compactKeepsTheStore()
{
    const QString dir = demoStore(QStringLiteral("compact"));
    QVERIFY(!dir.isEmpty());
    const auto searchFor = [&](const QString &words) {
        const Run run = cli({QStringLiteral("--store"), dir, QStringLiteral("--user"), QStringLiteral("mmueller"),
                             QStringLiteral("search"), words});
        return run.exitCode == 0 ? run.out : QString::fromUtf8(run.said());
    };
    const QString before = searchFor(QStringLiteral("Geburtsurkunde"));
    QVERIFY2(before.contains(QLatin1String("[Geburtsurkunden]")), qPrintable(before));
    const Run compact = cli({QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("compact")});
    QVERIFY2(compact.exitCode == 0, compact.said());
    const QJsonObject sizes = QJsonDocument::fromJson(compact.out.toUtf8()).object();
    const qint64 after = qint64(sizes.value(QStringLiteral("bytesAfter")).toDouble());
    QVERIFY2(after > 0 && after <= qint64(sizes.value(QStringLiteral("bytesBefore")).toDouble()), compact.said());
    QCOMPARE(QFileInfo(QDir(dir).filePath(QStringLiteral("aktenwerk.sqlite"))).size(), after);
    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.said());
    QCOMPARE(searchFor(QStringLiteral("Geburtsurkunde")), before);
    const Run told = cli({QStringLiteral("--store"), dir, QStringLiteral("compact")});
    QVERIFY2(told.exitCode == 0 && told.out.contains(QLatin1String("MB after")), told.said());
}

void TestCliUpkeep::sweepRemovesOnlyOldOrphans()
{
    const QString dir = demoStore(QStringLiteral("sweep"));
    QVERIFY(!dir.isEmpty());
    const QStringList referenced = blobFiles(dir);
    QVERIFY(!referenced.isEmpty());
    // Two files no version refers to, as a crash between storing bytes and committing leaves them:
    // one old, one written just now (its row may be about to commit).
    const QString oldOrphan = dir + QStringLiteral("/blobs/aa/bb/aabb") + QString(60, QLatin1Char('0'));
    const QString newOrphan = dir + QStringLiteral("/blobs/aa/bb/aabb") + QString(60, QLatin1Char('1'));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/blobs/aa/bb")));
    for (const QString &path : {oldOrphan, newOrphan}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("left over");
    }
    const QDateTime twoHoursAgo = QDateTime::currentDateTime().addSecs(-2 * 3600);
    for (const QString &path : referenced + QStringList{oldOrphan}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.setFileTime(twoHoursAgo, QFileDevice::FileModificationTime));
    }

    const Run sweep = cli({QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("sweep")});
    QVERIFY2(sweep.exitCode == 0, sweep.said());
    QCOMPARE(QJsonDocument::fromJson(sweep.out.toUtf8()).object().value(QStringLiteral("removed")).toInt(), 1);
    QVERIFY(!QFileInfo::exists(oldOrphan));
    QVERIFY(QFileInfo::exists(newOrphan));
    for (const QString &path : referenced)
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.said());
}

void TestCliUpkeep::corruptedDatabase_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("verify") << QStringList{QStringLiteral("verify")};
    QTest::newRow("casefiles --json") << QStringList{QStringLiteral("--json"), QStringLiteral("casefiles")};
    QTest::newRow("init") << QStringList{QStringLiteral("init")};
    QTest::newRow("demo") << QStringList{QStringLiteral("demo")};
}

void TestCliUpkeep::corruptedDatabase()
{
    QFETCH(QStringList, args);
    const QString dir = demoStore(QStringLiteral("corrupt-%1")
                                      .arg(QString::fromUtf8(QTest::currentDataTag()))
                                      .replace(QLatin1Char(' '), QLatin1Char('_')));
    QVERIFY(!dir.isEmpty());
    const QString database = QDir(dir).filePath(QStringLiteral("aktenwerk.sqlite"));
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 100);
        QCOMPARE(file.write(QByteArray(100, char(0xA5))), qint64(100));
    }
    const QMap<QString, QByteArray> before = snapshot(dir);

    const Run run = cli(QStringList{QStringLiteral("--store"), dir} + args);
    QVERIFY2(run.exitCode != 0 && run.status == QProcess::NormalExit, run.said());
    QVERIFY2(run.err.contains(QLatin1String("damaged")) && run.err.contains(database), run.said());
    QVERIFY2(!run.out.contains(QLatin1String("intact")), run.said());
    const QMap<QString, QByteArray> after = snapshot(dir);
    QVERIFY2(after == before,
             qPrintable(QStringLiteral("before: %1\nafter: %2")
                            .arg(before.keys().join(QLatin1Char(' ')), after.keys().join(QLatin1Char(' ')))));
}

QTEST_GUILESS_MAIN(TestCliUpkeep)
#include "tst_cli_upkeep.moc"
