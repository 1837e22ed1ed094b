// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/analyzer.h"

#include <QChar>

#include <cstring>
#include <functional>
#include <libstemmer.h>

namespace aw::storage {

namespace {

void appendUtf8(char32_t c, std::string &out)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// ae, oe, ue back to umlauts (not "ue" after q: "Quelle"), as Snowball's german2 does.
std::string umlauts(std::string_view folded)
{
    std::string out;
    out.reserve(folded.size());
    for (size_t i = 0; i < folded.size(); ++i) {
        const char c = folded[i];
        if (i + 1 < folded.size() && folded[i + 1] == 'e' &&
            (c == 'a' || c == 'o' || (c == 'u' && (i == 0 || folded[i - 1] != 'q')))) {
            out += c == 'a' ? "\xc3\xa4" : c == 'o' ? "\xc3\xb6" : "\xc3\xbc";
            ++i;
            continue;
        }
        out += c;
    }
    return out;
}

}  // namespace

char32_t nextCodePoint(const unsigned char *&p, const unsigned char *end)
{
    const unsigned char b = *p++;
    if (b < 0x80)
        return b;
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
    if (extra < 0 || b >= 0xF8 || end - p < extra)
        return 0xFFFD;
    char32_t c = b & (0x3F >> extra);
    for (int i = 0; i < extra; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0xFFFD;
        c = (c << 6) | (p[i] & 0x3F);
    }
    p += extra;
    return c > 0x10FFFF ? 0xFFFD : c;
}

bool Analyzer::isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return QChar::isLetterOrNumber(c);
}

void Analyzer::foldInto(char32_t c, std::string &out)
{
    if (c < 0x80) {
        out += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return;
    }
    switch (c) {
    case 0x00E4:  // ä
    case 0x00C4:
        out += "ae";
        return;
    case 0x00F6:  // ö
    case 0x00D6:
        out += "oe";
        return;
    case 0x00FC:  // ü
    case 0x00DC:
        out += "ue";
        return;
    case 0x00DF:  // ß
    case 0x1E9E:  // ẞ
        out += "ss";
        return;
    default:
        break;
    }
    if (QChar::decompositionTag(c) != QChar::NoDecomposition) {
        const QString parts = QChar::decomposition(c);
        for (QChar p : parts) {
            if (p.category() != QChar::Mark_NonSpacing && p.category() != QChar::Mark_SpacingCombining)
                foldInto(p.unicode(), out);
        }
        return;
    }
    appendUtf8(QChar::toLower(c), out);
}

struct Analyzer::Stemmer
{
    sb_stemmer *german = sb_stemmer_new("german", "UTF_8");
    ~Stemmer() { sb_stemmer_delete(german); }
};

// The stems of the words seen last, in one flat table: a lookup reads a slot and the text it points
// to. (A std::unordered_map of strings read a bucket, a node, the key and the stem, each elsewhere in
// memory: 12 % of an index rebuild.) Emptied when full, so its memory is bounded.
class Analyzer::StemCache
{
public:
    struct Found
    {
        bool known = false;
        std::string_view stem;
    };

    Found find(std::string_view word, size_t hash) const
    {
        if (m_slots.empty())
            return {};
        for (size_t i = hash & (Slots - 1);; i = (i + 1) & (Slots - 1)) {
            const Slot &s = m_slots[i];
            if (s.wordLength == 0)  // an empty slot: words are never empty
                return {};
            if (s.hash == hash && s.wordLength == word.size() &&
                std::memcmp(m_text.data() + s.at, word.data(), word.size()) == 0)
                return {true, std::string_view(m_text.data() + s.at + s.wordLength, s.stemLength)};
        }
    }

    void insert(std::string_view word, size_t hash, std::string_view stem)
    {
        if (word.empty() || word.size() > 255 || stem.size() > 255)
            return;
        if (m_slots.empty() || m_entries >= Slots / 2 || m_text.size() + word.size() + stem.size() > MaxText) {
            m_slots.assign(Slots, Slot{});
            m_text.clear();
            m_entries = 0;
        }
        size_t i = hash & (Slots - 1);
        while (m_slots[i].wordLength != 0)
            i = (i + 1) & (Slots - 1);
        m_slots[i] = Slot{hash, uint32_t(m_text.size()), uint8_t(word.size()), uint8_t(stem.size())};
        m_text.append(word).append(stem);
        ++m_entries;
    }

private:
    static constexpr size_t Slots = size_t(1) << 17;  // 2 MB; at most half of them used
    static constexpr size_t MaxText = size_t(4) << 20;

    struct Slot
    {
        uint64_t hash = 0;
        uint32_t at = 0;  // the word in m_text, its stem right after it
        uint8_t wordLength = 0;
        uint8_t stemLength = 0;
    };
    std::vector<Slot> m_slots;  // allocated with the first word
    std::string m_text;
    size_t m_entries = 0;
};

Analyzer::Analyzer()
    : m_stemmer(std::make_unique<Stemmer>())
    , m_stems(std::make_unique<StemCache>())
{}

Analyzer::~Analyzer() = default;

std::string Analyzer::fold(QStringView word)
{
    std::string out;
    out.reserve(size_t(word.size()) + 4);
    for (qsizetype i = 0; i < word.size(); ++i) {
        char32_t c = word[i].unicode();
        if (word[i].isHighSurrogate() && i + 1 < word.size() && word[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(word[i], word[i + 1]);
            ++i;
        }
        foldInto(c, out);
    }
    return out;
}

std::vector<Analyzer::Token> Analyzer::tokens(QStringView text) const
{
    std::vector<Token> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto codePointAt = [&](qsizetype at, int *units) {
        if (text[at].isHighSurrogate() && at + 1 < n && text[at + 1].isLowSurrogate()) {
            *units = 2;
            return QChar::surrogateToUcs4(text[at], text[at + 1]);
        }
        *units = 1;
        return char32_t(text[at].unicode());
    };
    while (i < n) {
        int units = 1;
        while (i < n && !isWordChar(codePointAt(i, &units)))
            i += units;
        const qsizetype start = i;
        while (i < n && isWordChar(codePointAt(i, &units)))
            i += units;
        if (i == start)
            break;
        std::string word = fold(text.mid(start, i - start));
        if (word.size() <= MaxWordBytes)
            out.push_back({std::move(word), start, i - start});
    }
    return out;
}

bool Analyzer::appendStem(std::string_view folded, std::string &out)
{
    const unsigned char first = folded.empty() ? 0 : static_cast<unsigned char>(folded.front());
    if (folded.empty() || (first >= '0' && first <= '9'))
        return false;
    const size_t hash = std::hash<std::string_view>{}(folded);
    if (const auto found = m_stems->find(folded, hash); found.known) {
        out.append(found.stem);
        return !found.stem.empty();
    }
    const std::string word = umlauts(folded);
    const sb_symbol *stem =
        sb_stemmer_stem(m_stemmer->german, reinterpret_cast<const sb_symbol *>(word.data()), int(word.size()));
    const std::string_view stemmed =
        stem ? std::string_view(reinterpret_cast<const char *>(stem), size_t(sb_stemmer_length(m_stemmer->german)))
             : std::string_view();
    m_stems->insert(folded, hash, stemmed);
    out.append(stemmed);
    return !stemmed.empty();
}

std::string Analyzer::stem(std::string_view folded)
{
    std::string out;
    appendStem(folded, out);
    return out;
}

}  // namespace aw::storage
