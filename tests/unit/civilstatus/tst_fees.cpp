// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/fees.h"
#include "support/testenv.h"

#include <QFile>
#include <QObject>
#include <QtTest>

using aw::civilstatus::Cents;
using aw::civilstatus::CertificateType;
using aw::civilstatus::FeeRate;
using aw::civilstatus::FeeSchedule;
using aw::core::Error;
using aw::test::s;
using aw::test::TempDir;
using aw::test::why;

namespace {

const CertificateType allTypes[] = {
    CertificateType::Birth, CertificateType::Marriage,         CertificateType::Partnership,
    CertificateType::Death, CertificateType::RegisterPrintout, CertificateType::International,
};

const QDate Today(2026, 11, 30);

// Two periods for births, one for marriages; the other types have no rate.
const QByteArray TwoPeriods = R"({"rates": [
    {"type": "birth", "first": "12.00", "further": "6.00", "validFrom": "2024-01-01"},
    {"type": "marriage", "first": "0.05", "further": "0", "validFrom": "2020-07-01"},
    {"type": "birth", "first": "10", "further": "5.5", "validFrom": "2020-01-01"}
]})";

// A rate line of the schedule in JSON, to build malformed files from.
QByteArray rate(const char *type, const char *first, const char *further, const char *validFrom)
{
    return QByteArray(R"({"type": )") + type + R"(, "first": )" + first + R"(, "further": )" + further +
           R"(, "validFrom": )" + validFrom + "}";
}

QByteArray schedule(const QByteArray &rates)
{
    return R"({"rates": [)" + rates + "]}";
}

QString euro(const char *amount)
{
    return s(amount) + QChar(0x00A0) + QChar(0x20AC);
}

}  // namespace

class TestFees : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { aw::test::isolate(); }

    void typeKeys();
    void typeNames();
    void formatEuro_data();
    void formatEuro();
    void defaults();
    void fromJson();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
    void rateOnPicksThePeriod();
    void rateOnBeforeFirstRate();
    void feeNeedsACopy();
    void roundTrip();
    void fromFile();
};

void TestFees::typeKeys()
{
    const QStringList expected{s("birth"), s("marriage"), s("partnership"),
                               s("death"), s("printout"), s("international")};
    QStringList keys;
    for (CertificateType type : allTypes) {
        const QString key = aw::civilstatus::certificateTypeKey(type);
        keys.append(key);
        const auto back = aw::civilstatus::certificateTypeFromKey(key);
        QVERIFY(back.has_value());
        QVERIFY(*back == type);
    }
    QCOMPARE(keys, expected);
    QVERIFY(!aw::civilstatus::certificateTypeFromKey(s("Birth")).has_value());
    QVERIFY(!aw::civilstatus::certificateTypeFromKey(s("birth ")).has_value());
    QVERIFY(!aw::civilstatus::certificateTypeFromKey(QString()).has_value());
}

void TestFees::typeNames()
{
    const QStringList expected{s("Geburtsurkunde"),
                               s("Eheurkunde"),
                               s("Lebenspartnerschaftsurkunde"),
                               s("Sterbeurkunde"),
                               s("Beglaubigter Registerausdruck"),
                               s("Internationale Urkunde (mehrsprachig)")};
    QStringList names;
    for (CertificateType type : allTypes)
        names.append(aw::civilstatus::certificateTypeName(type));
    QCOMPARE(names, expected);
}

void TestFees::formatEuro_data()
{
    QTest::addColumn<Cents>("cents");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << Cents(0) << euro("0,00");
    QTest::newRow("five cents") << Cents(5) << euro("0,05");
    QTest::newRow("fifty cents") << Cents(50) << euro("0,50");
    QTest::newRow("twelve euros") << Cents(1200) << euro("12,00");
    QTest::newRow("below a thousand") << Cents(99999) << euro("999,99");
    QTest::newRow("thousands") << Cents(123456) << euro("1.234,56");
    QTest::newRow("millions") << Cents(100000000) << euro("1.000.000,00");
    QTest::newRow("negative") << Cents(-1200) << euro("-12,00");
}

void TestFees::formatEuro()
{
    QFETCH(Cents, cents);
    QFETCH(QString, text);

    QCOMPARE(aw::civilstatus::formatEuro(cents), text);
}

void TestFees::defaults()
{
    const FeeSchedule fees = FeeSchedule::defaults();
    QCOMPARE(fees.rates().size(), qsizetype(std::size(allTypes)));
    for (CertificateType type : allTypes) {
        const auto rate = fees.rateOn(type, Today);
        QVERIFY2(rate.ok(), qPrintable(why(rate)));
        QCOMPARE(rate->first, Cents(1200));
        QCOMPARE(rate->further, Cents(600));
        QCOMPARE(rate->validFrom, QDate(2024, 1, 1));

        const auto one = fees.fee(type, 1, Today);
        QVERIFY2(one.ok(), qPrintable(why(one)));
        QCOMPARE(*one, Cents(1200));
        const auto three = fees.fee(type, 3, Today);
        QVERIFY2(three.ok(), qPrintable(why(three)));
        QCOMPARE(*three, Cents(2400));
    }
    QCOMPARE(aw::civilstatus::formatEuro(*fees.fee(CertificateType::Birth, 3, Today)), euro("24,00"));
    QVERIFY(!fees.fee(CertificateType::Birth, 1, QDate(2023, 12, 31)).ok());
}

void TestFees::fromJson()
{
    const auto fees = FeeSchedule::fromJson(TwoPeriods);
    QVERIFY2(fees.ok(), qPrintable(why(fees)));
    QCOMPARE(fees->rates().size(), qsizetype(3));

    const auto early = fees->rateOn(CertificateType::Birth, QDate(2021, 6, 1));
    QVERIFY2(early.ok(), qPrintable(why(early)));
    QCOMPARE(early->first, Cents(1000));
    QCOMPARE(early->further, Cents(550));

    const auto marriage = fees->rateOn(CertificateType::Marriage, Today);
    QVERIFY2(marriage.ok(), qPrintable(why(marriage)));
    QCOMPARE(marriage->first, Cents(5));
    QCOMPARE(marriage->further, Cents(0));
    QCOMPARE(marriage->validFrom, QDate(2020, 7, 1));

    // A type the file leaves out has no rate.
    const auto death = fees->rateOn(CertificateType::Death, Today);
    QVERIFY(!death.ok());
    QVERIFY(death.error().code == Error::Code::NotFound);
    QVERIFY2(death.error().message.contains(s("Sterbeurkunde")), qPrintable(death.error().message));

    // Blanks around an amount and leading zeros do no harm.
    const auto padded = FeeSchedule::fromJson(schedule(rate("\"death\"", "\" 007.5 \"", "\"0.00\"", "\"2024-01-01\"")));
    QVERIFY2(padded.ok(), qPrintable(why(padded)));
    QCOMPARE(padded->rates().first().first, Cents(750));
}

void TestFees::fromJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");  // part of the message

    const QByteArray good = rate("\"birth\"", "\"12.00\"", "\"6.00\"", "\"2024-01-01\"");
    const auto row = [](const char *tag, const QByteArray &json, const char *problem) {
        QTest::newRow(tag) << json << s(problem);
    };

    row("not JSON", "{rates: [", "not valid JSON");
    row("empty", "", "not valid JSON");
    row("array", "[]", "JSON object");
    row("no rates", "{}", "“rates”");
    row("rates not a list", R"({"rates": {}})", "“rates”");
    row("no rate", schedule({}), "no rates");
    row("rate not an object", schedule("42"), "rate 1: must be an object");
    row("unknown type", schedule(rate("\"birthday\"", "\"12.00\"", "\"6.00\"", "\"2024-01-01\"")),
        "unknown certificate type “birthday”");
    row("type not text", schedule(rate("1", "\"12.00\"", "\"6.00\"", "\"2024-01-01\"")), "“type” must be text");
    row("type missing", schedule(R"({"first": "12.00", "further": "6.00", "validFrom": "2024-01-01"})"),
        "“type” is missing");
    row("negative", schedule(rate("\"birth\"", "\"-12.00\"", "\"6.00\"", "\"2024-01-01\"")), "negative");
    row("three decimals", schedule(rate("\"birth\"", "\"12.345\"", "\"6.00\"", "\"2024-01-01\"")), "two decimals");
    row("decimal comma", schedule(rate("\"birth\"", "\"12,00\"", "\"6.00\"", "\"2024-01-01\"")), "decimal point");
    row("number", schedule(rate("\"birth\"", "12", "\"6.00\"", "\"2024-01-01\"")), "in quotes");
    row("floating number", schedule(rate("\"birth\"", "12.0", "\"6.00\"", "\"2024-01-01\"")), "in quotes");
    row("letters", schedule(rate("\"birth\"", "\"twelve\"", "\"6.00\"", "\"2024-01-01\"")), "not an amount");
    row("point without cents", schedule(rate("\"birth\"", "\"12.\"", "\"6.00\"", "\"2024-01-01\"")), "not an amount");
    row("empty amount", schedule(rate("\"birth\"", "\"\"", "\"6.00\"", "\"2024-01-01\"")), "not an amount");
    row("euro sign", schedule(rate("\"birth\"", "\"12.00 EUR\"", "\"6.00\"", "\"2024-01-01\"")), "not an amount");
    row("too large", schedule(rate("\"birth\"", "\"10000000.00\"", "\"6.00\"", "\"2024-01-01\"")), "too large");
    row("further negative", schedule(rate("\"birth\"", "\"12.00\"", "\"-1\"", "\"2024-01-01\"")), "“further” is “-1”");
    row("further missing", schedule(R"({"type": "birth", "first": "12.00", "validFrom": "2024-01-01"})"),
        "“further” is missing");
    row("validFrom missing", schedule(R"({"type": "birth", "first": "12.00", "further": "6.00"})"),
        "“validFrom” is missing");
    row("invalid date", schedule(rate("\"birth\"", "\"12.00\"", "\"6.00\"", "\"2024-02-30\"")), "YYYY-MM-DD");
    row("German date", schedule(rate("\"birth\"", "\"12.00\"", "\"6.00\"", "\"01.01.2024\"")), "YYYY-MM-DD");
    row("date and time", schedule(rate("\"birth\"", "\"12.00\"", "\"6.00\"", "\"2024-01-01T00:00:00\"")), "YYYY-MM-DD");
    row("date not text", schedule(rate("\"birth\"", "\"12.00\"", "\"6.00\"", "20240101")), "YYYY-MM-DD");
    row("duplicate", schedule(good + "," + rate("\"death\"", "\"1\"", "\"1\"", "\"2024-01-01\"") + "," + good),
        "rate 3: rate 1 already sets “birth” from 2024-01-01");
    row("second rate bad", schedule(good + "," + rate("\"death\"", "\"1\"", "\"1\"", "\"2024\"")), "rate 2:");
}

void TestFees::fromJsonRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);

    const auto fees = FeeSchedule::fromJson(json);
    QVERIFY(!fees.ok());
    QVERIFY(fees.error().code == Error::Code::Invalid);
    QVERIFY2(fees.error().message.contains(problem), qPrintable(fees.error().message));
}

void TestFees::rateOnPicksThePeriod()
{
    const auto fees = FeeSchedule::fromJson(TwoPeriods);
    QVERIFY2(fees.ok(), qPrintable(why(fees)));

    const struct
    {
        QDate day;
        Cents first;
    } cases[] = {
        {QDate(2020, 1, 1), 1000}, {QDate(2023, 12, 31), 1000}, {QDate(2024, 1, 1), 1200},
        {QDate(2024, 1, 2), 1200}, {QDate(2099, 1, 1), 1200},
    };
    for (const auto &c : cases) {
        const auto rate = fees->rateOn(CertificateType::Birth, c.day);
        QVERIFY2(rate.ok(), qPrintable(why(rate)));
        QCOMPARE(rate->first, c.first);
    }

    // 10,00 € for the first and 5,50 € for each of the two further copies before 2024.
    QCOMPARE(*fees->fee(CertificateType::Birth, 3, QDate(2023, 12, 31)), Cents(2100));
    QCOMPARE(*fees->fee(CertificateType::Birth, 3, QDate(2024, 1, 1)), Cents(2400));
    QCOMPARE(*fees->fee(CertificateType::Marriage, 100, Today), Cents(5));
}

void TestFees::rateOnBeforeFirstRate()
{
    const auto fees = FeeSchedule::fromJson(TwoPeriods);
    QVERIFY2(fees.ok(), qPrintable(why(fees)));

    const auto rate = fees->rateOn(CertificateType::Birth, QDate(2019, 12, 31));
    QVERIFY(!rate.ok());
    QVERIFY(rate.error().code == Error::Code::NotFound);
    QVERIFY2(rate.error().message.contains(s("2019-12-31")), qPrintable(rate.error().message));
    QVERIFY2(rate.error().message.contains(s("2020-01-01")), qPrintable(rate.error().message));
    QVERIFY2(rate.error().message.contains(s("Geburtsurkunde")), qPrintable(rate.error().message));

    const auto fee = fees->fee(CertificateType::Birth, 1, QDate(2019, 12, 31));
    QVERIFY(!fee.ok());
    QVERIFY(fee.error().message.contains(s("2019-12-31")));

    QVERIFY(!fees->rateOn(CertificateType::Birth, QDate()).ok());
}

void TestFees::feeNeedsACopy()
{
    const FeeSchedule fees = FeeSchedule::defaults();
    for (int copies : {0, -1}) {
        const auto fee = fees.fee(CertificateType::Birth, copies, Today);
        QVERIFY(!fee.ok());
        QVERIFY(fee.error().code == Error::Code::Invalid);
    }
    QCOMPARE(*fees.fee(CertificateType::International, 2, Today), Cents(1800));
}

void TestFees::roundTrip()
{
    const auto fees = FeeSchedule::fromJson(TwoPeriods);
    QVERIFY2(fees.ok(), qPrintable(why(fees)));
    const QByteArray json = fees->toJson();
    QVERIFY2(json.contains(R"("first": "5.50")") || json.contains(R"("further": "5.50")"), json.constData());
    QVERIFY2(json.contains(R"("first": "0.05")"), json.constData());
    QVERIFY2(json.contains(R"("validFrom": "2020-07-01")"), json.constData());

    for (const FeeSchedule &original : {*fees, FeeSchedule::defaults()}) {
        const auto back = FeeSchedule::fromJson(original.toJson());
        QVERIFY2(back.ok(), qPrintable(why(back)));
        QCOMPARE(back->rates().size(), original.rates().size());
        for (qsizetype i = 0; i < original.rates().size(); ++i) {
            const FeeRate &a = original.rates().at(i);
            const FeeRate &b = back->rates().at(i);
            QVERIFY(a.type == b.type);
            QCOMPARE(b.first, a.first);
            QCOMPARE(b.further, a.further);
            QCOMPARE(b.validFrom, a.validFrom);
        }
        QCOMPARE(back->toJson(), original.toJson());
    }
}

void TestFees::fromFile()
{
    const TempDir dir;
    const QString path = dir.file(s("gebühren.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TwoPeriods);
    file.close();

    const auto fees = FeeSchedule::fromFile(path);
    QVERIFY2(fees.ok(), qPrintable(why(fees)));
    QCOMPARE(fees->rates().size(), qsizetype(3));

    const auto missing = FeeSchedule::fromFile(dir.file(s("missing.json")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().code == Error::Code::NotFound);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(schedule(rate("\"birth\"", "\"12,00\"", "\"6.00\"", "\"2024-01-01\"")));
    file.close();
    const auto bad = FeeSchedule::fromFile(path);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().code == Error::Code::Invalid);
    QVERIFY2(bad.error().message.contains(path), qPrintable(bad.error().message));
}

QTEST_GUILESS_MAIN(TestFees)
#include "tst_fees.moc"
