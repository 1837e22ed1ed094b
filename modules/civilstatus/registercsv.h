// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "civilstatus/register.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>

namespace aw::civilstatus {

constexpr qint64 MaxRegisterCsvBytes = 256 * 1024 * 1024;

// Parses a register index exported from the civil-status software: UTF-8, `;`-separated, one line
// per person or later entry, the lines of one entry together:
//
//   Register;Nummer;Jahr;Standesamtsnummer;Standesamt;Ereignisdatum;Ereignisort;Sperrvermerke;
//   Rolle;Vornamen;Familienname;Geburtsname;Geschlecht;Geburtsdatum;Geburtsort;Sterbedatum;Vermerk
//
// Register is G, E, L or S; dates are dd.MM.yyyy or yyyy-MM-dd; Sperrvermerke lists "Adoption",
// "Geschlechtseintrag" and "Auskunftssperre" separated by commas; Rolle is Kind or Verstorbene
// (the principal), Elternteil, Ehegatte or Lebenspartner (a spouse), or Folgebeurkundung (then
// Ereignisdatum is the date of the later entry and Vermerk its text). A header line, a BOM,
// empty lines and `#` comments are allowed. The entry fields must agree on every line of one entry.
// Checks everything; the first bad line is refused with its number and nothing is returned.
// Pure: no store, safe for any bytes (fuzzed).
core::Result<QList<RegisterEntry>> parseRegisterCsv(const QByteArray &bytes);

}  // namespace aw::civilstatus
