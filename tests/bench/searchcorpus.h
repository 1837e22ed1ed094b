// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace aw::storage {
class Store;
}

namespace aw::bench {

// A store for the search benchmark, written directly with SQL (no PDFs): units, a supervisor of
// all of them, a file plan, case files with proceedings, and documents of about `bytesPerDocument`
// of German administrative text from a Zipf-distributed vocabulary, with names, dates and
// references. Deterministic for a given size.
struct SearchCorpus
{
    qint64 documents = 0;
    qint64 rawTextBytes = 0;  // titles, subjects, references and text, UTF-8
    QString supervisorId;
    QStringList unitCodes;
    // Words by rank (most frequent first); what the queries are picked from.
    QStringList vocabulary;
    // Consecutive word pairs that occur in the text, for phrase queries; references of case files.
    QStringList phrases;
    QStringList references;
};

// The corpus of a store generated before (same size): read back instead of generated again.
core::Result<SearchCorpus> loadSearchCorpus(const std::shared_ptr<storage::Store> &store);

core::Result<SearchCorpus> generateSearchCorpus(const std::shared_ptr<storage::Store> &store, qint64 documents,
                                                int bytesPerDocument,
                                                const std::function<void(qint64 done)> &progress = {});

}  // namespace aw::bench
