// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/formview.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace aw::intake {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::intake::FormView)
};

// Services whose forms Aktenwerk knows: Urkundenanforderung, Anmeldung einer Wohnung, Geburt.
const char *const knownServices[] = {"99115004001000", "99115001001000", "99115003001000"};

// The fields these forms use, with their labels, in the order a clerk reads them (the data's own
// order is lost in parsing).
struct KnownField
{
    const char *key;
    const char *label;
};
const KnownField knownFields[] = {
    {"antragsteller", QT_TRANSLATE_NOOP("aw::intake::FormView", "Applicant")},
    {"zweitesElternteil", QT_TRANSLATE_NOOP("aw::intake::FormView", "Second parent")},
    {"betroffenePerson", QT_TRANSLATE_NOOP("aw::intake::FormView", "Person concerned")},
    {"kind", QT_TRANSLATE_NOOP("aw::intake::FormView", "Child")},
    {"vorname", QT_TRANSLATE_NOOP("aw::intake::FormView", "First name")},
    {"vornamen", QT_TRANSLATE_NOOP("aw::intake::FormView", "First names")},
    {"nachname", QT_TRANSLATE_NOOP("aw::intake::FormView", "Surname")},
    {"familienname", QT_TRANSLATE_NOOP("aw::intake::FormView", "Family name")},
    {"geburtsname", QT_TRANSLATE_NOOP("aw::intake::FormView", "Name at birth")},
    {"geburtsdatum", QT_TRANSLATE_NOOP("aw::intake::FormView", "Date of birth")},
    {"geburtszeit", QT_TRANSLATE_NOOP("aw::intake::FormView", "Time of birth")},
    {"geburtsort", QT_TRANSLATE_NOOP("aw::intake::FormView", "Place of birth")},
    {"geschlecht", QT_TRANSLATE_NOOP("aw::intake::FormView", "Sex")},
    {"staatsangehoerigkeit", QT_TRANSLATE_NOOP("aw::intake::FormView", "Nationality")},
    {"rolle", QT_TRANSLATE_NOOP("aw::intake::FormView", "Role")},
    {"anschrift", QT_TRANSLATE_NOOP("aw::intake::FormView", "Address")},
    {"wohnung", QT_TRANSLATE_NOOP("aw::intake::FormView", "New home")},
    {"strasse", QT_TRANSLATE_NOOP("aw::intake::FormView", "Street")},
    {"hausnummer", QT_TRANSLATE_NOOP("aw::intake::FormView", "House number")},
    {"plz", QT_TRANSLATE_NOOP("aw::intake::FormView", "Postcode")},
    {"ort", QT_TRANSLATE_NOOP("aw::intake::FormView", "Town")},
    {"email", QT_TRANSLATE_NOOP("aw::intake::FormView", "E-mail")},
    {"telefon", QT_TRANSLATE_NOOP("aw::intake::FormView", "Phone")},
    {"einzugsdatum", QT_TRANSLATE_NOOP("aw::intake::FormView", "Moving-in date")},
    {"bisherigeWohnung", QT_TRANSLATE_NOOP("aw::intake::FormView", "Previous home")},
    {"mitziehendePerson", QT_TRANSLATE_NOOP("aw::intake::FormView", "Person moving in too")},
    {"wohnungsgeber", QT_TRANSLATE_NOOP("aw::intake::FormView", "Landlord")},
    {"urkundenart", QT_TRANSLATE_NOOP("aw::intake::FormView", "Kind of certificate")},
    {"registereintrag", QT_TRANSLATE_NOOP("aw::intake::FormView", "Register entry")},
    {"berechtigung", QT_TRANSLATE_NOOP("aw::intake::FormView", "Entitlement")},
    {"anzahl", QT_TRANSLATE_NOOP("aw::intake::FormView", "Number of copies")},
    {"verwendungszweck", QT_TRANSLATE_NOOP("aw::intake::FormView", "Purpose")},
    {"zweck", QT_TRANSLATE_NOOP("aw::intake::FormView", "Purpose")},
    {"zustellung", QT_TRANSLATE_NOOP("aw::intake::FormView", "Delivery")},
    {"leistungen", QT_TRANSLATE_NOOP("aw::intake::FormView", "Services applied for")},
    {"urkunden", QT_TRANSLATE_NOOP("aw::intake::FormView", "Certificates")},
    {"bemerkung", QT_TRANSLATE_NOOP("aw::intake::FormView", "Remark")},
};

// The label and rank of a known field; rank -1 when unknown.
std::pair<QString, int> knownLabel(const QString &key)
{
    for (int i = 0; i < int(std::size(knownFields)); ++i)
        if (key == QLatin1String(knownFields[i].key))
            return {QCoreApplication::translate("aw::intake::FormView", knownFields[i].label), i};
    return {{}, -1};
}

// "bisherigeWohnung" → "Bisherige Wohnung", "plz_neu" → "Plz neu", "@typ" → "Typ". German nouns keep
// their capitals.
QString cleanLabel(QString key)
{
    if (key == QLatin1String("#text"))
        return Text::tr("Text");
    if (key.startsWith(QLatin1Char('@')))
        key.remove(0, 1);
    static const QRegularExpression hump(QStringLiteral("(?<=[a-zäöüß])(?=[A-ZÄÖÜ])"));
    key.replace(hump, QStringLiteral(" "));
    key.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    key = key.simplified();
    if (key.isEmpty())
        return key;
    key[0] = key[0].toUpper();
    return key;
}

QString readableValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String: {
        const QString text = value.toString();
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (isoDate.match(text).hasMatch()) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid())
                return date.toString(QStringLiteral("dd.MM.yyyy"));
        }
        return text;
    }
    case QJsonValue::Null:
        return Text::tr("(empty)");
    default:
        return {};
    }
}

bool isScalar(const QJsonValue &v)
{
    return !v.isArray() && !v.isObject() && !v.isUndefined();
}

constexpr int MaxDepth = 32;  // the data is outside input; deeper levels are shown as one value

FormField field(const QString &key, const QString &label, const QJsonValue &value, bool known, int depth);

QList<FormField> fields(const QJsonObject &object, bool known, int depth)
{
    QList<std::pair<int, FormField>> ranked;
    for (auto it = object.begin(); it != object.end(); ++it) {
        auto [label, rank] = known ? knownLabel(it.key()) : std::pair<QString, int>{{}, -1};
        if (label.isEmpty())
            label = cleanLabel(it.key());
        ranked.append(
            {rank < 0 ? int(std::size(knownFields)) : rank, field(it.key(), label, it.value(), known, depth + 1)});
    }
    // Known fields in reading order, the others after them by name.
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<FormField> out;
    for (auto &[rank, f] : ranked)
        out << std::move(f);
    return out;
}

FormField field(const QString &key, const QString &label, const QJsonValue &value, bool known, int depth)
{
    FormField f{key, label, {}, {}};
    if (depth > MaxDepth) {
        f.value = Text::tr("(nested too deeply to show)");
    } else if (value.isObject()) {
        f.children = fields(value.toObject(), known, depth);
    } else if (value.isArray()) {
        const QJsonArray list = value.toArray();
        if (std::all_of(list.begin(), list.end(), [](const QJsonValue &v) { return isScalar(v); })) {
            QStringList parts;
            for (const QJsonValue &v : list)
                parts << readableValue(v);
            f.value = parts.join(QStringLiteral(", "));
        } else {
            for (qsizetype i = 0; i < list.size(); ++i)
                f.children << field(key, QStringLiteral("%1 %2").arg(label).arg(i + 1), list.at(i), known, depth + 1);
        }
    } else {
        f.value = readableValue(value);
    }
    return f;
}

}  // namespace

bool isKnownForm(const QString &serviceKey)
{
    return std::any_of(std::begin(knownServices), std::end(knownServices),
                       [&](const char *key) { return serviceKey == QLatin1String(key); });
}

QList<FormField> readableForm(const QString &serviceKey, const QJsonValue &formData)
{
    const bool known = isKnownForm(serviceKey);
    QJsonValue data = formData;
    // XML data arrives as {"antrag": {...}}: the root element says nothing to the clerk.
    if (data.isObject() && data.toObject().size() == 1 && data.toObject().begin()->isObject())
        data = *data.toObject().begin();
    if (data.isObject())
        return fields(data.toObject(), known, 0);
    return {field(QString(), Text::tr("Form data"), data, known, 0)};
}

}  // namespace aw::intake
