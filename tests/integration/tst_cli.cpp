// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real aktenwerk-cli binary: exit codes, JSON output, file plan import, intake, register
// import and search, refusing a missing store. The store's upkeep (verify, sweep, compact, a damaged
// store) is in tst_cli_upkeep.
#include "support/clirun.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace {

using Run = aw::test::CliRun;

}  // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void initThenDemo();
    void demoVerifyAndLists();
    void fileplanImport();
    void fileplanImportInvalid_data();
    void fileplanImportInvalid();
    void unknownCommand();
    void missingStore_data();
    void missingStore();
    void intakeAcknowledge();
    void intakeFileIntoCaseFile();
    void intakeReject();
    void intakeRuleRemove();
    void registerImport();
    void registerImportInvalid_data();
    void registerImportInvalid();
    void registerSearch();
    void registerRefusesOutsiders();

private:
    Run cli(const QStringList &args);
    QString demoStore(const QString &name);  // a new store seeded by `demo`
    QJsonArray jsonArray(const QStringList &args);
    QJsonObject inboxEntry(const QString &store, const QString &id);    // from `intake list --json`
    QString writeFile(const QString &name, const QByteArray &content);  // in m_temp
    // `register search --json` in the Standesamt (StA) as its clerk mmueller.
    QJsonArray registerSearch(const QString &store, const QStringList &query);

    aw::test::TempDir m_home;  // HOME and XDG folders of the CLI, so it never sees the user's store
    aw::test::TempDir m_temp;
};

void TestCli::initTestCase()
{
    aw::test::isolate();
    QVERIFY2(QFileInfo(QStringLiteral(AW_CLI)).isExecutable(), AW_CLI);
}

Run TestCli::cli(const QStringList &args)
{
    return aw::test::runCli(QStringLiteral(AW_CLI), m_home.path(), m_temp.path(), args);
}

QString TestCli::demoStore(const QString &name)
{
    const QString dir = m_temp.file(name);
    const Run demo = cli({QStringLiteral("--store"), dir, QStringLiteral("demo")});
    if (demo.exitCode != 0) {
        qWarning("demo failed: %s", demo.said().constData());
        return {};
    }
    return dir;
}

QJsonArray TestCli::jsonArray(const QStringList &args)
{
    const Run run = cli(args);
    if (run.exitCode != 0) {
        qWarning("%s failed: %s", qPrintable(args.join(QLatin1Char(' '))), run.said().constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning("%s printed no JSON array (%s): %s", qPrintable(args.join(QLatin1Char(' '))),
                 qPrintable(error.errorString()), qPrintable(run.out));
        return {};
    }
    return doc.array();
}

QJsonObject TestCli::inboxEntry(const QString &store, const QString &id)
{
    const QJsonArray inbox = jsonArray(
        {QStringLiteral("--store"), store, QStringLiteral("--json"), QStringLiteral("intake"), QStringLiteral("list")});
    for (const QJsonValue &item : inbox) {
        if (item.toObject().value(QStringLiteral("id")).toString() == id)
            return item.toObject();
    }
    return {};
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_temp.file(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}

QJsonArray TestCli::registerSearch(const QString &store, const QStringList &query)
{
    return jsonArray(QStringList{QStringLiteral("--store"), store, QStringLiteral("--user"), QStringLiteral("mmueller"),
                                 QStringLiteral("--unit"), QStringLiteral("StA"), QStringLiteral("--json"),
                                 QStringLiteral("register"), QStringLiteral("search")} +
                     query);
}

void TestCli::version()
{
    const Run run = cli({QStringLiteral("--version")});
    QVERIFY2(run.exitCode == 0, run.said());
    QVERIFY2(run.out.contains(QLatin1String(AKTENWERK_VERSION)), run.said());
}

void TestCli::initThenDemo()
{
    const QString dir = m_temp.file(QStringLiteral("init-demo"));
    const Run init = cli({QStringLiteral("--store"), dir, QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, init.said());
    QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("aktenwerk.sqlite"))));
    const Run again = cli({QStringLiteral("--store"), dir, QStringLiteral("init")});
    QVERIFY2(again.exitCode == 0, again.said());
    const Run demo = cli({QStringLiteral("--store"), dir, QStringLiteral("demo")});
    QVERIFY2(demo.exitCode == 0, demo.said());
    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.said());
}

void TestCli::demoVerifyAndLists()
{
    const QString dir = m_temp.file(QStringLiteral("demo"));
    const Run demo = cli({QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("demo")});
    QVERIFY2(demo.exitCode == 0, demo.said());
    const QJsonObject counts = QJsonDocument::fromJson(demo.out.toUtf8()).object();
    QVERIFY2(counts.value(QStringLiteral("caseFiles")).toInt() > 0, demo.said());
    QVERIFY2(counts.value(QStringLiteral("proceedings")).toInt() > 0, demo.said());
    QVERIFY2(counts.value(QStringLiteral("submissions")).toInt() > 0, demo.said());

    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.said());
    QVERIFY2(!verify.out.trimmed().isEmpty(), verify.said());

    const Run again = cli({QStringLiteral("--store"), dir, QStringLiteral("demo")});
    QVERIFY2(again.exitCode != 0 && !again.err.trimmed().isEmpty(), again.said());

    for (const auto &[command, count] :
         {std::pair{"casefiles", "caseFiles"}, std::pair{"proceedings", "proceedings"}}) {
        const QJsonArray items =
            jsonArray({QStringLiteral("--store"), dir, QStringLiteral("--json"), QString::fromLatin1(command)});
        QCOMPARE(items.size(), counts.value(QLatin1String(count)).toInt());
        QSet<QString> ids;
        for (const QJsonValue &item : items) {
            QVERIFY(item.isObject());
            const QJsonObject o = item.toObject();
            for (const char *key : {"id", "reference", "subject", "status"})
                QVERIFY2(!o.value(QLatin1String(key)).toString().isEmpty(),
                         qPrintable(QStringLiteral("%1: “%2” missing in %3")
                                        .arg(QLatin1String(command), QLatin1String(key),
                                             QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)))));
            ids.insert(o.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids.size(), items.size());
    }

    // The inbox holds what demo reported: new applications, one quarantined with its reason, one filed.
    const QJsonArray inbox = jsonArray(
        {QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("intake"), QStringLiteral("list")});
    QCOMPARE(inbox.size(), counts.value(QStringLiteral("submissions")).toInt());
    QSet<QString> statuses;
    for (const QJsonValue &item : inbox) {
        const QJsonObject o = item.toObject();
        statuses.insert(o.value(QStringLiteral("status")).toString());
        QVERIFY(!o.value(QStringLiteral("applicant")).toString().isEmpty());
        if (o.value(QStringLiteral("status")).toString() == QLatin1String("quarantined"))
            QVERIFY(!o.value(QStringLiteral("problem")).toString().isEmpty());
    }
    QCOMPARE(statuses, (QSet<QString>{QStringLiteral("new"), QStringLiteral("quarantined"), QStringLiteral("filed")}));
}

void TestCli::fileplanImport()
{
    const QString dir = demoStore(QStringLiteral("import"));
    QVERIFY(!dir.isEmpty());
    const QString csv = m_temp.file(QStringLiteral("plan.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code;title;retentionYears;disposal\n"
                   "7;Ordnungsangelegenheiten;10;B\n"
                   "7.1;Fundsachen;3;V\n"
                   "7.2;\"Sondernutzungen; Straßenland\";dauernd;A\n");
    }
    const Run import = cli({QStringLiteral("--store"), dir, QStringLiteral("--user"), QStringLiteral("registratur"),
                            QStringLiteral("fileplan"), QStringLiteral("import"), csv});
    QVERIFY2(import.exitCode == 0, import.said());

    const QJsonArray nodes =
        jsonArray({QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("fileplan")});
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &node : nodes)
        byCode.insert(node.toObject().value(QStringLiteral("code")).toString(), node.toObject());
    QVERIFY2(byCode.contains(QStringLiteral("7")) && byCode.contains(QStringLiteral("7.1")) &&
                 byCode.contains(QStringLiteral("7.2")),
             QJsonDocument(nodes).toJson());
    QVERIFY2(byCode.contains(QStringLiteral("5.1")), "the demo's file plan is still there");
    QCOMPARE(byCode[QStringLiteral("7")].value(QStringLiteral("title")).toString(),
             QStringLiteral("Ordnungsangelegenheiten"));
    QCOMPARE(byCode[QStringLiteral("7.1")].value(QStringLiteral("title")).toString(), QStringLiteral("Fundsachen"));
    QCOMPARE(byCode[QStringLiteral("7.1")].value(QStringLiteral("parentId")).toString(),
             byCode[QStringLiteral("7")].value(QStringLiteral("id")).toString());
    QCOMPARE(byCode[QStringLiteral("7.1")].value(QStringLiteral("retentionYears")).toInt(), 3);
    QCOMPARE(byCode[QStringLiteral("7.1")].value(QStringLiteral("disposal")).toString(), QStringLiteral("V"));
    QCOMPARE(byCode[QStringLiteral("7.2")].value(QStringLiteral("title")).toString(),
             QStringLiteral("Sondernutzungen; Straßenland"));
    QCOMPARE(byCode[QStringLiteral("7.2")].value(QStringLiteral("retentionYears")).toInt(), -1);

    // The same file again changes nothing; the import is audited, so the store still verifies.
    const Run again = cli({QStringLiteral("--store"), dir, QStringLiteral("--user"), QStringLiteral("registratur"),
                           QStringLiteral("--json"), QStringLiteral("fileplan"), QStringLiteral("import"), csv});
    QVERIFY2(again.exitCode == 0, again.said());
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("created")).toInt(), 0);
    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.said());
}

void TestCli::fileplanImportInvalid_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");

    const QByteArray header = "code;title;retentionYears;disposal\n";
    QTest::newRow("retention not a number") << header + "8;Statistik;10;B\n8.1;Erhebungen;zehn;V\n" << 3;
    QTest::newRow("unknown disposal") << header + "8;Statistik;10;B\n8.1;Erhebungen;10;X\n8.2;Zensus;10;A\n" << 3;
    QTest::newRow("missing field") << QByteArray("8;Statistik;10;B\n8.1;Erhebungen;10\n") << 2;
    QTest::newRow("duplicate code") << header + "8;Statistik;10;B\n8.1;Erhebungen;10;V\n8.1;Zensus;10;A\n" << 4;
    QTest::newRow("retention out of range") << header + "8;Statistik;10;B\n8.1;Erhebungen;999;V\n" << 3;
}

void TestCli::fileplanImportInvalid()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);

    const QString dir = m_temp.file(QStringLiteral("invalid-%1")
                                        .arg(QString::fromUtf8(QTest::currentDataTag()))
                                        .replace(QLatin1Char(' '), QLatin1Char('-')));
    const Run init = cli({QStringLiteral("--store"), dir, QStringLiteral("--user"), QStringLiteral("registratur"),
                          QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, init.said());
    const QString path = m_temp.file(QStringLiteral("invalid.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv);
    }
    const Run import = cli({QStringLiteral("--store"), dir, QStringLiteral("--user"), QStringLiteral("registratur"),
                            QStringLiteral("fileplan"), QStringLiteral("import"), path});
    QVERIFY2(import.exitCode != 0 && import.status == QProcess::NormalExit, import.said());
    const QRegularExpression naming(QStringLiteral("\\bline %1\\b").arg(line),
                                    QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(naming.match(import.err).hasMatch(), import.said());

    // One bad line refuses the whole file.
    const QJsonArray nodes =
        jsonArray({QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("fileplan")});
    QVERIFY2(nodes.isEmpty(), QJsonDocument(nodes).toJson());
}

void TestCli::unknownCommand()
{
    const QString dir = m_temp.file(QStringLiteral("unknown"));
    const Run run = cli({QStringLiteral("--store"), dir, QStringLiteral("frobnicate")});
    QVERIFY2(run.exitCode == 2, run.said());
    QVERIFY2(run.err.contains(QLatin1String("frobnicate")), run.said());
    QVERIFY(!QFileInfo::exists(dir));

    const Run none = cli({QStringLiteral("--store"), dir});
    QVERIFY2(none.exitCode == 2, none.said());
    QVERIFY(!QFileInfo::exists(dir));
}

void TestCli::missingStore_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("verify") << QStringList{QStringLiteral("verify")};
    QTest::newRow("casefiles") << QStringList{QStringLiteral("casefiles")};
    QTest::newRow("proceedings --json") << QStringList{QStringLiteral("--json"), QStringLiteral("proceedings")};
    QTest::newRow("fileplan") << QStringList{QStringLiteral("fileplan")};
    QTest::newRow("fileplan import") << QStringList{QStringLiteral("--user"), QStringLiteral("registratur"),
                                                    QStringLiteral("fileplan"), QStringLiteral("import"),
                                                    QStringLiteral("plan.csv")};
}

void TestCli::missingStore()
{
    QFETCH(QStringList, args);
    const QString dir = m_temp.file(QStringLiteral("missing/store"));
    const Run run = cli(QStringList{QStringLiteral("--store"), dir} + args);
    QVERIFY2(run.exitCode != 0 && run.status == QProcess::NormalExit, run.said());
    QVERIFY2(run.out.isEmpty(), run.said());
    QVERIFY2(run.err.contains(QLatin1String("no store"), Qt::CaseInsensitive), run.said());
    QVERIFY2(run.err.contains(dir), run.said());
    QVERIFY2(!QFileInfo::exists(m_temp.file(QStringLiteral("missing"))), "a store folder was created");
}

void TestCli::intakeAcknowledge()
{
    const QString dir = demoStore(QStringLiteral("acknowledge"));
    QVERIFY(!dir.isEmpty());
    const QJsonArray inbox = jsonArray(
        {QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("intake"), QStringLiteral("list")});
    QString filed, fresh;
    for (const QJsonValue &item : inbox) {
        const QJsonObject o = item.toObject();
        const QString status = o.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("filed"))
            filed = o.value(QStringLiteral("id")).toString();
        else if (status == QLatin1String("new"))
            fresh = o.value(QStringLiteral("id")).toString();
    }
    QVERIFY(!filed.isEmpty() && !fresh.isEmpty());
    const QStringList acknowledge{QStringLiteral("--store"), dir,
                                  QStringLiteral("--user"),  QStringLiteral("mmueller"),
                                  QStringLiteral("intake"),  QStringLiteral("acknowledge")};

    const Run run = cli(QStringList{QStringLiteral("--json")} + acknowledge + QStringList{filed});
    QVERIFY2(run.exitCode == 0, run.said());
    const QJsonObject ack = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QString folder = ack.value(QStringLiteral("folder")).toString();
    QCOMPARE(QFileInfo(folder).absolutePath(), QDir(dir).filePath(QStringLiteral("ausgang")));
    QVERIFY2(QFileInfo(ack.value(QStringLiteral("pdfPath")).toString()).isFile(), run.said());
    QVERIFY2(QFileInfo(QDir(folder).filePath(QStringLiteral("versand.json"))).isFile(), run.said());
    QVERIFY2(!ack.value(QStringLiteral("documentId")).toString().isEmpty(), run.said());

    // Once only, and only for filed submissions: refused with the reason, nothing new handed over.
    const Run again = cli(acknowledge + QStringList{filed});
    QVERIFY2(again.exitCode != 0 && again.err.contains(QLatin1String("already acknowledged")), again.said());
    const Run unfiled = cli(acknowledge + QStringList{fresh});
    QVERIFY2(unfiled.exitCode != 0 && unfiled.err.contains(QLatin1String("filed")), unfiled.said());
    QCOMPARE(QDir(QDir(dir).filePath(QStringLiteral("ausgang")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QFileInfo(folder).fileName()});
    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.said());
}

void TestCli::intakeFileIntoCaseFile()
{
    const QString dir = demoStore(QStringLiteral("intake-file"));
    QVERIFY(!dir.isEmpty());
    // A new residence registration (Anmeldung einer Wohnung), which Kundenzentrum Nord handles.
    QString id;
    const QJsonArray inbox = jsonArray(
        {QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("intake"), QStringLiteral("list")});
    for (const QJsonValue &item : inbox) {
        const QJsonObject o = item.toObject();
        if (o.value(QStringLiteral("status")).toString() == QLatin1String("new") &&
            o.value(QStringLiteral("serviceKey")).toString() == QLatin1String("99115001001000"))
            id = o.value(QStringLiteral("id")).toString();
    }
    QVERIFY2(!id.isEmpty(), QJsonDocument(inbox).toJson());
    // An open case file of Kundenzentrum Nord, as its clerk aweber sees it.
    QString caseFile, caseFileId;
    const QJsonArray files =
        jsonArray({QStringLiteral("--store"), dir, QStringLiteral("--user"), QStringLiteral("aweber"),
                   QStringLiteral("--json"), QStringLiteral("casefiles")});
    for (const QJsonValue &item : files) {
        const QJsonObject o = item.toObject();
        if (caseFile.isEmpty() && o.value(QStringLiteral("status")).toString() == QLatin1String("open")) {
            caseFile = o.value(QStringLiteral("reference")).toString();
            caseFileId = o.value(QStringLiteral("id")).toString();
        }
    }
    QVERIFY2(!caseFile.isEmpty(), QJsonDocument(files).toJson());

    const QStringList file{QStringLiteral("--store"), dir,
                           QStringLiteral("--user"),  QStringLiteral("aweber"),
                           QStringLiteral("intake"),  QStringLiteral("file")};
    const Run run = cli(QStringList{QStringLiteral("--json")} + file +
                        QStringList{id, caseFile, QStringLiteral("Anmeldung"), QStringLiteral("Hauptwohnung")});
    QVERIFY2(run.exitCode == 0, run.said());
    const QJsonObject filed = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray made = filed.value(QStringLiteral("proceedings")).toArray();
    QVERIFY2(made.size() == 1, run.said());
    const QJsonObject proceeding = made.first().toObject();
    QCOMPARE(proceeding.value(QStringLiteral("caseFile")).toString(), caseFile);
    QCOMPARE(proceeding.value(QStringLiteral("subject")).toString(), QStringLiteral("Anmeldung Hauptwohnung"));
    QVERIFY2(proceeding.value(QStringLiteral("reference")).toString().startsWith(caseFile), run.said());
    QVERIFY2(filed.value(QStringLiteral("documents")).toInt() > 0, run.said());
    QCOMPARE(inboxEntry(dir, id).value(QStringLiteral("status")).toString(), QStringLiteral("filed"));

    // The proceeding is in the case file and knows the submission it came from.
    bool listed = false;
    const QJsonArray proceedings =
        jsonArray({QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("proceedings")});
    for (const QJsonValue &item : proceedings) {
        const QJsonObject o = item.toObject();
        if (o.value(QStringLiteral("id")).toString() == proceeding.value(QStringLiteral("id")).toString()) {
            listed = true;
            QCOMPARE(o.value(QStringLiteral("caseFileId")).toString(), caseFileId);
            QCOMPARE(o.value(QStringLiteral("sourceSubmissionId")).toString(), id);
            QCOMPARE(o.value(QStringLiteral("reference")).toString(),
                     proceeding.value(QStringLiteral("reference")).toString());
        }
    }
    QVERIFY2(listed, QJsonDocument(proceedings).toJson());

    // Once only; and an unknown case file is named in the refusal.
    const Run again = cli(file + QStringList{id, caseFile});
    QVERIFY2(again.exitCode != 0 && !again.err.trimmed().isEmpty() && again.out.isEmpty(), again.said());
    const QString unknown = QStringLiteral("9.9-99/2026");
    const Run nowhere = cli(file + QStringList{id, unknown});
    QVERIFY2(nowhere.exitCode != 0 && nowhere.err.contains(unknown), nowhere.said());
    const Run missing = cli(file + QStringList{id});
    QVERIFY2(missing.exitCode == 2 && missing.err.contains(QLatin1String("usage")), missing.said());
    QCOMPARE(
        jsonArray({QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("proceedings")}).size(),
        proceedings.size());
    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.said());
}

void TestCli::intakeReject()
{
    const QString dir = demoStore(QStringLiteral("intake-reject"));
    QVERIFY(!dir.isEmpty());
    QString quarantined;
    const QJsonArray inbox = jsonArray(
        {QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("intake"), QStringLiteral("list")});
    for (const QJsonValue &item : inbox) {
        if (item.toObject().value(QStringLiteral("status")).toString() == QLatin1String("quarantined"))
            quarantined = item.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY2(!quarantined.isEmpty(), QJsonDocument(inbox).toJson());
    const QStringList reject{QStringLiteral("--store"), dir,
                             QStringLiteral("--user"),  QStringLiteral("mmueller"),
                             QStringLiteral("intake"),  QStringLiteral("reject")};

    // Without a reason (or a blank one) nothing is decided.
    const Run bare = cli(reject + QStringList{quarantined});
    QVERIFY2(bare.exitCode != 0 && !bare.err.trimmed().isEmpty(), bare.said());
    const Run blank = cli(reject + QStringList{quarantined, QStringLiteral("  ")});
    QVERIFY2(blank.exitCode != 0 && blank.err.contains(QLatin1String("reason")), blank.said());
    QCOMPARE(inboxEntry(dir, quarantined).value(QStringLiteral("status")).toString(), QStringLiteral("quarantined"));

    const Run run = cli(reject + QStringList{quarantined, QStringLiteral("Anlage"), QStringLiteral("verändert,"),
                                             QStringLiteral("bitte neu einreichen")});
    QVERIFY2(run.exitCode == 0 && !run.out.trimmed().isEmpty(), run.said());
    const QJsonObject entry = inboxEntry(dir, quarantined);
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(entry.value(QStringLiteral("decisionNote")).toString(),
             QStringLiteral("Anlage verändert, bitte neu einreichen"));

    const Run again =
        cli(QStringList{QStringLiteral("--json")} + reject + QStringList{quarantined, QStringLiteral("x")});
    QVERIFY2(again.exitCode != 0 && again.out.isEmpty(), again.said());
    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.said());
}

void TestCli::intakeRuleRemove()
{
    const QString dir = demoStore(QStringLiteral("intake-rule-remove"));
    QVERIFY(!dir.isEmpty());
    const QStringList rules{QStringLiteral("--store"), dir, QStringLiteral("--json"), QStringLiteral("intake"),
                            QStringLiteral("rules")};
    const QJsonArray before = jsonArray(rules);
    QVERIFY2(before.size() > 1, QJsonDocument(before).toJson());
    const QString id = before.first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(!id.isEmpty(), QJsonDocument(before).toJson());
    // The plain list shows the id too, so that one can be named.
    const Run plain = cli({QStringLiteral("--store"), dir, QStringLiteral("intake"), QStringLiteral("rules")});
    QVERIFY2(plain.exitCode == 0 && plain.out.contains(id), plain.said());

    const auto remove = [&](const QString &login) {
        return cli({QStringLiteral("--store"), dir, QStringLiteral("--user"), login, QStringLiteral("intake"),
                    QStringLiteral("rule"), QStringLiteral("remove"), id});
    };
    // A clerk may not change routing; the registry may.
    const Run clerk = remove(QStringLiteral("mmueller"));
    QVERIFY2(clerk.exitCode != 0 && !clerk.err.trimmed().isEmpty(), clerk.said());
    QCOMPARE(jsonArray(rules).size(), before.size());
    const Run registry = remove(QStringLiteral("registratur"));
    QVERIFY2(registry.exitCode == 0, registry.said());
    const QJsonArray after = jsonArray(rules);
    QCOMPARE(after.size(), before.size() - 1);
    for (const QJsonValue &item : after)
        QVERIFY(item.toObject().value(QStringLiteral("id")).toString() != id);
    const Run gone = remove(QStringLiteral("registratur"));
    QVERIFY2(gone.exitCode != 0 && gone.err.contains(id), gone.said());
    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.said());
}

namespace {

// Lines of the demo register index (resources/civilstatus/demo-register.csv) and new ones.
const QByteArray RegisterHeader =
    "Register;Nummer;Jahr;Standesamtsnummer;Standesamt;Ereignisdatum;Ereignisort;Sperrvermerke;Rolle;Vornamen;"
    "Familienname;Geburtsname;Geschlecht;Geburtsdatum;Geburtsort;Sterbedatum;Vermerk\n";
const QByteArray DemoBirth =  // as in the demo: unchanged
    "G;334;2020;03159;Standesamt Göttingen;17.05.2020;Göttingen;;Kind;Lea Marie;Größmann;;weiblich;17.05.2020;"
    "Göttingen;;\n"
    "G;334;2020;03159;Standesamt Göttingen;17.05.2020;Göttingen;;Elternteil;Jürgen;Größmann;;männlich;12.03.1984;"
    "Kassel;;\n"
    "G;334;2020;03159;Standesamt Göttingen;17.05.2020;Göttingen;;Elternteil;Katrin;Größmann;Albers;weiblich;"
    "04.11.1986;Hann. Münden;;\n";
const QByteArray DemoDeathCorrected =  // the demo's S 12/1990 with another place of birth: updated
    "S;12;1990;03159;Standesamt Göttingen;21.01.1990;Göttingen;;Verstorbene;Wilhelm;Größmann;;männlich;05.05.1920;"
    "Rosdorf;;\n";
const QByteArray NewBirth =
    "G;901;2021;03159;Standesamt Göttingen;03.03.2021;Göttingen;;Kind;Emil;Oßwald;;männlich;03.03.2021;Göttingen;;\n"
    "G;901;2021;03159;Standesamt Göttingen;03.03.2021;Göttingen;;Elternteil;Jana;Oßwald;Brückner;weiblich;"
    "09.09.1990;Kassel;;\n";
const QByteArray NewDeath =
    "S;77;2022;03159;Standesamt Göttingen;30.06.2022;Göttingen;;Verstorbene;Hildegard;Peters;Vogt;weiblich;"
    "12.12.1933;Northeim;30.06.2022;\n";

}  // namespace

void TestCli::registerImport()
{
    const QString dir = demoStore(QStringLiteral("register-import"));
    QVERIFY(!dir.isEmpty());
    const QString csv = writeFile(QStringLiteral("register.csv"),
                                  RegisterHeader + DemoBirth + DemoDeathCorrected + NewBirth + NewDeath);
    QVERIFY(!csv.isEmpty());
    const QStringList import{QStringLiteral("--store"),
                             dir,
                             QStringLiteral("--user"),
                             QStringLiteral("kschmidt"),
                             QStringLiteral("--unit"),
                             QStringLiteral("StA"),
                             QStringLiteral("register"),
                             QStringLiteral("import"),
                             csv};
    const Run run = cli(QStringList{QStringLiteral("--json")} + import);
    QVERIFY2(run.exitCode == 0, run.said());
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("added")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("updated")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 1);

    // The same file again changes nothing.
    const Run again = cli(import);
    QVERIFY2(again.exitCode == 0, again.said());
    QVERIFY2(again.out.contains(QLatin1String("Imported 4 register entries (0 new, 0 updated, 4 unchanged)")),
             again.said());

    const QJsonArray born = registerSearch(dir, {QStringLiteral("G 901/2021")});
    QCOMPARE(born.size(), 1);
    const QJsonArray persons = born.first().toObject().value(QStringLiteral("persons")).toArray();
    QCOMPARE(persons.size(), 2);
    QCOMPARE(persons.first().toObject().value(QStringLiteral("firstNames")).toString(), QStringLiteral("Emil"));
    QCOMPARE(born.first().toObject().value(QStringLiteral("eventDate")).toString(), QStringLiteral("2021-03-03"));
    const QJsonArray corrected = registerSearch(dir, {QStringLiteral("S 12/1990")});
    QCOMPARE(corrected.size(), 1);
    QCOMPARE(corrected.first()
                 .toObject()
                 .value(QStringLiteral("persons"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("birthPlace"))
                 .toString(),
             QStringLiteral("Rosdorf"));
    // The import is audited, so the store still verifies.
    const Run verify = cli({QStringLiteral("--store"), dir, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.said());
}

void TestCli::registerImportInvalid_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");

    // Line 2 of each file is a good new entry, which must not be imported either.
    const QByteArray good = RegisterHeader + NewDeath;
    QTest::newRow("bad date") << good + "G;902;2021;03159;Standesamt Göttingen;31.02.2021;Göttingen;;Kind;Ida;Lang;;"
                                        "weiblich;31.02.2021;Göttingen;;\n"
                              << 3;
    QTest::newRow("missing fields") << good + NewBirth + "G;902;2021;03159;Standesamt Göttingen;01.02.2021\n" << 5;
    QTest::newRow("unknown role") << good + "E;90;2021;03159;Standesamt Göttingen;01.05.2021;Göttingen;;Kind;Ida;Lang;;"
                                            "weiblich;01.02.1990;Göttingen;;\n"
                                  << 3;
    QTest::newRow("not UTF-8") << good +
                                      "G;902;2021;03159;Standesamt G\xf6ttingen;01.02.2021;Göttingen;;Kind;Ida;Lang;;"
                                      "weiblich;01.02.2021;Göttingen;;\n"
                               << 3;
}

void TestCli::registerImportInvalid()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);

    const QString dir = demoStore(QStringLiteral("register-invalid-%1")
                                      .arg(QString::fromUtf8(QTest::currentDataTag()))
                                      .replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(!dir.isEmpty());
    const QString path = writeFile(QStringLiteral("register-invalid.csv"), csv);
    QVERIFY(!path.isEmpty());
    const Run import = cli({QStringLiteral("--store"), dir, QStringLiteral("--user"), QStringLiteral("kschmidt"),
                            QStringLiteral("--unit"), QStringLiteral("StA"), QStringLiteral("register"),
                            QStringLiteral("import"), path});
    QVERIFY2(import.exitCode == 1 && import.status == QProcess::NormalExit && import.out.isEmpty(), import.said());
    const QRegularExpression naming(QStringLiteral("\\bline %1\\b").arg(line),
                                    QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(naming.match(import.err).hasMatch(), import.said());

    // One bad line refuses the whole file: the good entry before it is not there.
    QCOMPARE(registerSearch(dir, {QStringLiteral("S 77/2022")}).size(), 0);
    QCOMPARE(registerSearch(dir, {QStringLiteral("Peters")}).size(), 0);
}

void TestCli::registerSearch()
{
    const QString dir = demoStore(QStringLiteral("register-search"));
    QVERIFY(!dir.isEmpty());

    // By number, in the plain form: number, persons, date of the event; without --unit in the
    // clerk's own units.
    const Run number = cli({QStringLiteral("--store"), dir, QStringLiteral("--user"), QStringLiteral("mmueller"),
                            QStringLiteral("register"), QStringLiteral("search"), QStringLiteral("G 334/2020")});
    QVERIFY2(number.exitCode == 0, number.said());
    const QStringList lines = number.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QStringList fields = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[0], QStringLiteral("G 334/2020"));
    QVERIFY2(fields[1].contains(QStringLiteral("Lea Marie Größmann")), number.said());
    QCOMPARE(fields[2], QStringLiteral("17.05.2020"));
    QCOMPARE(registerSearch(dir, {QStringLiteral("g334 / 2020")}).size(), 1);
    QCOMPARE(registerSearch(dir, {QStringLiteral("G 333/2020")}).size(), 0);
    const Run bad = cli({QStringLiteral("--store"), dir, QStringLiteral("--user"), QStringLiteral("mmueller"),
                         QStringLiteral("register"), QStringLiteral("search"), QStringLiteral("G 334/20")});
    QVERIFY2(bad.exitCode != 0 && bad.err.contains(QLatin1String("G 334/20")), bad.said());

    // By names and date of birth, spelt without umlauts.
    const QJsonArray lea =
        registerSearch(dir, {QStringLiteral("Grossmann"), QStringLiteral("Lea"), QStringLiteral("17.05.2020")});
    QVERIFY2(!lea.isEmpty(), QJsonDocument(lea).toJson());
    QCOMPARE(lea.first().toObject().value(QStringLiteral("number")).toString(), QStringLiteral("G 334/2020"));
    // Müller and Mueller are the same name.
    QSet<QString> numbers;
    for (const QJsonValue &item : registerSearch(dir, {QStringLiteral("Müller")}))
        numbers.insert(item.toObject().value(QStringLiteral("number")).toString());
    QVERIFY2(numbers.contains(QStringLiteral("S 45/2001")) && numbers.contains(QStringLiteral("E 14/1975")),
             qPrintable(QStringList(numbers.values()).join(QLatin1Char(' '))));
}

void TestCli::registerRefusesOutsiders()
{
    const QString dir = demoStore(QStringLiteral("register-outsiders"));
    QVERIFY(!dir.isEmpty());
    const auto as = [&](const QString &login, const QStringList &command) {
        return cli(QStringList{QStringLiteral("--store"), dir, QStringLiteral("--user"), login,
                               QStringLiteral("--unit"), QStringLiteral("StA"), QStringLiteral("register")} +
                   command);
    };
    // A clerk of the Kundenzentrum reads nothing of the Standesamt's registers.
    const Run search = as(QStringLiteral("aweber"), {QStringLiteral("search"), QStringLiteral("G 334/2020")});
    QVERIFY2(search.exitCode == 1 && search.out.isEmpty() && search.err.contains(QLatin1String("Standesamt")),
             search.said());

    // Only a supervisor of the Standesamt (or the registry) imports; nothing changes otherwise.
    const QString csv = writeFile(QStringLiteral("register-outsiders.csv"), RegisterHeader + NewDeath);
    QVERIFY(!csv.isEmpty());
    for (const QString &login : {QStringLiteral("aweber"), QStringLiteral("mmueller")}) {
        const Run import = as(login, {QStringLiteral("import"), csv});
        QVERIFY2(import.exitCode == 1 && import.out.isEmpty() && !import.err.trimmed().isEmpty(), import.said());
    }
    QCOMPARE(registerSearch(dir, {QStringLiteral("S 77/2022")}).size(), 0);
    const Run missingUnit = cli({QStringLiteral("--store"), dir, QStringLiteral("--user"), QStringLiteral("kschmidt"),
                                 QStringLiteral("register"), QStringLiteral("import"), csv});
    QVERIFY2(missingUnit.exitCode == 2 && missingUnit.err.contains(QLatin1String("usage")), missingUnit.said());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
