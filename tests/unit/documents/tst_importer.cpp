// SPDX-License-Identifier: GPL-3.0-or-later
// The import pipeline on real files: PDFs made with QPdfWriter, text, images, bad files.
#include "casework/demo.h"
#include "documents/importer.h"
#include "storage/documentrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "storage/textindex.h"
#include "support/pdfmaker.h"
#include "support/testenv.h"

#include <QDir>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <sys/resource.h>

using aw::documents::Importer;
using Kind = aw::documents::Importer::Outcome::Kind;
using Duplicates = aw::casework::DocumentFiling::Duplicates;
using aw::test::s;
using aw::test::why;

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsAMixedFolder();
    void sameNameNewContentIsANewVersion();
    void duplicatesSkippedOrAdded();
    void encryptedAndDamagedAreKeptAndMarked();
    void refusedForAnotherUnitFilesNothing();
    void runsOnAWorkerWithProgress();
    void searchIsSafeAgainstQuerySyntax();
    void referencesBySubstring();
    void largeFileIsStreamed();
    void fiveThousandPagesKeepTheEventLoopFree();

private:
    QString file(const QString &name, const QByteArray &data);
    Importer::Summary import(const QStringList &paths, const QString &login = s("mmueller"),
                             Duplicates duplicates = Duplicates::Skip);
    QString userId(const QString &login) const;
    qint64 count(const QString &sql) const;

    std::unique_ptr<aw::test::TempDir> m_dir;
    std::shared_ptr<aw::storage::Store> m_store;
    QString m_proceeding;  // 5.1-1/<year>-0001, Standesamt, assigned to mmueller
};

void TestImporter::initTestCase()
{
    aw::test::isolate();
}

void TestImporter::init()
{
    m_dir = std::make_unique<aw::test::TempDir>();
    auto store = aw::storage::Store::open(m_dir->file(s("store")));
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();
    auto seeded = aw::casework::seedDemo(m_store);
    QVERIFY2(seeded.ok(), qPrintable(why(seeded)));
    const QString reference = s("5.1-1/%1-0001").arg(QDate::currentDate().year());
    auto p = aw::storage::ProceedingRepository(m_store->connection()).byReference(reference);
    QVERIFY2(p.ok(), qPrintable(why(p)));
    m_proceeding = p->id;
    QVERIFY(QDir().mkpath(m_dir->file(s("in/sub"))));
}

void TestImporter::cleanup()
{
    if (m_store) {
        auto findings = m_store->verify();
        QVERIFY2(findings.ok() && findings->isEmpty(), qPrintable(findings ? findings->join(u'\n') : why(findings)));
    }
    m_store.reset();
    m_dir.reset();
}

QString TestImporter::file(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->file(s("in/") + name);
    if (!aw::test::writeFile(path, data))
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QString TestImporter::userId(const QString &login) const
{
    const auto user = aw::storage::OrgRepository(m_store->connection()).userByLogin(login);
    return user ? user->id : QString();
}

qint64 TestImporter::count(const QString &sql) const
{
    const auto n = aw::storage::scalar(m_store->connection(), sql);
    return n ? n->toLongLong() : -1;
}

Importer::Summary TestImporter::import(const QStringList &paths, const QString &login, Duplicates duplicates)
{
    return Importer::run(m_store, userId(login), m_proceeding, paths, duplicates);
}

void TestImporter::importsAMixedFolder()
{
    file(s("bescheid.pdf"), aw::test::makePdf({s("Bescheid über Wohngeld"), s("Seite zwei: Begründung"),
                                               s("Rechtsbehelfsbelehrung Widerspruch")}));
    file(s("sub/antrag.txt"), s("Antrag auf Namensänderung, Frau Öztürk").toUtf8());
    file(s("sub/scan.png"),
         QByteArray::fromBase64(
             "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
    file(s("daten.bin"), QByteArray(5000, '\x07'));
    file(s("leer.txt"), QByteArray());
    const qint64 documentsBefore = count(s("SELECT count(*) FROM document"));
    const qint64 auditBefore = count(s("SELECT count(*) FROM audit_event"));

    const auto summary = import({m_dir->file(s("in"))});
    QCOMPARE(summary.imported, 4);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.duplicates, 0);
    QCOMPARE(summary.pages, qint64(3 + 1 + 1));
    const auto failed = std::find_if(summary.outcomes.cbegin(), summary.outcomes.cend(),
                                     [](const Importer::Outcome &o) { return o.kind == Kind::Failed; });
    QVERIFY(failed->path.endsWith(s("leer.txt")));
    QVERIFY(failed->message.contains(s("0 bytes")));

    QCOMPARE(count(s("SELECT count(*) FROM document")), documentsBefore + 4);
    QCOMPARE(count(s("SELECT count(*) FROM audit_event")), auditBefore + 4);
    QCOMPARE(count(s("SELECT count(*) FROM document_version WHERE file_name = 'bescheid.pdf' AND pages = 3 "
                     "AND mime = 'application/pdf'")),
             1);

    aw::storage::TextIndex index(m_store->connection());
    auto hits = index.search(s("Rechtsbehelfsbelehrung"));
    QVERIFY2(hits.ok(), qPrintable(why(hits)));
    QCOMPARE(hits->size(), 1);
    QVERIFY(hits->first().snippet.contains(s("[Rechtsbehelfsbelehrung]")));
    hits = index.search(s("namensanderung oztürk"));  // diacritics folded both ways
    QCOMPARE(hits->size(), 1);
    hits = index.search(s("Begr*"));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(count(s("SELECT count(*) FROM document_text WHERE status = 'not_text'")) >= 2, true);
}

void TestImporter::sameNameNewContentIsANewVersion()
{
    const QString path = file(s("bescheid.pdf"), aw::test::makePdf({s("Entwurf eins")}));
    QCOMPARE(import({path}).imported, 1);
    file(s("bescheid.pdf"), aw::test::makePdf({s("Endfassung zwei")}));
    const auto second = import({path});
    QCOMPARE(second.newVersions, 1);
    QCOMPARE(second.imported, 0);
    const QString documentId = second.outcomes.first().documentId;
    auto versions = aw::storage::DocumentRepository(m_store->connection()).versions(documentId);
    QCOMPARE(versions->size(), 2);
    // The old version stays readable, unchanged; the index holds the newest text.
    QVERIFY(m_store->blobs().read(versions->first().sha256).ok());
    aw::storage::TextIndex index(m_store->connection());
    QCOMPARE(index.search(s("Endfassung"))->size(), 1);
    QCOMPARE(index.search(s("Entwurf"))->size(), 0);

    // The document list's page (one query for all) agrees with the reads per document.
    aw::storage::DocumentListQuery query;
    query.filter = s("bescheid");
    auto page = aw::storage::DocumentRepository(m_store->connection()).listPage(m_proceeding, query);
    QVERIFY2(page.ok(), qPrintable(why(page)));
    QCOMPARE(page->total, 1);
    const aw::storage::DocumentListRow &row = page->rows.first();
    QCOMPARE(row.document.id, documentId);
    QCOMPARE(row.versions.size(), 2);
    QCOMPARE(row.versions.last().sha256, versions->last().sha256);
    QCOMPARE(row.textStatus, index.statusOf(documentId, 2).value());
    QVERIFY(!row.textStatus.isEmpty());
}

void TestImporter::duplicatesSkippedOrAdded()
{
    const QString a = file(s("a.pdf"), aw::test::makePdf({s("Geburtsurkunde")}));
    const QString b = file(s("b.pdf"), aw::test::makePdf({s("Geburtsurkunde")}));  // same bytes? not guaranteed
    QCOMPARE(import({a}).imported, 1);
    QFile::remove(b);
    QVERIFY(QFile::copy(a, b));
    const auto skipped = import({b});
    QCOMPARE(skipped.duplicates, 1);
    QCOMPARE(skipped.imported, 0);
    const auto added = import({b}, s("mmueller"), Duplicates::AddAsNewDocument);
    QCOMPARE(added.imported, 1);
}

void TestImporter::encryptedAndDamagedAreKeptAndMarked()
{
    const QString encrypted = QFINDTESTDATA("../../data/pdf/encrypted.pdf");
    QVERIFY(!encrypted.isEmpty());
    const QByteArray good = aw::test::makePdf({s("Vollständiges Dokument"), s("zweite Seite")});
    const QString damaged = file(s("abgeschnitten.pdf"), good.left(good.size() / 3));
    const auto summary = import({encrypted, damaged});
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.failed, 0);
    QVERIFY(summary.outcomes.at(0).message.contains(s("password")));
    QVERIFY(summary.outcomes.at(1).message.contains(s("damaged")));
    QCOMPARE(count(s("SELECT count(*) FROM document_text WHERE status IN ('encrypted', 'damaged')")), 2);
    // The original bytes are kept exactly.
    const auto stored = aw::storage::scalar(
        m_store->connection(), s("SELECT sha256 FROM document_version WHERE file_name = 'abgeschnitten.pdf'"));
    QVERIFY(stored.ok() && stored->isValid());
    const auto bytes = m_store->blobs().read(stored->toString());
    QCOMPARE(bytes.value(), good.left(good.size() / 3));
}

void TestImporter::refusedForAnotherUnitFilesNothing()
{
    const QString path = file(s("x.pdf"), aw::test::makePdf({s("fremd")}));
    const qint64 blobsBefore = m_store->blobs().list().size();
    const qint64 documentsBefore = count(s("SELECT count(*) FROM document"));
    const auto summary = import({path}, s("aweber"));  // Kundenzentrum: not her file
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.imported, 0);
    QVERIFY(!summary.outcomes.first().message.isEmpty());
    QCOMPARE(count(s("SELECT count(*) FROM document")), documentsBefore);
    // Its bytes were stored before the refusal; the sweep removes such orphans later.
    QVERIFY(m_store->blobs().list().size() <= blobsBefore + 1);
}

void TestImporter::runsOnAWorkerWithProgress()
{
    QStringList paths;
    for (int i = 0; i < 60; ++i)
        paths << file(s("brief-%1.pdf").arg(i), aw::test::makePdf({s("Schreiben Nummer %1").arg(i)}));
    Importer importer(m_store, userId(s("mmueller")));
    QSignalSpy progress(&importer, &Importer::progress);
    QSignalSpy finished(&importer, &Importer::finished);
    importer.start(m_proceeding, paths);
    QVERIFY(importer.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto summary = finished.first().first().value<Importer::Summary>();
    QCOMPARE(summary.imported, 60);
    QVERIFY(progress.count() >= 60);
    QCOMPARE(progress.last().at(0).toInt(), 60);
    QCOMPARE(progress.last().at(1).toInt(), 60);
}

void TestImporter::searchIsSafeAgainstQuerySyntax()
{
    file(s("a.txt"), s("Gebühr bezahlt").toUtf8());
    QCOMPARE(import({m_dir->file(s("in"))}).imported, 1);
    aw::storage::TextIndex index(m_store->connection());
    for (const QString &query : {s("\"unbalanced"), s("a AND OR NOT"), s("NEAR(x y"), s("body:gebühr"), s("*"),
                                 s("'; DROP TABLE document; --"), s("^gebühr"), s("(((")}) {
        const auto hits = index.search(query);
        QVERIFY2(hits.ok(), qPrintable(query + s(": ") + why(hits)));
    }
    QCOMPARE(index.search(s("gebuhr"))->size(), 1);
    QVERIFY(count(s("SELECT count(*) FROM document")) > 0);
}

void TestImporter::referencesBySubstring()
{
    aw::storage::TextIndex index(m_store->connection());
    const QString year = QString::number(QDate::currentDate().year());
    auto hits = index.referencesContaining(s("-1/") + year + s("-000"));
    QVERIFY2(hits.ok(), qPrintable(why(hits)));
    QVERIFY(hits->size() >= 3);
    for (const auto &hit : hits.value())
        QVERIFY(hit.reference.contains(s("-1/") + year));
    QCOMPARE(index.referencesContaining(s("5."))->size(), 0);  // fewer than 3 characters: nothing
    QVERIFY(index.referencesContaining(s("\"x'"))->isEmpty());
}

void TestImporter::largeFileIsStreamed()
{
    // 512 MiB (sparse on disk): stored and hashed in chunks, never held in memory at once.
    const QString path = m_dir->file(s("in/aufnahme.bin"));
    {
        QFile big(path);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(512) << 20));
        big.seek((qint64(512) << 20) - 5);
        big.write("Ende.");
    }
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    const auto summary = import({path});
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    QCOMPARE(summary.imported, 1);
    QCOMPARE(count(s("SELECT size FROM document_version WHERE file_name = 'aufnahme.bin'")), qint64(512) << 20);
    const long grownMb = (after.ru_maxrss - before.ru_maxrss) / 1024;
    QVERIFY2(grownMb < 128, qPrintable(s("peak memory grew by %1 MB").arg(grownMb)));
}

void TestImporter::fiveThousandPagesKeepTheEventLoopFree()
{
    QStringList lines;
    for (int i = 0; i < 5000 * 40; ++i)
        lines << s("Zeile %1 der Akte: Antrag auf Wohngeld, Prüfung der Unterlagen").arg(i);
    const QString path = file(s("akte-5000.pdf"), aw::test::makeTextPdf(lines, 40));
    Importer importer(m_store, userId(s("mmueller")));
    QSignalSpy finished(&importer, &Importer::finished);
    // The GUI thread keeps running its timers while the import works.
    int ticks = 0;
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();
    importer.start(m_proceeding, {path});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    timer.stop();
    const auto summary = finished.first().first().value<Importer::Summary>();
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.pages, qint64(5000));
    QVERIFY2(ticks > 2, "the event loop did not run during the import");
    QCOMPARE(aw::storage::TextIndex(m_store->connection()).search(s("Zeile 4711"))->size(), 1);
}

QTEST_MAIN(TestImporter)
#include "tst_importer.moc"
