// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace aw::civilstatus {

// Urkundenart: what the clerk issues.
enum class CertificateType
{
    Birth,             // Geburtsurkunde
    Marriage,          // Eheurkunde
    Partnership,       // Lebenspartnerschaftsurkunde
    Death,             // Sterbeurkunde
    RegisterPrintout,  // beglaubigter Registerausdruck
    International,     // mehrsprachige (internationale) Urkunde
};

// Stable key used in the fee schedule, the store and submissions: "birth", "marriage",
// "partnership", "death", "printout", "international".
QString certificateTypeKey(CertificateType type);
std::optional<CertificateType> certificateTypeFromKey(const QString &key);
QString certificateTypeName(CertificateType type);  // "Geburtsurkunde", … (German, as printed)

// Money as whole cents, never floating point.
using Cents = qint64;
QString formatEuro(Cents cents);  // "12,00 €"

// One line of the fee schedule: from `validFrom` on, the first copy costs `first`, each further
// copy in the same request `further`.
struct FeeRate
{
    CertificateType type = CertificateType::Birth;
    Cents first = 0;
    Cents further = 0;
    QDate validFrom;
};

// Gebührenordnung for certificates, read from a JSON configuration file:
//   {"rates": [{"type": "birth", "first": "12.00", "further": "6.00", "validFrom": "2024-01-01"}, …]}
// Amounts are decimal strings in euros with at most two decimals (no floating point); every type
// needs a rate valid on the day it is used.
class FeeSchedule
{
public:
    // The office's current values, used when no file is configured.
    static FeeSchedule defaults();
    // Refused with the line and the problem for anything malformed: unknown type, negative or
    // malformed amount, missing or invalid date, two rates of one type from the same day.
    static core::Result<FeeSchedule> fromJson(const QByteArray &json);
    static core::Result<FeeSchedule> fromFile(const QString &path);
    QByteArray toJson() const;

    const QList<FeeRate> &rates() const { return m_rates; }
    // The rate of `type` valid on `day`: the one with the latest validFrom not after it.
    core::Result<FeeRate> rateOn(CertificateType type, const QDate &day) const;
    // The fee for `copies` (≥ 1) certificates of `type` requested together on `day`.
    core::Result<Cents> fee(CertificateType type, int copies, const QDate &day) const;

private:
    QList<FeeRate> m_rates;
};

}  // namespace aw::civilstatus
