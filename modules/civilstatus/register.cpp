// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/register.h"

#include <QRegularExpression>

namespace aw::civilstatus {

QChar registerLetter(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Birth:
        return QLatin1Char('G');
    case RegisterKind::Marriage:
        return QLatin1Char('E');
    case RegisterKind::Partnership:
        return QLatin1Char('L');
    case RegisterKind::Death:
        return QLatin1Char('S');
    }
    return QLatin1Char('G');
}

std::optional<RegisterKind> registerKindFromLetter(QChar letter)
{
    switch (letter.toUpper().unicode()) {
    case 'G':
        return RegisterKind::Birth;
    case 'E':
        return RegisterKind::Marriage;
    case 'L':
        return RegisterKind::Partnership;
    case 'S':
        return RegisterKind::Death;
    default:
        return std::nullopt;
    }
}

// Register names are official terms and printed as they are, in German.
QString registerName(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Birth:
        return QStringLiteral("Geburtenregister");
    case RegisterKind::Marriage:
        return QStringLiteral("Eheregister");
    case RegisterKind::Partnership:
        return QStringLiteral("Lebenspartnerschaftsregister");
    case RegisterKind::Death:
        return QStringLiteral("Sterberegister");
    }
    return {};
}

int registerRetentionYears(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Birth:
        return 110;
    case RegisterKind::Marriage:
    case RegisterKind::Partnership:
        return 80;
    case RegisterKind::Death:
        return 30;
    }
    return 110;
}

bool isPastRetention(RegisterKind kind, int entryYear, const QDate &today)
{
    return today.isValid() && entryYear > 0 && today.year() > entryYear + registerRetentionYears(kind);
}

QString RegisterNumber::toString() const
{
    return QStringLiteral("%1 %2/%3").arg(registerLetter(kind)).arg(entry).arg(year);
}

std::optional<RegisterNumber> RegisterNumber::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*([GELSgels])\s*(\d{1,5})\s*/\s*(\d{4})\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    RegisterNumber number;
    number.kind = *registerKindFromLetter(match.captured(1).at(0));
    number.entry = match.captured(2).toInt();
    number.year = match.captured(3).toInt();
    if (number.entry < 1 || number.year < 1876)
        return std::nullopt;
    return number;
}

QString RegisterPerson::fullName() const
{
    return QString(firstNames.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
}

const RegisterPerson *RegisterEntry::principal() const
{
    const PersonRole wanted = (number.kind == RegisterKind::Marriage || number.kind == RegisterKind::Partnership)
                                  ? PersonRole::Spouse
                                  : PersonRole::Principal;
    for (const RegisterPerson &person : persons) {
        if (person.role == wanted)
            return &person;
    }
    return nullptr;
}

QList<RegisterPerson> RegisterEntry::personsIn(PersonRole role) const
{
    QList<RegisterPerson> found;
    for (const RegisterPerson &person : persons) {
        if (person.role == role)
            found.append(person);
    }
    return found;
}

bool RegisterEntry::sameContent(const RegisterEntry &o) const
{
    return number == o.number && officeNumber == o.officeNumber && officeName == o.officeName &&
           eventDate == o.eventDate && eventPlace == o.eventPlace && persons == o.persons &&
           laterEntries == o.laterEntries && blocks == o.blocks;
}

QDate RegisterEntry::lastDeathOfPersonsConcerned() const
{
    QDate last;
    bool any = false;
    for (const RegisterPerson &person : persons) {
        if (person.role == PersonRole::Parent)
            continue;
        any = true;
        QDate died = person.deathDate;
        if (number.kind == RegisterKind::Death && person.role == PersonRole::Principal && !died.isValid())
            died = eventDate;  // the death register records the death itself
        if (!died.isValid())
            return {};
        if (!last.isValid() || died > last)
            last = died;
    }
    return any ? last : QDate();
}

}  // namespace aw::civilstatus
