// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/names.h"

#include <QList>

#include <algorithm>
#include <functional>

namespace aw::civilstatus {

namespace {

// matchScore(): the weights. A matching birth date outweighs everything else; the current family
// name outweighs the birth name even when only the keys match; exact spellings outweigh keys.
constexpr int kAnyMatch = 1;
constexpr int kFamilyNameExact = 40;
constexpr int kFamilyNameKey = 30;
constexpr int kBirthNameExact = 20;
constexpr int kBirthNameKey = 15;
constexpr int kFirstNamesExact = 20;
constexpr int kFirstNamesKey = 15;
constexpr int kBirthDate = 100;

// Apostrophes of every kind are dropped: "O'Neill" = "ONeill", "D’Angelo" = "DAngelo".
bool isApostrophe(char32_t c)
{
    switch (c) {
    case U'\'':
    case U'`':
    case U'\u00B4':  // acute accent used as an apostrophe
    case U'\u02BC':  // modifier letter apostrophe (a letter to Unicode)
    case U'\u2018':
    case U'\u2019':
    case U'\u2032':  // prime
        return true;
    default:
        return false;
    }
}

bool isCombiningMark(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// German umlauts and ß in lower case: ä → ae (or a), ß → ss.
QString replaceUmlauts(const QString &lower, bool expand)
{
    QString out;
    out.reserve(lower.size() + 8);
    for (const QChar c : lower) {
        switch (c.unicode()) {
        case u'\u00E4':
            out += expand ? QLatin1String("ae") : QLatin1String("a");
            break;
        case u'\u00F6':
            out += expand ? QLatin1String("oe") : QLatin1String("o");
            break;
        case u'\u00FC':
            out += expand ? QLatin1String("ue") : QLatin1String("u");
            break;
        case u'\u00DF':
            out += QLatin1String("ss");
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

// Decomposes (NFD), drops combining marks and apostrophes, keeps letters and turns every run of
// anything else (blanks, hyphens, dots, digits) into a single blank between words.
QString lettersAndBlanks(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool gap = false;
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_D).toUcs4();
    for (const uint cp : codePoints) {
        const auto c = char32_t(cp);
        if (isApostrophe(c) || isCombiningMark(c))
            continue;
        if (!QChar::isLetter(c)) {
            gap = !out.isEmpty();
            continue;
        }
        if (gap)
            out += QLatin1Char(' ');
        gap = false;
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(char16_t(c));
        }
    }
    return out;
}

// The spelling as typed, compared case-insensitively and with blanks evened out.
QString spelling(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).toLower().simplified();
}

// The first names one by one, each with its keys (expanded and dropped umlauts).
QList<QStringList> firstNameKeys(const QString &names)
{
    const QStringList keys = nameKeys(names);
    if (keys.isEmpty())
        return {};
    const QStringList expanded = keys.at(0).split(QLatin1Char(' '));
    const QStringList dropped = keys.at(1).split(QLatin1Char(' '));
    QList<QStringList> result;
    for (qsizetype i = 0; i < expanded.size(); ++i) {
        // Replacing umlauts never adds or removes a word, so the two lists run in step.
        result.append(i < dropped.size() ? QStringList{expanded.at(i), dropped.at(i)} : QStringList{expanded.at(i)});
    }
    return result;
}

bool anyKeyShared(const QStringList &a, const QStringList &b)
{
    for (const QString &key : a) {
        if (b.contains(key))
            return true;
    }
    return false;
}

// Every wanted first name is paired with its own recorded one (a bipartite matching, so "Anna
// Anna" does not match a single "Anna" and the order of pairing cannot spoil a possible match).
bool everyWantedPaired(const QList<QStringList> &wanted, const QList<QStringList> &recorded)
{
    if (wanted.size() > recorded.size())
        return false;
    QList<qsizetype> pairedWith(recorded.size(), -1);  // recorded → wanted
    std::function<bool(qsizetype, QList<bool> &)> pair = [&](qsizetype w, QList<bool> &tried) {
        for (qsizetype r = 0; r < recorded.size(); ++r) {
            if (tried.at(r) || !anyKeyShared(wanted.at(w), recorded.at(r)))
                continue;
            tried[r] = true;
            if (pairedWith.at(r) < 0 || pair(pairedWith.at(r), tried)) {
                pairedWith[r] = w;
                return true;
            }
        }
        return false;
    };
    for (qsizetype w = 0; w < wanted.size(); ++w) {
        QList<bool> tried(recorded.size(), false);
        if (!pair(w, tried))
            return false;
    }
    return true;
}

// Whether every wanted first name is written exactly (but for case) as one of the recorded ones.
bool firstNamesSpelledAlike(const QString &wanted, const QString &recorded)
{
    const QStringList have = spelling(recorded).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList want = spelling(wanted).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &name : want) {
        if (!have.contains(name))
            return false;
    }
    return true;
}

// The score of the query's last name against one recorded name: exact, by key, or 0.
int nameScore(const QString &wanted, const QString &recorded, int exact, int byKey)
{
    if (recorded.trimmed().isEmpty())
        return 0;
    if (spelling(wanted) == spelling(recorded))
        return exact;
    return sameName(wanted, recorded) ? byKey : 0;
}

}  // namespace

QStringList nameKeys(const QString &name)
{
    // Composed first, so that a "u" followed by a combining diaeresis counts as "ü".
    const QString lower = name.normalized(QString::NormalizationForm_C).toLower();
    const QString expanded = lettersAndBlanks(replaceUmlauts(lower, true));
    if (expanded.isEmpty())
        return {};
    return {expanded, lettersAndBlanks(replaceUmlauts(lower, false))};
}

QString nameKey(const QString &name)
{
    const QStringList keys = nameKeys(name);
    return keys.isEmpty() ? QString() : keys.first();
}

bool sameName(const QString &a, const QString &b)
{
    // Names without letters have no keys and are the same as nothing.
    return anyKeyShared(nameKeys(a), nameKeys(b));
}

bool firstNamesMatch(const QString &wanted, const QString &recorded)
{
    const QList<QStringList> want = firstNameKeys(wanted);
    if (want.isEmpty())
        return true;
    return everyWantedPaired(want, firstNameKeys(recorded));
}

int matchScore(const NameQuery &query, const QString &firstNames, const QString &lastName, const QString &birthName,
               const QDate &birthDate)
{
    int score = kAnyMatch;

    if (!nameKey(query.lastName).isEmpty()) {
        const int onName = std::max(nameScore(query.lastName, lastName, kFamilyNameExact, kFamilyNameKey),
                                    nameScore(query.lastName, birthName, kBirthNameExact, kBirthNameKey));
        if (onName == 0)
            return 0;
        score += onName;
    }

    if (!nameKey(query.firstNames).isEmpty()) {
        if (!firstNamesMatch(query.firstNames, firstNames))
            return 0;
        score += firstNamesSpelledAlike(query.firstNames, firstNames) ? kFirstNamesExact : kFirstNamesKey;
    }

    // An unknown recorded birth date does not disagree; it just adds nothing.
    if (query.birthDate.isValid() && birthDate.isValid()) {
        if (query.birthDate != birthDate)
            return 0;
        score += kBirthDate;
    }
    return score;
}

}  // namespace aw::civilstatus
