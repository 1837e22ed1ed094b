// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "civilstatus/entitlement.h"
#include "civilstatus/fees.h"
#include "civilstatus/register.h"
#include "civilstatus/registers.h"
#include "civilstatus/request.h"

#include <QJsonValue>

namespace aw::intake {
struct Submission;
}

namespace aw::civilstatus {

// The LeiKa key of the online service "Personenstandsurkunde ausstellen" (Urkundenanforderung).
inline constexpr char CertificateServiceKey[] = "99115004001000";

// Reads a certificate request out of an Urkundenanforderung submission: requester, person
// concerned, stated entitlement, type, copies, purpose, delivery, and the payment booked online.
// Fields it does not find stay empty for the clerk to fill in.
CertificateRequest requestFromSubmission(const intake::Submission &submission);

// What the decision on a request rests on, worked out afresh each time it is shown.
struct Assessment
{
    std::optional<RegisterEntry> entry;  // the matched entry, once chosen
    Entitlement entitlement;             // from the rules; Refused "no entry chosen" without one
    bool clerkMayDecide = false;         // the rules leave it to the clerk (ClerkDecides)
    bool entitled = false;               // Entitled, or ClerkDecides and the clerk granted it
    core::Result<Cents> fee = Cents(0);  // by the fee schedule for type and copies
    QStringList missing;                 // what still stops issuing, translated, in order
};

// Settings of the Standesamt (store settings "civilstatus.*", with the letterhead for refusals).
struct OfficeSettings
{
    QString officeName;     // "Standesamt Göttingen"
    QString place;          // "Göttingen"
    bool specimen = false;  // demo store: certificates are marked "Muster"
    FeeSchedule fees = FeeSchedule::defaults();
};

// Certificate requests (Urkundenanforderungen), each worked in its own proceeding: from the
// submission or the counter, through matching the register entry, the entitlement check and the
// fee, to the issued certificate (filed as an outgoing document) or the refusal letter. Every
// change checks the proceeding's permissions, is refused as Conflict on a stale revision, and is
// audited in the same transaction.
class CertificateRequests
{
public:
    explicit CertificateRequests(casework::Session session);

    static core::Result<OfficeSettings> officeSettings(const storage::Store &store);

    // The request worked in `proceedingId`. When there is none yet and the proceeding came from an
    // Urkundenanforderung submission, it is read from the submission and stored now. nullopt for a
    // proceeding that is no certificate request.
    core::Result<std::optional<CertificateRequest>> forProceeding(const QString &proceedingId);
    core::Result<CertificateRequest> get(const QString &id) const;

    // A walk-in at the counter: a new proceeding "Urkundenanforderung <name>" in the open case file
    // `caseFileId` with the request, status "in Prüfung", assigned to the clerk.
    core::Result<CertificateRequest> createAtCounter(const QString &caseFileId, CertificateRequest draft);

    // Edits what the clerk may correct: requester, relation, interest, type, copies, options,
    // delivery, the wanted entry. Recomputes the fee. Not on final requests.
    core::Result<CertificateRequest> edit(const CertificateRequest &changed);
    // Sets the register entry the request is about (empty: none) and recomputes the fee; a new
    // entry discards an earlier clerk's decision. "eingegangen" becomes "in Prüfung".
    core::Result<CertificateRequest> chooseEntry(const QString &id, const QString &entryId, int expectedRev);
    // The clerk's decision where the rules ask for one, with a justification (required).
    core::Result<CertificateRequest> decide(const QString &id, bool granted, const QString &justification,
                                            int expectedRev);
    // Payment received (at the counter, or confirmed by hand) of `cents` with a reference.
    core::Result<CertificateRequest> recordPayment(const QString &id, Cents cents, const QString &reference,
                                                   int expectedRev);
    // Moves the status by hand (canMove); a query (Rückfrage) needs its question in `note`.
    // Handing over (versandt, abgeholt) closes the proceeding.
    core::Result<CertificateRequest> move(const QString &id, RequestStatus to, const QString &note, int expectedRev);

    core::Result<Assessment> assess(const CertificateRequest &request) const;
    // Searches the registers of the unit that owns the request's case file (query.unitId is set
    // from it).
    core::Result<QList<Registers::Candidate>> searchRegisters(const CertificateRequest &request,
                                                              Registers::Query query) const;

    enum class HandOver
    {
        Later,      // stays "ausgestellt" until sent or collected
        Sent,       // posted now: "versandt", proceeding closed
        Collected,  // handed over at the counter: "abgeholt", proceeding closed
    };
    // Issues the certificate: checks the assessment (nothing missing), renders the PDF/A from the
    // register entry, files it as an outgoing document of the proceeding, and moves the status.
    // All in one transaction; refused with everything that is missing.
    core::Result<CertificateRequest> issue(const QString &id, HandOver handOver, int expectedRev);
    // Refuses with a reasoned decision letter (filed as outgoing) and closes the proceeding.
    core::Result<CertificateRequest> refuse(const QString &id, const QString &reason, int expectedRev);

private:
    casework::Session m_session;
};

}  // namespace aw::civilstatus
