// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommands.h"

#include "search/searcher.h"
#include "search/searchindex.h"
#include "storage/orgrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace aw::cli {

namespace {

QJsonArray facetJson(const QList<search::FacetValue> &values)
{
    QJsonArray out;
    for (const auto &v : values)
        out.append(QJsonObject{{QStringLiteral("value"), v.value},
                               {QStringLiteral("label"), v.label},
                               {QStringLiteral("count"), v.count}});
    return out;
}

QJsonObject hitJson(const search::SearchHit &hit)
{
    QJsonArray marks;
    for (const auto &m : hit.snippet.marks)
        marks.append(QJsonArray{qint64(m.start), qint64(m.length)});
    return QJsonObject{
        {QStringLiteral("caseFile"), QJsonObject{{QStringLiteral("id"), hit.caseFileId},
                                                 {QStringLiteral("reference"), hit.caseReference},
                                                 {QStringLiteral("subject"), hit.caseSubject}}},
        {QStringLiteral("objectType"), hit.objectType},
        {QStringLiteral("objectId"), hit.objectId},
        {QStringLiteral("reference"), hit.reference},
        {QStringLiteral("title"), hit.title},
        {QStringLiteral("date"), hit.date.toString(Qt::ISODate)},
        {QStringLiteral("status"), hit.status},
        {QStringLiteral("type"), hit.type},
        {QStringLiteral("archived"), hit.archived},
        {QStringLiteral("snippet"), hit.snippet.text},
        {QStringLiteral("marks"), marks},
        {QStringLiteral("page"), hit.snippet.page},
        {QStringLiteral("otherHits"), hit.otherHits},
    };
}

// Brings the index up to date first (an older store, or a rebuild that was stopped).
int updateIndex(Context &ctx, bool rebuild)
{
    search::SearchIndex index(ctx.store);
    qint64 shown = -1;
    const auto progress = [&](const search::SearchIndex::Progress &p) {
        const qint64 percent = p.total ? p.done * 100 / p.total : 100;
        if (percent / 10 != shown / 10) {
            err() << "Indexing for search: " << p.done << " of " << p.total << Qt::endl;
            shown = percent;
        }
        return true;
    };
    auto done = rebuild ? index.rebuild(progress) : index.update(progress);
    if (!done)
        return fail(done.error());
    if (rebuild)
        err() << "The new index lies scattered over the store's file: `compact` at a quiet time makes "
                 "searches faster."
              << Qt::endl;
    return 0;
}

}  // namespace

QString searchUsage()
{
    return QStringLiteral(
        "  search [--scope mine|units|archive] [--sort relevance|newest|oldest] [--offset N] [--limit N]\n"
        "         QUERY...         search all files the --user may read (--json: with facets). QUERY: words,\n"
        "                          \"phrases\", prefix*, OR, -word, az: betreff: einheit: bearbeiter: status:\n"
        "                          typ: von: bis: archiv:ja|nein\n"
        "  search --rebuild        build the search index anew\n");
}

int cmdSearch(Context &ctx)
{
    const Options &o = ctx.options;
    if (o.rebuild)
        return updateIndex(ctx, true);
    const QString query = o.args.mid(1).join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        return fail(QStringLiteral("usage:\n") + searchUsage(), 2);
    auto userId = ctx.userId(true);
    if (!userId)
        return fail(userId.error());
    auto actor = storage::OrgRepository(ctx.store->connection()).actor(*userId);
    if (!actor)
        return fail(actor.error());

    search::SearchRequest request;
    request.query = query;
    if (!o.scope.isEmpty() && !search::scopeFromName(o.scope, &request.scope))
        return fail(QStringLiteral("--scope is mine, units or archive."), 2);
    if (o.sort == QLatin1String("newest"))
        request.sort = search::Sort::Newest;
    else if (o.sort == QLatin1String("oldest"))
        request.sort = search::Sort::Oldest;
    else if (!o.sort.isEmpty() && o.sort != QLatin1String("relevance"))
        return fail(QStringLiteral("--sort is relevance, newest or oldest."), 2);
    request.offset = o.offset;
    request.limit = o.limit > 0 ? o.limit : 50;

    if (int code = updateIndex(ctx, false); code != 0)
        return code;
    search::Searcher searcher(ctx.store, actor.value());
    auto result = searcher.search(request);
    if (!result)
        return fail(result.error());

    if (o.json) {
        QJsonArray hits;
        for (const auto &hit : std::as_const(result->hits))
            hits.append(hitJson(hit));
        const auto &f = result->facets;
        printJson(QJsonObject{
            {QStringLiteral("query"), query},
            {QStringLiteral("scope"), search::scopeName(request.scope)},
            {QStringLiteral("caseFiles"), result->caseFiles},
            {QStringLiteral("objects"), result->objects},
            {QStringLiteral("complete"), result->complete},
            {QStringLiteral("estimatedObjects"), result->estimatedObjects},
            {QStringLiteral("hits"), hits},
            {QStringLiteral("facets"), QJsonObject{{QStringLiteral("unit"), facetJson(f.units)},
                                                   {QStringLiteral("node"), facetJson(f.nodes)},
                                                   {QStringLiteral("year"), facetJson(f.years)},
                                                   {QStringLiteral("status"), facetJson(f.statuses)},
                                                   {QStringLiteral("type"), facetJson(f.types)}}},
        });
        return 0;
    }
    for (const auto &hit : std::as_const(result->hits)) {
        out() << hit.caseReference << '\t' << hit.caseSubject << Qt::endl;
        out() << "    " << hit.objectType << ' ' << hit.reference << '\t' << hit.title << '\t'
              << hit.date.toString(QStringLiteral("dd.MM.yyyy"));
        if (hit.snippet.page > 0)
            out() << "\tp. " << hit.snippet.page;
        if (hit.otherHits > 0)
            out() << "\t+" << hit.otherHits << " more in this file";
        out() << Qt::endl << "    " << hit.snippet.bracketed() << Qt::endl;
    }
    if (result->complete)
        err() << result->caseFiles << " case file(s), " << result->objects << " hit(s)" << Qt::endl;
    else
        err() << result->caseFiles << " case file(s) among the newest " << result->objects << " hit(s), of about "
              << result->estimatedObjects << " in all" << Qt::endl;
    return 0;
}

}  // namespace aw::cli
