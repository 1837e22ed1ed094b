// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/permissions.h"
#include "core/result.h"
#include "search/snippet.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace aw::storage {
class Store;
}

namespace aw::search {

// Where to look. Permissions always apply on top: clerks read their units' open files,
// supervisors and the registry also their units' closed ones (the archive).
enum class Scope
{
    Mine,     // proceedings assigned to me and their documents
    Units,    // everything of my units I may read
    Archive,  // closed (zdA) files of my units
};
QString scopeName(Scope scope);  // "mine", "units", "archive"
bool scopeFromName(const QString &name, Scope *scope);

enum class Sort
{
    Relevance,  // relevance and recency
    Newest,
    Oldest,
};

struct SearchRequest
{
    QString query;
    Scope scope = Scope::Units;
    Sort sort = Sort::Relevance;
    int offset = 0;  // in case files
    int limit = 50;
};

// One case file in the results, with its best hit.
struct SearchHit
{
    QString caseFileId;
    QString caseReference;
    QString caseSubject;
    QString objectType;  // of the best hit: case_file, proceeding, document
    QString objectId;
    QString proceedingId;  // of a proceeding or document hit
    QString title;         // document title, or the subject of the proceeding or case file
    QString reference;     // of the proceeding (or case file)
    QDate date;
    QString unitId;
    QString status;
    QString type;
    bool archived = false;
    Snippet snippet;
    int otherHits = 0;  // more hits in the same case file
    double score = 0;
    qint64 indexRow = 0;  // the object's row in the search index
};

struct FacetValue
{
    QString value;   // id or code
    QString label;   // what the user reads
    QString filter;  // the query clause that narrows a search to it, e.g. einheit:StA
    qint64 count = 0;
};

struct Facets
{
    QList<FacetValue> units, nodes, years, statuses, types;
};

struct SearchResult
{
    QList<SearchHit> hits;
    qint64 caseFiles = 0;  // how many case files have hits
    qint64 objects = 0;    // how many case files, proceedings and documents
    // false: more hits than were read (a very common word); the counts and facets are then
    // those of the newest hits read, and the numbers are lower bounds.
    bool complete = true;
    // All hits: `objects` when complete, else estimated from how far back in time the hits read
    // reach (row numbers follow the dates).
    qint64 estimatedObjects = 0;
    Facets facets;
    qint64 unindexed = 0;  // objects of an older store not yet in the index
};

// Runs searches for one user on the calling thread's connection.
class Searcher
{
public:
    Searcher(std::shared_ptr<storage::Store> store, core::Actor actor);
    ~Searcher();
    core::Result<SearchResult> search(const SearchRequest &request);

    // Hits read per search, newest first: all of them for most words; for very common ones the
    // newest this many, which are ranked and counted.
    static constexpr int Window = 1000;
    // A prefix of more words and stems than this is left to FTS5's own prefix search (which merges
    // all their hits first: 0.4 s for a prefix of 1,146 words at a million documents, against 70 ms).
    static constexpr int MaxPrefixTerms = 2000;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace aw::search
