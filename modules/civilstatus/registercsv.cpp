// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/registercsv.h"

#include "core/csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

using aw::core::Result;

namespace aw::civilstatus {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::civilstatus::RegisterImport)
};

constexpr int FieldCount = 17;
enum Field
{
    Register,
    Number,
    Year,
    OfficeNumber,
    OfficeName,
    EventDate,
    EventPlace,
    Blocks,
    Role,
    FirstNames,
    LastName,
    BirthName,
    Sex,
    BirthDate,
    BirthPlace,
    DeathDate,
    Remark
};

// A date as dd.MM.yyyy or ISO; `ok` false for anything else that is not empty.
QDate parseDate(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return {};
    QDate date = QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
    if (!date.isValid())
        date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || date.year() < 1800 || date.year() > 9999)
        *ok = false;
    return date;
}

Result<int> parseBlocks(const QString &text)
{
    int blocks = 0;
    for (const QString &raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = raw.trimmed().toLower();
        if (word == QLatin1String("adoption"))
            blocks |= int(Block::Adoption);
        else if (word == QLatin1String("geschlechtseintrag"))
            blocks |= int(Block::GenderEntry);
        else if (word == QLatin1String("auskunftssperre"))
            blocks |= int(Block::Information);
        else if (!word.isEmpty())
            return core::invalid(
                Text::tr("the blocking note “%1” is unknown (Adoption, Geschlechtseintrag or Auskunftssperre)")
                    .arg(raw.trimmed()));
    }
    return blocks;
}

enum class LineKind
{
    Person,
    LaterEntry
};

std::optional<std::pair<LineKind, PersonRole>> parseRole(const QString &text, RegisterKind kind)
{
    const QString role = text.trimmed().toLower();
    const bool couple = kind == RegisterKind::Marriage || kind == RegisterKind::Partnership;
    if (role == QLatin1String("folgebeurkundung"))
        return std::pair{LineKind::LaterEntry, PersonRole::Principal};
    if (!couple && (role == QLatin1String("kind") || role == QLatin1String("verstorbene") ||
                    role == QLatin1String("verstorbener") || role == QLatin1String("person")))
        return std::pair{LineKind::Person, PersonRole::Principal};
    if (kind == RegisterKind::Birth && role == QLatin1String("elternteil"))
        return std::pair{LineKind::Person, PersonRole::Parent};
    if (couple && (role == QLatin1String("ehegatte") || role == QLatin1String("ehegattin") ||
                   role == QLatin1String("lebenspartner") || role == QLatin1String("lebenspartnerin")))
        return std::pair{LineKind::Person, PersonRole::Spouse};
    return std::nullopt;
}

bool isHeader(const QStringList &f)
{
    return f.value(0).compare(QLatin1String("Register"), Qt::CaseInsensitive) == 0;
}

QString decodeUtf8(const QByteArray &bytes, int *badLine)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    *badLine = 0;
    if (!utf8.hasError())
        return text;
    int line = 1;
    for (const QByteArray &raw : bytes.split('\n')) {
        QStringDecoder check(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        [[maybe_unused]] const QString decoded = check.decode(raw);
        if (check.hasError())
            break;
        ++line;
    }
    *badLine = line;
    return {};
}

}  // namespace

Result<QList<RegisterEntry>> parseRegisterCsv(const QByteArray &bytes)
{
    if (bytes.size() > MaxRegisterCsvBytes)
        return core::invalid(Text::tr("The file is larger than %1 MB. Split the register index and import it in parts.")
                                 .arg(MaxRegisterCsvBytes / (1024 * 1024)));
    int badLine = 0;
    const QString text = decodeUtf8(bytes, &badLine);
    if (badLine > 0)
        return core::invalid(
            Text::tr("Line %1: the file is not UTF-8 text. Save it as “CSV UTF-8” and import it again. Nothing was "
                     "imported.")
                .arg(badLine));

    QList<RegisterEntry> entries;
    QHash<QString, qsizetype> byKey;  // office|kind|year|number → index in entries
    int number = 0;
    bool first = true;
    for (QString raw : text.split(QLatin1Char('\n'))) {
        ++number;
        if (number == 1 && raw.startsWith(QChar(0xfeff)))
            raw.remove(0, 1);
        raw = raw.trimmed();
        if (raw.isEmpty() || raw.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = core::splitCsvLine(raw);
        if (first && isHeader(f)) {
            first = false;
            continue;
        }
        first = false;
        auto fail = [number](const QString &why) {
            return core::invalid(Text::tr("Line %1: %2. Nothing was imported.").arg(number).arg(why));
        };
        if (f.size() != FieldCount)
            return fail(Text::tr("expected %1 fields separated by “;”, found %2").arg(FieldCount).arg(f.size()));
        if (f[Register].size() != 1 || !registerKindFromLetter(f[Register].at(0)))
            return fail(Text::tr("the register “%1” is not G, E, L or S").arg(f[Register]));
        const auto parsed =
            RegisterNumber::parse(f[Register] + QLatin1Char(' ') + f[Number] + QLatin1Char('/') + f[Year]);
        if (!parsed)
            return fail(Text::tr("“%1/%2” is not an entry number and year").arg(f[Number], f[Year]));
        bool ok = true;
        const QDate eventDate = parseDate(f[EventDate], &ok);
        if (!ok)
            return fail(Text::tr("the date “%1” is not a date like 17.05.2020").arg(f[EventDate]));
        auto blocks = parseBlocks(f[Blocks]);
        if (!blocks)
            return fail(blocks.error().message);
        const auto role = parseRole(f[Role], parsed->kind);
        if (!role)
            return fail(Text::tr("the role “%1” does not belong in the %2").arg(f[Role], registerName(parsed->kind)));

        const QString key = f[OfficeNumber] + QLatin1Char('|') + parsed->toString();
        qsizetype index = byKey.value(key, -1);
        if (index < 0) {
            RegisterEntry entry;
            entry.number = *parsed;
            entry.officeNumber = f[OfficeNumber];
            entry.officeName = f[OfficeName];
            entry.blocks = *blocks;
            if (role->first == LineKind::Person) {
                entry.eventDate = eventDate;
                entry.eventPlace = f[EventPlace];
            }
            index = entries.size();
            byKey.insert(key, index);
            entries.append(entry);
        }
        RegisterEntry &entry = entries[index];
        if (entry.officeName != f[OfficeName] || entry.blocks != *blocks)
            return fail(
                Text::tr("the entry %1 has other office or blocking notes on an earlier line").arg(parsed->toString()));

        if (role->first == LineKind::LaterEntry) {
            if (f[Remark].isEmpty())
                return fail(Text::tr("the later entry (Folgebeurkundung) has no text in “Vermerk”"));
            entry.laterEntries.append({eventDate, f[Remark]});
            continue;
        }
        if (entry.eventDate.isValid() && eventDate.isValid() && entry.eventDate != eventDate)
            return fail(Text::tr("the entry %1 has another event date on an earlier line").arg(parsed->toString()));
        if (!entry.eventDate.isValid()) {
            entry.eventDate = eventDate;
            entry.eventPlace = f[EventPlace];
        }
        RegisterPerson person;
        person.role = role->second;
        person.firstNames = f[FirstNames];
        person.lastName = f[LastName];
        person.birthName = f[BirthName] == f[LastName] ? QString() : f[BirthName];
        person.sex = f[Sex];
        person.birthDate = parseDate(f[BirthDate], &ok);
        if (!ok)
            return fail(Text::tr("the birth date “%1” is not a date like 17.05.2020").arg(f[BirthDate]));
        person.birthPlace = f[BirthPlace];
        person.deathDate = parseDate(f[DeathDate], &ok);
        if (!ok)
            return fail(Text::tr("the death date “%1” is not a date like 17.05.2020").arg(f[DeathDate]));
        if (person.lastName.isEmpty())
            return fail(Text::tr("the family name is empty"));
        if (person.role == PersonRole::Principal && entry.principal())
            return fail(Text::tr("the entry %1 already has a principal person").arg(parsed->toString()));
        if (person.role == PersonRole::Spouse && entry.personsIn(PersonRole::Spouse).size() >= 2)
            return fail(Text::tr("the entry %1 already has two spouses or partners").arg(parsed->toString()));
        entry.persons.append(person);
    }
    for (const RegisterEntry &entry : entries) {
        if (!entry.principal())
            return core::invalid(Text::tr("The entry %1 names no person it is about (Kind, Verstorbene, Ehegatte or "
                                          "Lebenspartner). Nothing was imported.")
                                     .arg(entry.number.toString()));
    }
    return entries;
}

}  // namespace aw::civilstatus
