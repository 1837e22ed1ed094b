// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/letter.h"
#include "support/pdftext.h"
#include "support/testenv.h"

#include <QBuffer>
#include <QFile>
#include <QObject>
#include <QtTest>

using aw::core::Error;
using aw::documents::Letter;
using aw::test::s;
using aw::test::why;

using Values = QHash<QString, QString>;

namespace {

Letter sampleLetter()
{
    Letter letter;
    letter.head.authority = s("Bezirksamt Nord");
    letter.head.unit = s("Standesamt");
    letter.head.street = s("Kümmellstraße 7");
    letter.head.city = s("20249 Hamburg");
    letter.head.phone = s("040 42804-0");
    letter.head.email = s("standesamt@bezirksamt-nord.example");
    letter.head.openingHours = s("Mo–Do 8–16 Uhr");
    letter.recipient = s("Frau\nJürgen Weiß-Öztürk\nMühlenstraße 12\n22301 Hamburg");
    letter.reference = s("STA-2025/0042");
    letter.date = QDate(2025, 3, 7);
    letter.subject = s("Anmeldung der Eheschließung von {{name}}");
    letter.body = s("Sehr geehrte Frau {{ name }},\n\n"
                    "wir haben Ihre Unterlagen vom {{eingang}} erhalten und geprüft.\n"
                    "Bitte bringen Sie zum Termin am {{termin.datum}} Ihren Ausweis mit.\n\n"
                    "Für Rückfragen erreichen Sie uns zu den Sprechzeiten.");
    letter.values = {
        {s("name"), s("Weiß-Öztürk")}, {s("eingang"), s("03.03.2025")}, {s("termin.datum"), s("14.04.2025")}};
    letter.signatory = s("Gülay Schäfer\nStandesbeamtin");
    return letter;
}

struct Extracted
{
    int pages = 0;
    QStringList pageTexts;
    QString all() const { return pageTexts.join(QLatin1Char('\n')); }
};

Extracted extract(const QByteArray &pdf)
{
    Extracted result;
    result.pageTexts = aw::test::pdfPageTexts(pdf);
    result.pages = int(result.pageTexts.size());
    return result;
}

// For looking at the layout: AKTENWERK_LETTER_SAMPLES=/tmp keeps the rendered letters there.
void keepSample(const QByteArray &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("AKTENWERK_LETTER_SAMPLES");
    if (dir.isEmpty())
        return;
    QFile file(dir + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}

// Poppler may break lines anywhere between words: compare with all white space collapsed.
QString flat(const QString &text)
{
    return text.simplified();
}

}  // namespace

class TestLetter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { aw::test::isolate(); }

    void fillPlaceholders_data();
    void fillPlaceholders();

    void rendersPdfA();
    void longBodyFlowsOntoPages();
    void longParagraphIsSplit();
    void valuesAreNotMarkup();
    void refusesIncompleteLetters();
};

void TestLetter::fillPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Values>("values");
    QTest::addColumn<QString>("expected");      // when it succeeds
    QTest::addColumn<QStringList>("mentions");  // when it fails: what the message must name

    const Values name{{s("name"), s("Meier")}};
    QTest::newRow("filled") << s("Sehr geehrte Frau {{name}},") << name << s("Sehr geehrte Frau Meier,")
                            << QStringList();
    QTest::newRow("spaces in braces") << s("Frau {{  name\t}}!") << name << s("Frau Meier!") << QStringList();
    QTest::newRow("repeated key") << s("{{name}}, {{name}} und {{ name }}") << name << s("Meier, Meier und Meier")
                                  << QStringList();
    QTest::newRow("dots, underscores, digits")
        << s("{{person.vor_name}} {{person.name2}}")
        << Values{{s("person.vor_name"), s("Ada")}, {s("person.name2"), s("Lovelace")}} << s("Ada Lovelace")
        << QStringList();
    QTest::newRow("no placeholders, single braces") << s("a {b} }} c") << Values() << s("a {b} }} c") << QStringList();
    QTest::newRow("empty template") << QString() << name << QString() << QStringList();
    QTest::newRow("value with braces is not expanded")
        << s("Text: {{name}}") << Values{{s("name"), s("{{x}} und {{name}}")}, {s("x"), s("FALSCH")}}
        << s("Text: {{x}} und {{name}}") << QStringList();
    QTest::newRow("value with markup is literal")
        << s("{{name}}") << Values{{s("name"), s("<b>x</b> & ü")}} << s("<b>x</b> & ü") << QStringList();
    QTest::newRow("umlauts") << s("Grüße an {{name}} aus der Straße {{straße}}")
                             << Values{{s("name"), s("Jürgen Weiß")}, {s("straße"), s("Äußere Öhrstraße")}}
                             << s("Grüße an Jürgen Weiß aus der Straße Äußere Öhrstraße") << QStringList();
    QTest::newRow("empty value") << s("[{{name}}]") << Values{{s("name"), QString()}} << s("[]") << QStringList();

    QTest::newRow("unknown key") << s("Hallo {{vorname}} {{name}}") << name << QString()
                                 << QStringList{s("{{vorname}}")};
    QTest::newRow("unknown keys, each named once") << s("{{a}} {{name}} {{b}}\n{{c}} {{b}}") << name << QString()
                                                   << QStringList{s("3 placeholder"), s("{{a}}, {{b}}, {{c}}")};
    QTest::newRow("unterminated") << s("Hallo\nFrau {{name") << name << QString()
                                  << QStringList{s("line 2"), s("{{name"), s("not closed")};
    QTest::newRow("lone opening") << s("Preis {{ 5 Euro") << name << QString() << QStringList{s("not closed")};
    QTest::newRow("four braces") << s("{{{{name}}}}") << name << QString() << QStringList{s("“{{{{”")};
    QTest::newRow("three braces") << s("{{{name}}}") << name << QString() << QStringList{s("{{{name}}")};
    QTest::newRow("space inside key") << s("{{na me}}") << name << QString() << QStringList{s("{{na me}}")};
    QTest::newRow("empty braces") << s("x {{ }} y") << name << QString() << QStringList{s("{{ }}")};
    QTest::newRow("line break inside braces") << s("{{name\n}}") << name << QString() << QStringList{s("line 1")};
}

void TestLetter::fillPlaceholders()
{
    QFETCH(QString, text);
    QFETCH(Values, values);
    QFETCH(QString, expected);
    QFETCH(QStringList, mentions);

    const auto filled = aw::documents::fillPlaceholders(text, values);
    if (mentions.isEmpty()) {
        QVERIFY2(filled.ok(), qPrintable(why(filled)));
        QCOMPARE(*filled, expected);
        return;
    }
    QVERIFY(!filled.ok());
    QCOMPARE(filled.error().code, Error::Code::Invalid);
    for (const QString &mention : mentions)
        QVERIFY2(filled.error().message.contains(mention),
                 qPrintable(filled.error().message + QLatin1String(" lacks ") + mention));
}

void TestLetter::rendersPdfA()
{
    const Letter letter = sampleLetter();
    QByteArray pdf;
    QBuffer buffer(&pdf);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto rendered = aw::documents::renderLetter(letter, buffer);
    QVERIFY2(rendered.ok(), qPrintable(why(rendered)));
    buffer.close();

    keepSample(pdf, s("letter.pdf"));

    QVERIFY(pdf.startsWith("%PDF-1.4"));
    // The XMP metadata declares PDF/A-1b (Qt writes attributes; elements are just as valid).
    QVERIFY(QRegularExpression(s("pdfaid:part(=\"|>)1[\"<]")).match(QString::fromLatin1(pdf)).hasMatch());
    QVERIFY(QRegularExpression(s("pdfaid:conformance(=\"|>)B[\"<]")).match(QString::fromLatin1(pdf)).hasMatch());
    QVERIFY(pdf.contains("xmp:CreatorTool=\"Aktenwerk\""));
    QVERIFY(pdf.contains(s(">Anmeldung der Eheschließung von Weiß-Öztürk</rdf:li>").toUtf8()));  // dc:title, filled

    const Extracted text = extract(pdf);
    QCOMPARE(text.pages, 1);
    const QString all = flat(text.all());
    for (const QString &expected :
         {s("Sehr geehrte Frau Weiß-Öztürk,"), s("Anmeldung der Eheschließung von Weiß-Öztürk"), s("STA-2025/0042"),
          s("Aktenzeichen"), s("Datum"), s("07.03.2025"), s("Unterlagen vom 03.03.2025 erhalten und geprüft."),
          s("am 14.04.2025 Ihren Ausweis"), s("Für Rückfragen"), s("Mit freundlichen Grüßen"), s("Gülay Schäfer"),
          s("Bezirksamt Nord"), s("Standesamt"), s("Mühlenstraße 12"), s("Kümmellstraße 7")})
        QVERIFY2(all.contains(expected), qPrintable(expected + QLatin1String(" not in: ") + all));
    QVERIFY2(!all.contains(QLatin1String("{{")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("Seite")), qPrintable(all));  // one page: no page numbers
}

void TestLetter::longBodyFlowsOntoPages()
{
    Letter letter = sampleLetter();
    QStringList paragraphs;
    for (int i = 1; i <= 200; ++i)
        paragraphs << s("Absatz %1: Die Behörde prüft den Antrag von {{name}} sorgfältig und entscheidet zügig über "
                        "das Ergebnis; danach folgt der nächste Absatz.")
                          .arg(i);
    letter.body = paragraphs.join(QLatin1String("\n\n"));
    const auto pdf = aw::documents::renderLetterToBytes(letter);
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    keepSample(*pdf, s("letter-long.pdf"));

    const Extracted text = extract(*pdf);
    QVERIFY2(text.pages > 2, qPrintable(QString::number(text.pages)));
    const QString pages = QString::number(text.pages);
    for (int page = 0; page < text.pages; ++page) {
        const QString footer = s("Seite %1 von %2").arg(page + 1).arg(pages);
        QVERIFY2(flat(text.pageTexts.at(page)).contains(footer), qPrintable(footer));
    }
    // Every paragraph exactly once: nothing lost or drawn twice at a page break.
    const QString all = flat(text.all());
    for (int i = 1; i <= 200; ++i) {
        const QString marker = s("Absatz %1:").arg(i);
        QVERIFY2(all.count(marker) == 1, qPrintable(marker));
    }
    QVERIFY(flat(text.pageTexts.constLast()).contains(s("Gülay Schäfer")));
    QVERIFY(flat(text.pageTexts.constLast()).contains(s("Absatz 200:")));
    QVERIFY(flat(text.pageTexts.at(1)).contains(s("STA-2025/0042")));  // continuation header
}

void TestLetter::longParagraphIsSplit()
{
    // One paragraph longer than two pages must be broken between its lines.
    Letter letter = sampleLetter();
    QStringList words;
    for (int i = 1; i <= 2500; ++i)
        words << s("[%1]").arg(i);
    letter.body = s("{{name}}: ") + words.join(QLatin1Char(' '));
    const auto pdf = aw::documents::renderLetterToBytes(letter);
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    keepSample(*pdf, s("letter-paragraph.pdf"));
    const Extracted text = extract(*pdf);
    QVERIFY2(text.pages >= 3, qPrintable(QString::number(text.pages)));
    const QString all = flat(text.all());
    for (int i = 1; i <= 2500; ++i)
        QVERIFY2(all.count(s("[%1]").arg(i)) == 1, qPrintable(QString::number(i)));
}

void TestLetter::valuesAreNotMarkup()
{
    Letter letter = sampleLetter();
    letter.values.insert(s("name"), s("<b>x</b> & <i>y</i>"));
    letter.recipient = s("<script>Frau</script>\nAdresse & Co");
    letter.reference = s("<br/>AZ-1");
    const auto pdf = aw::documents::renderLetterToBytes(letter);
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    const QString all = flat(extract(*pdf).all());
    for (const QString &expected :
         {s("Sehr geehrte Frau <b>x</b> & <i>y</i>,"), s("<script>Frau</script>"), s("Adresse & Co"), s("<br/>AZ-1")})
        QVERIFY2(all.contains(expected), qPrintable(expected + QLatin1String(" not in: ") + all));
    QVERIFY2(!all.contains(QLatin1String("&amp;")) && !all.contains(QLatin1String("&lt;")), qPrintable(all));
}

void TestLetter::refusesIncompleteLetters()
{
    Letter letter = sampleLetter();
    letter.values.remove(s("eingang"));
    letter.values.remove(s("name"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    auto rendered = aw::documents::renderLetter(letter, buffer);
    QVERIFY(!rendered.ok());
    QCOMPARE(rendered.error().code, Error::Code::Invalid);
    QVERIFY2(rendered.error().message.contains(s("{{name}}")), qPrintable(rendered.error().message));
    QVERIFY(bytes.isEmpty());  // no half-written PDF

    letter = sampleLetter();
    letter.date = QDate();
    QCOMPARE(aw::documents::renderLetterToBytes(letter).error().code, Error::Code::Invalid);
    letter = sampleLetter();
    letter.recipient = s("  \n ");
    QCOMPARE(aw::documents::renderLetterToBytes(letter).error().code, Error::Code::Invalid);

    letter = sampleLetter();
    letter.recipient = s("Herrn\nA\nB\nC\nD\nE\nF\nG");  // more than the envelope window shows
    const auto tooLong = aw::documents::renderLetterToBytes(letter);
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error().message.contains(s("envelope")), qPrintable(tooLong.error().message));

    QBuffer closed;
    QCOMPARE(aw::documents::renderLetter(sampleLetter(), closed).error().code, Error::Code::Io);
}

QTEST_MAIN(TestLetter)
#include "tst_letter.moc"
