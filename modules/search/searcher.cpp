// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searcher.h"

#include "search/query.h"
#include "search/searchindex.h"
#include "storage/analyzer.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace aw::search {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::search::Searcher)
};

using Kind = Clause::Kind;
using storage::exec;

// A quoted FTS5 string: whatever it holds is only words for the tokenizer, never syntax (nor the
// tokenizer's mark for a stored term, which only expandPrefix() writes).
QString quoted(const QString &text)
{
    QString words = text;
    words.replace(QLatin1Char('"'), QStringLiteral("\"\"")).replace(QChar(0x01), QLatin1Char(' '));
    return QLatin1Char('"') + words + QLatin1Char('"');
}

// A term of the index as it is stored, for the tokenizer to pass on unchanged.
QString storedTerm(const QString &term)
{
    return QStringLiteral("\"\x01") + term + QLatin1Char('"');
}

bool isText(const Clause &c)
{
    return c.kind == Kind::Word || c.kind == Kind::Phrase || c.kind == Kind::Prefix || c.kind == Kind::Subject;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// A part of the WHERE clause with its values.
struct Condition
{
    QString sql;
    QVariantList values;
};

// Newer counts: 1 for today, ½ two years ago, ⅓ four years ago.
double recency(const QString &date, const QDate &today)
{
    const QDate d = QDate::fromString(date, Qt::ISODate);
    if (!d.isValid())
        return 0;
    const double years = std::max<qint64>(0, d.daysTo(today)) / 365.25;
    return 1.0 / (1.0 + years / 2.0);
}

struct Row
{
    qint64 id = 0;
    QString objectType, objectId, caseFileId, unitId, nodeId, status, type, date;
    bool archived = false;
    double score = 0;
};

}  // namespace

QString scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Mine:
        return QStringLiteral("mine");
    case Scope::Units:
        return QStringLiteral("units");
    case Scope::Archive:
        return QStringLiteral("archive");
    }
    return {};
}

bool scopeFromName(const QString &name, Scope *scope)
{
    for (Scope s : {Scope::Mine, Scope::Units, Scope::Archive}) {
        if (scopeName(s) == name) {
            *scope = s;
            return true;
        }
    }
    return false;
}

struct Searcher::Impl
{
    std::shared_ptr<storage::Store> store;
    core::Actor actor;
    storage::Analyzer analyzer;

    // A positive text clause of the query: its FTS5 expression, and how many phrases it makes there
    // (each clause is one phrase, unless a prefix was expanded into its terms).
    struct TextClause
    {
        QString match;
        int phrases = 1;
    };

    core::Result<TextClause> textOf(const Clause &c, Highlight &h)
    {
        const auto tokens = analyzer.tokens(c.text);
        if (tokens.empty())
            return TextClause{QString(), 0};
        for (size_t i = 0; i < tokens.size(); ++i) {
            const std::string &word = tokens[i].word;
            if (c.kind == Kind::Prefix && i + 1 == tokens.size()) {
                h.prefixes.push_back(word);
                continue;
            }
            const std::string &stem = analyzer.stem(word);
            (stem.empty() ? h.words : h.stems).insert(stem.empty() ? word : stem);
        }
        switch (c.kind) {
        case Kind::Prefix:
            if (tokens.size() == 1) {
                auto terms = expandPrefix(QString::fromStdString(tokens.front().word));
                if (!terms)
                    return terms.error();
                if (!terms->isEmpty())
                    return TextClause{QLatin1Char('(') + terms->join(QStringLiteral(" OR ")) + QLatin1Char(')'),
                                      int(terms->size())};
            }
            return TextClause{quoted(c.text) + QStringLiteral(" *")};
        case Kind::Subject:
            return TextClause{QStringLiteral("subject : ") + quoted(c.text)};
        default:
            return TextClause{quoted(c.text)};
        }
    }

    // The terms of the index that start with a folded prefix, as words (where a word differs from its
    // stem) and as stems: FTS5 answers "prefix*" by merging the whole doclists of all of them first
    // (120 ms for "wohng*" at a million documents), but their OR reads only the newest hits (5 ms).
    // Found by stepping through the index's term list from one term to the next; empty when there
    // are so many that FTS5's own merge is the better way.
    core::Result<QStringList> expandPrefix(const QString &prefix)
    {
        const QSqlDatabase db = store->connection();
        if (auto ok = exec(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms "
                                              "USING fts5vocab(main, search_text, instance)"));
            !ok)
            return ok.error();
        QStringList terms;
        for (const QString &start : {prefix, QString(QLatin1Char('~') + prefix)}) {
            // char(1) after a term: the next one, without reading the term's own occurrences.
            auto next =
                exec(db,
                     QStringLiteral("WITH RECURSIVE p(prefix) AS (SELECT ?), t(term, n) AS ("
                                    " SELECT (SELECT term FROM temp.search_terms, p WHERE term >= p.prefix LIMIT 1), 1"
                                    " UNION ALL"
                                    " SELECT (SELECT term FROM temp.search_terms WHERE term >= t.term || char(1)"
                                    "         LIMIT 1), n + 1 FROM t, p"
                                    " WHERE substr(t.term, 1, length(p.prefix)) = p.prefix AND n <= ?) "
                                    "SELECT term FROM t, p WHERE substr(term, 1, length(p.prefix)) = p.prefix"),
                     {start, MaxPrefixTerms + 1});
            if (!next)
                return next.error();
            while (next->next()) {
                const QString term = next->value(0).toString();
                // A word that differs from its stem is stored with it: where the stem starts with the
                // prefix too, the word's documents are among the stem's.
                if (!term.startsWith(QLatin1Char('~'))) {
                    const std::string stem = analyzer.stem(term.toStdString());
                    if (!stem.empty() && QString::fromStdString(stem).startsWith(prefix))
                        continue;
                }
                terms << storedTerm(term);
            }
            if (terms.size() > MaxPrefixTerms)
                return QStringList();
        }
        return terms;
    }

    // The share of the index's rows that a clause matches, estimated from its newest hits (row
    // numbers follow the dates, so the span they cover tells the density), as BM25's inverse
    // document frequency.
    core::Result<double> idfOf(const QString &match, qint64 rows)
    {
        constexpr int Sample = 1000;
        auto sample = exec(store->connection(),
                           QStringLiteral("SELECT count(*), min(rowid) FROM (SELECT rowid FROM search_text "
                                          "WHERE search_text MATCH ? ORDER BY rowid DESC LIMIT ?)"),
                           {match, Sample});
        if (!sample)
            return sample.error();
        double hits = 0;
        if (sample->next()) {
            hits = sample->value(0).toDouble();
            if (hits >= Sample && rows > 0) {
                const double span = double(rows - sample->value(1).toLongLong() + 1);
                hits = std::min(double(rows), hits * double(rows) / std::max(1.0, span));
            }
        }
        return std::max(1e-6, std::log((double(rows) - hits + 0.5) / (hits + 0.5)));
    }

    core::Result<void> exists(const QString &sql, const QString &value, const QString &missing)
    {
        auto found = storage::scalar(store->connection(), sql, {value, value});
        if (!found)
            return found.error();
        if (!found->isValid())
            return core::invalid(missing);
        return {};
    }

    core::Result<Condition> filterOf(const Clause &c)
    {
        switch (c.kind) {
        case Kind::Reference:
            // The case files whose reference, or one of whose proceedings' references, contains the
            // text: everything in them. One IN on an indexed column, so the search can start there.
            // The trigram index is read once for both kinds and names each row's case file.
            return Condition{QStringLiteral("o.case_file_id IN (SELECT case_file_id FROM reference_index "
                                            "WHERE reference_index MATCH ?)"),
                             {quoted(c.text)}};
        case Kind::Unit: {
            const QString units = QStringLiteral("SELECT id FROM org_unit WHERE aw_fold(code) = aw_fold(?) "
                                                 "OR instr(aw_fold(name), aw_fold(?)) > 0");
            if (auto ok = exists(units, c.text, Text::tr("No unit is called “%1”.").arg(c.text)); !ok)
                return ok.error();
            return Condition{QStringLiteral("o.unit_id IN (") + units + QLatin1Char(')'), {c.text, c.text}};
        }
        case Kind::Assignee: {
            const QString users = QStringLiteral("SELECT id FROM user WHERE aw_fold(login) = aw_fold(?) "
                                                 "OR instr(aw_fold(display_name), aw_fold(?)) > 0");
            if (auto ok = exists(users, c.text, Text::tr("No user is called “%1”.").arg(c.text)); !ok)
                return ok.error();
            return Condition{QStringLiteral("o.assignee_id IN (") + users + QLatin1Char(')'), {c.text, c.text}};
        }
        case Kind::Status:
            return Condition{QStringLiteral("o.status = ?"), {c.text}};
        case Kind::Type:
            if (c.text == QLatin1String("document"))
                return Condition{QStringLiteral("o.type IN ('in', 'out', 'internal')"), {}};
            return Condition{QStringLiteral("o.type = ?"), {c.text}};
        case Kind::From:
            return Condition{QStringLiteral("o.date >= ?"), {c.date.toString(Qt::ISODate)}};
        case Kind::To:
            return Condition{QStringLiteral("o.date <= ?"), {c.date.toString(Qt::ISODate)}};
        case Kind::Archived:
            return Condition{QStringLiteral("o.archived = ?"), {c.text.toInt()}};
        case Kind::Node: {
            const QString nodes = QStringLiteral("SELECT id FROM file_plan_node WHERE code = ? "
                                                 "OR substr(code, 1, length(?) + 1) = ? || '.'");
            auto found = storage::scalar(store->connection(), nodes, {c.text, c.text, c.text});
            if (!found)
                return found.error();
            if (!found->isValid())
                return core::invalid(Text::tr("The file plan has no entry “%1”.").arg(c.text));
            return Condition{QStringLiteral("o.node_id IN (") + nodes + QLatin1Char(')'), {c.text, c.text, c.text}};
        }
        default:
            break;
        }
        return Condition{QStringLiteral("1"), {}};
    }

    // What this user may read: clerks the open files of their units, supervisors and the registry
    // also the closed ones. Part of the query, so every page is full and every count is right.
    Condition permitted(Scope scope) const
    {
        QStringList archive, open;
        for (const auto &m : actor.memberships) {
            const bool reads = actor.hasRoleIn(m.orgUnitId, core::Role::Supervisor) ||
                               actor.hasRoleIn(m.orgUnitId, core::Role::Registrar);
            QStringList &list = reads ? archive : open;
            if (!list.contains(m.orgUnitId))
                list << m.orgUnitId;
        }
        Condition c;
        c.sql = QStringLiteral("(o.unit_id IN (%1) OR (o.unit_id IN (%2) AND o.archived = 0))")
                    .arg(placeholders(archive.size()), placeholders(open.size()));
        for (const auto &u : std::as_const(archive))
            c.values << u;
        for (const auto &u : std::as_const(open))
            c.values << u;
        if (scope == Scope::Mine) {
            c.sql += QStringLiteral(" AND o.assignee_id = ?");
            c.values << actor.userId;
        } else if (scope == Scope::Archive) {
            c.sql += QStringLiteral(" AND o.archived = 1");
        }
        return c;
    }

    core::Result<SearchResult> run(const SearchRequest &request);
    core::Result<QList<Row>> read(const QString &match, const QString &rank, const QList<Condition> &conditions,
                                  Sort sort, int window, bool byReference);
    void fill(QList<SearchHit> &hits, const Highlight &highlight);
    void count(const QList<Row> &rows, SearchResult &result);
};

Searcher::Searcher(std::shared_ptr<storage::Store> store, core::Actor actor)
    : d(std::make_unique<Impl>())
{
    d->store = std::move(store);
    d->actor = std::move(actor);
    // Searches read much of the index: a larger page cache for this thread's connection, and the
    // file mapped into memory rather than read page by page.
    const QSqlDatabase db = d->store->connection();
    (void)exec(db, QStringLiteral("PRAGMA cache_size = -65536"));
    (void)exec(db, QStringLiteral("PRAGMA mmap_size = 1073741824"));
}

Searcher::~Searcher() = default;

core::Result<SearchResult> Searcher::search(const SearchRequest &request)
{
    // One read transaction: every count and every hit from the same state of the store.
    const QSqlDatabase db = d->store->connection();
    if (auto ok = exec(db, QStringLiteral("BEGIN")); !ok)
        return ok.error();
    auto result = d->run(request);
    (void)exec(db, QStringLiteral("COMMIT"));
    return result;
}

core::Result<QList<Row>> Searcher::Impl::read(const QString &match, const QString &rank,
                                              const QList<Condition> &conditions, Sort sort, int window,
                                              bool byReference)
{
    QString sql;
    QVariantList values;
    const QString columns =
        QStringLiteral("o.id, o.object_type, o.object_id, o.case_file_id, o.unit_id, o.node_id, o.status, o.type, "
                       "o.archived, o.date, ");
    const QString order = sort == Sort::Oldest ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The index is read from the newest row back (row numbers follow the dates) and stops after
    // `window` hits, so that even a word in every document costs only the hits read.
    if (!match.isEmpty()) {
        sql = QStringLiteral("SELECT ") + columns + rank +
              QStringLiteral(" FROM search_text JOIN search_object o ON o.id = search_text.rowid "
                             "WHERE search_text MATCH ?");
        values << match;
    } else {
        // A reference narrows the search to a few case files: start from them (SQLite would
        // otherwise walk the rows of the user's units, measured 360 ms against 50 ms at a million).
        sql = QStringLiteral("SELECT ") + columns +
              (byReference ? QStringLiteral("0 FROM search_object o INDEXED BY search_object_case_file WHERE 1")
                           : QStringLiteral("0 FROM search_object o WHERE 1"));
    }
    for (const auto &c : conditions) {
        sql += QStringLiteral(" AND ") + c.sql;
        values += c.values;
    }
    sql += (match.isEmpty() ? QStringLiteral(" ORDER BY o.id ") : QStringLiteral(" ORDER BY search_text.rowid ")) +
           order + QStringLiteral(" LIMIT ?");
    values << window;
    auto query = exec(store->connection(), sql, values);
    if (!query)
        return query.error();
    QList<Row> rows;
    while (query->next()) {
        Row r;
        r.id = query->value(0).toLongLong();
        r.objectType = query->value(1).toString();
        r.objectId = query->value(2).toString();
        r.caseFileId = query->value(3).toString();
        r.unitId = query->value(4).toString();
        r.nodeId = query->value(5).toString();
        r.status = query->value(6).toString();
        r.type = query->value(7).toString();
        r.archived = query->value(8).toBool();
        r.date = query->value(9).toString();
        r.score = query->value(10).toDouble();
        rows.append(r);
    }
    return rows;
}

core::Result<SearchResult> Searcher::Impl::run(const SearchRequest &request)
{
    auto parsed = parseQuery(request.query);
    if (!parsed)
        return parsed.error();

    Highlight highlight, ignored;
    QStringList positive, negative;
    QList<TextClause> ranked;  // in the order of their phrases in the FTS5 expression
    QList<Condition> conditions{permitted(request.scope)};
    for (const auto &group : std::as_const(parsed->groups)) {
        const bool text = isText(group.first());
        if (std::any_of(group.cbegin(), group.cend(), [text](const Clause &c) { return isText(c) != text; }))
            return core::invalid(Text::tr("OR joins words with words or fields with fields, not words with fields."));
        if (text) {
            QStringList any;
            for (const auto &c : group) {
                auto clause = textOf(c, c.negated ? ignored : highlight);
                if (!clause)
                    return clause.error();
                if (clause->match.isEmpty())
                    continue;
                any << clause->match;
                if (!c.negated)
                    ranked.append(*clause);
            }
            if (!any.isEmpty())
                (group.first().negated ? negative : positive)
                    << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            continue;
        }
        Condition either;
        QStringList parts;
        for (const auto &c : group) {
            auto condition = filterOf(c);
            if (!condition)
                return condition.error();
            parts << (c.negated ? QStringLiteral("NOT ") : QString()) + condition->sql;
            either.values += condition->values;
        }
        either.sql = QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        conditions.append(either);
    }
    const bool onlyNegatedText = positive.isEmpty() && !negative.isEmpty();
    const bool byReference = std::any_of(parsed->groups.cbegin(), parsed->groups.cend(), [](const QList<Clause> &g) {
        return g.size() == 1 && g.first().kind == Kind::Reference && !g.first().negated;
    });
    if (positive.isEmpty() && negative.isEmpty() && conditions.size() == 1)
        return core::invalid(Text::tr("The search has no word to look for. Letters or digits are needed."));

    QString match = positive.join(QStringLiteral(" AND "));
    if (!negative.isEmpty()) {
        const QString excluded = negative.join(QStringLiteral(" OR "));
        if (onlyNegatedText)
            conditions.append(
                {QStringLiteral("o.id NOT IN (SELECT rowid FROM search_text WHERE search_text MATCH ?)"), {excluded}});
        else
            match = QLatin1Char('(') + match + QStringLiteral(") NOT (") + excluded + QLatin1Char(')');
    }

    // Ranking: columns weighted title 4, subject 3, reference 2, text 1; with more than one clause,
    // each clause's phrases by how rare it is (with one, its weight would not change the order).
    QString rank = QStringLiteral("aw_rank(search_text, 4.0, 3.0, 2.0, 1.0");
    QStringList idfs;
    auto newest =
        storage::scalar(store->connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM search_object"));
    if (!newest)
        return newest.error();
    const qint64 lastRow = newest->toLongLong();  // rows are numbered from 1 in the order of their dates
    if (ranked.size() > 1 && request.sort == Sort::Relevance) {
        for (const auto &clause : std::as_const(ranked)) {
            auto idf = idfOf(clause.match, lastRow);
            if (!idf)
                return idf.error();
            idfs << QString::number(clause.phrases) + QLatin1Char('*') + QString::number(*idf, 'g', 6);
        }
        rank += QStringLiteral(", '") + idfs.join(QLatin1Char(' ')) + QLatin1Char('\'');
    }
    rank += QLatin1Char(')');

    // Read the newest hits; more if the page asked for lies beyond them.
    const int limit = std::clamp(request.limit, 1, 500);
    const int offset = std::max(0, request.offset);
    int window = Window;
    QList<Row> rows;
    QHash<QString, int> best;  // case file → index in rows
    QHash<QString, int> perFile;
    while (true) {
        auto read = this->read(match, rank, conditions, request.sort, window, byReference);
        if (!read)
            return read.error();
        rows = std::move(read.value());
        best.clear();
        perFile.clear();
        const QDate today = QDate::currentDate();
        double top = 0;
        for (const auto &r : std::as_const(rows))
            top = std::max(top, r.score);
        for (int i = 0; i < rows.size(); ++i) {
            Row &r = rows[i];
            const double relevance = top > 0 ? r.score / top : 0;
            r.score = request.sort == Sort::Relevance ? relevance + 0.3 * recency(r.date, today) : 0;
            ++perFile[r.caseFileId];
            const auto found = best.constFind(r.caseFileId);
            if (found == best.cend() || r.score > rows[*found].score)
                best.insert(r.caseFileId, i);
        }
        if (rows.size() < window || best.size() >= offset + limit || window >= 64 * Window)
            break;
        window *= 4;
    }

    SearchResult result;
    result.complete = rows.size() < window;
    result.objects = rows.size();
    result.estimatedObjects = result.objects;
    if (!result.complete) {
        // The hits read cover the rows from the newest (oldest) one to the last read: as many more in
        // the rest, at the same density.
        const qint64 last = rows.last().id;  // rows come in the order of their row numbers
        const qint64 all = lastRow;
        const qint64 span = request.sort == Sort::Oldest ? last : all - last + 1;
        if (span > 0 && all > 0)
            result.estimatedObjects =
                std::max<qint64>(result.objects, qint64(double(result.objects) * double(all) / double(span)));
    }
    result.caseFiles = best.size();
    QList<int> order(best.cbegin(), best.cend());
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Row &x = rows[a], &y = rows[b];
        if (request.sort == Sort::Relevance && x.score != y.score)
            return x.score > y.score;
        if (x.date != y.date)
            return request.sort == Sort::Oldest ? x.date < y.date : x.date > y.date;
        return request.sort == Sort::Oldest ? x.id < y.id : x.id > y.id;
    });
    for (int k = offset; k < std::min<qsizetype>(order.size(), qsizetype(offset) + limit); ++k) {
        const Row &r = rows[order[k]];
        SearchHit hit;
        hit.caseFileId = r.caseFileId;
        hit.objectType = r.objectType;
        hit.objectId = r.objectId;
        hit.unitId = r.unitId;
        hit.status = r.status;
        hit.type = r.type;
        hit.archived = r.archived;
        hit.date = QDate::fromString(r.date, Qt::ISODate);
        hit.otherHits = perFile.value(r.caseFileId) - 1;
        hit.score = r.score;
        hit.indexRow = r.id;
        result.hits.append(hit);
    }
    fill(result.hits, highlight);
    count(rows, result);
    auto unindexed = SearchIndex(store).pending();
    if (unindexed)
        result.unindexed = *unindexed;
    return result;
}

void Searcher::Impl::fill(QList<SearchHit> &hits, const Highlight &highlight)
{
    // One statement per kind, prepared once for the page.
    const QSqlDatabase sql = store->connection();
    QSqlQuery document(sql), proceeding(sql), caseFile(sql);
    document.prepare(QStringLiteral(
        "SELECT d.title, p.reference, c.reference, c.subject, (SELECT t.body FROM search_content t WHERE t.id = ?), "
        "p.id "
        "FROM document d JOIN proceeding p ON p.id = d.proceeding_id JOIN case_file c ON c.id = p.case_file_id "
        "WHERE d.id = ?"));
    proceeding.prepare(QStringLiteral("SELECT p.subject, p.reference, c.reference, c.subject FROM proceeding p "
                                      "JOIN case_file c ON c.id = p.case_file_id WHERE p.id = ?"));
    caseFile.prepare(QStringLiteral("SELECT subject, reference, reference, subject FROM case_file WHERE id = ?"));
    for (auto &hit : hits) {
        QSqlQuery *q = &caseFile;
        if (hit.objectType == QLatin1String("document")) {
            q = &document;
            q->bindValue(0, hit.indexRow);
            q->bindValue(1, hit.objectId);
        } else {
            q = hit.objectType == QLatin1String("proceeding") ? &proceeding : &caseFile;
            q->bindValue(0, hit.objectId);
        }
        QString body;
        if (q->exec() && q->next()) {
            hit.title = q->value(0).toString();
            hit.reference = q->value(1).toString();
            hit.caseReference = q->value(2).toString();
            hit.caseSubject = q->value(3).toString();
            if (q == &document) {
                body = q->value(4).toString();
                hit.proceedingId = q->value(5).toString();
            } else if (q == &proceeding) {
                hit.proceedingId = hit.objectId;
            }
        }
        q->finish();
        hit.snippet = makeSnippet(body.isEmpty() ? hit.title : body, highlight, analyzer);
        if (body.isEmpty())
            hit.snippet.page = 0;  // pages are a document's
    }
}

void Searcher::Impl::count(const QList<Row> &rows, SearchResult &result)
{
    QHash<QString, qint64> units, nodes, years, statuses, types;
    for (const auto &r : rows) {
        ++units[r.unitId];
        ++nodes[r.nodeId];
        ++years[r.date.left(4)];
        ++statuses[r.status];
        ++types[r.type];
    }
    const auto list = [](const QHash<QString, qint64> &counts) {
        QList<FacetValue> out;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out.append({it.key(), it.key(), QString(), it.value()});
        std::sort(out.begin(), out.end(), [](const FacetValue &a, const FacetValue &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        if (out.size() > 30)
            out.resize(30);
        return out;
    };
    Facets &f = result.facets;
    f.units = list(units);
    f.nodes = list(nodes);
    f.years = list(years);
    f.statuses = list(statuses);
    f.types = list(types);
    std::sort(f.years.begin(), f.years.end(),
              [](const FacetValue &a, const FacetValue &b) { return a.value > b.value; });

    const QSqlDatabase sql = store->connection();
    const auto names = [&](const QString &select, QList<FacetValue> &values, const QString &field) {
        if (values.isEmpty())
            return;
        QVariantList ids;
        for (const auto &v : std::as_const(values))
            ids << v.value;
        auto q = exec(sql, select.arg(placeholders(ids.size())), ids);
        QHash<QString, QString> labels, codes;
        while (q && q->next()) {
            labels.insert(q->value(0).toString(), q->value(1).toString());
            codes.insert(q->value(0).toString(), q->value(2).toString());
        }
        for (auto &v : values) {
            v.label = labels.value(v.value, v.value);
            if (codes.contains(v.value))
                v.filter = field + codes.value(v.value);
        }
    };
    names(QStringLiteral("SELECT id, code || ' – ' || name, code FROM org_unit WHERE id IN (%1)"), f.units,
          QStringLiteral("einheit:"));
    names(QStringLiteral("SELECT id, code || ' ' || title, code FROM file_plan_node WHERE id IN (%1)"), f.nodes,
          QStringLiteral("aktenplan:"));
    for (auto &v : f.years)
        v.filter = QStringLiteral("von:%1 bis:%1").arg(v.value);
    static const QHash<QString, QString> filters = {
        {QStringLiteral("open"), QStringLiteral("status:offen")},
        {QStringLiteral("in_progress"), QStringLiteral("status:bearbeitung")},
        {QStringLiteral("waiting"), QStringLiteral("status:wartet")},
        {QStringLiteral("closed"), QStringLiteral("status:abgeschlossen")},
        {QStringLiteral("in"), QStringLiteral("typ:eingang")},
        {QStringLiteral("out"), QStringLiteral("typ:ausgang")},
        {QStringLiteral("internal"), QStringLiteral("typ:intern")},
        {QStringLiteral("proceeding"), QStringLiteral("typ:vorgang")},
        {QStringLiteral("case_file"), QStringLiteral("typ:akte")},
    };
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("aw::search::Searcher", "open")},
        {QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("aw::search::Searcher", "in progress")},
        {QStringLiteral("waiting"), QT_TRANSLATE_NOOP("aw::search::Searcher", "waiting")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("aw::search::Searcher", "closed")},
        {QStringLiteral("in"), QT_TRANSLATE_NOOP("aw::search::Searcher", "incoming")},
        {QStringLiteral("out"), QT_TRANSLATE_NOOP("aw::search::Searcher", "outgoing")},
        {QStringLiteral("internal"), QT_TRANSLATE_NOOP("aw::search::Searcher", "internal")},
        {QStringLiteral("proceeding"), QT_TRANSLATE_NOOP("aw::search::Searcher", "proceeding")},
        {QStringLiteral("case_file"), QT_TRANSLATE_NOOP("aw::search::Searcher", "case file")},
    };
    for (auto *values : {&f.statuses, &f.types}) {
        for (auto &v : *values) {
            if (const char *label = labels.value(v.value))
                v.label = Text::tr(label);
            v.filter = filters.value(v.value);
        }
    }
}

}  // namespace aw::search
