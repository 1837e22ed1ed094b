// SPDX-License-Identifier: GPL-3.0-or-later
// The query language: words, phrases, prefixes, OR, exclusion and fields, and the messages for
// what cannot be read.
#include "search/query.h"

#include <QTest>

using aw::search::Clause;
using aw::search::parseQuery;
using Kind = Clause::Kind;

namespace {

Clause clause(Kind kind, const QString &text, bool negated = false)
{
    Clause c;
    c.kind = kind;
    c.text = text;
    c.negated = negated;
    return c;
}

}  // namespace

class TestQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsPhrasesPrefixesAndExclusion()
    {
        auto q = parseQuery(QStringLiteral("Antrag \"auf  Wohngeld\" Wohng* -Widerspruch"));
        QVERIFY2(q, qPrintable(q ? QString() : q.error().message));
        QCOMPARE(q->groups.size(), 4);
        QCOMPARE(q->groups[0], QList<Clause>{clause(Kind::Word, QStringLiteral("Antrag"))});
        QCOMPARE(q->groups[1], QList<Clause>{clause(Kind::Phrase, QStringLiteral("auf Wohngeld"))});
        QCOMPARE(q->groups[2], QList<Clause>{clause(Kind::Prefix, QStringLiteral("Wohng"))});
        QCOMPARE(q->groups[3], QList<Clause>{clause(Kind::Word, QStringLiteral("Widerspruch"), true)});
    }

    void orJoinsNeighbours()
    {
        auto q = parseQuery(QStringLiteral("Urkunde Geburt OR Ehe ODER Tod"));
        QVERIFY(q);
        QCOMPARE(q->groups.size(), 2);
        QCOMPARE(q->groups[1].size(), 3);
        QCOMPARE(q->groups[1][2].text, QStringLiteral("Tod"));
        // Lower-case "or" is a word like any other.
        QCOMPARE(parseQuery(QStringLiteral("Geburt or Ehe"))->groups.size(), 3);
    }

    void fieldsAreNormalised()
    {
        auto q = parseQuery(QStringLiteral("az:12/2026 betreff:\"Wohngeld Antrag\" einheit:StA bearbeiter:mmueller "
                                           "status:Bearbeitung typ:Eingang archiv:ja -status:wartet"));
        QVERIFY2(q, qPrintable(q ? QString() : q.error().message));
        QCOMPARE(q->groups.size(), 8);
        QCOMPARE(q->groups[0].first(), clause(Kind::Reference, QStringLiteral("12/2026")));
        QCOMPARE(q->groups[1].first(), clause(Kind::Subject, QStringLiteral("Wohngeld Antrag")));
        QCOMPARE(q->groups[2].first(), clause(Kind::Unit, QStringLiteral("StA")));
        QCOMPARE(q->groups[3].first(), clause(Kind::Assignee, QStringLiteral("mmueller")));
        QCOMPARE(q->groups[4].first(), clause(Kind::Status, QStringLiteral("in_progress")));
        QCOMPARE(q->groups[5].first(), clause(Kind::Type, QStringLiteral("in")));
        QCOMPARE(q->groups[6].first(), clause(Kind::Archived, QStringLiteral("1")));
        QCOMPARE(q->groups[7].first(), clause(Kind::Status, QStringLiteral("waiting"), true));
        QVERIFY(q->groups[0].first().isFilter());
    }

    void englishAliases()
    {
        auto q = parseQuery(QStringLiteral("ref:12/2026 unit:KZN type:outgoing archive:no from:2025 to:2025"));
        QVERIFY(!q);  // "outgoing" is not a type name
        q = parseQuery(QStringLiteral("ref:12/2026 unit:KZN type:out archive:no from:2025 to:2025"));
        QVERIFY2(q, qPrintable(q ? QString() : q.error().message));
        QCOMPARE(q->groups[2].first().text, QStringLiteral("out"));
        QCOMPARE(q->groups[3].first().text, QStringLiteral("0"));
    }

    void datesCoverTheirPeriod_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("day") << QStringLiteral("3.2.2025") << QDate(2025, 2, 3) << QDate(2025, 2, 3);
        QTest::newRow("iso") << QStringLiteral("2025-02-03") << QDate(2025, 2, 3) << QDate(2025, 2, 3);
        QTest::newRow("month") << QStringLiteral("02.2024") << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("year") << QStringLiteral("2025") << QDate(2025, 1, 1) << QDate(2025, 12, 31);
    }
    void datesCoverTheirPeriod()
    {
        QFETCH(QString, text);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        auto q = parseQuery(QStringLiteral("von:%1 bis:%1").arg(text));
        QVERIFY2(q, qPrintable(q ? QString() : q.error().message));
        QCOMPARE(q->groups[0].first().kind, Kind::From);
        QCOMPARE(q->groups[0].first().date, from);
        QCOMPARE(q->groups[1].first().date, to);
    }

    void wordsWithColonsThatAreNoFields()
    {
        auto q = parseQuery(QStringLiteral("Termin 10:30 \"Hinweis: Frist\""));
        QVERIFY(q);
        QCOMPARE(q->groups.size(), 3);
        QCOMPARE(q->groups[1].first(), clause(Kind::Word, QStringLiteral("10:30")));
    }

    // Whatever is typed stays data: quotes, SQL and FTS syntax are words or a message.
    void syntaxOfOtherLanguagesIsOnlyText()
    {
        for (const QString &text : {QStringLiteral("'; DROP TABLE case_file; --"), QStringLiteral("NEAR(a b) AND c"),
                                    QStringLiteral("title : x ^ y"), QStringLiteral("a\"\"b")}) {
            auto q = parseQuery(text);
            if (!q) {
                QVERIFY(!q.error().message.isEmpty());
                continue;
            }
            for (const auto &group : std::as_const(q->groups)) {
                for (const auto &c : group)
                    QVERIFY(c.kind == Kind::Word || c.kind == Kind::Phrase);
            }
        }
    }

    void clearMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("Enter what to search for");
        QTest::newRow("open quote") << QStringLiteral("\"Antrag auf") << QStringLiteral("not closed");
        QTest::newRow("empty quotes") << QStringLiteral("\"\"") << QStringLiteral("nothing between");
        QTest::newRow("short prefix") << QStringLiteral("An*") << QStringLiteral("at least 3 letters");
        QTest::newRow("lone star") << QStringLiteral("*") << QStringLiteral("at least 3 letters");
        QTest::newRow("or at start") << QStringLiteral("OR Ehe") << QStringLiteral("OR needs");
        QTest::newRow("or at end") << QStringLiteral("Ehe OR") << QStringLiteral("OR needs");
        QTest::newRow("double or") << QStringLiteral("a OR OR b") << QStringLiteral("OR needs");
        QTest::newRow("excluded in or") << QStringLiteral("a OR -b") << QStringLiteral("cannot be joined");
        QTest::newRow("unknown field") << QStringLiteral("farbe:rot") << QStringLiteral("not a search field");
        QTest::newRow("empty field") << QStringLiteral("az:") << QStringLiteral("needs a value");
        QTest::newRow("short reference") << QStringLiteral("az:12") << QStringLiteral("at least 3 characters");
        QTest::newRow("status") << QStringLiteral("status:fertig") << QStringLiteral("not a status");
        QTest::newRow("type") << QStringLiteral("typ:brief") << QStringLiteral("not a type");
        QTest::newRow("date") << QStringLiteral("von:31.02.2025") << QStringLiteral("not a date");
        QTest::newRow("archive") << QStringLiteral("archiv:vielleicht") << QStringLiteral("archiv:ja");
        QTest::newRow("dates reversed") << QStringLiteral("von:2026 bis:2025") << QStringLiteral("lies after");
        QTest::newRow("open field quote") << QStringLiteral("betreff:\"Wohn") << QStringLiteral("not closed");
        QTest::newRow("too long") << QString(1001, QLatin1Char('a')) << QStringLiteral("too long");
    }
    void clearMessages()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        auto q = parseQuery(text);
        QVERIFY(!q);
        QCOMPARE(q.error().code, aw::core::Error::Code::Invalid);
        QVERIFY2(q.error().message.contains(says), qPrintable(q.error().message));
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
