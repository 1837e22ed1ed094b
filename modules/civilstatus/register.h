// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace aw::civilstatus {

// Personenstandsregister (CivilRegister): the four registers of a Standesamt.
enum class RegisterKind
{
    Birth,        // Geburtenregister, G
    Marriage,     // Eheregister, E
    Partnership,  // Lebenspartnerschaftsregister, L
    Death         // Sterberegister, S
};

QChar registerLetter(RegisterKind kind);                           // 'G', 'E', 'L', 'S'
std::optional<RegisterKind> registerKindFromLetter(QChar letter);  // case-insensitive
QString registerName(RegisterKind kind);                           // "Geburtenregister", …

// Fortführungsfrist (§ 5 Abs. 5 PStG): 110 years for births, 80 for marriages and partnerships, 30
// for deaths, counted from the year of the entry. After it the entry belongs to the archive.
int registerRetentionYears(RegisterKind kind);
// Whether on `today` the entry of `entryYear` is past its period (the year after the last year of
// the period has begun).
bool isPastRetention(RegisterKind kind, int entryYear, const QDate &today);

// "G 334/2020": register, entry number, year.
struct RegisterNumber
{
    RegisterKind kind = RegisterKind::Birth;
    int entry = 0;  // 1..99999
    int year = 0;   // 1876..9999

    QString toString() const;
    // Accepts "G 334/2020", "g334/2020", "G 334 / 2020"; nullopt for anything else.
    static std::optional<RegisterNumber> parse(const QString &text);
    bool operator==(const RegisterNumber &) const = default;
};

// The part a person plays in an entry.
enum class PersonRole
{
    Principal,  // the child (G), the deceased (S)
    Parent,     // mother, father or parent of the principal (G)
    Spouse,     // one of the two spouses (E) or partners (L)
};

struct RegisterPerson
{
    PersonRole role = PersonRole::Principal;
    QString firstNames;  // all first names in their order: "Lea Marie"
    QString lastName;    // current family name
    QString birthName;   // Geburtsname when different, else empty
    QString sex;         // "weiblich", "männlich", "divers", "ohne Angabe" or empty
    QDate birthDate;
    QString birthPlace;
    QDate deathDate;  // invalid while alive or unknown

    QString fullName() const;  // "Lea Marie Größmann"
    bool operator==(const RegisterPerson &) const = default;
};

// Blocking notes that narrow who may receive a certificate (§§ 63, 64 PStG).
enum class Block
{
    Adoption = 0x1,     // Annahme als Kind (§ 63 Abs. 1)
    GenderEntry = 0x2,  // change of the sex entry or first names (§ 63 Abs. 2, § 45b PStG, SBGG)
    Information = 0x4,  // Auskunftssperre (§ 64)
};

// A Folgebeurkundung: a later note on the entry (name change, divorce, death of a spouse …).
struct LaterEntry
{
    QDate date;
    QString text;
    bool operator==(const LaterEntry &) const = default;
};

// Registereintrag: one entry of a register, as the register index holds it.
struct RegisterEntry
{
    QString id;
    RegisterNumber number;
    QString officeNumber;  // Standesamtsnummer, e.g. "03159"
    QString officeName;    // "Standesamt Göttingen"
    QDate eventDate;       // birth, marriage, partnership or death
    QString eventPlace;
    QList<RegisterPerson> persons;
    QList<LaterEntry> laterEntries;
    int blocks = 0;  // Block flags
    int rev = 1;

    bool hasBlock(Block block) const { return (blocks & int(block)) != 0; }
    // The principal (G, S) or the first spouse (E, L); nullptr when the entry lists nobody.
    const RegisterPerson *principal() const;
    QList<RegisterPerson> personsIn(PersonRole role) const;
    // Same register content (id and rev aside).
    bool sameContent(const RegisterEntry &other) const;
    // The last death date among the persons the entry is about (principal or spouses); invalid
    // when one of them is not known to have died.
    QDate lastDeathOfPersonsConcerned() const;
};

}  // namespace aw::civilstatus
