// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/entitlement.h"
#include "support/testenv.h"

#include <QObject>
#include <QSet>
#include <QtTest>

using aw::civilstatus::Block;
using aw::civilstatus::Entitlement;
using aw::civilstatus::EntitlementCase;
using aw::civilstatus::Interest;
using aw::civilstatus::RegisterKind;
using aw::civilstatus::Relation;
using aw::civilstatus::Verdict;
using aw::test::s;

namespace {

// Every request in the table is made on this day.
const QDate RequestDate(2026, 11, 30);

const QString Retention = s("§ 5 Abs. 5, § 7 Abs. 3 PStG");
const QString Under16 = s("§ 62 Abs. 1 Satz 3 PStG");
const QString Authority = s("§ 65 PStG");
const QString AdoptionRule = s("§ 63 Abs. 1 PStG");
const QString GenderRule = s("§ 63 Abs. 2 PStG");
const QString Family = s("§ 62 Abs. 1 Satz 1 PStG");
const QString InterestRule = s("§ 62 Abs. 1 Satz 2 PStG");
const QString ThirtyYears = s("§ 62 Abs. 3 PStG");
const QString InformationRule = s("§ 64 PStG");

constexpr int Adoption = int(Block::Adoption);
constexpr int Gender = int(Block::GenderEntry);
constexpr int Information = int(Block::Information);

constexpr RegisterKind G = RegisterKind::Birth;
constexpr RegisterKind E = RegisterKind::Marriage;
constexpr RegisterKind L = RegisterKind::Partnership;
constexpr RegisterKind S = RegisterKind::Death;

const Relation allRelations[] = {
    Relation::PersonConcerned, Relation::LegalRepresentative, Relation::Spouse,  Relation::Partner,
    Relation::Ancestor,        Relation::Descendant,          Relation::Sibling, Relation::Authority,
    Relation::Other,
};

}  // namespace

class TestEntitlement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { aw::test::isolate(); }

    void decide_data();
    void decide();
    void thirtyYearsCountFromTheLastDeath();
    void namesAreDistinct();
};

void TestEntitlement::decide_data()
{
    QTest::addColumn<RegisterKind>("kind");
    QTest::addColumn<int>("entryYear");
    QTest::addColumn<int>("blocks");
    QTest::addColumn<QDate>("lastDeath");
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<int>("age");
    QTest::addColumn<Interest>("interest");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("mention");  // a word the reason must contain; empty: only non-empty

    // An adult asking, by default about a recent entry without blocks of someone alive.
    const auto row = [](const char *tag, RegisterKind kind, int year, int blocks, const QDate &lastDeath,
                        Relation relation, Interest interest, Verdict verdict, const QString &rule,
                        const char *mention = "", int age = 40) {
        QTest::newRow(tag) << kind << year << blocks << lastDeath << relation << age << interest << verdict << rule
                           << s(mention);
    };
    const QDate alive;
    const auto None = Interest::None;
    const auto Legitimate = Interest::Legitimate;
    const auto Legal = Interest::Legal;
    const auto Entitled = Verdict::Entitled;
    const auto Clerk = Verdict::ClerkDecides;
    const auto Refused = Verdict::Refused;
    const auto Archive = Verdict::ReferToArchive;

    // § 5 Abs. 5: 110 years for births, 80 for marriages and partnerships, 30 for deaths; in 2026 an
    // entry of 1915 (1945, 1995) is past, one of 1916 (1946, 1996) is not.
    row("G past retention", G, 1915, 0, alive, Relation::PersonConcerned, None, Archive, Retention, "110");
    row("G last retention year", G, 1916, 0, alive, Relation::PersonConcerned, None, Entitled, Family);
    row("E past retention", E, 1945, 0, alive, Relation::Spouse, None, Archive, Retention, "80");
    row("E last retention year", E, 1946, 0, alive, Relation::Spouse, None, Entitled, Family);
    row("L past retention", L, 1945, 0, alive, Relation::Partner, None, Archive, Retention, "80");
    row("L last retention year", L, 1946, 0, alive, Relation::Partner, None, Entitled, Family);
    row("S past retention", S, 1995, 0, QDate(1995, 3, 1), Relation::Descendant, None, Archive, Retention, "30");
    row("S last retention year", S, 1996, 0, QDate(1996, 3, 1), Relation::Descendant, None, Entitled, Family);
    row("retention before age", G, 1900, 0, alive, Relation::PersonConcerned, None, Archive, Retention, "archive", 12);
    row("retention before authority", S, 1980, 0, QDate(1980, 1, 1), Relation::Authority, Legal, Archive, Retention,
        "archive", -1);

    // § 62 Abs. 1 Satz 3: under 16 only the legal representative applies.
    row("15 years old", G, 2011, 0, alive, Relation::PersonConcerned, None, Refused, Under16, "15", 15);
    row("exactly 16", G, 2010, 0, alive, Relation::PersonConcerned, None, Entitled, Family, "", 16);
    row("age unknown", G, 2010, 0, alive, Relation::PersonConcerned, None, Entitled, Family, "", -1);
    row("under 16 with legal interest", G, 1990, 0, alive, Relation::Other, Legal, Refused, Under16,
        "legal "
        "representative",
        14);
    row("under 16 before blocks", G, 2012, Gender, alive, Relation::PersonConcerned, None, Refused, Under16, "", 14);
    row("authority age does not count", G, 2010, 0, alive, Relation::Authority, Legal, Entitled, Authority, "", 3);

    // § 65: authorities and courts for their stated task, whatever the blocks.
    row("authority without task", G, 2000, 0, alive, Relation::Authority, None, Refused, Authority, "task", -1);
    row("authority legitimate task", G, 2000, 0, alive, Relation::Authority, Legitimate, Entitled, Authority, "task",
        -1);
    row("authority despite all blocks", G, 2000, Adoption | Gender | Information, alive, Relation::Authority, Legal,
        Entitled, Authority, "blocking notes", -1);
    row("authority on death entry", S, 2020, Information, QDate(2020, 2, 2), Relation::Authority, Legal, Entitled,
        Authority, "", -1);

    // § 62 Abs. 1 Satz 1: the persons concerned and their closest family, no interest needed.
    row("person concerned", G, 2000, 0, alive, Relation::PersonConcerned, None, Entitled, Family, "person concerned");
    row("legal representative", G, 2015, 0, alive, Relation::LegalRepresentative, None, Entitled, Family,
        "legal representative");
    row("spouse", E, 2000, 0, alive, Relation::Spouse, None, Entitled, Family, "Spouses");
    row("partner", L, 2005, 0, alive, Relation::Partner, None, Entitled, Family, "Registered partners");
    row("ancestor", G, 1990, 0, alive, Relation::Ancestor, None, Entitled, Family, "Ancestors");
    row("descendant", S, 2010, 0, QDate(2010, 6, 1), Relation::Descendant, None, Entitled, Family, "Descendants");

    // § 62 Abs. 1 Satz 2: siblings with a legitimate interest for birth and death entries.
    row("sibling G none", G, 1980, 0, alive, Relation::Sibling, None, Refused, InterestRule, "birth certificate");
    row("sibling G legitimate", G, 1980, 0, alive, Relation::Sibling, Legitimate, Clerk, InterestRule,
        "Siblings may receive a birth certificate only with a legitimate interest");
    row("sibling G legal", G, 1980, 0, alive, Relation::Sibling, Legal, Clerk, InterestRule, "Siblings");
    row("sibling S none", S, 2020, 0, QDate(2020, 1, 5), Relation::Sibling, None, Refused, InterestRule,
        "death certificate");
    row("sibling S legitimate", S, 2020, 0, QDate(2020, 1, 5), Relation::Sibling, Legitimate, Clerk, InterestRule,
        "death certificate");
    // … and like anyone else for marriage and partnership entries.
    row("sibling E legitimate", E, 2000, 0, alive, Relation::Sibling, Legitimate, Refused, InterestRule,
        "marriage certificate");
    row("sibling E legal", E, 2000, 0, alive, Relation::Sibling, Legal, Clerk, InterestRule, "legal interest");
    row("sibling L legitimate", L, 2010, 0, alive, Relation::Sibling, Legitimate, Refused, InterestRule,
        "partnership certificate");
    row("sibling E legitimate 30 years", E, 1960, 0, QDate(1990, 4, 4), Relation::Sibling, Legitimate, Clerk,
        ThirtyYears, "30");

    // Others: a legal interest, or a legitimate one 30 years after the last death (§ 62 Abs. 3).
    row("other none", G, 1990, 0, alive, Relation::Other, None, Refused, InterestRule, "legal interest");
    row("other legitimate", G, 1990, 0, alive, Relation::Other, Legitimate, Refused, InterestRule, "30 years");
    row("other legal", G, 1990, 0, alive, Relation::Other, Legal, Clerk, InterestRule, "legal interest");
    row("other legitimate 30 years to the day", S, 1996, 0, QDate(1996, 11, 30), Relation::Other, Legitimate, Clerk,
        ThirtyYears, "legitimate interest");
    row("other legitimate a day short of 30 years", S, 1996, 0, QDate(1996, 12, 1), Relation::Other, Legitimate,
        Refused, InterestRule, "2026");
    row("other none after 30 years", G, 1930, 0, QDate(1990, 1, 1), Relation::Other, None, Refused, ThirtyYears,
        "legitimate interest");
    row("other legal after 30 years", G, 1930, 0, QDate(1990, 1, 1), Relation::Other, Legal, Clerk, InterestRule);

    // § 63 Abs. 2: a changed sex entry or first names; only birth entries.
    row("gender person concerned", G, 2000, Gender, alive, Relation::PersonConcerned, None, Entitled, GenderRule);
    row("gender legal representative", G, 2012, Gender, alive, Relation::LegalRepresentative, None, Entitled,
        GenderRule);
    row("gender spouse legal", G, 1980, Gender, alive, Relation::Spouse, Legal, Clerk, GenderRule, "legal interest");
    row("gender partner legal", G, 1980, Gender, alive, Relation::Partner, Legal, Clerk, GenderRule);
    row("gender ancestor legal", G, 2000, Gender, alive, Relation::Ancestor, Legal, Clerk, GenderRule);
    row("gender descendant legal", G, 1960, Gender, alive, Relation::Descendant, Legal, Clerk, GenderRule);
    row("gender ancestor legitimate", G, 2000, Gender, alive, Relation::Ancestor, Legitimate, Refused, GenderRule,
        "legitimate interest is not enough");
    row("gender spouse none", G, 1980, Gender, alive, Relation::Spouse, None, Refused, GenderRule,
        "No interest was stated");
    row("gender sibling legal", G, 1980, Gender, alive, Relation::Sibling, Legal, Refused, GenderRule, "siblings");
    row("gender other legal", G, 1980, Gender, alive, Relation::Other, Legal, Refused, GenderRule, "other persons");
    row("gender other legitimate after 30 years", G, 1920, Gender, QDate(1980, 1, 1), Relation::Other, Legitimate,
        Refused, GenderRule);
    row("gender ignored on E", E, 2000, Gender, alive, Relation::Spouse, None, Entitled, Family);
    row("gender ignored on S", S, 2020, Gender, QDate(2020, 1, 1), Relation::Other, Legal, Clerk, InterestRule);
    row("gender narrower than adoption", G, 2000, Gender | Adoption, alive, Relation::Ancestor, Legal, Clerk,
        GenderRule);
    row("gender and adoption ancestor none", G, 2000, Gender | Adoption, alive, Relation::Ancestor, None, Refused,
        GenderRule);

    // § 63 Abs. 1: adoption; the ancestors are those the entry records now.
    row("adoption person concerned", G, 2000, Adoption, alive, Relation::PersonConcerned, None, Entitled, AdoptionRule);
    row("adoption legal representative", G, 2015, Adoption, alive, Relation::LegalRepresentative, None, Entitled,
        AdoptionRule);
    row("adoption ancestor", G, 2015, Adoption, alive, Relation::Ancestor, None, Entitled, AdoptionRule,
        "adoptive parents");
    row("adoption spouse legal", G, 1980, Adoption, alive, Relation::Spouse, Legal, Clerk, AdoptionRule,
        "legal interest");
    row("adoption partner legal", G, 1980, Adoption, alive, Relation::Partner, Legal, Clerk, AdoptionRule);
    row("adoption descendant legal", G, 1960, Adoption, alive, Relation::Descendant, Legal, Clerk, AdoptionRule);
    row("adoption descendant none", G, 1960, Adoption, alive, Relation::Descendant, None, Refused, AdoptionRule);
    row("adoption spouse legitimate", G, 1980, Adoption, alive, Relation::Spouse, Legitimate, Refused, AdoptionRule);
    row("adoption sibling legitimate", G, 2000, Adoption, alive, Relation::Sibling, Legitimate, Refused, AdoptionRule,
        "Siblings");
    row("adoption other legal", G, 2000, Adoption, alive, Relation::Other, Legal, Refused, AdoptionRule,
        "birth parents");
    row("adoption ignored on E", E, 2000, Adoption, alive, Relation::Ancestor, None, Entitled, Family);
    row("adoption ignored on S", S, 2020, Adoption, QDate(2020, 1, 1), Relation::Sibling, Legitimate, Clerk,
        InterestRule);
    row("adoption ignored on L", L, 2010, Adoption, alive, Relation::Other, Legal, Clerk, InterestRule);

    // § 64: an information block makes every grant to someone else a clerk's decision.
    row("information person concerned", G, 2000, Information, alive, Relation::PersonConcerned, None, Entitled, Family);
    row("information legal representative", G, 2015, Information, alive, Relation::LegalRepresentative, None, Entitled,
        Family);
    row("information spouse", E, 2000, Information, alive, Relation::Spouse, None, Clerk, InformationRule,
        "Auskunftssperre");
    row("information descendant", S, 2020, Information, QDate(2020, 1, 1), Relation::Descendant, None, Clerk,
        InformationRule, "heard");
    row("information adoption ancestor", G, 2015, Information | Adoption, alive, Relation::Ancestor, None, Clerk,
        InformationRule);
    row("information gender person concerned", G, 2000, Information | Gender, alive, Relation::PersonConcerned, None,
        Entitled, GenderRule);
    row("information other legal", G, 1990, Information, alive, Relation::Other, Legal, Clerk, InterestRule,
        "Auskunftssperre");
    row("information other none", G, 1990, Information, alive, Relation::Other, None, Refused, InterestRule);
}

void TestEntitlement::decide()
{
    QFETCH(RegisterKind, kind);
    QFETCH(int, entryYear);
    QFETCH(int, blocks);
    QFETCH(QDate, lastDeath);
    QFETCH(Relation, relation);
    QFETCH(int, age);
    QFETCH(Interest, interest);
    QFETCH(Verdict, verdict);
    QFETCH(QString, rule);
    QFETCH(QString, mention);

    EntitlementCase request;
    request.kind = kind;
    request.entryYear = entryYear;
    request.blocks = blocks;
    request.lastDeath = lastDeath;
    request.relation = relation;
    request.requesterAge = age;
    request.interest = interest;
    request.requestDate = RequestDate;

    const Entitlement result = aw::civilstatus::decideEntitlement(request);
    QCOMPARE(aw::civilstatus::verdictName(result.verdict), aw::civilstatus::verdictName(verdict));
    QCOMPARE(result.rule, rule);
    QVERIFY(!result.reason.trimmed().isEmpty());
    QVERIFY2(mention.isEmpty() || result.reason.contains(mention, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("“%1” not in: %2").arg(mention, result.reason)));
}

// The day the 30 years end is the day the legitimate interest starts to suffice; the reason before
// it names that day.
void TestEntitlement::thirtyYearsCountFromTheLastDeath()
{
    EntitlementCase request;
    request.kind = RegisterKind::Death;
    request.entryYear = 2000;
    request.lastDeath = QDate(2000, 2, 29);
    request.relation = Relation::Other;
    request.requesterAge = 50;
    request.interest = Interest::Legitimate;

    request.requestDate = QDate(2030, 2, 27);
    Entitlement before = aw::civilstatus::decideEntitlement(request);
    QVERIFY(before.verdict == Verdict::Refused);
    QVERIFY2(before.reason.contains(QStringLiteral("2030")), qPrintable(before.reason));

    // 2030 has no 29 February: QDate::addYears() moves the end to 28 February.
    request.requestDate = QDate(2030, 2, 28);
    const Entitlement on = aw::civilstatus::decideEntitlement(request);
    QVERIFY(on.verdict == Verdict::ClerkDecides);
    QCOMPARE(on.rule, ThirtyYears);

    // Not all persons concerned are known to have died: the 30 years never start.
    request.lastDeath = QDate();
    request.requestDate = QDate(2080, 1, 1);
    request.entryYear = 2060;
    before = aw::civilstatus::decideEntitlement(request);
    QVERIFY(before.verdict == Verdict::Refused);
    QCOMPARE(before.rule, InterestRule);
}

void TestEntitlement::namesAreDistinct()
{
    QSet<QString> relations;
    for (Relation relation : allRelations) {
        const QString name = aw::civilstatus::relationName(relation);
        QVERIFY(!name.isEmpty());
        relations.insert(name);
    }
    QCOMPARE(relations.size(), qsizetype(std::size(allRelations)));
    QCOMPARE(aw::civilstatus::relationName(Relation::Partner), QStringLiteral("Registered partner"));

    const QSet<QString> interests{aw::civilstatus::interestName(Interest::None),
                                  aw::civilstatus::interestName(Interest::Legitimate),
                                  aw::civilstatus::interestName(Interest::Legal)};
    QCOMPARE(interests.size(), qsizetype(3));
    QVERIFY(!interests.contains(QString()));

    const QSet<QString> verdicts{
        aw::civilstatus::verdictName(Verdict::Entitled), aw::civilstatus::verdictName(Verdict::ClerkDecides),
        aw::civilstatus::verdictName(Verdict::Refused), aw::civilstatus::verdictName(Verdict::ReferToArchive)};
    QCOMPARE(verdicts.size(), qsizetype(4));
    QVERIFY(!verdicts.contains(QString()));
}

QTEST_GUILESS_MAIN(TestEntitlement)
#include "tst_entitlement.moc"
