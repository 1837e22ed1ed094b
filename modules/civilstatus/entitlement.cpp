// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/entitlement.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

namespace aw::civilstatus {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::civilstatus::Entitlement)
};

// The provisions are cited in German as in decisions and letters: constants, not tr() texts.
const QString kRetentionRule = QStringLiteral("§ 5 Abs. 5, § 7 Abs. 3 PStG");
const QString kUnder16Rule = QStringLiteral("§ 62 Abs. 1 Satz 3 PStG");
const QString kAuthorityRule = QStringLiteral("§ 65 PStG");
const QString kAdoptionRule = QStringLiteral("§ 63 Abs. 1 PStG");
const QString kGenderEntryRule = QStringLiteral("§ 63 Abs. 2 PStG");
const QString kFamilyRule = QStringLiteral("§ 62 Abs. 1 Satz 1 PStG");
const QString kInterestRule = QStringLiteral("§ 62 Abs. 1 Satz 2 PStG");
const QString kThirtyYearsRule = QStringLiteral("§ 62 Abs. 3 PStG");
const QString kInformationBlockRule = QStringLiteral("§ 64 PStG");

// § 62 Abs. 3: the restriction to a legal interest ends 30 years after the last death.
constexpr int kYearsAfterDeath = 30;

Entitlement make(Verdict verdict, const QString &reason, const QString &rule)
{
    return {verdict, reason, rule};
}

// Two sentences of a reason, each translated on its own.
QString sentences(const QString &first, const QString &second)
{
    return first + QLatin1Char(' ') + second;
}

// A date for the clerk, in the interface's language, always with four-digit years.
QString dateText(const QDate &date)
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

// The certificate from an entry of `kind`, with its article, as the object of a sentence.
QString certificateFrom(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Birth:
        return Text::tr("a birth certificate");
    case RegisterKind::Marriage:
        return Text::tr("a marriage certificate");
    case RegisterKind::Partnership:
        return Text::tr("a partnership certificate");
    case RegisterKind::Death:
        return Text::tr("a death certificate");
    }
    return Text::tr("a certificate");
}

// Why the stated interest falls short of a legal one.
QString noLegalInterest(Interest interest)
{
    return interest == Interest::None ? Text::tr("No interest was stated.")
                                      : Text::tr("A legitimate interest is not enough.");
}

bool isFamily(Relation relation)
{
    switch (relation) {
    case Relation::PersonConcerned:
    case Relation::LegalRepresentative:
    case Relation::Spouse:
    case Relation::Partner:
    case Relation::Ancestor:
    case Relation::Descendant:
        return true;
    case Relation::Sibling:
    case Relation::Authority:
    case Relation::Other:
        return false;
    }
    return false;
}

// § 63 Abs. 2: after a change of the sex entry or the first names (§ 45b PStG, SBGG).
Entitlement genderEntryBlocked(const EntitlementCase &request)
{
    const QString block = Text::tr("The entry has a blocking note for a change of the sex entry or the first names.");
    switch (request.relation) {
    case Relation::PersonConcerned:
    case Relation::LegalRepresentative:
        return make(Verdict::Entitled,
                    sentences(block, Text::tr("The person concerned and their legal representative still receive "
                                              "certificates.")),
                    kGenderEntryRule);
    case Relation::Spouse:
    case Relation::Partner:
    case Relation::Ancestor:
    case Relation::Descendant: {
        const QString circle = Text::tr("Spouses, registered partners, ancestors and descendants receive a "
                                        "certificate only with a legal interest made credible.");
        if (request.interest == Interest::Legal)
            return make(Verdict::ClerkDecides,
                        sentences(block, sentences(circle, Text::tr("Decide whether it has been, and note why."))),
                        kGenderEntryRule);
        return make(Verdict::Refused, sentences(block, sentences(circle, noLegalInterest(request.interest))),
                    kGenderEntryRule);
    }
    case Relation::Sibling:
    case Relation::Authority:
    case Relation::Other:
        break;
    }
    return make(Verdict::Refused,
                sentences(block, Text::tr("Only the person concerned, their legal representative and, with a legal "
                                          "interest made credible, spouses, registered partners, ancestors and "
                                          "descendants may receive a certificate; siblings and other persons may "
                                          "not.")),
                kGenderEntryRule);
}

// § 63 Abs. 1: after an adoption the entry records the adoptive parents as the parents.
Entitlement adoptionBlocked(const EntitlementCase &request)
{
    const QString block = Text::tr("The entry has a blocking note for an adoption.");
    switch (request.relation) {
    case Relation::PersonConcerned:
    case Relation::LegalRepresentative:
    case Relation::Ancestor:
        return make(Verdict::Entitled,
                    sentences(block, Text::tr("The person concerned, their legal representative and their ancestors "
                                              "as the entry now records them (the adoptive parents and their "
                                              "parents) receive certificates.")),
                    kAdoptionRule);
    case Relation::Spouse:
    case Relation::Partner:
    case Relation::Descendant: {
        const QString circle = Text::tr("Spouses, registered partners and descendants receive a certificate only "
                                        "with a legal interest made credible.");
        if (request.interest == Interest::Legal)
            return make(Verdict::ClerkDecides,
                        sentences(block, sentences(circle, Text::tr("Decide whether it has been, and note why."))),
                        kAdoptionRule);
        return make(Verdict::Refused, sentences(block, sentences(circle, noLegalInterest(request.interest))),
                    kAdoptionRule);
    }
    case Relation::Sibling:
    case Relation::Authority:
    case Relation::Other:
        break;
    }
    return make(Verdict::Refused,
                sentences(block, Text::tr("Only the person concerned, their legal representative, the adoptive "
                                          "parents and their parents and, with a legal interest made credible, "
                                          "spouses, registered partners and descendants may receive a certificate. "
                                          "Siblings, the birth parents and other persons may not.")),
                kAdoptionRule);
}

// § 62 Abs. 1 Satz 1: the persons concerned and their closest family.
Entitlement family(Relation relation)
{
    QString reason;
    switch (relation) {
    case Relation::PersonConcerned:
        reason = Text::tr("The person concerned receives certificates from their own entry.");
        break;
    case Relation::LegalRepresentative:
        reason = Text::tr("The legal representative receives certificates for the person concerned.");
        break;
    case Relation::Spouse:
        reason = Text::tr("Spouses of a person concerned are entitled to certificates.");
        break;
    case Relation::Partner:
        reason = Text::tr("Registered partners of a person concerned are entitled to certificates.");
        break;
    case Relation::Ancestor:
        reason = Text::tr("Ancestors of a person concerned (parents, grandparents …) are entitled to certificates.");
        break;
    case Relation::Descendant:
        reason = Text::tr("Descendants of a person concerned (children, grandchildren …) are entitled to "
                          "certificates.");
        break;
    case Relation::Sibling:
    case Relation::Authority:
    case Relation::Other:
        break;
    }
    return make(Verdict::Entitled, reason, kFamilyRule);
}

// § 62 Abs. 1 Satz 2: siblings of the person concerned in a birth or death entry.
Entitlement sibling(const EntitlementCase &request)
{
    const QString needed = Text::tr("Siblings may receive %1 only with a legitimate interest made credible.")
                               .arg(certificateFrom(request.kind));
    if (request.interest == Interest::None)
        return make(Verdict::Refused, sentences(needed, Text::tr("No interest was stated.")), kInterestRule);
    return make(Verdict::ClerkDecides, sentences(needed, Text::tr("Decide whether it has been, and note why.")),
                kInterestRule);
}

// § 62 Abs. 1 Satz 2 and Abs. 3: anyone else.
Entitlement otherPerson(const EntitlementCase &request)
{
    const QString certificate = certificateFrom(request.kind);
    const bool thirtyYearsPassed = request.lastDeath.isValid() && request.requestDate.isValid() &&
                                   request.lastDeath.addYears(kYearsAfterDeath) <= request.requestDate;
    QString reason;
    if (request.relation == Relation::Sibling)
        reason = Text::tr("For marriage and partnership entries siblings count as other persons.") + QLatin1Char(' ');

    if (request.interest == Interest::Legal)
        return make(Verdict::ClerkDecides,
                    reason + sentences(Text::tr("Other persons may receive %1 only with a legal interest made "
                                                "credible.")
                                           .arg(certificate),
                                       Text::tr("Decide whether it has been, and note why.")),
                    kInterestRule);

    if (thirtyYearsPassed) {
        const QString since = Text::tr("The last person concerned died on %1, more than %2 years ago, so a "
                                       "legitimate interest made credible suffices for %3.")
                                  .arg(dateText(request.lastDeath))
                                  .arg(kYearsAfterDeath)
                                  .arg(certificate);
        if (request.interest == Interest::Legitimate)
            return make(Verdict::ClerkDecides,
                        reason + sentences(since, Text::tr("Decide whether it has been, and note why.")),
                        kThirtyYearsRule);
        return make(Verdict::Refused, reason + sentences(since, Text::tr("No interest was stated.")), kThirtyYearsRule);
    }

    const QString needed =
        Text::tr("Other persons may receive %1 only with a legal interest made credible.").arg(certificate);
    if (request.interest == Interest::None)
        return make(Verdict::Refused, reason + sentences(needed, Text::tr("No interest was stated.")), kInterestRule);
    // A legitimate interest, but the 30 years of § 62 Abs. 3 have not passed.
    const QString notYet =
        request.lastDeath.isValid()
            ? Text::tr("A legitimate interest suffices only from %1, 30 years after the death of the last person "
                       "concerned.")
                  .arg(dateText(request.lastDeath.addYears(kYearsAfterDeath)))
            : Text::tr("A legitimate interest suffices only 30 years after the death of the last person concerned, "
                       "and not all of them are known to have died.");
    return make(Verdict::Refused, reason + sentences(needed, notYet), kInterestRule);
}

// § 64: an information block (Auskunftssperre) means the person concerned is heard before anyone
// else receives a certificate.
Entitlement withInformationBlock(Entitlement decided, Relation relation)
{
    if (relation == Relation::PersonConcerned || relation == Relation::LegalRepresentative)
        return decided;
    if (decided.verdict == Verdict::Entitled)
        return make(Verdict::ClerkDecides,
                    sentences(decided.reason,
                              Text::tr("The entry has an information block (Auskunftssperre), however: the person "
                                       "concerned must be heard first. Then decide, and note why.")),
                    kInformationBlockRule);
    if (decided.verdict == Verdict::ClerkDecides)
        decided.reason = sentences(decided.reason, Text::tr("The entry also has an information block "
                                                            "(Auskunftssperre): hear the person concerned first."));
    return decided;
}

}  // namespace

Entitlement decideEntitlement(const EntitlementCase &request)
{
    if (isPastRetention(request.kind, request.entryYear, request.requestDate))
        return make(Verdict::ReferToArchive,
                    Text::tr("The entry is past its retention period of %1 years and is held by the archive. "
                             "Forward the request to the archive.")
                        .arg(registerRetentionYears(request.kind)),
                    kRetentionRule);

    if (request.relation != Relation::Authority && request.requesterAge >= 0 && request.requesterAge < 16)
        return make(Verdict::Refused,
                    Text::tr("The requester is %1 years old. Before their 16th birthday only their legal "
                             "representative may apply for certificates.")
                        .arg(request.requesterAge),
                    kUnder16Rule);

    // Authorities and courts receive certificates for their tasks whatever the entry's blocks: kept
    // simple here on purpose, the clerk sees the blocks on the entry anyway.
    if (request.relation == Relation::Authority) {
        if (request.interest == Interest::None)
            return make(Verdict::Refused,
                        Text::tr("An authority or court receives certificates only for its tasks. Ask it to state "
                                 "the task it needs the certificate for."),
                        kAuthorityRule);
        return make(Verdict::Entitled,
                    Text::tr("Authorities and courts receive certificates for the tasks they have stated; blocking "
                             "notes on the entry do not stand in the way. Note the task in the file."),
                    kAuthorityRule);
    }

    const bool birth = request.kind == RegisterKind::Birth;
    Entitlement decided;
    if (birth && (request.blocks & int(Block::GenderEntry)) != 0)
        decided = genderEntryBlocked(request);
    else if (birth && (request.blocks & int(Block::Adoption)) != 0)
        decided = adoptionBlocked(request);
    else if (isFamily(request.relation))
        decided = family(request.relation);
    else if (request.relation == Relation::Sibling &&
             (request.kind == RegisterKind::Birth || request.kind == RegisterKind::Death))
        decided = sibling(request);
    else
        decided = otherPerson(request);

    if ((request.blocks & int(Block::Information)) != 0)
        decided = withInformationBlock(std::move(decided), request.relation);
    return decided;
}

QString relationName(Relation relation)
{
    switch (relation) {
    case Relation::PersonConcerned:
        return Text::tr("Person concerned");
    case Relation::LegalRepresentative:
        return Text::tr("Legal representative");
    case Relation::Spouse:
        return Text::tr("Spouse");
    case Relation::Partner:
        return Text::tr("Registered partner");
    case Relation::Ancestor:
        return Text::tr("Ancestor");
    case Relation::Descendant:
        return Text::tr("Descendant");
    case Relation::Sibling:
        return Text::tr("Sibling");
    case Relation::Authority:
        return Text::tr("Authority or court");
    case Relation::Other:
        return Text::tr("Other person");
    }
    return {};
}

QString interestName(Interest interest)
{
    switch (interest) {
    case Interest::None:
        return Text::tr("No interest stated");
    case Interest::Legitimate:
        return Text::tr("Legitimate interest");
    case Interest::Legal:
        return Text::tr("Legal interest");
    }
    return {};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Entitled:
        return Text::tr("Entitled");
    case Verdict::ClerkDecides:
        return Text::tr("Clerk decides");
    case Verdict::Refused:
        return Text::tr("Refused");
    case Verdict::ReferToArchive:
        return Text::tr("Refer to the archive");
    }
    return {};
}

}  // namespace aw::civilstatus
