// SPDX-License-Identifier: GPL-3.0-or-later
// The search benchmark's corpus and baseline: a generated store of N documents (default
// 1,000,000, ~2 KB of German administrative text each, Zipf-like vocabulary, references, units,
// dates) and 200 queries of seven kinds (very common word, common word, rare word, two words,
// phrase, prefix, reference substring), each also with a unit filter. It rebuilds the search index
// (time, peak memory, size against the raw text), then measures p50/p95 per kind of
//   (a) Aktenwerk's search service: the first 50 case files with snippets and facet counts, as a
//       supervisor of all units (so permissions are part of every query), and
//   (b) a bare SQLite FTS5 "MATCH … ORDER BY rank LIMIT 50" on the same index (search_text,
//       ranked by FTS5's bm25(); the trigram table for references),
// and prints both with their ratio. Then it compacts the store (Store::compact, as `aktenwerk-cli
// compact` does) and prints a JSON last line.
// Usage: bench_search [N=1000000] [dir (kept; default: a temporary directory)]
// A store already generated in dir is used again (the index is still rebuilt and measured).
#include "bench/searchcorpus.h"
#include "search/searcher.h"
#include "search/searchindex.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace aw;

namespace {

// Peak resident memory since the last reset, in MB (Linux: VmHWM, reset through clear_refs).
// A line of /proc/self/status in MB (VmHWM: the peak resident set; RssFile: of the resident set now,
// the pages of files mapped in, such as the store the search maps: page cache, not the process's own).
long statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLong() / 1024;
    }
    return -1;
}

long peakRssMb()
{
    return statusMb("VmHWM:");
}

void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

struct Query
{
    QString kind;
    QString text;  // Aktenwerk's query language
    QString fts;   // FTS5 MATCH expression
    bool reference = false;
    QString unitId = {};  // the unit filter of the bare FTS5 query
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5))];
}

QString quoted(const QString &word)
{
    return QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QList<Query> makeQueries(const bench::SearchCorpus &corpus)
{
    QList<Query> base;
    const auto &v = corpus.vocabulary;
    for (int i = 0; i < 14; ++i)
        base.append({QStringLiteral("very_common"), v[i], quoted(v[i])});
    for (int i = 0; i < 15; ++i)
        base.append({QStringLiteral("common"), v[500 + 17 * i], quoted(v[500 + 17 * i])});
    for (int i = 0; i < 15; ++i)
        base.append({QStringLiteral("rare"), v[30000 + 1500 * i], quoted(v[30000 + 1500 * i])});
    for (int i = 0; i < 14; ++i) {
        const QString a = v[100 + 7 * i], b = v[2000 + 300 * i];
        base.append({QStringLiteral("two_words"), a + QLatin1Char(' ') + b, quoted(a) + QLatin1Char(' ') + quoted(b)});
    }
    for (int i = 0; i < 14; ++i) {
        const QString p = corpus.phrases[i % corpus.phrases.size()];
        base.append({QStringLiteral("phrase"), quoted(p), quoted(p)});
    }
    int prefixes = 0;
    for (int r = 60; prefixes < 14 && r < v.size(); r += 3) {
        if (v[r].size() < 8)
            continue;
        const QString prefix = v[r].left(5);
        base.append({QStringLiteral("prefix"), prefix + QLatin1Char('*'), quoted(prefix) + QLatin1Char('*')});
        ++prefixes;
    }
    for (int i = 0; i < 14 && i < corpus.references.size(); ++i) {
        const QString &ref = corpus.references[(i * 7) % corpus.references.size()];
        const QString part = ref.mid(ref.indexOf(QLatin1Char('-')), 7);  // e.g. "-57/201"
        base.append({QStringLiteral("reference"), QStringLiteral("az:") + part, quoted(part), true});
    }
    QList<Query> all = base;
    for (const auto &q : std::as_const(base)) {
        Query f = q;
        f.kind += QStringLiteral("+unit");
        f.text += QStringLiteral(" einheit:") + corpus.unitCodes.first();
        f.unitId = QStringLiteral("ou-0");
        all.append(f);
    }
    return all;
}

core::Result<int> bareFts(const QSqlDatabase &db, const Query &q)
{
    QString sql;
    QVariantList values{q.fts};
    if (q.reference) {
        sql = q.unitId.isEmpty()
                  ? QStringLiteral(
                        "SELECT object_id FROM reference_index WHERE reference_index MATCH ? ORDER BY rank LIMIT 50")
                  : QStringLiteral("SELECT r.object_id FROM reference_index r JOIN case_file c ON c.id = r.object_id "
                                   "WHERE reference_index MATCH ? AND c.owner_unit_id = ? ORDER BY rank LIMIT 50");
    } else {
        sql = q.unitId.isEmpty()
                  ? QStringLiteral("SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rank LIMIT 50")
                  : QStringLiteral("SELECT t.rowid FROM search_text t JOIN search_object o ON o.id = t.rowid "
                                   "WHERE search_text MATCH ? AND o.unit_id = ? ORDER BY rank LIMIT 50");
    }
    if (!q.unitId.isEmpty())
        values.append(q.unitId);
    auto query = storage::exec(db, sql, values);
    if (!query)
        return query.error();
    int n = 0;
    while (query->next())
        ++n;
    return n;
}

struct Measured
{
    QJsonObject kinds;
    double worstP95 = 0;
    long peakMb = 0, mappedMb = 0;
};

// Aktenwerk's search first, then the bare FTS5 queries, each in two passes (the first warms the
// caches, the second is measured): a bare query of a common word reads hundreds of megabytes of its
// doclists, which would otherwise be measured into the next query of the other. Prints a table.
// AW_BENCH_EACH=1 prints a line per query, AW_BENCH_PASSES=n measures the last of n passes.
core::Result<Measured> measure(search::Searcher &searcher, const QSqlDatabase &db, const QList<Query> &queries,
                               bool withBare)
{
    const bool each = qEnvironmentVariableIntValue("AW_BENCH_EACH") == 1;
    const int passes = std::max(2, qEnvironmentVariableIntValue("AW_BENCH_PASSES"));
    resetPeak();
    QMap<QString, QList<double>> ours, bare;
    QMap<QString, int> complete;
    QMap<QString, qint64> hits;
    QMap<QString, QPair<double, QString>> slowest;  // per kind: the slowest query, to look into
    for (int pass = 0; pass < passes; ++pass) {
        for (const auto &q : queries) {
            QElapsedTimer t;
            t.start();
            search::SearchRequest request;
            request.query = q.text;
            auto result = searcher.search(request);
            const double ms = t.nsecsElapsed() / 1e6;
            if (!result)
                return result.error();
            if (pass == passes - 1) {
                if (each)
                    std::printf("%-16s %8.2f ms  %6lld files  %s\n", qPrintable(q.kind), ms,
                                static_cast<long long>(result->caseFiles), qPrintable(q.text));
                ours[q.kind].append(ms);
                if (ms > slowest[q.kind].first)
                    slowest[q.kind] = {ms, q.text};
                hits[q.kind] += result->caseFiles;
                complete[q.kind] += result->complete ? 1 : 0;
            }
        }
    }
    Measured m;
    m.peakMb = peakRssMb();
    m.mappedMb = statusMb("RssFile:");
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto &q : queries) {
            QElapsedTimer t;
            t.start();
            auto count = withBare ? bareFts(db, q) : core::Result<int>(0);
            const double bareMs = t.nsecsElapsed() / 1e6;
            if (!count)
                return count.error();
            if (pass == 1)
                bare[q.kind].append(bareMs);
        }
    }

    std::printf("\n%-20s %9s %9s %9s %9s %7s %11s %9s\n", "kind (ms)", "ours p50", "ours p95", "fts5 p50", "fts5 p95",
                "ratio", "files/query", "complete");
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        const double p50 = percentile(*it, 0.5), p95 = percentile(*it, 0.95);
        const double b50 = percentile(bare[it.key()], 0.5), b95 = percentile(bare[it.key()], 0.95);
        m.worstP95 = std::max(m.worstP95, p95);
        const double perQuery = double(hits[it.key()]) / double(it->size());
        std::printf("%-20s %9.2f %9.2f %9.2f %9.2f %7.2f %11.0f %6d/%lld\n", qPrintable(it.key()), p50, p95, b50, b95,
                    b95 > 0 ? p95 / b95 : 0.0, perQuery, complete[it.key()], static_cast<long long>(it->size()));
        m.kinds.insert(it.key(), QJsonObject{{QStringLiteral("queries"), it->size()},
                                             {QStringLiteral("p50_ms"), p50},
                                             {QStringLiteral("p95_ms"), p95},
                                             {QStringLiteral("fts5_p50_ms"), b50},
                                             {QStringLiteral("fts5_p95_ms"), b95},
                                             {QStringLiteral("p95_ratio_to_fts5"), b95 > 0 ? p95 / b95 : 0.0},
                                             {QStringLiteral("case_files_per_query"), perQuery},
                                             {QStringLiteral("complete_counts"), complete[it.key()]}});
    }
    for (auto it = slowest.cbegin(); it != slowest.cend(); ++it)
        std::printf("slowest %-20s %8.2f ms  %s\n", qPrintable(it.key()), it->first, qPrintable(it->second));
    std::printf("queries: peak memory %ld MB, of which %ld MB are pages of the store mapped in (page cache)\n",
                m.peakMb, m.mappedMb);
    return m;
}

int fail(const core::Error &error)
{
    std::fprintf(stderr, "bench_search: %s\n", qPrintable(error.message));
    return 1;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir temp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path();
    auto store = storage::Store::open(dir + QStringLiteral("/store"));
    if (!store)
        return fail(store.error());

    QElapsedTimer timer;
    timer.start();
    auto existing = storage::scalar((*store)->connection(), QStringLiteral("SELECT count(*) FROM document"));
    if (!existing)
        return fail(existing.error());
    auto corpus = existing->toLongLong() > 0
                      ? bench::loadSearchCorpus(*store)
                      : bench::generateSearchCorpus(*store, n, 2000, [&](qint64 done) {
                            std::fprintf(stderr, "\rgenerating %lld/%lld", static_cast<long long>(done),
                                         static_cast<long long>(n));
                        });
    if (!corpus)
        return fail(corpus.error());
    const double generateSeconds = timer.elapsed() / 1000.0;
    std::printf("\ngenerated %lld documents (%.0f MB of text) in %.1f s\n", static_cast<long long>(corpus->documents),
                corpus->rawTextBytes / 1e6, generateSeconds);

    resetPeak();
    timer.restart();
    search::SearchIndex index(*store);
    // AW_BENCH_QUERIES_ONLY=1 on a reused store with a complete index: only the queries (the
    // rebuild and size figures are then left out).
    const bool queriesOnly = existing->toLongLong() > 0 && qEnvironmentVariableIntValue("AW_BENCH_QUERIES_ONLY") == 1 &&
                             index.pending().ok() && *index.pending() == 0;
    auto built = queriesOnly ? core::Result<search::SearchIndex::Outcome>(search::SearchIndex::Outcome::UpToDate)
                             : index.rebuild([&](const search::SearchIndex::Progress &p) {
                                   std::fprintf(stderr, "\rindexing %lld/%lld", static_cast<long long>(p.done),
                                                static_cast<long long>(p.total));
                                   return true;
                               });
    if (!built)
        return fail(built.error());
    const double buildSeconds = queriesOnly ? -1.0 : timer.elapsed() / 1000.0;  // -1: not rebuilt in this run
    const long buildPeak = peakRssMb();
    const QSqlDatabase db = (*store)->connection();
    // The index proper, as pages on disk: FTS5's terms and document sizes and the filter table
    // with its indexes, without the stored text (search_text_content).
    // dbstat reads only the named table when asked for one name at a time.
    // Reading them takes minutes at a million documents: a queries-only run leaves them out (-1).
    const auto pagesOf = [&db, queriesOnly](const QStringList &names) -> core::Result<QVariant> {
        if (queriesOnly)
            return QVariant(-1.0);
        qint64 total = 0;
        for (const QString &name : names) {
            auto bytes = storage::scalar(db, QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name = ?"), {name});
            if (!bytes)
                return bytes.error();
            total += bytes->toLongLong();
        }
        return QVariant(total);
    };
    auto indexBytes = pagesOf({QStringLiteral("search_text_data"), QStringLiteral("search_text_idx"),
                               QStringLiteral("search_text_docsize"), QStringLiteral("search_object"),
                               QStringLiteral("search_object_case_file"), QStringLiteral("search_object_proceeding"),
                               QStringLiteral("search_object_unit"), QStringLiteral("search_object_assignee"),
                               QStringLiteral("sqlite_autoindex_search_object_1")});
    if (!indexBytes)
        return fail(indexBytes.error());
    // The whole store, for the page cache: the queries read it, not only the index.
    const qint64 storeBytes = QFileInfo(dir + QStringLiteral("/store/aktenwerk.sqlite")).size();
    std::printf("\nindex rebuilt in %.1f s, %.0f MB (%.2f x the raw text), peak memory %ld MB; store %.0f MB\n",
                buildSeconds, indexBytes->toDouble() / 1e6, indexBytes->toDouble() / double(corpus->rawTextBytes),
                buildPeak, storeBytes / 1e6);

    core::Actor supervisor{corpus->supervisorId, {}, true};
    for (int k = 0; k < corpus->unitCodes.size(); ++k)
        supervisor.memberships.append({QStringLiteral("ou-%1").arg(k), core::Role::Supervisor});
    search::Searcher searcher(*store, supervisor);
    // For looking into one kind: AW_BENCH_KINDS=prefix,reference measures only those kinds (with
    // and without a unit), AW_BENCH_BARE=0 leaves out the bare FTS5 queries (printed as 0).
    QList<Query> queries = makeQueries(*corpus);
    const QStringList onlyKinds = qEnvironmentVariable("AW_BENCH_KINDS").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!onlyKinds.isEmpty())
        queries.removeIf(
            [&onlyKinds](const Query &q) { return !onlyKinds.contains(q.kind.section(QLatin1Char('+'), 0, 0)); });
    const bool withBare = qEnvironmentVariable("AW_BENCH_BARE") != QLatin1String("0");
    auto asBuilt = measure(searcher, db, queries, withBare);
    if (!asBuilt)
        return fail(asBuilt.error());
    // Last, the store is compacted, as `aktenwerk-cli compact` does (time, peak memory, sizes): the
    // rebuild left the index's pages scattered over the file. Its queries are measured by a run of
    // their own (AW_BENCH_QUERIES_ONLY=1) some minutes later, not here: compacting writes the store
    // three times over (a temporary copy, the write-ahead log, the file), 20 GB at a million
    // documents, and measured in the minutes after, while this virtual machine's host still wrote
    // them out, every query took 1.2 to 2 times as long, even after a flush and a minute's pause.
    // AW_BENCH_COMPACT=0 leaves it out, =1 asks for it on a reused store.
    const QString compactSetting = qEnvironmentVariable("AW_BENCH_COMPACT");
    const bool compact = compactSetting.isEmpty() ? !queriesOnly : compactSetting == QLatin1String("1");
    QJsonObject compacted;
    if (compact) {
        resetPeak();
        timer.restart();
        auto sizes = (*store)->compact();
        if (!sizes)
            return fail(sizes.error());
        const double seconds = timer.elapsed() / 1000.0;
        const long peak = peakRssMb();
        std::printf("\ncompacted the store in %.1f s, peak memory %ld MB (of it mapped in: %ld MB): %.0f MB before, "
                    "%.0f MB after\n",
                    seconds, peak, statusMb("RssFile:"), sizes->bytesBefore / 1e6, sizes->bytesAfter / 1e6);
        compacted = QJsonObject{{QStringLiteral("compact_s"), seconds},
                                {QStringLiteral("compact_peak_rss_mb"), qint64(peak)},
                                {QStringLiteral("store_mb"), sizes->bytesAfter / 1e6}};
    }
    const QJsonObject summary{
        {QStringLiteral("bench"), QStringLiteral("search")},
        {QStringLiteral("documents"), corpus->documents},
        {QStringLiteral("queries"), queries.size()},
        {QStringLiteral("raw_text_mb"), corpus->rawTextBytes / 1e6},
        {QStringLiteral("index_mb"), indexBytes->toDouble() / 1e6},
        {QStringLiteral("index_to_text"), indexBytes->toDouble() / double(corpus->rawTextBytes)},
        {QStringLiteral("store_mb"), storeBytes / 1e6},
        {QStringLiteral("rebuild_s"), buildSeconds},
        {QStringLiteral("rebuild_peak_rss_mb"), qint64(buildPeak)},
        {QStringLiteral("worst_p95_ms"), asBuilt->worstP95},
        {QStringLiteral("generate_s"), generateSeconds},
        {QStringLiteral("query_peak_rss_mb"), qint64(asBuilt->peakMb)},
        {QStringLiteral("query_store_mapped_mb"), qint64(asBuilt->mappedMb)},
        {QStringLiteral("kinds"), asBuilt->kinds},
        {QStringLiteral("compacted"), compacted},
    };
    std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    return 0;
}
