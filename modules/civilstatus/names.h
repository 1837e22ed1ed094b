// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace aw::civilstatus {

// German name matching for register search. Müller, Mueller and MUELLER are the same name; so are
// Größmann and Grossmann; accents are dropped (José = Jose); hyphens, apostrophes and repeated
// blanks do not count ("Meyer-Lüdenscheid" = "Meyer Luedenscheid").

// The comparison keys of a name: lower case, ä/ö/ü written ae/oe/ue and ß as ss, accents removed,
// only letters and single blanks. The first key expands umlauts (müller → mueller), the second
// drops them (müller → muller) so that a name typed without the dots still matches. Both equal
// for names without umlauts. Empty for a name without letters.
QStringList nameKeys(const QString &name);
// The first key alone (umlauts expanded). The store looks names up by the coarser
// searchKey() of registerrepository.h.
QString nameKey(const QString &name);

// Whether two family names are the same name (any key of one equals any key of the other).
bool sameName(const QString &a, const QString &b);

// Whether `wanted` first names match `recorded` ones: every wanted first name is one of the
// recorded ones, in any order ("Lena Anna" matches "Anna Lena"; "Lea" matches "Lea Marie").
// An empty `wanted` matches anything.
bool firstNamesMatch(const QString &wanted, const QString &recorded);

// What a clerk searches for. Empty fields are not compared.
struct NameQuery
{
    QString firstNames;
    QString lastName;  // matches the family name or the birth name
    QDate birthDate;
};

// How well a recorded person fits a query: 0 = not at all (a given field disagrees); higher is
// better. Exact spellings score above key matches, a match on the current family name above one
// on the birth name, and a matching birth date adds most.
int matchScore(const NameQuery &query, const QString &firstNames, const QString &lastName, const QString &birthName,
               const QDate &birthDate);

}  // namespace aw::civilstatus
