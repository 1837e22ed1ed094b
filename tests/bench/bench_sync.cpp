// SPDX-License-Identifier: GPL-3.0-or-later
// Sync against a real PostgreSQL server started for the run, measured against raw COPY as the ceiling:
//  - pull: N records (case files, proceedings, documents; metadata) made centrally, pulled into an
//    empty client (applied to its store, search index included), against COPY … TO STDOUT of the
//    same change rows;
//  - push: M documents of S KB of incompressible bytes made offline in a client, pushed (contents
//    in chunks, then the metadata), against COPY … FROM STDIN of the same bytes into a table.
// Prints rows/s, MB/s and the ratio to the ceiling, and a JSON last line.
// Usage: bench_sync [N=100000] [M=1000] [S=1024]
#include "casework/casefileservice.h"
#include "casework/documentservice.h"
#include "casework/proceedingservice.h"
#include "support/pgserver.h"
#include "support/syncoffice.h"
#include "sync/central.h"
#include "sync/synchronizer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <libpq-fe.h>

using namespace aw;

namespace {

constexpr const char *Password = "geheim-12345";

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T>
T must(core::Result<T> result, const char *what)
{
    if (!result)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + result.error().message);
    return std::move(result).value();
}

void must(const core::Result<void> &result, const char *what)
{
    if (!result)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + result.error().message);
}

void run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        die(q.lastError().text());
}

// n records made centrally as one client would have made them: a tenth case files, three tenths
// proceedings, six tenths documents, each with its change.
void makeCentralRecords(const QSqlDatabase &admin, int n)
{
    const int files = n / 10;
    const int proceedings = 3 * n / 10;
    const int documents = n - files - proceedings;
    run(admin, QStringLiteral("INSERT INTO aw.sequence_block (plan_code, year, first, last, login) "
                              "VALUES ('5.1', 2026, 1, %1, 'anna')")
                   .arg(files));
    run(admin,
        QStringLiteral("INSERT INTO aw.sequence_next (plan_code, year, next) VALUES ('5.1', 2026, %1)").arg(files + 1));
    run(admin, QStringLiteral("CREATE TEMP TABLE gen AS "
                              "SELECT g AS i, CASE WHEN g <= %1 THEN 'case_file' WHEN g <= %2 THEN 'proceeding' ELSE "
                              "'document' END AS t, "
                              "md5('r' || g)::uuid AS id FROM generate_series(1, %3) g")
                   .arg(files)
                   .arg(files + proceedings)
                   .arg(files + proceedings + documents));
    // Parents: proceeding i belongs to case file ((i - files - 1) % files) + 1; document j to a proceeding.
    run(admin, QStringLiteral(
                   "CREATE TEMP TABLE rows AS SELECT g.i, g.t, g.id, "
                   "CASE WHEN g.t = 'proceeding' THEN md5('r' || ((g.i - %1 - 1) % %1 + 1))::uuid "
                   "     WHEN g.t = 'document' THEN md5('r' || ((g.i - %2 - 1) % %3 + %1 + 1))::uuid END AS parent, "
                   "CASE WHEN g.t = 'case_file' THEN jsonb_build_object('unit', 'StA', 'plan', '5.1', 'year', 2026, "
                   "  'sequence', g.i, 'reference', '5.1-' || g.i || '/2026', 'subject', 'Geburt Kind ' || g.i, "
                   "  'status', 'open', 'opened_at', '2026-03-01T10:00:00.000Z', 'closed_at', null, "
                   "  'retention_until', null, 'disposal', 'V') "
                   "WHEN g.t = 'proceeding' THEN jsonb_build_object('number', 1 + (g.i - %1 - 1) / %1, "
                   "  'reference', '5.1-' || ((g.i - %1 - 1) % %1 + 1) || '/2026-' || lpad((1 + (g.i - %1 - 1) / "
                   "%1)::text, 4, '0'), "
                   "  'subject', 'Geburtsurkunde ' || g.i, 'assignee', 'anna', 'status', 'open', 'due_at', null, "
                   "  'created_at', '2026-03-01T10:00:00.000Z', 'closed_at', null) "
                   "ELSE jsonb_build_object('title', 'Anzeige ' || g.i, 'direction', 'in', "
                   "  'received_at', '2026-03-02T09:00:00.000Z') END AS data FROM gen g")
                   .arg(files)
                   .arg(files + proceedings)
                   .arg(proceedings));
    run(admin,
        QStringLiteral(
            "WITH u AS (SELECT id FROM aw.org_unit WHERE code = 'StA') "
            "INSERT INTO aw.record (id, object_type, parent_id, case_file_id, unit_id, revision, change_seq, data) "
            "SELECT r.id, r.t, r.parent, r.id, u.id, 1, r.i, r.data FROM rows r, u ORDER BY r.i"));
    run(admin, QStringLiteral(
                   "WITH u AS (SELECT id FROM aw.org_unit WHERE code = 'StA') "
                   "INSERT INTO aw.change (seq, login, object_type, object_id, parent_id, case_file_id, unit_id, "
                   "revision, data, client, client_seq) SELECT nextval('aw.change_seq'), 'anna', r.t, r.id, r.parent, "
                   "r.id, u.id, 1, r.data, '00000000-0000-0000-0000-0000000000aa', r.i FROM rows r, u ORDER BY r.i"));
    run(admin, QStringLiteral("ANALYZE"));
}

// Seconds of a raw COPY: out of the change log (rows), or of `bytes` into a table.
struct Copied
{
    qint64 rows = 0;
    qint64 bytes = 0;
    double seconds = 0;
};

Copied copyOut(const QString &conninfo)
{
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK)
        die(QString::fromUtf8(PQerrorMessage(conn)));
    QElapsedTimer t;
    t.start();
    PGresult *r = PQexec(conn, "COPY (SELECT seq, object_type, object_id, parent_id, revision, client, data "
                               "FROM aw.change ORDER BY seq) TO STDOUT");
    if (PQresultStatus(r) != PGRES_COPY_OUT)
        die(QString::fromUtf8(PQerrorMessage(conn)));
    PQclear(r);
    Copied c;
    char *line = nullptr;
    int n = 0;
    while ((n = PQgetCopyData(conn, &line, 0)) > 0) {
        ++c.rows;
        c.bytes += n;
        PQfreemem(line);
    }
    PQclear(PQgetResult(conn));
    c.seconds = t.nsecsElapsed() / 1e9;
    PQfinish(conn);
    return c;
}

Copied copyIn(const QString &conninfo, int count, int kb)
{
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK)
        die(QString::fromUtf8(PQerrorMessage(conn)));
    PQclear(PQexec(conn, "CREATE TEMP TABLE ceiling (n int, data bytea)"));
    QByteArray bytes(kb * 1024, Qt::Uninitialized);
    QRandomGenerator(11).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    // Text format: the bytes as \x hex, the way a client without binary COPY sends them.
    const QByteArray hex = bytes.toHex();
    QElapsedTimer t;
    t.start();
    PGresult *r = PQexec(conn, "COPY ceiling FROM STDIN");
    if (PQresultStatus(r) != PGRES_COPY_IN)
        die(QString::fromUtf8(PQerrorMessage(conn)));
    PQclear(r);
    Copied c;
    for (int i = 0; i < count; ++i) {
        const QByteArray line = QByteArray::number(i) + "\t\\\\x" + hex + '\n';
        if (PQputCopyData(conn, line.constData(), int(line.size())) != 1)
            die(QString::fromUtf8(PQerrorMessage(conn)));
        ++c.rows;
        c.bytes += bytes.size();
    }
    PQputCopyEnd(conn, nullptr);
    PGresult *end = PQgetResult(conn);
    if (PQresultStatus(end) != PGRES_COMMAND_OK)
        die(QString::fromUtf8(PQerrorMessage(conn)));
    PQclear(end);
    c.seconds = t.nsecsElapsed() / 1e9;
    PQfinish(conn);
    return c;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 ? args[1].toInt() : 100000;
    const int m = args.size() > 2 ? args[2].toInt() : 1000;
    const int kb = args.size() > 3 ? args[3].toInt() : 1024;

    auto server = must(test::PgServer::start(), "start PostgreSQL");
    const QString password = QString::fromLatin1(Password);
    auto admin = must(sync::connectCentral(server->conninfo(), QStringLiteral("admin")), "connect");
    must(test::SyncOffice::setUpCentral(admin, password), "set up central store");
    QTemporaryDir readerDir, writerDir;
    auto reader = must(test::SyncOffice::make(readerDir.path()), "reader store");
    auto writer = must(test::SyncOffice::make(writerDir.path()), "writer store");

    std::printf("making %d records centrally …\n", n);
    std::fflush(stdout);
    makeCentralRecords(admin, n);

    // Pull into the empty reader, as tarik.
    auto tarik =
        must(sync::connectCentral(server->conninfo(QStringLiteral("tarik"), password), QStringLiteral("tarik")),
             "connect as tarik");
    sync::Synchronizer pulling(reader.store, tarik);
    QElapsedTimer t;
    t.start();
    const int pulled = must(pulling.pull(), "pull");
    const double pullSeconds = t.nsecsElapsed() / 1e9;
    const Copied out = copyOut(server->conninfo(QStringLiteral("tarik"), password));
    const double pullRate = pulled / pullSeconds;
    const double pullCeiling = out.rows / out.seconds;
    std::printf("pull: %d records in %.1f s = %.0f rows/s; COPY out %lld rows in %.2f s = %.0f rows/s; %.0f %%\n",
                pulled, pullSeconds, pullRate, static_cast<long long>(out.rows), out.seconds, pullCeiling,
                100.0 * pullRate / pullCeiling);
    std::fflush(stdout);

    // Push from the writer, as anna: m documents made offline (not timed), then one sync.
    auto anna = must(sync::connectCentral(server->conninfo(QStringLiteral("anna"), password), QStringLiteral("anna")),
                     "connect as anna");
    sync::Synchronizer pushing(writer.store, anna);
    must(pushing.reserveNumbers(), "reserve numbers");
    const casework::Session session(writer.store, writer.userIds.value(QStringLiteral("anna")));
    auto file =
        must(casework::CaseFileService(session).create(writer.node51, QStringLiteral("Sammelakte"), writer.unitSta),
             "case file");
    auto proceeding = must(casework::ProceedingService(session).create(file.id, QStringLiteral("Scans")), "proceeding");
    casework::DocumentService documents(session);
    QByteArray bytes(kb * 1024, Qt::Uninitialized);
    QRandomGenerator random(5);
    for (int i = 0; i < m; ++i) {
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QBuffer device(&bytes);
        device.open(QIODevice::ReadOnly);
        must(documents.addDocument(proceeding.id, QStringLiteral("Scan %1").arg(i), storage::Direction::In, device,
                                   QStringLiteral("scan-%1.bin").arg(i)),
             "document");
    }
    t.restart();
    const int pushed = must(pushing.push(), "push");
    const double pushSeconds = t.nsecsElapsed() / 1e9;
    const double megabytes = double(m) * kb / 1024.0;
    const Copied in = copyIn(server->conninfo(), m, kb);
    const double pushRate = megabytes / pushSeconds;
    const double pushCeiling = (in.bytes / 1048576.0) / in.seconds;
    std::printf("push: %d changes, %.0f MB in %.1f s = %.1f MB/s; COPY in %.0f MB in %.1f s = %.1f MB/s; %.0f %%\n",
                pushed, megabytes, pushSeconds, pushRate, in.bytes / 1048576.0, in.seconds, pushCeiling,
                100.0 * pushRate / pushCeiling);

    const QJsonObject json{{QStringLiteral("pullRecords"), pulled},
                           {QStringLiteral("pullRowsPerSecond"), qRound(pullRate)},
                           {QStringLiteral("copyOutRowsPerSecond"), qRound(pullCeiling)},
                           {QStringLiteral("pullRatio"), qRound(1000 * pullRate / pullCeiling) / 1000.0},
                           {QStringLiteral("pushDocuments"), m},
                           {QStringLiteral("pushMegabytesPerSecond"), qRound(10 * pushRate) / 10.0},
                           {QStringLiteral("copyInMegabytesPerSecond"), qRound(10 * pushCeiling) / 10.0},
                           {QStringLiteral("pushRatio"), qRound(1000 * pushRate / pushCeiling) / 1000.0}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
