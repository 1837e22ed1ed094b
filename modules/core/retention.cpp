// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/retention.h"

#include <QCoreApplication>

namespace aw::core {

namespace {
constexpr int MaxRetentionYears = 200;
}  // namespace

QChar disposalLetter(DisposalDecision decision)
{
    switch (decision) {
    case DisposalDecision::Archive:
        return u'A';
    case DisposalDecision::Destroy:
        return u'V';
    case DisposalDecision::Evaluate:
        return u'B';
    }
    return {};
}

std::optional<DisposalDecision> disposalFromLetter(const QString &letter)
{
    const QString trimmed = letter.trimmed();
    if (trimmed.size() != 1)
        return std::nullopt;
    switch (trimmed.at(0).toUpper().unicode()) {
    case u'A':
        return DisposalDecision::Archive;
    case u'V':
        return DisposalDecision::Destroy;
    case u'B':
        return DisposalDecision::Evaluate;
    default:
        return std::nullopt;
    }
}

Result<RetentionPeriod> RetentionPeriod::fromYears(int years)
{
    if (years == Permanent || (years >= 0 && years <= MaxRetentionYears))
        return RetentionPeriod{years};
    return invalid(QCoreApplication::translate("aw::core::RetentionPeriod",
                                               "A retention period must be from 0 to %1 years, or permanent; %2 "
                                               "years is not possible.")
                       .arg(MaxRetentionYears)
                       .arg(years));
}

std::optional<QDate> retentionEnd(const QDate &closedOn, RetentionPeriod period)
{
    // Negative values other than Permanent can only come from a struct filled in by hand; they have no end either.
    if (!closedOn.isValid() || period.years < 0)
        return std::nullopt;
    const QDate end(closedOn.year() + period.years, 12, 31);
    if (!end.isValid())
        return std::nullopt;
    return end;
}

bool isDueForDisposal(const QDate &closedOn, RetentionPeriod period, const QDate &today)
{
    const std::optional<QDate> end = retentionEnd(closedOn, period);
    return end && today.isValid() && today > *end;
}

}  // namespace aw::core
