// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/retention.h"
#include "support/testenv.h"

#include <QObject>
#include <QtTest>

#include <climits>

using aw::core::DisposalDecision;
using aw::core::Error;
using aw::core::RetentionPeriod;

namespace {

constexpr int Permanent = RetentionPeriod::Permanent;

QDate date(int y, int m, int d)
{
    return QDate(y, m, d);
}

}  // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void disposalLetter_data();
    void disposalLetter();
    void disposalFromLetter_data();
    void disposalFromLetter();
    void fromYears_data();
    void fromYears();
    void defaultPeriod();
    void retentionEnd_data();
    void retentionEnd();
    void isDueForDisposal_data();
    void isDueForDisposal();
};

void TestRetention::initTestCase()
{
    aw::test::isolate();
}

void TestRetention::disposalLetter_data()
{
    QTest::addColumn<DisposalDecision>("decision");
    QTest::addColumn<QChar>("letter");

    QTest::newRow("archive") << DisposalDecision::Archive << QChar(u'A');
    QTest::newRow("destroy") << DisposalDecision::Destroy << QChar(u'V');
    QTest::newRow("evaluate") << DisposalDecision::Evaluate << QChar(u'B');
}

void TestRetention::disposalLetter()
{
    QFETCH(DisposalDecision, decision);
    QFETCH(QChar, letter);

    QCOMPARE(aw::core::disposalLetter(decision), letter);
    const auto back = aw::core::disposalFromLetter(QString(letter));
    QVERIFY(back.has_value());
    QVERIFY(*back == decision);
}

void TestRetention::disposalFromLetter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<DisposalDecision>("decision");  // only when known

    QTest::newRow("A") << QStringLiteral("A") << true << DisposalDecision::Archive;
    QTest::newRow("a") << QStringLiteral("a") << true << DisposalDecision::Archive;
    QTest::newRow("V with trailing space") << QStringLiteral("V ") << true << DisposalDecision::Destroy;
    QTest::newRow("v") << QStringLiteral("v") << true << DisposalDecision::Destroy;
    QTest::newRow("b with leading space") << QStringLiteral(" b") << true << DisposalDecision::Evaluate;
    QTest::newRow("B with tab and newline") << QStringLiteral("\tB\n") << true << DisposalDecision::Evaluate;
    QTest::newRow("empty") << QString() << false << DisposalDecision::Archive;
    QTest::newRow("blank") << QStringLiteral("   ") << false << DisposalDecision::Archive;
    QTest::newRow("unknown letter") << QStringLiteral("X") << false << DisposalDecision::Archive;
    QTest::newRow("two letters") << QStringLiteral("AV") << false << DisposalDecision::Archive;
    QTest::newRow("letters with space") << QStringLiteral("A V") << false << DisposalDecision::Archive;
    QTest::newRow("word") << QStringLiteral("Archiv") << false << DisposalDecision::Archive;
    QTest::newRow("digit") << QStringLiteral("1") << false << DisposalDecision::Archive;
    QTest::newRow("umlaut") << QStringLiteral("Ä") << false << DisposalDecision::Archive;
}

void TestRetention::disposalFromLetter()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(DisposalDecision, decision);

    const auto result = aw::core::disposalFromLetter(text);
    QCOMPARE(result.has_value(), known);
    if (known)
        QVERIFY(*result == decision);
}

void TestRetention::fromYears_data()
{
    QTest::addColumn<int>("years");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("zero") << 0 << true;
    QTest::newRow("one") << 1 << true;
    QTest::newRow("ten") << 10 << true;
    QTest::newRow("thirty") << 30 << true;
    QTest::newRow("199") << 199 << true;
    QTest::newRow("200") << 200 << true;
    QTest::newRow("permanent") << Permanent << true;
    QTest::newRow("201") << 201 << false;
    QTest::newRow("1000") << 1000 << false;
    QTest::newRow("-2") << -2 << false;
    QTest::newRow("-100") << -100 << false;
    QTest::newRow("INT_MAX") << INT_MAX << false;
    QTest::newRow("INT_MIN") << INT_MIN << false;
}

void TestRetention::fromYears()
{
    QFETCH(int, years);
    QFETCH(bool, accepted);

    const auto result = RetentionPeriod::fromYears(years);
    QCOMPARE(result.ok(), accepted);
    if (accepted) {
        QCOMPARE(result->years, years);
        QCOMPARE(result->isPermanent(), years == Permanent);
    } else {
        QCOMPARE(result.error().code, Error::Code::Invalid);
        QVERIFY2(result.error().message.contains(QString::number(years)), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("200")), qPrintable(result.error().message));
    }
}

void TestRetention::defaultPeriod()
{
    const RetentionPeriod period;
    QCOMPARE(period.years, 10);
    QVERIFY(!period.isPermanent());
    QVERIFY(RetentionPeriod{Permanent}.isPermanent());
    QVERIFY(RetentionPeriod{5} == RetentionPeriod{5});
    QVERIFY(!(RetentionPeriod{5} == RetentionPeriod{6}));
}

void TestRetention::retentionEnd_data()
{
    QTest::addColumn<QDate>("closedOn");
    QTest::addColumn<int>("years");
    QTest::addColumn<QDate>("expected");  // invalid: no end

    QTest::newRow("mid-year") << date(2020, 6, 15) << 10 << date(2030, 12, 31);
    QTest::newRow("closed on 31 December") << date(2020, 12, 31) << 10 << date(2030, 12, 31);
    QTest::newRow("closed on 1 January") << date(2020, 1, 1) << 10 << date(2030, 12, 31);
    QTest::newRow("closed on leap day") << date(2024, 2, 29) << 5 << date(2029, 12, 31);
    QTest::newRow("leap day, four years") << date(2024, 2, 29) << 4 << date(2028, 12, 31);
    QTest::newRow("zero years") << date(2020, 6, 15) << 0 << date(2020, 12, 31);
    QTest::newRow("zero years on 31 December") << date(2020, 12, 31) << 0 << date(2020, 12, 31);
    QTest::newRow("one year") << date(2020, 1, 1) << 1 << date(2021, 12, 31);
    QTest::newRow("200 years") << date(2020, 3, 1) << 200 << date(2220, 12, 31);
    QTest::newRow("permanent") << date(2020, 6, 15) << Permanent << QDate();
    QTest::newRow("invalid closing date") << QDate() << 10 << QDate();
    QTest::newRow("invalid closing date, permanent") << QDate() << Permanent << QDate();
    QTest::newRow("negative years set by hand") << date(2020, 6, 15) << -5 << QDate();
}

void TestRetention::retentionEnd()
{
    QFETCH(QDate, closedOn);
    QFETCH(int, years);
    QFETCH(QDate, expected);

    const std::optional<QDate> end = aw::core::retentionEnd(closedOn, RetentionPeriod{years});
    QCOMPARE(end.has_value(), expected.isValid());
    if (end)
        QCOMPARE(*end, expected);
}

void TestRetention::isDueForDisposal_data()
{
    QTest::addColumn<QDate>("closedOn");
    QTest::addColumn<int>("years");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("due");

    QTest::newRow("well before end") << date(2020, 6, 15) << 10 << date(2025, 1, 1) << false;
    QTest::newRow("on the last day") << date(2020, 6, 15) << 10 << date(2030, 12, 31) << false;
    QTest::newRow("the day after") << date(2020, 6, 15) << 10 << date(2031, 1, 1) << true;
    QTest::newRow("long after") << date(2020, 6, 15) << 10 << date(2050, 7, 1) << true;
    QTest::newRow("closed 31 December, last day") << date(2020, 12, 31) << 10 << date(2030, 12, 31) << false;
    QTest::newRow("closed 1 January, day after") << date(2020, 1, 1) << 10 << date(2031, 1, 1) << true;
    QTest::newRow("leap day, last day") << date(2024, 2, 29) << 5 << date(2029, 12, 31) << false;
    QTest::newRow("leap day, day after") << date(2024, 2, 29) << 5 << date(2030, 1, 1) << true;
    QTest::newRow("zero years, same year") << date(2020, 6, 15) << 0 << date(2020, 12, 31) << false;
    QTest::newRow("zero years, next year") << date(2020, 6, 15) << 0 << date(2021, 1, 1) << true;
    QTest::newRow("today before closing") << date(2020, 6, 15) << 0 << date(2019, 1, 1) << false;
    QTest::newRow("permanent") << date(1900, 1, 1) << Permanent << date(2100, 1, 1) << false;
    QTest::newRow("invalid closing date") << QDate() << 10 << date(2100, 1, 1) << false;
    QTest::newRow("invalid today") << date(2000, 1, 1) << 10 << QDate() << false;
}

void TestRetention::isDueForDisposal()
{
    QFETCH(QDate, closedOn);
    QFETCH(int, years);
    QFETCH(QDate, today);
    QFETCH(bool, due);

    QCOMPARE(aw::core::isDueForDisposal(closedOn, RetentionPeriod{years}, today), due);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
