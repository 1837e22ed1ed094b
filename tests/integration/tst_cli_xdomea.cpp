// SPDX-License-Identifier: GPL-3.0-or-later
// `aktenwerk-cli xdomea`: an Abgabe from one demo store into another and its import confirmation
// back, and the registry's disposal of the demo's old files (offer, destroy), with the real binary.
#include "packages/safezip.h"
#include "support/clirun.h"
#include "support/testenv.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using aw::test::CliRun;
using aw::test::s;

class TestCliXdomea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transferBetweenStores();
    void disposalOfOldFiles();
    void badPackageIsRefused();

private:
    CliRun cli(const QStringList &args)
    {
        return aw::test::runCli(QStringLiteral(AW_CLI), m_home.path(), m_temp.path(), args);
    }
    QString demoStore(const QString &name);
    QString referenceOf(const QString &store, const QString &subject);

    aw::test::TempDir m_home;
    aw::test::TempDir m_temp;
};

void TestCliXdomea::initTestCase()
{
    aw::test::isolate();
    QVERIFY2(QFileInfo(QStringLiteral(AW_CLI)).isExecutable(), AW_CLI);
}

QString TestCliXdomea::demoStore(const QString &name)
{
    const QString dir = m_temp.file(name);
    const CliRun demo = cli({QStringLiteral("--store"), dir, QStringLiteral("demo")});
    return demo.exitCode == 0 ? dir : QString();
}

QString TestCliXdomea::referenceOf(const QString &store, const QString &subject)
{
    const CliRun run = cli({QStringLiteral("--store"), store, QStringLiteral("--json"), QStringLiteral("casefiles")});
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (v.toObject().value(QStringLiteral("subject")).toString() == subject)
            return v.toObject().value(QStringLiteral("reference")).toString();
    }
    return {};
}

void TestCliXdomea::transferBetweenStores()
{
    const QString north = demoStore(QStringLiteral("north"));
    const QString south = demoStore(QStringLiteral("south"));
    QVERIFY(!north.isEmpty() && !south.isEmpty());
    const QString reference = referenceOf(north, s("Personalausweis Sabine Wolf"));
    QVERIFY(!reference.isEmpty());

    const QString out = m_temp.file(QStringLiteral("outgoing"));
    const CliRun clerk = cli({QStringLiteral("--store"), north, QStringLiteral("--user"), QStringLiteral("aweber"),
                              QStringLiteral("xdomea"), QStringLiteral("export"), QStringLiteral("--type"),
                              QStringLiteral("0401"), QStringLiteral("--case"), reference, QStringLiteral("--to"),
                              s("Bezirksamt Süd"), QStringLiteral("--out"), out});
    QCOMPARE(clerk.exitCode, 1);
    QVERIFY2(clerk.err.contains(QStringLiteral("supervisor")), clerk.said());

    const CliRun sent = cli({QStringLiteral("--store"), north, QStringLiteral("--user"), QStringLiteral("jfischer"),
                             QStringLiteral("xdomea"), QStringLiteral("export"), QStringLiteral("--type"),
                             QStringLiteral("0401"), QStringLiteral("--case"), reference, QStringLiteral("--to"),
                             s("Bezirksamt Süd"), QStringLiteral("--out"), out});
    QVERIFY2(sent.exitCode == 0, sent.said());
    const QString package = sent.out.trimmed();
    QVERIFY2(QFileInfo::exists(package), sent.said());
    QVERIFY(package.endsWith(QStringLiteral("_Abgabe.Abgabe.0401.zip")));

    const QString receipts = m_temp.file(QStringLiteral("receipts"));
    const CliRun noNode = cli({QStringLiteral("--store"), south, QStringLiteral("--user"), QStringLiteral("jfischer"),
                               QStringLiteral("xdomea"), QStringLiteral("import"), package});
    QCOMPARE(noNode.exitCode, 2);
    const CliRun received = cli({QStringLiteral("--store"), south, QStringLiteral("--user"), QStringLiteral("jfischer"),
                                 QStringLiteral("--json"), QStringLiteral("xdomea"), QStringLiteral("import"), package,
                                 QStringLiteral("--node"), QStringLiteral("3.2"), QStringLiteral("--unit"),
                                 QStringLiteral("KZS"), QStringLiteral("--out"), receipts});
    QVERIFY2(received.exitCode == 0, received.said());
    const QJsonObject result = QJsonDocument::fromJson(received.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("type")).toString(), QStringLiteral("0401"));
    QCOMPARE(result.value(QStringLiteral("caseFiles")).toArray().size(), 1);
    QVERIFY(!referenceOf(south, s("Personalausweis Sabine Wolf")).isEmpty());
    const QString receipt = result.value(QStringLiteral("receipt")).toString();
    QVERIFY2(QFileInfo::exists(receipt), received.said());

    const CliRun confirmed =
        cli({QStringLiteral("--store"), north, QStringLiteral("--user"), QStringLiteral("jfischer"),
             QStringLiteral("xdomea"), QStringLiteral("import"), receipt});
    QVERIFY2(confirmed.exitCode == 0, confirmed.said());
    QVERIFY2(confirmed.out.contains(QStringLiteral("confirmed")), confirmed.said());
    const CliRun verify = cli({QStringLiteral("--store"), north, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.said());
}

void TestCliXdomea::disposalOfOldFiles()
{
    const QString store = demoStore(QStringLiteral("registry"));
    QVERIFY(!store.isEmpty());
    const CliRun due = cli({QStringLiteral("--store"), store, QStringLiteral("--user"), QStringLiteral("registratur"),
                            QStringLiteral("--json"), QStringLiteral("xdomea"), QStringLiteral("due")});
    QVERIFY2(due.exitCode == 0, due.said());
    QCOMPARE(QJsonDocument::fromJson(due.out.toUtf8()).array().size(), 4);

    const QString keep = referenceOf(store, s("Geschäftsverteilungsplan des Kundenzentrums 2013"));
    const QString evaluate = referenceOf(store, s("Gewerbeabmeldung Bäckerei Kühn"));
    const QString destroy = referenceOf(store, s("Meldeangelegenheiten Familie Schulze"));
    QVERIFY(!keep.isEmpty() && !evaluate.isEmpty() && !destroy.isEmpty());
    const QString out = m_temp.file(QStringLiteral("archive"));
    const CliRun offered =
        cli({QStringLiteral("--store"), store, QStringLiteral("--user"), QStringLiteral("registratur"),
             QStringLiteral("xdomea"), QStringLiteral("export"), QStringLiteral("--type"), QStringLiteral("0501"),
             QStringLiteral("--case"), keep, QStringLiteral("--case"), evaluate, QStringLiteral("--out"), out});
    QVERIFY2(offered.exitCode == 0, offered.said());
    QVERIFY(offered.out.trimmed().endsWith(QStringLiteral("_Aussonderung.Anbieteverzeichnis.0501.zip")));
    auto zip = aw::packages::SafeZip::open(offered.out.trimmed());
    QVERIFY2(zip, qPrintable(aw::test::why(zip)));
    QCOMPARE(zip->entries().size(), 1);  // metadata only

    const CliRun unconfirmed =
        cli({QStringLiteral("--store"), store, QStringLiteral("--user"), QStringLiteral("registratur"),
             QStringLiteral("xdomea"), QStringLiteral("destroy"), QStringLiteral("--case"), destroy});
    QCOMPARE(unconfirmed.exitCode, 2);
    const CliRun destroyed = cli({QStringLiteral("--store"), store, QStringLiteral("--user"),
                                  QStringLiteral("registratur"), QStringLiteral("xdomea"), QStringLiteral("destroy"),
                                  QStringLiteral("--case"), destroy, QStringLiteral("--yes")});
    QVERIFY2(destroyed.exitCode == 0, destroyed.said());
    const CliRun keepDestroyed = cli(
        {QStringLiteral("--store"), store, QStringLiteral("--user"), QStringLiteral("registratur"),
         QStringLiteral("xdomea"), QStringLiteral("destroy"), QStringLiteral("--case"), keep, QStringLiteral("--yes")});
    QCOMPARE(keepDestroyed.exitCode, 1);
    const CliRun after = cli({QStringLiteral("--store"), store, QStringLiteral("--user"), QStringLiteral("registratur"),
                              QStringLiteral("--json"), QStringLiteral("xdomea"), QStringLiteral("due")});
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).array().size(), 3);
}

void TestCliXdomea::badPackageIsRefused()
{
    const QString store = demoStore(QStringLiteral("bad"));
    QVERIFY(!store.isEmpty());
    const QString path = m_temp.file(QStringLiteral("00000000-0000-4000-8000-000000000000_Abgabe.Abgabe.0401.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is not a zip");
    file.close();
    const CliRun run = cli({QStringLiteral("--store"), store, QStringLiteral("--user"), QStringLiteral("jfischer"),
                            QStringLiteral("xdomea"), QStringLiteral("import"), path, QStringLiteral("--node"),
                            QStringLiteral("3.2"), QStringLiteral("--unit"), QStringLiteral("KZN")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.trimmed().isEmpty(), run.said());
}

QTEST_MAIN(TestCliXdomea)
#include "tst_cli_xdomea.moc"
