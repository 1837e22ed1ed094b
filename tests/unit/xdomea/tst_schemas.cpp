// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testenv.h"
#include "xdomea/schemas.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using aw::core::Error;
using aw::test::why;
using aw::xdomea::namespaceUri;
using aw::xdomea::SchemaVersion;
using aw::xdomea::validateMessage;
using aw::xdomea::versionFromNamespace;
using aw::xdomea::versionName;

Q_DECLARE_METATYPE(SchemaVersion)

namespace {

// The Kopf every message type shares (NkBasisType). Absender and Empfaenger may be empty by the
// schema; the Institution is there because real messages name one.
const char *const Kopf = R"(    <xdomea:ProzessID>6f1c2a0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b</xdomea:ProzessID>
    <xdomea:Nachrichtentyp listURI="urn:xoev-de:xdomea:codeliste:nachrichtentyp" listVersionID="2.0"><code>%CODE%</code></xdomea:Nachrichtentyp>
    <xdomea:Erstellungszeitpunkt>2026-11-30T10:15:00</xdomea:Erstellungszeitpunkt>
    <xdomea:Absender><xdomea:Institution><xdomea:Name>Landesarchiv</xdomea:Name></xdomea:Institution></xdomea:Absender>
    <xdomea:Empfaenger><xdomea:Institution><xdomea:Name>Stadt Musterhausen</xdomea:Name></xdomea:Institution></xdomea:Empfaenger>
)";

// A minimal valid message of type `code` (0502, 0504 or 0402) in the namespace of `version`.
QByteArray message(const char *code, SchemaVersion version)
{
    QByteArray root, kopfTail, body;
    if (qstrcmp(code, "0502") == 0) {
        root = "Aussonderung.Bewertungsverzeichnis.0502";
        kopfTail = "    <xdomea:Empfangsbestaetigung>true</xdomea:Empfangsbestaetigung>\n";
        body = R"(  <xdomea:BewertetesObjekt>
    <xdomea:ID>0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d</xdomea:ID>
    <xdomea:Aussonderungsart><xdomea:Aussonderungsart listURI="urn:xoev-de:xdomea:codeliste:aussonderungsart" listVersionID="1.0"><code>A</code></xdomea:Aussonderungsart></xdomea:Aussonderungsart>
  </xdomea:BewertetesObjekt>
)";
    } else if (qstrcmp(code, "0504") == 0) {
        root = "Aussonderung.AnbietungEmpfangBestaetigen.0504";
    } else {
        root = "Abgabe.ImportBestaetigen.0402";
        body = R"(  <xdomea:AbgegebenesObjekt>
    <xdomea:IDSGO>0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d</xdomea:IDSGO>
    <xdomea:Erfolgreich>true</xdomea:Erfolgreich>
  </xdomea:AbgegebenesObjekt>
)";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xdomea:" + root + " xmlns:xdomea=\"" +
           namespaceUri(version).toUtf8() + "\">\n  <xdomea:Kopf>\n" + QByteArray(Kopf).replace("%CODE%", code) +
           kopfTail + "  </xdomea:Kopf>\n" + body + "</xdomea:" + root + ">\n";
}

// The line (1-based) on which `needle` first occurs.
int lineOf(const QByteArray &xml, const QByteArray &needle)
{
    const qsizetype at = xml.indexOf(needle);
    return at < 0 ? 0 : int(xml.left(at).count('\n')) + 1;
}

QString lineText(int line)
{
    return QStringLiteral("(line %1)").arg(line);
}

const QByteArray BillionLaughs = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<xdomea:Aussonderung.AnbietungEmpfangBestaetigen.0504 xmlns:xdomea="urn:xoev-de:xdomea:schema:3.1.0">&lol9;</xdomea:Aussonderung.AnbietungEmpfangBestaetigen.0504>
)";

}  // namespace

class TestSchemas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { aw::test::isolate(); }

    void versions()
    {
        QCOMPARE(versionName(SchemaVersion::V300), QStringLiteral("3.0.0"));
        QCOMPARE(versionName(SchemaVersion::V310), QStringLiteral("3.1.0"));
        QCOMPARE(namespaceUri(SchemaVersion::V310), QStringLiteral("urn:xoev-de:xdomea:schema:3.1.0"));
        QCOMPARE(versionFromNamespace(QStringLiteral("urn:xoev-de:xdomea:schema:3.0.0")), SchemaVersion::V300);
        QCOMPARE(versionFromNamespace(namespaceUri(SchemaVersion::V310)), SchemaVersion::V310);
        QVERIFY(!versionFromNamespace(QStringLiteral("urn:xoev-de:xdomea:schema:2.4.0")));
        QVERIFY(!versionFromNamespace({}));
    }

    void validMessage_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<SchemaVersion>("version");
        for (SchemaVersion v : {SchemaVersion::V300, SchemaVersion::V310}) {
            for (const char *code : {"0502", "0504", "0402"})
                QTest::addRow("%s %s", code, qPrintable(versionName(v))) << QByteArray(code) << v;
        }
    }

    void validMessage()
    {
        QFETCH(QByteArray, code);
        QFETCH(SchemaVersion, version);
        const auto result = validateMessage(message(code.constData(), version), version);
        QVERIFY2(result.ok(), qPrintable(why(result)));
    }

    void missingElement_data()
    {
        QTest::addColumn<SchemaVersion>("version");
        QTest::newRow("3.0.0") << SchemaVersion::V300;
        QTest::newRow("3.1.0") << SchemaVersion::V310;
    }

    void missingElement()
    {
        QFETCH(SchemaVersion, version);
        QByteArray xml = message("0502", version);
        const QByteArray missing =
            "    <xdomea:Erstellungszeitpunkt>2026-11-30T10:15:00</xdomea:Erstellungszeitpunkt>\n";
        QVERIFY(xml.contains(missing));
        xml.replace(missing, "");
        const auto result = validateMessage(xml, version);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Invalid);
        const QString text = result.error().message;
        // libxml2 complains at the element that came instead, and names the one it expected.
        QVERIFY2(text.contains(lineText(lineOf(xml, "<xdomea:Absender>"))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Erstellungszeitpunkt")), qPrintable(text));
        QVERIFY2(text.contains(versionName(version)), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("{urn:")), qPrintable(text));
    }

    void wrongCodeValue()
    {
        QByteArray xml = message("0502", SchemaVersion::V310);
        xml.replace("<code>A</code>", "<code>Q</code>");
        const auto result = validateMessage(xml, SchemaVersion::V310);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(lineText(lineOf(xml, "<code>Q</code>"))), qPrintable(why(result)));
    }

    void otherVersionsNamespace()
    {
        const auto result = validateMessage(message("0504", SchemaVersion::V300), SchemaVersion::V310);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Invalid);
        QVERIFY2(result.error().message.contains(lineText(2)), qPrintable(why(result)));
        // The other version's namespace stays in the text: it is what is wrong.
        QVERIFY2(result.error().message.contains(namespaceUri(SchemaVersion::V300)), qPrintable(why(result)));
    }

    void notWellFormed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed") << QByteArray("<?xml version=\"1.0\"?>\n<a>\n  <b>\n</a>\n") << 4;
        QTest::newRow("undeclared prefix") << QByteArray("<?xml version=\"1.0\"?>\n\n<x:a/>\n") << 3;
        QTest::newRow("text only") << QByteArray("no xml at all") << 1;
        const QByteArray whole = message("0504", SchemaVersion::V310);
        const QByteArray truncated = whole.left(whole.indexOf("</xdomea:ProzessID>"));
        QTest::newRow("truncated") << truncated << lineOf(truncated, "<xdomea:ProzessID>");
    }

    void notWellFormed()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, line);
        const auto result = validateMessage(xml, SchemaVersion::V310);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Invalid);
        QVERIFY2(result.error().message.contains(QStringLiteral("well-formed")), qPrintable(why(result)));
        QVERIFY2(result.error().message.contains(lineText(line)), qPrintable(why(result)));
    }

    void empty()
    {
        for (const QByteArray &xml : {QByteArray(), QByteArray(" \n\t\n")}) {
            const auto result = validateMessage(xml, SchemaVersion::V300);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, Error::Code::Invalid);
            QVERIFY2(result.error().message.contains(QStringLiteral("empty")), qPrintable(why(result)));
        }
    }

    void doctype_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("billion laughs") << BillionLaughs;
        QTest::newRow("external entity") << QByteArray(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
            "<r>&x;</r>\n");
        QTest::newRow("external entity in attribute")
            << QByteArray("<!DOCTYPE r [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]><r a=\"&x;\"/>");
        QTest::newRow("external subset") << QByteArray(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<r/>\n");
        QTest::newRow("empty doctype") << QByteArray("<!DOCTYPE r>\n<r/>\n");
        // Refused as a DOCTYPE, not as broken XML: nothing after `<!DOCTYPE r` is read.
        QTest::newRow("parameter entity, unfinished")
            << QByteArray("<!DOCTYPE r [ <!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p; <!ENTITY");
        QByteArray valid = message("0504", SchemaVersion::V310);
        QTest::newRow("valid message with a doctype")
            << valid.replace("<xdomea:Aussonderung", "<!DOCTYPE whatever []>\n<xdomea:Aussonderung");
    }

    void doctype()
    {
        QFETCH(QByteArray, xml);
        const auto result = validateMessage(xml, SchemaVersion::V310);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Refused);
        const QString text = result.error().message;
        QVERIFY2(text.contains(QStringLiteral("DOCTYPE")), qPrintable(text));
        QVERIFY2(text.contains(lineText(lineOf(xml, "<!DOCTYPE"))), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("root:")) && !text.contains(QStringLiteral("lol")), qPrintable(text));
    }

    void embeddedCopiesAreOfficial_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("3.0.0") << QStringLiteral("3.0.0");
        QTest::newRow("3.1.0") << QStringLiteral("3.1.0");
    }

    void embeddedCopiesAreOfficial()
    {
        QFETCH(QString, version);
        const QDir official(QStringLiteral(AW_SHARED_XDOMEA "/") + version);
        if (!official.exists())
            QSKIP(qPrintable(
                QStringLiteral("The official schemas are not beside the checkout (%1).").arg(official.path())));
        const QDir embedded(QStringLiteral(":/xdomea/") + version);
        const QStringList names = official.entryList({QStringLiteral("*.xsd")}, QDir::Files, QDir::Name);
        QVERIFY(names.contains(QStringLiteral("xdomea.xsd")));
        QCOMPARE(embedded.entryList({QStringLiteral("*.xsd")}, QDir::Files, QDir::Name), names);
        for (const QString &name : names) {
            QFile a(official.filePath(name));
            QFile b(embedded.filePath(name));
            QVERIFY2(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly), qPrintable(name));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(name + QStringLiteral(" differs from the official file")));
        }
        QVERIFY(QFile::exists(QStringLiteral(":/xdomea/xoev/xoev-code.xsd")));
    }

    void severalThreads()
    {
        constexpr int Threads = 4;
        constexpr int Rounds = 5;
        std::atomic<int> passed{0};
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([t, &passed, &wrong] {
                const SchemaVersion v = t % 2 ? SchemaVersion::V310 : SchemaVersion::V300;
                for (int i = 0; i < Rounds; ++i) {
                    const char *code = i % 3 == 0 ? "0502" : i % 3 == 1 ? "0504" : "0402";
                    if (validateMessage(message(code, v), v).ok())
                        ++passed;
                    // A refusal in one thread must not show up in another.
                    QByteArray bad = message("0402", v);
                    bad.replace("<xdomea:Erfolgreich>true", "<xdomea:Erfolgreich>maybe");
                    const auto refused = validateMessage(bad, v);
                    if (refused.ok() || !refused.error().message.contains(QStringLiteral("maybe")))
                        ++wrong;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(passed.load(), Threads * Rounds);
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSchemas)
#include "tst_schemas.moc"
