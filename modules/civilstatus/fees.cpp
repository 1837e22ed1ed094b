// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/fees.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

using aw::core::Error;
using aw::core::Result;

namespace aw::civilstatus {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::civilstatus::FeeSchedule)
};

const CertificateType kAllTypes[] = {
    CertificateType::Birth, CertificateType::Marriage,         CertificateType::Partnership,
    CertificateType::Death, CertificateType::RegisterPrintout, CertificateType::International,
};

const QString kRatesKey = QStringLiteral("rates");
const QString kTypeKey = QStringLiteral("type");
const QString kFirstKey = QStringLiteral("first");
const QString kFurtherKey = QStringLiteral("further");
const QString kValidFromKey = QStringLiteral("validFrom");

// The office's values when no schedule is configured: 12,00 € for the first copy, 6,00 € for each
// further copy in the same request, for every type.
constexpr Cents kDefaultFirst = 1200;
constexpr Cents kDefaultFurther = 600;
const QDate kDefaultValidFrom(2024, 1, 1);

// Whole euros in an amount: at most 7 digits (9.999.999,99 €), so that a fee for any number of
// copies stays far inside qint64.
constexpr qsizetype kMaxEuroDigits = 7;
constexpr qint64 kMaxScheduleBytes = 1 << 20;

QString knownTypeKeys()
{
    QStringList keys;
    for (CertificateType type : kAllTypes)
        keys.append(certificateTypeKey(type));
    return keys.join(QLatin1String(", "));
}

// "12.00" for 1200: the file's notation.
QString amountText(Cents cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

// An amount in euros as a decimal string with a point and at most two decimals, as whole cents.
// A comma is refused rather than guessed: "1,500" could mean 1.50 or 1500 euros.
Result<Cents> parseAmount(const QJsonValue &value, const QString &field)
{
    if (value.isUndefined())
        return core::invalid(Text::tr("the field “%1” is missing").arg(field));
    if (!value.isString())
        return core::invalid(
            Text::tr("“%1” must be an amount in quotes, such as \"12.00\" (numbers are not accepted)").arg(field));
    const QString text = value.toString().trimmed();
    if (text.startsWith(QLatin1Char('-')))
        return core::invalid(Text::tr("“%1” is “%2”: amounts must not be negative").arg(field, text));
    if (text.contains(QLatin1Char(',')))
        return core::invalid(
            Text::tr("“%1” is “%2”: write amounts with a decimal point, such as \"12.00\"").arg(field, text));
    static const QRegularExpression pattern(QStringLiteral(R"(^([0-9]+)(?:\.([0-9]+))?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return core::invalid(Text::tr("“%1” is “%2”, not an amount such as \"12.00\"").arg(field, text));
    const QString decimals = match.captured(2);
    if (decimals.size() > 2)
        return core::invalid(Text::tr("“%1” is “%2”: at most two decimals (whole cents)").arg(field, text));
    QString euros = match.captured(1);
    while (euros.size() > 1 && euros.startsWith(QLatin1Char('0')))
        euros.remove(0, 1);
    if (euros.size() > kMaxEuroDigits)
        return core::invalid(Text::tr("“%1” is “%2”, which is too large").arg(field, text));
    const Cents cents = euros.toLongLong() * 100 + (decimals.leftJustified(2, QLatin1Char('0'))).toLongLong();
    return cents;
}

// One rate of the file; `line` is its place in the list, counted from 1, for messages.
Result<FeeRate> parseRate(const QJsonValue &value, qsizetype line)
{
    auto problem = [line](const QString &what) {
        return core::invalid(Text::tr("Fee schedule, rate %1: %2").arg(line).arg(what));
    };
    if (!value.isObject())
        return problem(Text::tr("must be an object with type, first, further and validFrom"));
    const QJsonObject object = value.toObject();

    FeeRate rate;
    const QJsonValue type = object.value(kTypeKey);
    if (type.isUndefined())
        return problem(Text::tr("the field “%1” is missing").arg(kTypeKey));
    if (!type.isString())
        return problem(Text::tr("“%1” must be text, one of %2").arg(kTypeKey, knownTypeKeys()));
    const std::optional<CertificateType> known = certificateTypeFromKey(type.toString());
    if (!known)
        return problem(
            Text::tr("unknown certificate type “%1”; known types are %2").arg(type.toString(), knownTypeKeys()));
    rate.type = *known;

    const Result<Cents> first = parseAmount(object.value(kFirstKey), kFirstKey);
    if (!first)
        return problem(first.error().message);
    rate.first = *first;
    const Result<Cents> further = parseAmount(object.value(kFurtherKey), kFurtherKey);
    if (!further)
        return problem(further.error().message);
    rate.further = *further;

    const QJsonValue validFrom = object.value(kValidFromKey);
    if (validFrom.isUndefined())
        return problem(Text::tr("the field “%1” is missing").arg(kValidFromKey));
    static const QRegularExpression isoDate(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString dateText = validFrom.toString();
    rate.validFrom = QDate::fromString(dateText, Qt::ISODate);
    if (!validFrom.isString() || !isoDate.match(dateText).hasMatch() || !rate.validFrom.isValid())
        return problem(
            Text::tr("“%1” must be a date written as YYYY-MM-DD, such as \"2024-01-01\"").arg(kValidFromKey));
    return rate;
}

bool rateBefore(const FeeRate &a, const FeeRate &b)
{
    if (a.type != b.type)
        return int(a.type) < int(b.type);
    return a.validFrom < b.validFrom;
}

}  // namespace

QString certificateTypeKey(CertificateType type)
{
    switch (type) {
    case CertificateType::Birth:
        return QStringLiteral("birth");
    case CertificateType::Marriage:
        return QStringLiteral("marriage");
    case CertificateType::Partnership:
        return QStringLiteral("partnership");
    case CertificateType::Death:
        return QStringLiteral("death");
    case CertificateType::RegisterPrintout:
        return QStringLiteral("printout");
    case CertificateType::International:
        return QStringLiteral("international");
    }
    return {};
}

std::optional<CertificateType> certificateTypeFromKey(const QString &key)
{
    for (CertificateType type : kAllTypes) {
        if (certificateTypeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

// The names as printed on the certificates: German whatever the interface speaks.
QString certificateTypeName(CertificateType type)
{
    switch (type) {
    case CertificateType::Birth:
        return QStringLiteral("Geburtsurkunde");
    case CertificateType::Marriage:
        return QStringLiteral("Eheurkunde");
    case CertificateType::Partnership:
        return QStringLiteral("Lebenspartnerschaftsurkunde");
    case CertificateType::Death:
        return QStringLiteral("Sterbeurkunde");
    case CertificateType::RegisterPrintout:
        return QStringLiteral("Beglaubigter Registerausdruck");
    case CertificateType::International:
        return QStringLiteral("Internationale Urkunde (mehrsprachig)");
    }
    return {};
}

// German notation with a point between thousands and a no-break space (U+00A0) before the euro
// sign, so that the amount and "€" never part at a line break: "1.234,56 €".
QString formatEuro(Cents cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    QString euros = QString::number(magnitude / 100);
    for (qsizetype at = euros.size() - 3; at > 0; at -= 3)
        euros.insert(at, QLatin1Char('.'));
    return (negative ? QStringLiteral("-") : QString()) + euros + QLatin1Char(',') +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')) + QChar(0x00A0) + QChar(0x20AC);
}

FeeSchedule FeeSchedule::defaults()
{
    FeeSchedule schedule;
    for (CertificateType type : kAllTypes)
        schedule.m_rates.append({type, kDefaultFirst, kDefaultFurther, kDefaultValidFrom});
    return schedule;
}

Result<FeeSchedule> FeeSchedule::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return core::invalid(Text::tr("The fee schedule is not valid JSON: %1 at character %2")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    const QJsonValue rates = document.object().value(kRatesKey);
    if (!document.isObject() || !rates.isArray())
        return core::invalid(
            Text::tr("The fee schedule must be a JSON object with a list “%1” of rates.").arg(kRatesKey));
    const QJsonArray list = rates.toArray();
    if (list.isEmpty())
        return core::invalid(Text::tr("The fee schedule lists no rates."));

    FeeSchedule schedule;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Result<FeeRate> rate = parseRate(list.at(i), i + 1);
        if (!rate)
            return rate.error();
        for (qsizetype j = 0; j < schedule.m_rates.size(); ++j) {
            const FeeRate &earlier = schedule.m_rates.at(j);
            if (earlier.type == rate->type && earlier.validFrom == rate->validFrom)
                return core::invalid(Text::tr("Fee schedule, rate %1: rate %2 already sets “%3” from %4")
                                         .arg(i + 1)
                                         .arg(j + 1)
                                         .arg(certificateTypeKey(rate->type), rate->validFrom.toString(Qt::ISODate)));
        }
        schedule.m_rates.append(std::move(rate).value());
    }
    std::stable_sort(schedule.m_rates.begin(), schedule.m_rates.end(), rateBefore);
    return schedule;
}

Result<FeeSchedule> FeeSchedule::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return core::notFound(Text::tr("The fee schedule “%1” is not a readable file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::ioError(Text::tr("The fee schedule “%1” cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxScheduleBytes + 1);
    if (bytes.size() > kMaxScheduleBytes)
        return core::invalid(Text::tr("The fee schedule “%1” is larger than 1 MiB.").arg(path));
    Result<FeeSchedule> schedule = fromJson(bytes);
    if (!schedule)
        return Error{schedule.error().code, Text::tr("%1: %2").arg(path, schedule.error().message)};
    return schedule;
}

QByteArray FeeSchedule::toJson() const
{
    QJsonArray list;
    for (const FeeRate &rate : m_rates) {
        list.append(QJsonObject{
            {kTypeKey, certificateTypeKey(rate.type)},
            {kFirstKey, amountText(rate.first)},
            {kFurtherKey, amountText(rate.further)},
            {kValidFromKey, rate.validFrom.toString(Qt::ISODate)},
        });
    }
    return QJsonDocument(QJsonObject{{kRatesKey, list}}).toJson(QJsonDocument::Indented);
}

Result<FeeRate> FeeSchedule::rateOn(CertificateType type, const QDate &day) const
{
    if (!day.isValid())
        return core::invalid(Text::tr("No valid date was given for the fee."));
    const FeeRate *found = nullptr;
    QDate earliest;
    for (const FeeRate &rate : m_rates) {
        if (rate.type != type)
            continue;
        if (!earliest.isValid() || rate.validFrom < earliest)
            earliest = rate.validFrom;
        if (rate.validFrom <= day && (!found || rate.validFrom > found->validFrom))
            found = &rate;
    }
    if (found)
        return *found;
    if (!earliest.isValid())
        return core::notFound(Text::tr("The fee schedule has no rate for “%1”.").arg(certificateTypeName(type)));
    return core::notFound(
        Text::tr("The fee schedule has no rate for “%1” on %2; the first one applies from %3.")
            .arg(certificateTypeName(type), day.toString(Qt::ISODate), earliest.toString(Qt::ISODate)));
}

Result<Cents> FeeSchedule::fee(CertificateType type, int copies, const QDate &day) const
{
    if (copies < 1)
        return core::invalid(Text::tr("At least one copy must be requested, not %1.").arg(copies));
    const Result<FeeRate> rate = rateOn(type, day);
    if (!rate)
        return rate.error();
    return rate->first + Cents(copies - 1) * rate->further;
}

}  // namespace aw::civilstatus
