// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <set>
#include <string>
#include <vector>

namespace aw::storage {
class Analyzer;
}

namespace aw::search {

using storage::Analyzer;

// What a query looks for, to find it again in a text: folded words, stems and word starts.
struct Highlight
{
    std::set<std::string> words;
    std::set<std::string> stems;
    std::vector<std::string> prefixes;
    bool empty() const { return words.empty() && stems.empty() && prefixes.empty(); }
};

// A short piece of text around the densest hits, with the hits marked.
struct Snippet
{
    QString text;
    struct Mark
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };
    QList<Mark> marks;  // in `text`
    int page = 0;       // 1-based page of the first hit, for texts with form feeds between pages; 0: none

    // The text with [ ] around the hits (for the command line).
    QString bracketed() const;
};

Snippet makeSnippet(const QString &text, const Highlight &highlight, Analyzer &analyzer, int maxChars = 220);

}  // namespace aw::search
