// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/query.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <optional>
#include <variant>

namespace aw::search {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::search::Query)
};

constexpr qsizetype MaxQueryLength = 1000;
constexpr qsizetype MinPrefix = 3;

using Kind = Clause::Kind;

const QHash<QString, Kind> &fieldNames()
{
    static const QHash<QString, Kind> names = {
        {QStringLiteral("az"), Kind::Reference},
        {QStringLiteral("ref"), Kind::Reference},
        {QStringLiteral("betreff"), Kind::Subject},
        {QStringLiteral("subject"), Kind::Subject},
        {QStringLiteral("einheit"), Kind::Unit},
        {QStringLiteral("unit"), Kind::Unit},
        {QStringLiteral("bearbeiter"), Kind::Assignee},
        {QStringLiteral("assignee"), Kind::Assignee},
        {QStringLiteral("status"), Kind::Status},
        {QStringLiteral("typ"), Kind::Type},
        {QStringLiteral("type"), Kind::Type},
        {QStringLiteral("von"), Kind::From},
        {QStringLiteral("from"), Kind::From},
        {QStringLiteral("bis"), Kind::To},
        {QStringLiteral("to"), Kind::To},
        {QStringLiteral("archiv"), Kind::Archived},
        {QStringLiteral("archive"), Kind::Archived},
        {QStringLiteral("aktenplan"), Kind::Node},
        {QStringLiteral("plan"), Kind::Node},
    };
    return names;
}

QString knownFields()
{
    return QStringLiteral("az:, betreff:, einheit:, bearbeiter:, status:, typ:, von:, bis:, archiv:, aktenplan:");
}

std::optional<QString> lookup(const QHash<QString, QString> &values, const QString &value)
{
    const auto found = values.constFind(value.toLower());
    if (found == values.cend())
        return std::nullopt;
    return *found;
}

std::optional<QString> statusCode(const QString &value)
{
    static const QHash<QString, QString> values = {
        {QStringLiteral("offen"), QStringLiteral("open")},
        {QStringLiteral("open"), QStringLiteral("open")},
        {QStringLiteral("bearbeitung"), QStringLiteral("in_progress")},
        {QStringLiteral("in_bearbeitung"), QStringLiteral("in_progress")},
        {QStringLiteral("in_progress"), QStringLiteral("in_progress")},
        {QStringLiteral("wartet"), QStringLiteral("waiting")},
        {QStringLiteral("wartend"), QStringLiteral("waiting")},
        {QStringLiteral("waiting"), QStringLiteral("waiting")},
        {QStringLiteral("abgeschlossen"), QStringLiteral("closed")},
        {QStringLiteral("erledigt"), QStringLiteral("closed")},
        {QStringLiteral("zda"), QStringLiteral("closed")},
        {QStringLiteral("closed"), QStringLiteral("closed")},
    };
    return lookup(values, value);
}

std::optional<QString> typeCode(const QString &value)
{
    static const QHash<QString, QString> values = {
        {QStringLiteral("eingang"), QStringLiteral("in")},
        {QStringLiteral("in"), QStringLiteral("in")},
        {QStringLiteral("ausgang"), QStringLiteral("out")},
        {QStringLiteral("out"), QStringLiteral("out")},
        {QStringLiteral("intern"), QStringLiteral("internal")},
        {QStringLiteral("internal"), QStringLiteral("internal")},
        {QStringLiteral("akte"), QStringLiteral("case_file")},
        {QStringLiteral("file"), QStringLiteral("case_file")},
        {QStringLiteral("vorgang"), QStringLiteral("proceeding")},
        {QStringLiteral("proceeding"), QStringLiteral("proceeding")},
        {QStringLiteral("dokument"), QStringLiteral("document")},
        {QStringLiteral("document"), QStringLiteral("document")},
    };
    return lookup(values, value);
}

std::optional<QString> archivedCode(const QString &value)
{
    static const QHash<QString, QString> values = {
        {QStringLiteral("ja"), QStringLiteral("1")},
        {QStringLiteral("yes"), QStringLiteral("1")},
        {QStringLiteral("nein"), QStringLiteral("0")},
        {QStringLiteral("no"), QStringLiteral("0")},
    };
    return lookup(values, value);
}

// The first (von:) or last (bis:) day of the period the text names.
std::optional<QDate> parseDate(const QString &value, bool end)
{
    static const QRegularExpression day(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{1,2})\\.(\\d{4})$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    QRegularExpressionMatch m;
    if ((m = day.match(value)).hasMatch()) {
        QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        return d.isValid() ? std::optional(d) : std::nullopt;
    }
    if ((m = iso.match(value)).hasMatch()) {
        QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional(d) : std::nullopt;
    }
    if ((m = month.match(value)).hasMatch()) {
        QDate d(m.captured(2).toInt(), m.captured(1).toInt(), 1);
        if (!d.isValid())
            return std::nullopt;
        return end ? d.addMonths(1).addDays(-1) : d;
    }
    if ((m = year.match(value)).hasMatch()) {
        const int y = m.captured(1).toInt();
        return end ? QDate(y, 12, 31) : QDate(y, 1, 1);
    }
    return std::nullopt;
}

core::Error invalid(const QString &message)
{
    return core::invalid(message);
}

// The value of a field: "quoted" or up to the next space. `i` is past the colon.
core::Result<QString> fieldValue(const QString &text, qsizetype &i, const QString &field)
{
    const qsizetype n = text.size();
    QString value;
    if (i < n && text[i] == QLatin1Char('"')) {
        const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
        if (close < 0)
            return invalid(Text::tr("The quotation mark after “%1:” is not closed.").arg(field));
        value = text.mid(i + 1, close - i - 1).simplified();
        i = close + 1;
    } else {
        const qsizetype start = i;
        while (i < n && !text[i].isSpace())
            ++i;
        value = text.mid(start, i - start);
    }
    if (value.isEmpty())
        return invalid(Text::tr("“%1:” needs a value, e.g. %1:%2.")
                           .arg(field, field == QLatin1String("az") ? QStringLiteral("12/2026") : QStringLiteral("…")));
    return value;
}

core::Result<Clause> fieldClause(Kind kind, const QString &field, const QString &value)
{
    Clause c;
    c.kind = kind;
    c.text = value;
    switch (kind) {
    case Kind::Reference:
        if (value.size() < MinPrefix)
            return invalid(
                Text::tr("“%1:” needs at least %2 characters of the file reference.").arg(field).arg(MinPrefix));
        return c;
    case Kind::Subject:
    case Kind::Unit:
    case Kind::Assignee:
    case Kind::Node:
        return c;
    case Kind::Status:
        if (auto code = statusCode(value)) {
            c.text = *code;
            return c;
        }
        return invalid(Text::tr("“%1” is not a status. Use status:offen, status:bearbeitung, status:wartet or "
                                "status:abgeschlossen.")
                           .arg(value));
    case Kind::Type:
        if (auto code = typeCode(value)) {
            c.text = *code;
            return c;
        }
        return invalid(Text::tr("“%1” is not a type. Use typ:eingang, typ:ausgang, typ:intern, typ:dokument, "
                                "typ:vorgang or typ:akte.")
                           .arg(value));
    case Kind::From:
    case Kind::To:
        if (auto date = parseDate(value, kind == Kind::To)) {
            c.date = *date;
            return c;
        }
        return invalid(
            Text::tr("“%1” is not a date. Write DD.MM.YYYY, MM.YYYY or YYYY, e.g. %2:01.03.2025.").arg(value, field));
    case Kind::Archived:
        if (auto code = archivedCode(value)) {
            c.text = *code;
            return c;
        }
        return invalid(Text::tr("Use %1:ja or %1:nein.").arg(field));
    case Kind::Word:
    case Kind::Prefix:
    case Kind::Phrase:
        break;
    }
    return c;
}

struct OrMark
{};
using Item = std::variant<Clause, OrMark>;

}  // namespace

core::Result<ParsedQuery> parseQuery(const QString &input)
{
    if (input.size() > MaxQueryLength)
        return invalid(Text::tr("The search is too long (at most %1 characters).").arg(MaxQueryLength));
    const QString text = input;
    const qsizetype n = text.size();
    static const QRegularExpression fieldName(QStringLiteral("([A-Za-z]+):"));

    QList<Item> items;
    qsizetype i = 0;
    while (true) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Clause clause;
        if (text[i] == QLatin1Char('-') && i + 1 < n && !text[i + 1].isSpace()) {
            clause.negated = true;
            ++i;
        }
        if (text[i] == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0)
                return invalid(Text::tr("A quotation mark is not closed. Put the phrase between two \" marks."));
            clause.kind = Kind::Phrase;
            clause.text = text.mid(i + 1, close - i - 1).simplified();
            i = close + 1;
            if (clause.text.isEmpty())
                return invalid(Text::tr("There is nothing between the quotation marks."));
            items.append(clause);
            continue;
        }
        const auto field =
            fieldName.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (field.hasMatch()) {
            const QString name = field.captured(1).toLower();
            const auto kind = fieldNames().constFind(name);
            if (kind == fieldNames().cend())
                return invalid(Text::tr("“%1:” is not a search field. Known fields: %2. To search for the text, "
                                        "put it in quotation marks.")
                                   .arg(field.captured(1), knownFields()));
            i += field.capturedLength(0);
            auto value = fieldValue(text, i, name);
            if (!value)
                return value.error();
            auto made = fieldClause(*kind, name, *value);
            if (!made)
                return made.error();
            made->negated = clause.negated;
            items.append(*made);
            continue;
        }
        const qsizetype start = i;
        while (i < n && !text[i].isSpace())
            ++i;
        QString word = text.mid(start, i - start);
        if (!clause.negated && (word == QLatin1String("OR") || word == QLatin1String("ODER"))) {
            items.append(OrMark{});
            continue;
        }
        if (word.endsWith(QLatin1Char('*'))) {
            while (word.endsWith(QLatin1Char('*')))
                word.chop(1);
            qsizetype letters = 0;
            for (QChar c : std::as_const(word))
                letters += c.isLetterOrNumber() ? 1 : 0;
            if (letters < MinPrefix)
                return invalid(
                    Text::tr("A search for the start of words needs at least %1 letters before the *.").arg(MinPrefix));
            clause.kind = Kind::Prefix;
        }
        clause.text = word;
        items.append(clause);
    }

    ParsedQuery parsed;
    bool joinNext = false;
    for (qsizetype k = 0; k < items.size(); ++k) {
        if (std::holds_alternative<OrMark>(items[k])) {
            if (parsed.groups.isEmpty() || joinNext || k + 1 == items.size())
                return invalid(Text::tr("OR needs a search term on both sides, e.g. Geburt OR Ehe."));
            joinNext = true;
            continue;
        }
        const Clause &clause = std::get<Clause>(items[k]);
        if (joinNext) {
            if (clause.negated || parsed.groups.last().first().negated)
                return invalid(Text::tr("An excluded term (-…) cannot be joined with OR."));
            parsed.groups.last().append(clause);
            joinNext = false;
        } else {
            parsed.groups.append({clause});
        }
    }
    if (parsed.groups.isEmpty())
        return invalid(Text::tr("Enter what to search for."));

    QDate from, to;
    for (const auto &group : std::as_const(parsed.groups)) {
        for (const auto &c : group) {
            if (c.negated)
                continue;
            if (c.kind == Kind::From && group.size() == 1)
                from = c.date;
            if (c.kind == Kind::To && group.size() == 1)
                to = c.date;
        }
    }
    if (from.isValid() && to.isValid() && from > to)
        return invalid(Text::tr("The start date (von:) lies after the end date (bis:)."));
    return parsed;
}

}  // namespace aw::search
