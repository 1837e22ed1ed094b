// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace aw::core {

// Aussonderungsart: A (archivwürdig), V (vernichten), B (bewerten).
enum class DisposalDecision
{
    Archive,
    Destroy,
    Evaluate
};

// The letter used in the file plan, CSV import and xdomea: 'A', 'V' or 'B'.
QChar disposalLetter(DisposalDecision decision);
std::optional<DisposalDecision> disposalFromLetter(const QString &letter);  // case-insensitive, trimmed

// Aufbewahrungsfrist of a file-plan node: a number of years, or permanent ("dauernd").
struct RetentionPeriod
{
    static constexpr int Permanent = -1;
    int years = 10;  // 0..200, or Permanent

    bool isPermanent() const { return years == Permanent; }
    bool operator==(const RetentionPeriod &) const = default;

    // Years as stored (-1 = permanent); refuses values outside 0..200.
    static Result<RetentionPeriod> fromYears(int years);
};

// The end of retention of a file closed on `closedOn`: as customary, the period runs from the end
// of the year in which the file was closed; the result is 31 December of closing year + years.
// Permanent retention has no end (std::nullopt).
std::optional<QDate> retentionEnd(const QDate &closedOn, RetentionPeriod period);

// Whether a closed file is due for disposal on `today`.
bool isDueForDisposal(const QDate &closedOn, RetentionPeriod period, const QDate &today);

}  // namespace aw::core
