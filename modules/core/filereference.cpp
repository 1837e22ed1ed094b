// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filereference.h"

#include <QCoreApplication>
#include <QRegularExpressionMatch>

#include <algorithm>
#include <utility>

namespace aw::core {

namespace {

// Without an explicit width, a placeholder still refuses absurd widths such as {seq:400}.
constexpr int MaxWidth = 9;
constexpr int YearDigits = 4;

QString planCodeRegex()
{
    return QStringLiteral("[0-9A-Za-z]+(?:\\.[0-9A-Za-z]+)*");
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString padded(int number, int width)
{
    const QString digits = QString::number(number);
    return number < 0 ? digits : digits.rightJustified(width, u'0');
}

bool isAsciiDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

}  // namespace

FileReferencePattern::FileReferencePattern()
    : FileReferencePattern(create(QLatin1String(DefaultPattern), QLatin1String(DefaultProceedingSuffix)).value())
{}

FileReferencePattern::FileReferencePattern(QString pattern, QString suffix, std::vector<Token> tokens,
                                           std::vector<Token> suffixTokens)
    : m_pattern(std::move(pattern))
    , m_suffix(std::move(suffix))
    , m_tokens(std::move(tokens))
    , m_suffixTokens(std::move(suffixTokens))
{
    QString main;
    for (const Token &token : m_tokens)
        main += tokenRegex(token);
    QString suffixRegex;
    for (const Token &token : m_suffixTokens)
        suffixRegex += tokenRegex(token);
    m_regex.setPattern(
        QRegularExpression::anchoredPattern(main % QLatin1String("(?:") % suffixRegex % QLatin1String(")?")));
    m_regex.optimize();
}

Result<std::vector<FileReferencePattern::Token>> FileReferencePattern::tokenize(const QString &text, bool isSuffix)
{
    const auto where = [&] {
        return isSuffix
                   ? QCoreApplication::translate("aw::core::FileReference", "the proceeding suffix “%1”").arg(text)
                   : QCoreApplication::translate("aw::core::FileReference", "the reference pattern “%1”").arg(text);
    };

    std::vector<Token> tokens;
    QString literal;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'}') {
            return invalid(
                QCoreApplication::translate("aw::core::FileReference", "There is a “}” without an opening “{” in %1.")
                    .arg(where()));
        }
        if (c != u'{') {
            literal += c;
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(u'}', i + 1);
        if (close < 0) {
            return invalid(
                QCoreApplication::translate("aw::core::FileReference", "There is a “{” without a closing “}” in %1.")
                    .arg(where()));
        }
        Token token;
        token.text = text.mid(i, close - i + 1);
        const QString inner = text.mid(i + 1, close - i - 1);
        const qsizetype colon = inner.indexOf(u':');
        const QString name = colon < 0 ? inner : inner.left(colon);

        if (name == QLatin1String("plan")) {
            token.kind = Token::Kind::Plan;
        } else if (name == QLatin1String("unit")) {
            token.kind = Token::Kind::Unit;
        } else if (name == QLatin1String("seq")) {
            token.kind = Token::Kind::Sequence;
        } else if (name == QLatin1String("year")) {
            token.kind = Token::Kind::Year;
        } else if (name == QLatin1String("proc")) {
            token.kind = Token::Kind::Proceeding;
        } else {
            return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                       "%1 in %2 is not a known placeholder; use {plan}, {unit}, "
                                                       "{seq} and {year}, and {proc} in the proceeding suffix.")
                               .arg(quoted(token.text), where()));
        }

        if (colon >= 0) {
            const bool takesWidth = token.kind == Token::Kind::Sequence || token.kind == Token::Kind::Proceeding;
            if (!takesWidth) {
                return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                           "Only {seq} and {proc} take a width; %1 in %2 does not.")
                                   .arg(quoted(token.text), where()));
            }
            const QString width = inner.mid(colon + 1);
            token.width = isAsciiDigits(width) && width.size() <= 2 ? width.toInt() : 0;
            if (token.width < 1 || token.width > MaxWidth) {
                return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                           "The width in %1 in %2 must be a number from 1 to %3, "
                                                           "as in {seq:4}.")
                                   .arg(quoted(token.text), where())
                                   .arg(MaxWidth));
            }
        }

        if (isSuffix && token.kind != Token::Kind::Proceeding) {
            return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                       "%1 does not belong in %2; the suffix takes only {proc} and "
                                                       "literal text.")
                               .arg(quoted(token.text), where()));
        }
        if (!isSuffix && token.kind == Token::Kind::Proceeding) {
            return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                       "%1 belongs in the proceeding suffix, not in %2.")
                               .arg(quoted(token.text), where()));
        }

        if (!literal.isEmpty()) {
            tokens.push_back({Token::Kind::Literal, literal, 0});
            literal.clear();
        }
        tokens.push_back(std::move(token));
        i = close + 1;
    }
    if (!literal.isEmpty())
        tokens.push_back({Token::Kind::Literal, literal, 0});
    return tokens;
}

Result<FileReferencePattern> FileReferencePattern::create(const QString &pattern, const QString &proceedingSuffix)
{
    if (pattern.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("aw::core::FileReference", "The reference pattern is empty."));

    auto tokens = tokenize(pattern, false);
    if (!tokens)
        return tokens.error();
    auto suffixTokens = tokenize(proceedingSuffix, true);
    if (!suffixTokens)
        return suffixTokens.error();

    const auto count = [](const std::vector<Token> &list, Token::Kind kind) {
        return std::count_if(list.begin(), list.end(), [kind](const Token &t) { return t.kind == kind; });
    };
    const std::pair<Token::Kind, QLatin1String> required[] = {
        {Token::Kind::Plan, QLatin1String("{plan}")},
        {Token::Kind::Sequence, QLatin1String("{seq}")},
        {Token::Kind::Year, QLatin1String("{year}")},
    };
    for (const auto &[kind, name] : required) {
        if (count(*tokens, kind) != 1) {
            return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                       "The reference pattern “%1” must contain %2 exactly once.")
                               .arg(pattern, name));
        }
    }
    if (count(*tokens, Token::Kind::Unit) > 1) {
        return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                   "The reference pattern “%1” may contain {unit} at most once.")
                           .arg(pattern));
    }
    if (count(*suffixTokens, Token::Kind::Proceeding) != 1) {
        return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                   "The proceeding suffix “%1” must contain {proc} exactly once.")
                           .arg(proceedingSuffix));
    }

    // Two placeholders side by side, like "{plan}{seq}", could not be told apart when parsing.
    std::vector<Token> all = *tokens;
    all.insert(all.end(), suffixTokens->begin(), suffixTokens->end());
    for (std::size_t i = 1; i < all.size(); ++i) {
        if (all[i - 1].kind != Token::Kind::Literal && all[i].kind != Token::Kind::Literal) {
            return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                       "In “%1”, the placeholders %2 and %3 must be separated by "
                                                       "some text.")
                               .arg(pattern + proceedingSuffix, quoted(all[i - 1].text), quoted(all[i].text)));
        }
    }

    return FileReferencePattern(pattern, proceedingSuffix, std::move(tokens).value(), std::move(suffixTokens).value());
}

QString FileReferencePattern::format(const FileReference &reference) const
{
    const auto append = [&reference](QString &out, const Token &token) {
        switch (token.kind) {
        case Token::Kind::Literal:
            out += token.text;
            break;
        case Token::Kind::Plan:
            out += reference.planCode;
            break;
        case Token::Kind::Unit:
            out += reference.unitCode;
            break;
        case Token::Kind::Sequence:
            out += padded(reference.sequence, token.width);
            break;
        case Token::Kind::Year:
            out += padded(reference.year, YearDigits);
            break;
        case Token::Kind::Proceeding:
            out += padded(reference.proceeding, token.width);
            break;
        }
    };

    QString out;
    for (const Token &token : m_tokens)
        append(out, token);
    if (reference.isProceeding()) {
        for (const Token &token : m_suffixTokens)
            append(out, token);
    }
    return out;
}

Result<FileReference> FileReferencePattern::parse(const QString &text) const
{
    const QString input = text.trimmed();
    if (input.isEmpty()) {
        return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                   "The file reference is empty; expected something like “%1”.")
                           .arg(format({QStringLiteral("123.30"), QStringLiteral("StA"), 11, 2026, 0})));
    }

    const QRegularExpressionMatch match = m_regex.match(input);
    if (!match.hasMatch())
        return mismatch(input);

    FileReference reference;
    reference.planCode = match.captured(QStringLiteral("plan"));
    reference.unitCode = match.captured(QStringLiteral("unit"));
    reference.year = match.captured(QStringLiteral("year")).toInt();

    bool ok = false;
    reference.sequence = match.captured(QStringLiteral("seq")).toInt(&ok);
    if (!ok) {
        return invalid(
            QCoreApplication::translate("aw::core::FileReference", "The sequence number in “%1” is too large.")
                .arg(input));
    }
    if (reference.sequence < 1) {
        return invalid(
            QCoreApplication::translate("aw::core::FileReference", "The sequence number in “%1” must be 1 or more.")
                .arg(input));
    }

    if (match.capturedStart(QStringLiteral("proc")) >= 0) {
        reference.proceeding = match.captured(QStringLiteral("proc")).toInt(&ok);
        if (!ok) {
            return invalid(
                QCoreApplication::translate("aw::core::FileReference", "The proceeding number in “%1” is too large.")
                    .arg(input));
        }
        if (reference.proceeding < 1) {
            return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                       "The proceeding number in “%1” must be 1 or more.")
                               .arg(input));
        }
    }
    return reference;
}

QString FileReferencePattern::tokenRegex(const Token &token)
{
    const auto digits = [](int width) {
        return width > 0 ? QStringLiteral("\\d{%1,}").arg(width) : QStringLiteral("\\d+");
    };
    switch (token.kind) {
    case Token::Kind::Literal:
        return QRegularExpression::escape(token.text);
    case Token::Kind::Plan:
        return QLatin1String("(?<plan>") % planCodeRegex() % QLatin1String(")");
    case Token::Kind::Unit:
        return QStringLiteral("(?<unit>[A-Za-z0-9]+)");
    case Token::Kind::Sequence:
        return QLatin1String("(?<seq>") % digits(token.width) % QLatin1String(")");
    case Token::Kind::Year:
        return QStringLiteral("(?<year>\\d{%1})").arg(YearDigits);
    case Token::Kind::Proceeding:
        return QLatin1String("(?<proc>") % digits(token.width) % QLatin1String(")");
    }
    return {};
}

// Finds how far the text follows the pattern, token by token, to name the first part that does not fit.
Error FileReferencePattern::mismatch(const QString &text) const
{
    std::vector<const Token *> all;
    for (const Token &token : m_tokens)
        all.push_back(&token);
    for (const Token &token : m_suffixTokens)
        all.push_back(&token);

    QString prefix = QStringLiteral("\\A");
    qsizetype matched = 0;
    std::size_t next = 0;
    for (; next < all.size(); ++next) {
        const QString candidate = prefix + tokenRegex(*all[next]);
        const QRegularExpressionMatch match = QRegularExpression(candidate).match(text);
        if (!match.hasMatch())
            break;
        prefix = candidate;
        matched = match.capturedLength(0);
    }

    // A text that follows the whole case-file pattern but does not go on with the suffix has extra text at the end.
    const bool trailing = next == all.size() || (next == m_tokens.size() && all[next]->kind == Token::Kind::Literal);
    const bool reachedSuffix = next > m_tokens.size() || (next == m_tokens.size() && !trailing);
    const QString shownPattern = reachedSuffix ? m_pattern + m_suffix : m_pattern;
    if (trailing) {
        return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                   "“%1” does not match the reference pattern “%2”: unexpected “%3” "
                                                   "at the end.")
                           .arg(text, shownPattern, text.mid(matched)));
    }

    const Token &token = *all[next];
    QString expected;
    switch (token.kind) {
    case Token::Kind::Literal:
        expected = quoted(token.text);
        break;
    case Token::Kind::Plan:
        expected = QCoreApplication::translate("aw::core::FileReference", "a file-plan code such as “123.30”");
        break;
    case Token::Kind::Unit:
        expected = QCoreApplication::translate("aw::core::FileReference", "a unit code of letters and digits");
        break;
    case Token::Kind::Sequence:
        expected = token.width > 0
                       ? QCoreApplication::translate("aw::core::FileReference",
                                                     "a sequence number of at least %n digit(s)", nullptr, token.width)
                       : QCoreApplication::translate("aw::core::FileReference", "a sequence number");
        break;
    case Token::Kind::Year:
        expected = QCoreApplication::translate("aw::core::FileReference", "a four-digit year");
        break;
    case Token::Kind::Proceeding:
        expected = token.width > 0 ? QCoreApplication::translate("aw::core::FileReference",
                                                                 "a proceeding number of at least %n digit(s)", nullptr,
                                                                 token.width)
                                   : QCoreApplication::translate("aw::core::FileReference", "a proceeding number");
        break;
    }

    if (matched == 0) {
        return invalid(QCoreApplication::translate("aw::core::FileReference",
                                                   "“%1” does not match the reference pattern “%2”: it should begin "
                                                   "with %3.")
                           .arg(text, shownPattern, expected));
    }
    return invalid(QCoreApplication::translate("aw::core::FileReference",
                                               "“%1” does not match the reference pattern “%2”: expected %3 after "
                                               "“%4”.")
                       .arg(text, shownPattern, expected, text.left(matched)));
}

bool isValidPlanCode(const QString &code)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(planCodeRegex()));
    return re.match(code).hasMatch();
}

}  // namespace aw::core
