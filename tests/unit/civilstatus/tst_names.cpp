// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/names.h"
#include "support/testenv.h"

#include <QObject>
#include <QtTest>

using aw::civilstatus::NameQuery;
using aw::test::s;

namespace {

// A recorded person to score queries against.
const QString RecordedFirst = s("Lea Marie");
const QString RecordedLast = s("Größmann");
const QString RecordedBirth = s("Schmidt");
const QDate RecordedBorn(1990, 5, 17);

int score(const QString &first, const QString &last, const QDate &born = {})
{
    return aw::civilstatus::matchScore(NameQuery{first, last, born}, RecordedFirst, RecordedLast, RecordedBirth,
                                       RecordedBorn);
}

}  // namespace

class TestNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { aw::test::isolate(); }

    void nameKeys_data();
    void nameKeys();
    void sameName_data();
    void sameName();
    void firstNamesMatch_data();
    void firstNamesMatch();
    void scoreZeroWhenAFieldDisagrees();
    void scoreOrder();
    void emptyQueryMatchesAnyone();
};

void TestNames::nameKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("keys");

    const auto row = [](const char *tag, const char *name, const QStringList &keys) {
        QTest::newRow(tag) << s(name) << keys;
    };
    const auto both = [](const char *key) { return QStringList{s(key), s(key)}; };

    row("umlaut", "Müller", {s("mueller"), s("muller")});
    row("umlaut upper case", "MÜLLER", {s("mueller"), s("muller")});
    row("umlaut decomposed", "Mu\xcc\x88ller", {s("mueller"), s("muller")});
    row("written out", "Mueller", both("mueller"));
    row("upper case written out", "MUELLER", both("mueller"));
    row("eszett", "Größmann", {s("groessmann"), s("grossmann")});
    row("capital eszett", "GRÖẞMANN", {s("groessmann"), s("grossmann")});
    row("ss", "GROSSMANN", both("grossmann"));
    row("acute", "José", both("jose"));
    row("cedilla", "Çelik", both("celik"));
    row("tilde", "Nuñez", both("nunez"));
    row("caron", "Dvořák", both("dvorak"));
    row("other diaeresis dropped", "Noël", both("noel"));
    row("hyphen", "Meyer-Lüdenscheid", {s("meyer luedenscheid"), s("meyer ludenscheid")});
    row("blanks", "  Meyer   Luedenscheid ", both("meyer luedenscheid"));
    row("hyphen and blanks", "Meyer - Lüdenscheid", {s("meyer luedenscheid"), s("meyer ludenscheid")});
    row("apostrophe", "O'Neill", both("oneill"));
    row("typographic apostrophe", "D’Angelo", both("dangelo"));
    row("modifier apostrophe", "Dʼ Angelo", both("d angelo"));
    row("particles", "van der Berg", both("van der berg"));
    row("digits and dots", "St. Clair 2", both("st clair"));
    row("empty", "", {});
    row("blank", "   ", {});
    row("no letters", "- ' 42 .", {});
}

void TestNames::nameKeys()
{
    QFETCH(QString, name);
    QFETCH(QStringList, keys);

    QCOMPARE(aw::civilstatus::nameKeys(name), keys);
    QCOMPARE(aw::civilstatus::nameKey(name), keys.isEmpty() ? QString() : keys.first());
}

void TestNames::sameName_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    const auto row = [](const char *a, const char *b, bool same) {
        QTest::addRow("%s = %s", a, b) << s(a) << s(b) << same;
    };
    row("Müller", "Mueller", true);
    row("Müller", "MUELLER", true);
    row("Müller", "Muller", true);  // typed without the dots
    row("MUELLER", "mueller", true);
    row("Mueller", "Muller", false);  // both spell it out differently; neither has an umlaut
    row("Größmann", "Grossmann", true);
    row("Größmann", "GROSSMANN", true);
    row("Großmann", "Grossmann", true);
    row("Größmann", "Grosmann", false);
    row("José", "Jose", true);
    row("Çelik", "Celik", true);
    row("Meyer-Lüdenscheid", "Meyer Luedenscheid", true);
    row("Meyer-Lüdenscheid", "Meyer", false);
    row("O'Neill", "ONeill", true);
    row("Schmidt", "Schmitt", false);
    row("Müller", "", false);
    row("", "", false);
    row("-", "-", false);
}

void TestNames::sameName()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);

    QCOMPARE(aw::civilstatus::sameName(a, b), same);
    QCOMPARE(aw::civilstatus::sameName(b, a), same);
}

void TestNames::firstNamesMatch_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<bool>("match");

    const auto row = [](const char *wanted, const char *recorded, bool match) {
        QTest::addRow("'%s' in '%s'", wanted, recorded) << s(wanted) << s(recorded) << match;
    };
    row("Anna Lena", "Anna Lena", true);
    row("Lena Anna", "Anna Lena", true);  // transposed
    row("Lea", "Lea Marie", true);        // subset
    row("Marie", "Lea Marie", true);
    row("Lea Marie Sophie", "Lea Marie", false);  // superset
    row("lea MARIE", "Lea Marie", true);          // case
    row("Jürgen", "Juergen", true);
    row("Jurgen", "Jürgen", true);
    row("Léa", "Lea", true);
    row("Anna-Lena", "Anna Lena", true);
    row("Marie Lea", "Lea-Marie", true);
    row("Ann", "Anna", false);  // no prefixes
    row("Anna Anna", "Anna", false);
    row("Anna Anna", "Anna Maria Anna", true);
    row("Lea", "Lena", false);
    row("", "Anna", true);  // nothing wanted
    row("-", "Anna", true);
    row("Anna", "", false);
}

void TestNames::firstNamesMatch()
{
    QFETCH(QString, wanted);
    QFETCH(QString, recorded);
    QFETCH(bool, match);

    QCOMPARE(aw::civilstatus::firstNamesMatch(wanted, recorded), match);
}

void TestNames::scoreZeroWhenAFieldDisagrees()
{
    QVERIFY(score({}, s("Größmann")) > 0);
    QCOMPARE(score({}, s("Meier")), 0);
    QCOMPARE(score(s("Anna"), {}), 0);
    QCOMPARE(score(s("Lea Anna"), s("Größmann")), 0);
    QCOMPARE(score(s("Lea"), s("Größmann"), QDate(1990, 5, 18)), 0);
    QCOMPARE(score({}, {}, QDate(1991, 5, 17)), 0);

    // An unknown recorded birth date does not disagree, it only adds nothing.
    const NameQuery query{s("Lea"), s("Größmann"), RecordedBorn};
    const int unknownDate = aw::civilstatus::matchScore(query, RecordedFirst, RecordedLast, RecordedBirth, QDate());
    QVERIFY(unknownDate > 0);
    QVERIFY(unknownDate < score(s("Lea"), s("Größmann"), RecordedBorn));
}

void TestNames::scoreOrder()
{
    // Exact spelling above a key match, for family name, birth name and first names.
    QVERIFY(score({}, s("Größmann")) > score({}, s("Grossmann")));
    QVERIFY(score({}, s("größmann")) == score({}, s("Größmann")));  // case does not make a spelling
    QVERIFY(score({}, s("Schmidt")) > score({}, s("Schmídt")));
    QVERIFY(score({}, s("Schmídt")) > 0);
    QVERIFY(score(s("Lea"), {}) > score(s("Léa"), {}));
    QVERIFY(score(s("Léa"), {}) > 0);

    // The current family name above the birth name, even by key against exact.
    QVERIFY(score({}, s("Größmann")) > score({}, s("Schmidt")));
    QVERIFY(score({}, s("Grossmann")) > score({}, s("Schmidt")));
    QVERIFY(score({}, s("Schmidt")) > 0);

    // A matching birth date adds most: more than an exact family name and first names together.
    const int base = score({}, {});
    QVERIFY(score({}, {}, RecordedBorn) - base > score(s("Lea Marie"), s("Größmann")) - base);
    QVERIFY(score(s("Lea"), s("Grossmann"), RecordedBorn) > score(s("Lea Marie"), s("Größmann")));
}

void TestNames::emptyQueryMatchesAnyone()
{
    QVERIFY(score({}, {}) > 0);
    QVERIFY(score(s(" "), s("-")) > 0);
    QCOMPARE(score(s(" "), s("-")), score({}, {}));
}

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
