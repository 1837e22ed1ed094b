// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace aw::storage {

// How text becomes words for the search, the same for documents, queries and highlighting. A word
// is a run of letters and digits. It is folded: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other
// accents dropped (é→e). A word that starts with a letter also has a stem from Snowball's German
// stemmer (Debian's libstemmer); ae/oe/ue are read as umlauts first (Snowball's "german2"
// variant), so "Anträge", "Antraege" and "Antrag" meet. Not thread-safe (stemmer state, cache):
// one Analyzer per thread or connection.
class Analyzer
{
public:
    Analyzer();
    ~Analyzer();
    Analyzer(const Analyzer &) = delete;
    Analyzer &operator=(const Analyzer &) = delete;

    struct Token
    {
        std::string word;  // folded, UTF-8
        qsizetype start = 0;
        qsizetype length = 0;  // in the text given to tokens()
    };
    std::vector<Token> tokens(QStringView text) const;

    // The words of UTF-8 text: `onWord(folded, startByte, endByte)` for each.
    template <typename Emit>
    void forEachWord(const char *text, int size, Emit onWord) const;

    static std::string fold(QStringView word);
    // The stem of a folded word, or "" for a word that starts with a digit (not stemmed).
    std::string stem(std::string_view folded);
    // The same, appended to `out`; false (and nothing appended) for a word that is not stemmed. For
    // the tokenizer, which calls it for every word of every document.
    bool appendStem(std::string_view folded, std::string &out);

    // Words longer than this (in bytes, folded) are left out.
    static constexpr size_t MaxWordBytes = 64;

    static bool isWordChar(char32_t c);
    static void foldInto(char32_t c, std::string &out);

private:
    struct Stemmer;
    std::unique_ptr<Stemmer> m_stemmer;
    class StemCache;
    std::unique_ptr<StemCache> m_stems;
};

// One code point of UTF-8 at `p` (before `end`); advances `p`. Invalid bytes read as U+FFFD.
char32_t nextCodePoint(const unsigned char *&p, const unsigned char *end);

template <typename Emit>
void Analyzer::forEachWord(const char *text, int size, Emit onWord) const
{
    const auto *begin = reinterpret_cast<const unsigned char *>(text);
    const auto *end = begin + size;
    const auto *p = begin;
    std::string word;
    while (p < end) {
        const auto *start = p;
        char32_t c = nextCodePoint(p, end);
        if (!isWordChar(c))
            continue;
        word.clear();
        const unsigned char *wordEnd = p;
        for (;;) {
            foldInto(c, word);
            wordEnd = p;
            if (p >= end)
                break;
            const auto *next = p;
            c = nextCodePoint(next, end);
            if (!isWordChar(c))
                break;
            p = next;
        }
        if (word.size() <= MaxWordBytes)
            onWord(std::string_view(word), int(start - begin), int(wordEnd - begin));
    }
}

}  // namespace aw::storage
