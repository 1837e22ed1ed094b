// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "civilstatus/register.h"

#include <QDate>
#include <QString>

namespace aw::civilstatus {

// Who asks, in relation to the persons the entry is about (§ 62 PStG).
enum class Relation
{
    PersonConcerned,      // the person the entry is about (one of the spouses for E and L)
    LegalRepresentative,  // parent with custody, guardian or carer acting for the person concerned
    Spouse,               // spouse of a person concerned
    Partner,              // registered partner (Lebenspartner) of a person concerned
    Ancestor,             // parent, grandparent … (after an adoption: the adoptive parents and theirs)
    Descendant,           // child, grandchild …
    Sibling,
    Authority,  // a public authority or court for its tasks (§ 65 PStG)
    Other,
};

// The interest the requester states (and must make credible).
enum class Interest
{
    None,
    Legitimate,  // berechtigtes Interesse
    Legal,       // rechtliches Interesse (a legal interest is also a legitimate one)
};

struct EntitlementCase
{
    RegisterKind kind = RegisterKind::Birth;
    int entryYear = 0;
    int blocks = 0;   // Block flags of the entry
    QDate lastDeath;  // RegisterEntry::lastDeathOfPersonsConcerned(); invalid: not all died
    Relation relation = Relation::Other;
    int requesterAge = -1;  // full years; -1: unknown (authorities)
    Interest interest = Interest::None;
    QDate requestDate;  // the day of the request
};

enum class Verdict
{
    Entitled,        // issue without further ado
    ClerkDecides,    // the law leaves a judgement to the clerk: decide and justify (audited)
    Refused,         // the requester is not entitled; a refusal letter gives the reason
    ReferToArchive,  // the entry is past its period: the archive answers the request
};

struct Entitlement
{
    Verdict verdict = Verdict::Refused;
    QString reason;  // one or two sentences a clerk can read out, translated
    QString rule;    // the provision, e.g. "§ 62 Abs. 1 Satz 1 PStG"
};

// The rules of §§ 62–65 PStG and § 5 Abs. 5 (register retention) as one pure function. In order:
// past retention → archive; requester under 16 → refused; authorities with a stated task →
// entitled; gender-entry and adoption blocks narrow the circle; the person concerned, spouse,
// partner, ancestors and descendants are entitled; siblings need a legitimate interest for birth
// and death entries; anyone else a legal interest, or a legitimate one once 30 years have passed
// since the death of the last person concerned; an information block (Auskunftssperre) turns every
// grant to someone other than the person concerned or their legal representative into a clerk's
// decision (authorities are entitled whatever the blocks).
Entitlement decideEntitlement(const EntitlementCase &request);

QString relationName(Relation relation);  // translated, for lists and letters
QString interestName(Interest interest);
QString verdictName(Verdict verdict);

}  // namespace aw::civilstatus
