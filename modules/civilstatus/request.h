// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "civilstatus/entitlement.h"
#include "civilstatus/fees.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace aw::civilstatus {

// Where a request stands. eingegangen → in Prüfung ⇄ Rückfrage → ausgestellt → versandt or
// abgeholt; or abgelehnt. Every step is audited.
enum class RequestStatus
{
    Received,   // eingegangen
    Checking,   // in Prüfung
    Query,      // Rückfrage: waiting for the requester
    Issued,     // ausgestellt, not yet handed over
    Sent,       // versandt (final)
    Collected,  // abgeholt (final)
    Refused,    // abgelehnt (final)
};

QString requestStatusKey(RequestStatus status);  // "received", … as stored
std::optional<RequestStatus> requestStatusFromKey(const QString &key);
QString requestStatusName(RequestStatus status);  // translated: "eingegangen", "in Prüfung", …
bool isFinal(RequestStatus status);
// Whether a clerk may move a request from `from` to `to` by hand (issuing and refusing have their
// own actions).
bool canMove(RequestStatus from, RequestStatus to);

QString relationKey(Relation relation);  // "person", "representative", "spouse", … as stored
std::optional<Relation> relationFromKey(const QString &key);
QString interestKey(Interest interest);  // "none", "legitimate", "legal"
std::optional<Interest> interestFromKey(const QString &key);

enum class Delivery
{
    Post,    // by post to the requester's address
    Pickup,  // collected at the Standesamt
};

// Urkundenanforderung: what was asked for, by whom, and what the clerk found and decided.
struct CertificateRequest
{
    QString id;
    QString proceedingId;
    bool atCounter = false;  // entered at the counter (walk-in), else from an online submission
    RequestStatus status = RequestStatus::Received;
    CertificateType type = CertificateType::Birth;
    int copies = 1;
    bool withoutParents = false;
    Delivery delivery = Delivery::Post;
    QString purpose;  // Verwendungszweck as stated

    // The requester (Antragsteller).
    QString requesterFirstNames;
    QString requesterLastName;
    QDate requesterBirthDate;
    QString requesterAddress;  // envelope lines
    QString requesterEmail;
    Relation relation = Relation::PersonConcerned;
    Interest interest = Interest::None;

    // What the requester says the entry is.
    QString wantedFirstNames;
    QString wantedLastName;
    QDate wantedBirthDate;  // of the person concerned
    QString wantedNumber;   // "G 334/2020" as given, may be empty or wrong

    QString registerEntryId;  // the entry the clerk matched; empty until then
    Cents fee = 0;            // computed from the fee schedule when the entry is chosen
    Cents paid = 0;
    QString paymentReference;
    QString clerkDecision;  // "", "granted", "refused": the clerk's judgement where the law asks for one
    QString clerkJustification;
    QString outcomeNote;  // the reason of a refusal or the question of a Rückfrage
    QString documentId;   // the issued certificate or the refusal letter
    QDateTime receivedAt;
    int rev = 1;

    QString requesterName() const;  // "Jürgen Größmann"
    // Age in full years on `day`; -1 without a birth date.
    int requesterAgeOn(const QDate &day) const;
    bool isPaid() const { return paid >= fee; }
};

}  // namespace aw::civilstatus
