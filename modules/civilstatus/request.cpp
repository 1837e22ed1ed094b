// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/request.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace aw::civilstatus {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::civilstatus::CertificateRequest)
};

constexpr std::array statusKeys{
    std::pair{RequestStatus::Received, "received"}, std::pair{RequestStatus::Checking, "checking"},
    std::pair{RequestStatus::Query, "query"},       std::pair{RequestStatus::Issued, "issued"},
    std::pair{RequestStatus::Sent, "sent"},         std::pair{RequestStatus::Collected, "collected"},
    std::pair{RequestStatus::Refused, "refused"},
};

constexpr std::array relationKeys{
    std::pair{Relation::PersonConcerned, "person"},
    std::pair{Relation::LegalRepresentative, "representative"},
    std::pair{Relation::Spouse, "spouse"},
    std::pair{Relation::Partner, "partner"},
    std::pair{Relation::Ancestor, "ancestor"},
    std::pair{Relation::Descendant, "descendant"},
    std::pair{Relation::Sibling, "sibling"},
    std::pair{Relation::Authority, "authority"},
    std::pair{Relation::Other, "other"},
};

constexpr std::array interestKeys{
    std::pair{Interest::None, "none"},
    std::pair{Interest::Legitimate, "legitimate"},
    std::pair{Interest::Legal, "legal"},
};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key)
{
    for (const auto &[v, k] : table) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

}  // namespace

QString requestStatusKey(RequestStatus status)
{
    return keyOf(statusKeys, status);
}

std::optional<RequestStatus> requestStatusFromKey(const QString &key)
{
    return fromKey(statusKeys, key);
}

QString requestStatusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Received:
        return Text::tr("received");
    case RequestStatus::Checking:
        return Text::tr("being checked");
    case RequestStatus::Query:
        return Text::tr("query to requester");
    case RequestStatus::Issued:
        return Text::tr("issued");
    case RequestStatus::Sent:
        return Text::tr("sent");
    case RequestStatus::Collected:
        return Text::tr("collected");
    case RequestStatus::Refused:
        return Text::tr("refused");
    }
    return {};
}

bool isFinal(RequestStatus status)
{
    return status == RequestStatus::Sent || status == RequestStatus::Collected || status == RequestStatus::Refused;
}

bool canMove(RequestStatus from, RequestStatus to)
{
    switch (from) {
    case RequestStatus::Received:
        return to == RequestStatus::Checking || to == RequestStatus::Query;
    case RequestStatus::Checking:
        return to == RequestStatus::Query;
    case RequestStatus::Query:
        return to == RequestStatus::Checking;
    case RequestStatus::Issued:
        return to == RequestStatus::Sent || to == RequestStatus::Collected;
    case RequestStatus::Sent:
    case RequestStatus::Collected:
    case RequestStatus::Refused:
        return false;
    }
    return false;
}

QString relationKey(Relation relation)
{
    return keyOf(relationKeys, relation);
}

std::optional<Relation> relationFromKey(const QString &key)
{
    return fromKey(relationKeys, key);
}

QString interestKey(Interest interest)
{
    return keyOf(interestKeys, interest);
}

std::optional<Interest> interestFromKey(const QString &key)
{
    return fromKey(interestKeys, key);
}

QString CertificateRequest::requesterName() const
{
    return QString(requesterFirstNames.trimmed() + QLatin1Char(' ') + requesterLastName.trimmed()).trimmed();
}

int CertificateRequest::requesterAgeOn(const QDate &day) const
{
    if (!requesterBirthDate.isValid() || !day.isValid() || day < requesterBirthDate)
        return -1;
    int age = day.year() - requesterBirthDate.year();
    if (day.month() < requesterBirthDate.month() ||
        (day.month() == requesterBirthDate.month() && day.day() < requesterBirthDate.day()))
        --age;
    return age;
}

}  // namespace aw::civilstatus
