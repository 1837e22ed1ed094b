// SPDX-License-Identifier: GPL-3.0-or-later
// German-aware words: folding, stemming, and snippets with the hits marked.
#include "search/snippet.h"
#include "storage/analyzer.h"

#include <QTest>

using aw::storage::Analyzer;

class TestAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsCaseUmlautsAndAccents_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("folded");
        QTest::newRow("case") << QStringLiteral("WOHNGELD") << QStringLiteral("wohngeld");
        QTest::newRow("umlauts") << QStringLiteral("Anträge") << QStringLiteral("antraege");
        QTest::newRow("capital umlaut") << QStringLiteral("Öztürk") << QStringLiteral("oeztuerk");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("strasse");
        QTest::newRow("accent") << QStringLiteral("René") << QStringLiteral("rene");
        QTest::newRow("dotless i stays a letter") << QStringLiteral("Yılmaz") << QStringLiteral("yılmaz");
    }
    void foldsCaseUmlautsAndAccents()
    {
        QFETCH(QString, word);
        QFETCH(QString, folded);
        QCOMPARE(QString::fromStdString(Analyzer::fold(word)), folded);
    }

    void stemsGermanWordsSoThatFormsMeet_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("plural with umlaut") << QStringLiteral("Anträge") << QStringLiteral("Antrag");
        QTest::newRow("dative plural") << QStringLiteral("Anträgen") << QStringLiteral("Antrag");
        QTest::newRow("ae for ä") << QStringLiteral("Antraege") << QStringLiteral("Anträge");
        QTest::newRow("ue for ü") << QStringLiteral("Mueller") << QStringLiteral("Müller");
        QTest::newRow("ss for ß") << QStringLiteral("Strasse") << QStringLiteral("Straße");
        QTest::newRow("genitive") << QStringLiteral("Bescheides") << QStringLiteral("Bescheid");
        QTest::newRow("plural") << QStringLiteral("Geburtsurkunden") << QStringLiteral("Geburtsurkunde");
    }
    void stemsGermanWordsSoThatFormsMeet()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        Analyzer analyzer;
        const std::string stemA = analyzer.stem(Analyzer::fold(a));
        const std::string stemB = analyzer.stem(Analyzer::fold(b));
        QVERIFY(!stemA.empty());
        QCOMPARE(QString::fromStdString(stemA), QString::fromStdString(stemB));
    }

    void keepsDifferentWordsApart()
    {
        Analyzer analyzer;
        QVERIFY(analyzer.stem(Analyzer::fold(QStringLiteral("Quelle"))) !=
                analyzer.stem(Analyzer::fold(QStringLiteral("Quäle"))));
        QVERIFY(analyzer.stem("antrag") != analyzer.stem("anmeldung"));
    }

    void doesNotStemNumbers()
    {
        Analyzer analyzer;
        QCOMPARE(analyzer.stem("2026"), std::string());
        QCOMPARE(analyzer.stem("12a"), std::string());
    }

    void stemsStayRightWhenTheCacheFills()
    {
        // More different words than the analyzer keeps stems of: the cache is emptied and filled
        // again on the way, and every stem it answers is the stemmer's.
        Analyzer analyzer;
        const auto word = [](int i) {
            std::string w = "gewerbe";
            for (int n = i; n > 0; n /= 26)
                w += char('a' + n % 26);
            return w + (i % 2 ? "ungen" : "es");
        };
        constexpr int Words = 150000;
        std::vector<std::string> first(Words);
        for (int i = 0; i < Words; ++i)
            first[size_t(i)] = analyzer.stem(word(i));
        for (int i = 0; i < Words; i += 997) {
            const std::string again = analyzer.stem(word(i));  // cached, or stemmed anew after emptying
            QCOMPARE(again, first[size_t(i)]);
            QCOMPARE(again, Analyzer().stem(word(i)));  // a new analyzer has nothing cached
            QVERIFY(!again.empty() && again.size() < word(i).size());
        }
        QCOMPARE(analyzer.stem("gewerbeanmeldungen"), std::string("gewerbeanmeld"));
    }

    void splitsWordsAndKeepsTheirPlace()
    {
        Analyzer analyzer;
        const QString text = QStringLiteral("Az. 12/2026 – Antrag auf Wohngeld-Zuschuss, Frau Müller.");
        const auto tokens = analyzer.tokens(text);
        QStringList words;
        for (const auto &t : tokens) {
            words << QString::fromStdString(t.word);
            QCOMPARE(QString::fromStdString(Analyzer::fold(QStringView(text).mid(t.start, t.length))),
                     QString::fromStdString(t.word));
        }
        QCOMPARE(words, QStringLiteral("az 12 2026 antrag auf wohngeld zuschuss frau mueller").split(QLatin1Char(' ')));
    }

    void dropsOverlongWords()
    {
        Analyzer analyzer;
        const QString text = QString(100, QLatin1Char('a')) + QStringLiteral(" kurz");
        const auto tokens = analyzer.tokens(text);
        QCOMPARE(tokens.size(), size_t(1));
        QCOMPARE(tokens.front().word, std::string("kurz"));
    }

    void snippetMarksStemmedPrefixAndExactHits()
    {
        Analyzer analyzer;
        aw::search::Highlight h;
        h.stems.insert(analyzer.stem("antrag"));
        h.words.insert("2026");
        h.prefixes.push_back("wohn");
        const QString text = QStringLiteral("Ihre Anträge vom März 2026 zum Wohngeld liegen vor.");
        const auto s = aw::search::makeSnippet(text, h, analyzer);
        QCOMPARE(s.bracketed(), QStringLiteral("Ihre [Anträge] vom März [2026] zum [Wohngeld] liegen vor."));
        QCOMPARE(s.page, 1);
    }

    void snippetShowsTheDensestPlaceAndItsPage()
    {
        Analyzer analyzer;
        aw::search::Highlight h;
        h.stems.insert(analyzer.stem("widerspruch"));
        QString text = QStringLiteral("Seite eins ohne Treffer. ").repeated(20) + QLatin1Char('\f');
        text += QStringLiteral("Seite zwei. ").repeated(20) + QLatin1Char('\f');
        text += QStringLiteral("Der Widerspruch vom Montag; ein weiterer Widerspruch folgt. Ende.");
        const auto s = aw::search::makeSnippet(text, h, analyzer, 120);
        QCOMPARE(s.page, 3);
        QCOMPARE(s.marks.size(), 2);
        QVERIFY(s.text.startsWith(QStringLiteral("…")));
        QVERIFY(!s.text.contains(QLatin1Char('\f')));
        QVERIFY(s.bracketed().contains(QStringLiteral("Der [Widerspruch] vom Montag")));
    }

    void snippetOfALongTextFindsHitsDeepInItAndAcrossPieces()
    {
        // The text is read in pieces of 8,192 characters: a word across a piece's end stays whole,
        // and a hit on page 40 of a long document is still found, with its page.
        Analyzer analyzer;
        aw::search::Highlight h;
        h.stems.insert(analyzer.stem("antrag"));
        QString text = QStringLiteral("ab ").repeated(2729) + QStringLiteral("x ");  // 8,189 characters
        text += QStringLiteral("Antrag eingegangen.");
        auto s = aw::search::makeSnippet(text, h, analyzer, 120);
        QCOMPARE(s.marks.size(), 1);
        QVERIFY(s.bracketed().contains(QStringLiteral("[Antrag] eingegangen")));

        QString pages;
        for (int page = 1; page < 40; ++page)
            pages += QStringLiteral("Seite ohne Treffer, nur Text. ").repeated(100) + QLatin1Char('\f');
        pages += QStringLiteral("Hier steht der Antrag.");
        s = aw::search::makeSnippet(pages, h, analyzer, 120);
        QCOMPARE(s.page, 40);
        QVERIFY(s.bracketed().contains(QStringLiteral("der [Antrag].")));
    }

    void snippetWithoutHitsShowsTheStart()
    {
        Analyzer analyzer;
        const auto s = aw::search::makeSnippet(QStringLiteral("Kurzer Text."), {}, analyzer);
        QCOMPARE(s.text, QStringLiteral("Kurzer Text."));
        QVERIFY(s.marks.isEmpty());
        QCOMPARE(s.page, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
