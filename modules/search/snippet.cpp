// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/snippet.h"

#include "storage/analyzer.h"

#include <algorithm>

namespace aw::search {

namespace {

bool matches(const std::string &word, const Highlight &h, Analyzer &analyzer)
{
    if (h.words.count(word))
        return true;
    for (const auto &prefix : h.prefixes) {
        if (word.compare(0, prefix.size(), prefix) == 0)
            return true;
    }
    if (h.stems.empty())
        return false;
    const std::string &stem = analyzer.stem(word);
    return !stem.empty() && h.stems.count(stem);
}

QString clean(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return out;
}

}  // namespace

QString Snippet::bracketed() const
{
    QString out = text;
    for (auto it = marks.crbegin(); it != marks.crend(); ++it) {
        out.insert(it->start + it->length, QLatin1Char(']'));
        out.insert(it->start, QLatin1Char('['));
    }
    return out;
}

Snippet makeSnippet(const QString &text, const Highlight &highlight, Analyzer &analyzer, int maxChars)
{
    Snippet s;
    if (text.isEmpty())
        return s;
    // The words, read piece by piece and only until a few windows past the first hit: the text of
    // a long document is not read to its end for a snippet at its start.
    std::vector<Analyzer::Token> tokens;
    std::vector<size_t> hits;
    constexpr qsizetype Piece = 8192;
    qsizetype stop = highlight.empty() ? 0 : text.size();  // without words to mark: the start
    for (qsizetype at = 0; at < stop;) {
        qsizetype end = std::min(text.size(), at + Piece);
        while (end < text.size() && (Analyzer::isWordChar(text[end].unicode()) || text[end].isSurrogate()))
            ++end;  // not within a word
        for (auto &t : analyzer.tokens(QStringView(text).mid(at, end - at))) {
            t.start += at;
            if (matches(t.word, highlight, analyzer)) {
                if (hits.empty())
                    stop = std::min(stop, t.start + 4 * qsizetype(maxChars));
                hits.push_back(tokens.size());
            }
            tokens.push_back(std::move(t));
        }
        at = end;
    }
    // The window of text with the most hits, starting at a hit.
    qsizetype from = 0;
    size_t best = 0, bestCount = 0;
    for (size_t a = 0, b = 0; a < hits.size(); ++a) {
        while (b < hits.size() && tokens[hits[b]].start + tokens[hits[b]].length - tokens[hits[a]].start <= maxChars)
            ++b;
        if (b - a > bestCount) {
            bestCount = b - a;
            best = a;
        }
    }
    if (!hits.empty()) {
        const qsizetype first = tokens[hits[best]].start;
        // A little context before the first hit, from a word start.
        from = std::max<qsizetype>(0, first - maxChars / 5);
        while (from > 0 && from < first && text[from - 1].isLetterOrNumber())
            ++from;
        s.page = int(QStringView(text).left(first).count(QLatin1Char('\f'))) + 1;
    }
    qsizetype to = std::min<qsizetype>(text.size(), from + maxChars);
    while (to < text.size() && to > from && text[to - 1].isLetterOrNumber() && text[to].isLetterOrNumber())
        --to;
    const bool cutStart = from > 0, cutEnd = to < text.size();
    QString body = clean(QStringView(text).mid(from, to - from));
    const qsizetype shift = cutStart ? 1 : 0;
    s.text = (cutStart ? QStringLiteral("…") : QString()) + body + (cutEnd ? QStringLiteral("…") : QString());
    for (size_t h : hits) {
        const auto &t = tokens[h];
        if (t.start >= from && t.start + t.length <= to)
            s.marks.append({t.start - from + shift, t.length});
    }
    return s;
}

}  // namespace aw::search
