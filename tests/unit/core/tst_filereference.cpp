// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filereference.h"
#include "support/testenv.h"

#include <QObject>
#include <QtTest>

#include <climits>

using aw::core::Error;
using aw::core::FileReference;
using aw::core::FileReferencePattern;

namespace aw::core {
// Lets QCOMPARE print references that differ.
char *toString(const FileReference &r)
{
    const QString text = QStringLiteral("{plan=%1 unit=%2 seq=%3 year=%4 proc=%5}")
                             .arg(r.planCode, r.unitCode)
                             .arg(r.sequence)
                             .arg(r.year)
                             .arg(r.proceeding);
    return qstrdup(text.toUtf8().constData());
}
}  // namespace aw::core

using aw::test::s;

namespace {

FileReference ref(const char *plan, const char *unit, int seq, int year, int proc = 0)
{
    return {QString::fromUtf8(plan), QString::fromUtf8(unit), seq, year, proc};
}

const char *const UnitPattern = "{unit} {plan}/{seq:4}-{year}";
const char *const SpecialPattern = "[{plan}] ({seq}) *{year}*";

}  // namespace

class TestFileReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaults();
    void format_data();
    void format();
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void createValid_data();
    void createValid();
    void createInvalid_data();
    void createInvalid();
    void roundTrip_data();
    void roundTrip();
    void planCode_data();
    void planCode();
    void caseFileOfProceeding();
};

void TestFileReference::initTestCase()
{
    aw::test::isolate();
}

void TestFileReference::defaults()
{
    const FileReferencePattern pattern;
    QCOMPARE(pattern.pattern(), s("{plan}-{seq}/{year}"));
    QCOMPARE(pattern.proceedingSuffix(), s("-{proc:4}"));
    QCOMPARE(pattern.format(ref("123.30", "", 11, 2026)), s("123.30-11/2026"));
    QCOMPARE(pattern.format(ref("123.30", "", 11, 2026, 42)), s("123.30-11/2026-0042"));
}

void TestFileReference::format_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<FileReference>("reference");
    QTest::addColumn<QString>("expected");

    const QString def = s(FileReferencePattern::DefaultPattern);
    const QString defSuffix = s(FileReferencePattern::DefaultProceedingSuffix);

    QTest::newRow("default case file") << def << defSuffix << ref("123.30", "", 11, 2026) << s("123.30-11/2026");
    QTest::newRow("default proceeding") << def << defSuffix << ref("123.30", "", 11, 2026, 42)
                                        << s("123.30-11/2026-0042");
    QTest::newRow("default proceeding wider than width")
        << def << defSuffix << ref("123.30", "", 11, 2026, 12345) << s("123.30-11/2026-12345");
    QTest::newRow("default unit ignored") << def << defSuffix << ref("1.2.A", "StA", 1, 2026) << s("1.2.A-1/2026");
    QTest::newRow("year always four digits") << def << defSuffix << ref("7", "", 3, 999) << s("7-3/0999");
    QTest::newRow("year one") << def << defSuffix << ref("7", "", 3, 1) << s("7-3/0001");
    QTest::newRow("unit pattern") << s(UnitPattern) << s("/{proc}") << ref("1.2.A", "StA", 7, 2025)
                                  << s("StA 1.2.A/0007-2025");
    QTest::newRow("unit pattern proceeding")
        << s(UnitPattern) << s("/{proc}") << ref("1.2.A", "StA", 7, 2025, 3) << s("StA 1.2.A/0007-2025/3");
    QTest::newRow("seq wider than width")
        << s(UnitPattern) << s("/{proc}") << ref("1", "KZN", 123456, 2025) << s("KZN 1/123456-2025");
    QTest::newRow("literal prefix") << s("Az. {plan}.{seq:3}/{year}") << s(" V{proc:2}") << ref("51", "", 5, 2024, 7)
                                    << s("Az. 51.005/2024 V07");
    QTest::newRow("year first") << s("{year}/{plan}-{seq:5}") << s(".{proc}") << ref("123.30", "", 11, 2026, 1)
                                << s("2026/123.30-00011.1");
    QTest::newRow("regex characters") << s(SpecialPattern) << s("+{proc}") << ref("1.2", "", 3, 2020, 4)
                                      << s("[1.2] (3) *2020*+4");
    QTest::newRow("suffix with text after proc")
        << s("{plan}-{seq}/{year}") << s(" (V{proc:3})") << ref("9", "", 1, 2030, 12) << s("9-1/2030 (V012)");
}

void TestFileReference::format()
{
    QFETCH(QString, pattern);
    QFETCH(QString, suffix);
    QFETCH(FileReference, reference);
    QFETCH(QString, expected);

    const auto created = FileReferencePattern::create(pattern, suffix);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created->format(reference), expected);
}

void TestFileReference::parse_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("text");
    QTest::addColumn<FileReference>("expected");

    const QString def = s(FileReferencePattern::DefaultPattern);
    const QString defSuffix = s(FileReferencePattern::DefaultProceedingSuffix);

    QTest::newRow("default case file") << def << defSuffix << s("123.30-11/2026") << ref("123.30", "", 11, 2026);
    QTest::newRow("default proceeding") << def << defSuffix << s("123.30-11/2026-0042")
                                        << ref("123.30", "", 11, 2026, 42);
    QTest::newRow("proceeding wider than width")
        << def << defSuffix << s("123.30-11/2026-12345") << ref("123.30", "", 11, 2026, 12345);
    QTest::newRow("leading zeros in seq") << def << defSuffix << s("123.30-0011/2026") << ref("123.30", "", 11, 2026);
    QTest::newRow("surrounding whitespace")
        << def << defSuffix << s("  123.30-11/2026\t") << ref("123.30", "", 11, 2026);
    QTest::newRow("letters in plan code") << def << defSuffix << s("1.2.A-1/2026") << ref("1.2.A", "", 1, 2026);
    QTest::newRow("single plan group") << def << defSuffix << s("7-3/0999") << ref("7", "", 3, 999);
    QTest::newRow("unit pattern") << s(UnitPattern) << s("/{proc}") << s("StA 1.2.A/0007-2025")
                                  << ref("1.2.A", "StA", 7, 2025);
    QTest::newRow("unit pattern proceeding")
        << s(UnitPattern) << s("/{proc}") << s("StA 1.2.A/0007-2025/3") << ref("1.2.A", "StA", 7, 2025, 3);
    QTest::newRow("unit pattern long seq")
        << s(UnitPattern) << s("/{proc}") << s("KZN 1/123456-2025") << ref("1", "KZN", 123456, 2025);
    QTest::newRow("literal prefix") << s("Az. {plan}.{seq:3}/{year}") << s(" V{proc:2}") << s("Az. 51.005/2024 V07")
                                    << ref("51", "", 5, 2024, 7);
    QTest::newRow("dot separator after dotted plan")
        << s("Az. {plan}.{seq:3}/{year}") << s(" V{proc:2}") << s("Az. 1.2.A.012/2024") << ref("1.2.A", "", 12, 2024);
    QTest::newRow("year first") << s("{year}/{plan}-{seq:5}") << s(".{proc}") << s("2026/123.30-00011.1")
                                << ref("123.30", "", 11, 2026, 1);
    QTest::newRow("regex characters") << s(SpecialPattern) << s("+{proc}") << s("[1.2] (3) *2020*+4")
                                      << ref("1.2", "", 3, 2020, 4);
    QTest::newRow("suffix with text after proc")
        << s("{plan}-{seq}/{year}") << s(" (V{proc:3})") << s("9-1/2030 (V012)") << ref("9", "", 1, 2030, 12);
}

void TestFileReference::parse()
{
    QFETCH(QString, pattern);
    QFETCH(QString, suffix);
    QFETCH(QString, text);
    QFETCH(FileReference, expected);

    const auto created = FileReferencePattern::create(pattern, suffix);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const auto parsed = created->parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->isProceeding(), expected.proceeding > 0);
}

void TestFileReference::parseInvalid_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");  // what the error message must say

    const QString def = s(FileReferencePattern::DefaultPattern);
    const QString defSuffix = s(FileReferencePattern::DefaultProceedingSuffix);

    QTest::newRow("empty") << def << defSuffix << QString() << s("empty");
    QTest::newRow("blank") << def << defSuffix << s("   ") << s("empty");
    QTest::newRow("underscore instead of dash")
        << def << defSuffix << s("123.30_11/2026") << s("expected “-” after “123.30”");
    QTest::newRow("spaces around dash") << def << defSuffix << s("123.30 - 11/2026")
                                        << s("expected “-” after “123.30”");
    QTest::newRow("dash instead of slash")
        << def << defSuffix << s("123.30-11-2026") << s("expected “/” after “123.30-11”");
    QTest::newRow("missing year") << def << defSuffix << s("123.30-11") << s("expected “/” after “123.30-11”");
    QTest::newRow("missing year after slash")
        << def << defSuffix << s("123.30-11/") << s("expected a four-digit year after “123.30-11/”");
    QTest::newRow("three-digit year") << def << defSuffix << s("123.30-11/226") << s("four-digit year");
    QTest::newRow("five-digit year") << def << defSuffix << s("123.30-11/20260") << s("unexpected “0” at the end");
    QTest::newRow("letters in seq") << def << defSuffix << s("123.30-1a/2026") << s("expected “/” after “123.30-1”");
    QTest::newRow("letters only seq") << def << defSuffix << s("123.30-ab/2026")
                                      << s("expected a sequence number after “123.30-”");
    QTest::newRow("non-ASCII digits") << def << defSuffix << s("123.30-١١/2026")
                                      << s("expected a sequence number after “123.30-”");
    QTest::newRow("trailing junk") << def << defSuffix << s("123.30-11/2026x") << s("unexpected “x” at the end");
    QTest::newRow("two suffixes") << def << defSuffix << s("123.30-11/2026-0042-0001")
                                  << s("unexpected “-0001” at the end");
    QTest::newRow("suffix without number")
        << def << defSuffix << s("123.30-11/2026-") << s("expected a proceeding number of at least 4 digit");
    QTest::newRow("suffix too short") << def << defSuffix << s("123.30-11/2026-42")
                                      << s("proceeding number of at least 4 digit");
    QTest::newRow("proceeding zero") << def << defSuffix << s("123.30-11/2026-0000")
                                     << s("proceeding number in “123.30-11/2026-0000” must be 1 or more");
    QTest::newRow("seq zero") << def << defSuffix << s("123.30-0/2026") << s("sequence number in “123.30-0/2026” must");
    QTest::newRow("seq too large") << def << defSuffix << s("123.30-99999999999/2026") << s("too large");
    QTest::newRow("missing plan") << def << defSuffix << s("-11/2026") << s("should begin with a file-plan code");
    QTest::newRow("plan ends with dot") << def << defSuffix << s("123.-11/2026") << s("expected “-” after “123”");
    QTest::newRow("only plan") << def << defSuffix << s("123.30") << s("expected “-” after “123.30”");
    QTest::newRow("mentions pattern") << def << defSuffix << s("123.30/11/2026")
                                      << s("does not match the reference pattern “{plan}-{seq}/{year}”");
    QTest::newRow("unit: seq too short") << s(UnitPattern) << s("/{proc}") << s("StA 1.2/007-2025")
                                         << s("expected a sequence number of at least 4 digit");
    QTest::newRow("unit: missing unit") << s(UnitPattern) << s("/{proc}") << s("1.2/0007-2025")
                                        << s("expected “ ” after “1”");
    QTest::newRow("unit: umlaut in unit")
        << s(UnitPattern) << s("/{proc}") << s("Bürgeramt 1.2/0007-2025") << s("expected “ ” after “B”");
    QTest::newRow("unit: empty unit") << s(UnitPattern) << s("/{proc}") << s(" 1.2/0007-2025")
                                      << s("expected “ ” after “1”");
    QTest::newRow("unit: suffix without number")
        << s(UnitPattern) << s("/{proc}") << s("StA 1.2/0007-2025/")
        << s("does not match the reference pattern “{unit} {plan}/{seq:4}-{year}/{proc}”: expected a proceeding "
             "number after");
    QTest::newRow("unit: proceeding zero")
        << s(UnitPattern) << s("/{proc}") << s("StA 1.2/0007-2025/0") << s("must be 1 or more");
    QTest::newRow("literal prefix missing")
        << s("Az. {plan}.{seq:3}/{year}") << s(" V{proc:2}") << s("51.005/2024") << s("should begin with “Az. ”");
    QTest::newRow("regex characters as text")
        << s(SpecialPattern) << s("+{proc}") << s("[1.2] (3) x2020x") << s("expected “) *” after “[1.2] (3”");
    QTest::newRow("proc placeholder first in suffix")
        << s("{plan}-{seq}/{year}/") << s("{proc}") << s("1-1/2020/x") << s("expected a proceeding number after");
}

void TestFileReference::parseInvalid()
{
    QFETCH(QString, pattern);
    QFETCH(QString, suffix);
    QFETCH(QString, text);
    QFETCH(QString, messagePart);

    const auto created = FileReferencePattern::create(pattern, suffix);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const auto parsed = created->parse(text);
    QVERIFY2(!parsed.ok(), qPrintable(created->format(parsed.ok() ? *parsed : FileReference{})));
    QCOMPARE(parsed.error().code, Error::Code::Invalid);
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
}

void TestFileReference::createValid_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("suffix");

    QTest::newRow("default") << s(FileReferencePattern::DefaultPattern)
                             << s(FileReferencePattern::DefaultProceedingSuffix);
    QTest::newRow("unit") << s(UnitPattern) << s("/{proc}");
    QTest::newRow("widths") << s("{plan}-{seq:9}/{year}") << s("-{proc:1}");
    QTest::newRow("literal text around") << s("Az. {plan}.{seq:3}/{year}") << s(" V{proc:2}");
    QTest::newRow("regex characters") << s(SpecialPattern) << s("+{proc}");
    QTest::newRow("pattern ending in text, bare proc suffix") << s("{plan}-{seq}/{year}/") << s("{proc}");
}

void TestFileReference::createValid()
{
    QFETCH(QString, pattern);
    QFETCH(QString, suffix);

    const auto created = FileReferencePattern::create(pattern, suffix);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created->pattern(), pattern);
    QCOMPARE(created->proceedingSuffix(), suffix);
}

void TestFileReference::createInvalid_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("messagePart");

    const QString defSuffix = s(FileReferencePattern::DefaultProceedingSuffix);

    QTest::newRow("empty pattern") << QString() << defSuffix << s("empty");
    QTest::newRow("blank pattern") << s("  ") << defSuffix << s("empty");
    QTest::newRow("missing seq") << s("{plan}/{year}") << defSuffix << s("must contain {seq} exactly once");
    QTest::newRow("missing plan") << s("{seq}/{year}") << defSuffix << s("must contain {plan} exactly once");
    QTest::newRow("missing year") << s("{plan}-{seq}") << defSuffix << s("must contain {year} exactly once");
    QTest::newRow("duplicate plan") << s("{plan}-{seq}/{year}-{plan}") << defSuffix
                                    << s("must contain {plan} exactly once");
    QTest::newRow("duplicate seq") << s("{plan}-{seq}/{year}-{seq}") << defSuffix
                                   << s("must contain {seq} exactly once");
    QTest::newRow("duplicate unit") << s("{unit}-{unit} {plan}-{seq}/{year}") << defSuffix << s("{unit} at most once");
    QTest::newRow("unknown placeholder") << s("{plan}-{seq}/{jahr}") << defSuffix
                                         << s("“{jahr}” in the reference pattern “{plan}-{seq}/{jahr}” is not a "
                                              "known placeholder");
    QTest::newRow("placeholders are case-sensitive")
        << s("{Plan}-{seq}/{year}") << defSuffix << s("not a known placeholder");
    QTest::newRow("empty braces") << s("{plan}-{seq}/{year}{}") << defSuffix << s("not a known placeholder");
    QTest::newRow("unclosed brace") << s("{plan}-{seq}/{year") << defSuffix << s("without a closing “}”");
    QTest::newRow("stray closing brace") << s("{plan}-{seq}}/{year}") << defSuffix << s("without an opening “{”");
    QTest::newRow("width zero") << s("{plan}-{seq:0}/{year}") << defSuffix << s("width in “{seq:0}”");
    QTest::newRow("width not a number") << s("{plan}-{seq:x}/{year}") << defSuffix << s("width in “{seq:x}”");
    QTest::newRow("width empty") << s("{plan}-{seq:}/{year}") << defSuffix << s("width in “{seq:}”");
    QTest::newRow("width negative") << s("{plan}-{seq:-2}/{year}") << defSuffix << s("width in “{seq:-2}”");
    QTest::newRow("width too large") << s("{plan}-{seq:10}/{year}") << defSuffix << s("from 1 to 9");
    QTest::newRow("width on year") << s("{plan}-{seq}/{year:4}") << defSuffix << s("Only {seq} and {proc} take");
    QTest::newRow("width on plan") << s("{plan:3}-{seq}/{year}") << defSuffix << s("Only {seq} and {proc} take");
    QTest::newRow("proc in pattern") << s("{plan}-{seq}/{year}-{proc}") << defSuffix
                                     << s("belongs in the proceeding suffix");
    QTest::newRow("adjacent plan and seq")
        << s("{plan}{seq}/{year}") << defSuffix << s("“{plan}” and “{seq}” must be separated");
    QTest::newRow("adjacent year and seq")
        << s("{plan}-{year}{seq}") << defSuffix << s("“{year}” and “{seq}” must be separated");
    QTest::newRow("adjacent across suffix")
        << s("{plan}-{year}/{seq}") << s("{proc}") << s("“{seq}” and “{proc}” must be separated");
    QTest::newRow("suffix without proc") << s("{plan}-{seq}/{year}") << s("-") << s("must contain {proc} exactly once");
    QTest::newRow("empty suffix") << s("{plan}-{seq}/{year}") << QString() << s("must contain {proc} exactly once");
    QTest::newRow("suffix with two procs")
        << s("{plan}-{seq}/{year}") << s("-{proc}-{proc}") << s("must contain {proc} exactly once");
    QTest::newRow("suffix with seq") << s("{plan}-{seq}/{year}") << s("-{seq}-{proc}")
                                     << s("does not belong in the proceeding suffix");
    QTest::newRow("suffix unknown placeholder")
        << s("{plan}-{seq}/{year}") << s("-{vorgang}") << s("not a known placeholder");
    QTest::newRow("suffix unclosed brace")
        << s("{plan}-{seq}/{year}") << s("-{proc") << s("without a closing “}” in the proceeding suffix");
}

void TestFileReference::createInvalid()
{
    QFETCH(QString, pattern);
    QFETCH(QString, suffix);
    QFETCH(QString, messagePart);

    const auto created = FileReferencePattern::create(pattern, suffix);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, Error::Code::Invalid);
    QVERIFY2(created.error().message.contains(messagePart), qPrintable(created.error().message));
}

void TestFileReference::roundTrip_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("hasUnit");

    QTest::newRow("default") << s(FileReferencePattern::DefaultPattern)
                             << s(FileReferencePattern::DefaultProceedingSuffix) << false;
    QTest::newRow("unit") << s(UnitPattern) << s("/{proc}") << true;
    QTest::newRow("dot before seq") << s("Az. {plan}.{seq:3}/{year}") << s(" V{proc:2}") << false;
    QTest::newRow("year first") << s("{year}/{plan}-{seq:5}") << s(".{proc}") << false;
    QTest::newRow("regex characters") << s(SpecialPattern) << s("+{proc}") << false;
    QTest::newRow("all slashes") << s("{plan}/{unit}/{seq}/{year}") << s("/{proc:3}") << true;
    QTest::newRow("unit last") << s("{plan}-{seq}/{year} {unit}") << s(" ({proc})") << true;
    QTest::newRow("bare proc suffix") << s("{plan}-{seq}/{year}/") << s("{proc}") << false;
}

void TestFileReference::roundTrip()
{
    QFETCH(QString, pattern);
    QFETCH(QString, suffix);
    QFETCH(bool, hasUnit);

    const auto created = FileReferencePattern::create(pattern, suffix);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));

    const char *const plans[] = {"1", "123.30", "1.2.A", "A", "0.0.0.0", "abc.DEF9", "10.20.30.40.50"};
    const char *const units[] = {"StA", "KZN", "a1", "7"};
    const int sequences[] = {1, 9, 10, 99, 1234, 99999, 1234567, INT_MAX};
    const int years[] = {1, 999, 1900, 2026, 9999};
    const int proceedings[] = {0, 1, 42, 9999, 123456, INT_MAX};

    int checked = 0;
    for (const char *plan : plans) {
        for (const char *unit : units) {
            for (int sequence : sequences) {
                for (int year : years) {
                    for (int proceeding : proceedings) {
                        const FileReference reference = ref(plan, hasUnit ? unit : "", sequence, year, proceeding);
                        const QString text = created->format(reference);
                        const auto parsed = created->parse(text);
                        QVERIFY2(parsed.ok(), qPrintable(text + QLatin1String(": ") +
                                                         (parsed.ok() ? QString() : parsed.error().message)));
                        QVERIFY2(*parsed == reference, qPrintable(text));
                        ++checked;
                    }
                }
            }
        }
    }
    QCOMPARE(checked, 7 * 4 * 8 * 5 * 6);
}

void TestFileReference::planCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    QTest::newRow("single digit") << s("1") << true;
    QTest::newRow("two groups") << s("123.30") << true;
    QTest::newRow("letters") << s("1.2.A") << true;
    QTest::newRow("only letters") << s("abc.DEF") << true;
    QTest::newRow("many groups") << s("10.20.30.40.50") << true;
    QTest::newRow("zero") << s("0") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << s(" ") << false;
    QTest::newRow("trailing dot") << s("1.") << false;
    QTest::newRow("leading dot") << s(".1") << false;
    QTest::newRow("double dot") << s("1..2") << false;
    QTest::newRow("space inside") << s("1 2") << false;
    QTest::newRow("leading space") << s(" 123.30") << false;
    QTest::newRow("trailing space") << s("123.30 ") << false;
    QTest::newRow("dash") << s("1-2") << false;
    QTest::newRow("slash") << s("12/3") << false;
    QTest::newRow("comma") << s("1,2") << false;
    QTest::newRow("umlaut") << s("Ä.1") << false;
    QTest::newRow("underscore") << s("1_2") << false;
    QTest::newRow("newline") << s("1\n") << false;
}

void TestFileReference::planCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);

    QCOMPARE(aw::core::isValidPlanCode(code), valid);
}

void TestFileReference::caseFileOfProceeding()
{
    const FileReferencePattern pattern;
    const auto parsed = pattern.parse(s("123.30-11/2026-0042"));
    QVERIFY(parsed.ok());
    QVERIFY(parsed->isProceeding());
    QCOMPARE(parsed->caseFile(), ref("123.30", "", 11, 2026));
    QVERIFY(!parsed->caseFile().isProceeding());
    QCOMPARE(pattern.format(parsed->caseFile()), s("123.30-11/2026"));
}

QTEST_GUILESS_MAIN(TestFileReference)
#include "tst_filereference.moc"
