// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/bigstore.h"

#include "casework/casefileservice.h"
#include "casework/demo.h"
#include "casework/documentfiling.h"
#include "casework/fileplanservice.h"
#include "casework/orgservice.h"
#include "storage/casefilerepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "storage/unitofwork.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace aw::bench {

using core::Result;

namespace {

// Top-level groups of the generated plan and the unit that owns their case files. The big node
// lies in the fourth group (Standesamt), so a Standesamt supervisor sees it.
struct Group
{
    const char *title;
    const char *unit;
    int retentionYears;
    char disposal;
};
const Group groups[] = {
    {"Personenstandswesen: Geburten", "StA", 110, 'A'},
    {"Personenstandswesen: Eheschließungen", "StA", 80, 'A'},
    {"Personenstandswesen: Sterbefälle", "StA", 30, 'A'},
    {"Personenstandswesen: Urkunden und Auskünfte", "StA", 10, 'V'},
    {"Melde- und Passwesen", "KZN", 5, 'V'},
    {"Gewerbe und Gaststätten", "KZN", 10, 'B'},
    {"Fahrerlaubnisse und Verkehr", "KZN", 10, 'V'},
    {"Wohngeld", "KZS", 6, 'V'},
    {"Soziale Leistungen", "KZS", 10, 'V'},
    {"Bauen und Wohnen", "KZS", 30, 'B'},
};
constexpr int FirstGroupCode = 11;  // the demo plan uses 1, 3 and 5
constexpr int SubgroupsPerGroup = 10;
const char bigNodeCode[] = "14.1.1";

const char *const leafTopics[] = {"Anträge",   "Anzeigen",       "Bescheinigungen",   "Widersprüche",
                                  "Auskünfte", "Berichtigungen", "Nachbeurkundungen", "Genehmigungen",
                                  "Gebühren",  "Schriftverkehr"};
const char *const firstNames[] = {"Anna",  "Ben",    "Clara", "David", "Elif", "Emil", "Fatma", "Felix",
                                  "Greta", "Hannah", "Ida",   "Jonas", "Karl", "Lea",  "Luca",  "Marie",
                                  "Mia",   "Noah",   "Ole",   "Paul",  "Rosa", "Sara", "Timo",  "Yusuf"};
const char *const lastNames[] = {
    "Müller",  "Schmidt", "Schneider", "Fischer",  "Weber", "Meyer",  "Wagner",   "Becker",   "Schulz",  "Hoffmann",
    "Schäfer", "Koch",    "Bauer",     "Richter",  "Klein", "Wolf",   "Schröder", "Neumann",  "Schwarz", "Zimmermann",
    "Braun",   "Krüger",  "Hofmann",   "Hartmann", "Lange", "Öztürk", "Yılmaz",   "Kowalski", "Nowak",   "Jankowski"};
const char *const caseKinds[] = {"Vorgänge", "Antrag", "Angelegenheit", "Verfahren", "Bescheid", "Meldung"};
const char *const proceedingSubjects[] = {"Antrag (online)", "Antrag (schriftlich)", "Nachforderung von Unterlagen",
                                          "Widerspruch",     "Auskunftsersuchen",    "Ausstellung einer Bescheinigung"};

template <typename T, std::size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QString personName(QRandomGenerator &rng)
{
    return u(pick(rng, firstNames)) + QLatin1Char(' ') + u(pick(rng, lastNames));
}

struct Generator
{
    std::shared_ptr<storage::Store> store;
    QRandomGenerator rng{20260417};
    core::FileReferencePattern pattern;
    QString registrar;
    QHash<QString, storage::OrgUnit> units;  // by code
    QHash<QString, QStringList> clerks;      // user ids by unit code
    QHash<QPair<QString, int>, int> sequences;
    QDateTime now = QDateTime::currentDateTimeUtc();

    Result<void> addClerks(int perUnit);
    Result<QList<storage::FilePlanNode>> importPlan(int leavesPerSubgroup);
    Result<storage::CaseFile> createCaseFile(storage::UnitOfWork &work, const storage::FilePlanNode &node,
                                             const QString &unitCode, bool open, const QString &subject,
                                             const QStringList &proceedings, QStringList *proceedingIds);
    Result<void> fileDocuments(const QString &proceedingId, const QString &actor, int count, const QString &prefix);
    Result<void> writeSequences();
};

Result<void> Generator::addClerks(int perUnit)
{
    casework::OrgService org({store, registrar});
    for (const QString &code : {QStringLiteral("StA"), QStringLiteral("KZN"), QStringLiteral("KZS")}) {
        for (int i = 1; i <= perUnit; ++i) {
            const QString name = personName(rng);
            auto user =
                org.createUser(QStringLiteral("sb-%1-%2").arg(code.toLower()).arg(i, 2, 10, QLatin1Char('0')), name);
            if (!user)
                return user.error();
            if (auto ok = org.addMembership(user->id, units.value(code).id, core::Role::Clerk); !ok)
                return ok.error();
            clerks[code] << user->id;
        }
    }
    return {};
}

// The generated part of the file plan through the registry's CSV import (one transaction, audited).
Result<QList<storage::FilePlanNode>> Generator::importPlan(int leavesPerSubgroup)
{
    QByteArray csv("code;title;retentionYears;disposal\n");
    auto line = [&csv](const QString &code, const QString &title, int years, char disposal) {
        csv += code.toUtf8() + ';' + title.toUtf8() + ';' + QByteArray::number(years) + ';' + disposal + '\n';
    };
    for (int g = 0; g < int(std::size(groups)); ++g) {
        const QString top = QString::number(FirstGroupCode + g);
        line(top, u(groups[g].title), 10, 'B');
        for (int s = 1; s <= SubgroupsPerGroup; ++s) {
            const QString sub = top + QLatin1Char('.') + QString::number(s);
            line(sub, u(groups[g].title) + QStringLiteral(", Sachgebiet %1").arg(s), 10, 'B');
            for (int l = 1; l <= leavesPerSubgroup; ++l) {
                const QString code = sub + QLatin1Char('.') + QString::number(l);
                const QString title =
                    code == QLatin1String(bigNodeCode)
                        ? QStringLiteral("Urkundenanforderungen online")
                        : u(leafTopics[(s + l) % std::size(leafTopics)]) + QStringLiteral(" %1/%2").arg(s).arg(l);
                line(code, title, groups[g].retentionYears, groups[g].disposal);
            }
        }
    }
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    if (auto imported = casework::FilePlanService({store, registrar}).importCsv(buffer); !imported)
        return imported.error();
    auto all = storage::FilePlanRepository(store->connection()).all();
    if (!all)
        return all.error();
    QList<storage::FilePlanNode> leaves;
    for (const storage::FilePlanNode &node : all.value()) {
        if (node.code.count(QLatin1Char('.')) == 2 &&
            node.code.section(QLatin1Char('.'), 0, 0).toInt() >= FirstGroupCode)
            leaves << node;
    }
    return leaves;
}

QString unitOf(const storage::FilePlanNode &node)
{
    return u(groups[node.code.section(QLatin1Char('.'), 0, 0).toInt() - FirstGroupCode].unit);
}

// One case file with its proceedings, as CaseFileService and ProceedingService would write them,
// but with dates spread over ten years (the services stamp "now") and references numbered here.
Result<storage::CaseFile> Generator::createCaseFile(storage::UnitOfWork &work, const storage::FilePlanNode &node,
                                                    const QString &unitCode, bool open, const QString &subject,
                                                    const QStringList &proceedings, QStringList *proceedingIds)
{
    const storage::OrgUnit unit = units.value(unitCode);
    storage::CaseFile file;
    file.id = storage::newId();
    file.nodeId = node.id;
    file.subject = subject;
    file.ownerUnitId = unit.id;
    file.disposal = node.disposal;
    // Ten years of files; most older ones are closed (zdA).
    const qint64 ageSeconds = open ? qint64(rng.bounded(400)) * 86400 : qint64(rng.bounded(3650)) * 86400;
    file.openedAt = now.addSecs(-ageSeconds - rng.bounded(86400));
    const bool closed = !open && (ageSeconds > 730 * 86400 ? rng.bounded(100) < 95 : rng.bounded(100) < 60);
    if (closed) {
        file.status = storage::CaseFileStatus::Closed;
        file.closedAt = std::min(now.addSecs(-3600), file.openedAt.addDays(10 + rng.bounded(600)));
        file.retentionUntil = core::retentionEnd(file.closedAt.date(), node.retention).value_or(QDate());
    }
    const int year = file.openedAt.toLocalTime().date().year();
    const int seq = ++sequences[qMakePair(node.code, year)];
    const core::FileReference reference{node.code, unit.code, seq, year, 0};
    file.reference = pattern.format(reference);

    storage::CaseFileRepository files(work.db());
    if (auto ok = files.insert(file); !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("case_file.create"), QStringLiteral("case_file"), file.id,
                              storage::toJson(file));
        !ok)
        return ok.error();
    const QStringList &unitClerks = clerks.value(unitCode);
    for (const QString &subjectText : proceedings) {
        auto number = files.takeProceedingNumber(file.id);
        if (!number)
            return number.error();
        storage::Proceeding p;
        p.id = storage::newId();
        p.caseFileId = file.id;
        p.number = number.value();
        core::FileReference r = reference;
        r.proceeding = p.number;
        p.reference = pattern.format(r);
        p.subject = subjectText;
        p.createdAt = file.openedAt;
        if (closed) {
            p.status = storage::ProceedingStatus::Closed;
            p.closedAt = file.closedAt;
            p.assigneeId = unitClerks.at(rng.bounded(int(unitClerks.size())));
        } else {
            p.status = std::array{storage::ProceedingStatus::Open, storage::ProceedingStatus::InProgress,
                                  storage::ProceedingStatus::Waiting}[rng.bounded(3)];
            p.dueAt = now.date().addDays(rng.bounded(60) - 20);
            if (rng.bounded(100) < 85)
                p.assigneeId = unitClerks.at(rng.bounded(int(unitClerks.size())));
        }
        if (auto ok = storage::ProceedingRepository(work.db()).insert(p); !ok)
            return ok.error();
        if (auto ok = work.record(QStringLiteral("proceeding.create"), QStringLiteral("proceeding"), p.id,
                                  storage::toJson(p));
            !ok)
            return ok.error();
        if (proceedingIds)
            *proceedingIds << p.id;
    }
    return file;
}

// Documents go in as the application's bulk import files them (DocumentFiling: rows, versions,
// text index and audit in one transaction per batch). Each has its own small text blob; blobs are
// fsynced one by one, so several are written at once.
Result<void> Generator::fileDocuments(const QString &proceedingId, const QString &actor, int count,
                                      const QString &prefix)
{
    constexpr int BatchSize = 1000;
    QThreadPool pool;
    pool.setMaxThreadCount(8);  // bound by fsync, not by the CPU
    casework::DocumentFiling filing({store, actor});
    for (int first = 0; first < count; first += BatchSize) {
        QList<int> numbers;
        for (int i = first; i < std::min(count, first + BatchSize); ++i)
            numbers << i + 1;
        QList<QString> names;
        for (int i = 0; i < int(numbers.size()); ++i)
            names << personName(rng);
        auto prepare = [this, &prefix, &numbers, &names](int index) -> Result<casework::PreparedFile> {
            const int n = numbers.at(index);
            const QString text = QStringLiteral("Bezirksamt – Standesamt\n\n%1 Nr. %2\nAntragsteller/in: %3\n"
                                                "Registereintrag G %4/%5\nZweck: Rentenangelegenheit\n"
                                                "Anzahl der Urkunden: %6\nGebühr: %7,00 EUR\n")
                                     .arg(prefix)
                                     .arg(n)
                                     .arg(names.at(index))
                                     .arg(100 + n % 900)
                                     .arg(1950 + n % 75)
                                     .arg(1 + n % 3)
                                     .arg(12 * (1 + n % 3));
            const QByteArray bytes = text.toUtf8();
            auto sha = store->blobs().putData(bytes);
            if (!sha)
                return sha.error();
            casework::PreparedFile f;
            f.sha256 = sha.value();
            f.size = bytes.size();
            f.fileName = QStringLiteral("%1-%2.txt").arg(prefix).arg(n, 5, 10, QLatin1Char('0'));
            f.mime = QStringLiteral("text/plain");
            f.textStatus = storage::TextIndex::TextStatus::Indexed;
            f.text = text;
            f.direction = storage::Direction::In;
            return f;
        };
        QList<int> indexes(numbers.size());
        std::iota(indexes.begin(), indexes.end(), 0);
        const QList<Result<casework::PreparedFile>> prepared =
            QtConcurrent::blockingMapped<QList<Result<casework::PreparedFile>>>(&pool, indexes, prepare);
        QList<casework::PreparedFile> files;
        for (const auto &f : prepared) {
            if (!f)
                return f.error();
            files << f.value();
        }
        if (auto ok = filing.file(proceedingId, files, casework::DocumentFiling::Duplicates::AddAsNewDocument); !ok)
            return ok.error();
    }
    return {};
}

// The running numbers of references continue after the generated ones.
Result<void> Generator::writeSequences()
{
    storage::Transaction tx(store->connection());
    if (auto ok = tx.begin(); !ok)
        return ok;
    for (auto it = sequences.cbegin(); it != sequences.cend(); ++it) {
        if (auto ok = storage::exec(store->connection(),
                                    QStringLiteral("INSERT INTO reference_counter (plan_code, year, next_seq) "
                                                   "VALUES (?, ?, ?) ON CONFLICT (plan_code, year) DO UPDATE "
                                                   "SET next_seq = max(next_seq, excluded.next_seq)"),
                                    {it.key().first, it.key().second, it.value() + 1});
            !ok)
            return ok.error();
    }
    return tx.commit();
}

}  // namespace

QJsonObject BigStore::toJson() const
{
    return {{QStringLiteral("generator"), 1},
            {QStringLiteral("caseFiles"), sizes.caseFiles},
            {QStringLiteral("fileplanNodes"), sizes.fileplanNodes},
            {QStringLiteral("documents"), sizes.documents},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("caseFilesTotal"), caseFiles},
            {QStringLiteral("login"), login},
            {QStringLiteral("bigCaseFileId"), bigCaseFileId},
            {QStringLiteral("bigProceedingId"), bigProceedingId},
            {QStringLiteral("bigNodeId"), bigNodeId},
            {QStringLiteral("bigNodeCode"), bigNodeCode},
            {QStringLiteral("bigNodeCaseFiles"), bigNodeCaseFiles},
            {QStringLiteral("otherCaseFileId"), otherCaseFileId},
            {QStringLiteral("generationSeconds"), generationSeconds}};
}

BigStore BigStore::fromJson(const QJsonObject &json)
{
    BigStore s;
    s.sizes = {json.value(QStringLiteral("caseFiles")).toInt(), json.value(QStringLiteral("fileplanNodes")).toInt(),
               json.value(QStringLiteral("documents")).toInt()};
    s.nodes = json.value(QStringLiteral("nodes")).toInt();
    s.caseFiles = json.value(QStringLiteral("caseFilesTotal")).toInt();
    s.login = json.value(QStringLiteral("login")).toString();
    s.bigCaseFileId = json.value(QStringLiteral("bigCaseFileId")).toString();
    s.bigProceedingId = json.value(QStringLiteral("bigProceedingId")).toString();
    s.bigNodeId = json.value(QStringLiteral("bigNodeId")).toString();
    s.bigNodeCode = json.value(QStringLiteral("bigNodeCode")).toString();
    s.bigNodeCaseFiles = json.value(QStringLiteral("bigNodeCaseFiles")).toInt();
    s.otherCaseFileId = json.value(QStringLiteral("otherCaseFileId")).toString();
    s.generationSeconds = json.value(QStringLiteral("generationSeconds")).toDouble();
    return s;
}

QString bigStoreMarker(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("bench-mainwindow.json"));
}

Result<BigStore> readBigStore(const QString &dir, const BigStoreSizes &sizes)
{
    QFile file(bigStoreMarker(dir));
    if (!file.open(QIODevice::ReadOnly))
        return core::notFound(QStringLiteral("no generated store in %1").arg(dir));
    const BigStore store = BigStore::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (store.sizes.caseFiles != sizes.caseFiles || store.sizes.fileplanNodes != sizes.fileplanNodes ||
        store.sizes.documents != sizes.documents)
        return core::conflict(QStringLiteral("%1 holds a store generated with other sizes (%2 case files, %3 nodes, "
                                             "%4 documents); use another folder or remove it")
                                  .arg(dir)
                                  .arg(store.sizes.caseFiles)
                                  .arg(store.sizes.fileplanNodes)
                                  .arg(store.sizes.documents));
    return store;
}

Result<BigStore> generateBigStore(const QString &dir, const BigStoreSizes &sizes)
{
    if (QDir(dir).exists() && !QDir(dir).isEmpty())
        return core::conflict(QStringLiteral("%1 is not empty and holds no complete generated store (no %2); remove "
                                             "it or name another folder")
                                  .arg(dir, QFileInfo(bigStoreMarker(dir)).fileName()));
    QElapsedTimer total;
    total.start();
    auto opened = storage::Store::open(dir);
    if (!opened)
        return opened.error();
    Generator gen;
    gen.store = opened.value();
    BigStore out;
    out.sizes = sizes;
    out.login = QStringLiteral("kschmidt");  // Standesamt supervisor: reads the unit's open and closed files

    // The demo office: units, users in every role, a small plan and a dozen case files (all audited).
    if (auto demo = casework::seedDemo(gen.store); !demo)
        return demo.error();
    storage::OrgRepository org(gen.store->connection());
    auto registrar = org.userByLogin(QStringLiteral("registratur"));
    if (!registrar)
        return registrar.error();
    gen.registrar = registrar->id;
    for (const QString &code : {QStringLiteral("StA"), QStringLiteral("KZN"), QStringLiteral("KZS")}) {
        auto unit = org.unitByCode(code);
        if (!unit)
            return unit.error();
        gen.units.insert(code, unit.value());
    }
    gen.pattern = casework::CaseFileService::referencePattern(*gen.store);
    // About a hundred clerks, so that each has a realistic amount of open work.
    if (auto ok = gen.addClerks(32); !ok)
        return ok.error();

    QElapsedTimer step;
    step.start();
    const int fixedNodes = int(std::size(groups)) * (1 + SubgroupsPerGroup);
    const int leavesPerSubgroup =
        std::max(1, qRound(double(sizes.fileplanNodes - fixedNodes) / (fixedNodes - int(std::size(groups)))));
    auto leaves = gen.importPlan(leavesPerSubgroup);
    if (!leaves)
        return leaves.error();
    auto allNodes = storage::FilePlanRepository(gen.store->connection()).all();
    if (!allNodes)
        return allNodes.error();
    out.nodes = int(allNodes->size());
    std::printf("file plan: %d nodes (%lld generated leaves) in %.1f s\n", out.nodes,
                static_cast<long long>(leaves->size()), step.elapsed() / 1000.0);

    // A Zipf-like skew: the leaf of rank r gets a share ∝ 1/r^0.8, the ranks shuffled over the plan,
    // with the big node (a Standesamt leaf) first. 5,000 leaves and 100,000 files give it ~4,500.
    QList<storage::FilePlanNode> ranked = leaves.value();
    std::shuffle(ranked.begin(), ranked.end(), gen.rng);
    const auto big = std::find_if(ranked.begin(), ranked.end(),
                                  [](const storage::FilePlanNode &n) { return n.code == QLatin1String(bigNodeCode); });
    if (big == ranked.end())
        return core::notFound(QStringLiteral("the plan has no node %1").arg(QLatin1String(bigNodeCode)));
    std::rotate(ranked.begin(), big, big + 1);
    std::vector<double> cumulative;
    double sum = 0;
    for (int r = 0; r < int(ranked.size()); ++r)
        cumulative.push_back(sum += 1.0 / std::pow(r + 1, 0.8));
    // The big case file and the one to switch to lie under Standesamt nodes of middling size.
    auto staLeafFrom = [&ranked](int rank) {
        for (int r = std::min(rank, int(ranked.size()) - 1); r < int(ranked.size()); ++r)
            if (unitOf(ranked.at(r)) == QLatin1String("StA") && r > 0)
                return ranked.at(r);
        return ranked.last();
    };
    const storage::FilePlanNode bigFileNode = staLeafFrom(int(ranked.size()) / 30);
    const storage::FilePlanNode otherFileNode = staLeafFrom(int(ranked.size()) / 15);

    step.restart();
    constexpr int BatchSize = 2000;
    int created = 0;
    while (created < sizes.caseFiles) {
        // One transaction per batch: the rows through the repositories, and for each row the audit event and
        // outbox entry as the services write them. A migration from the old system, run by the registry.
        storage::UnitOfWork batch(gen.store->connection(), gen.registrar);
        if (auto ok = batch.begin(); !ok)
            return ok.error();
        for (int i = 0; i < BatchSize && created < sizes.caseFiles; ++i, ++created) {
            const double at = gen.rng.generateDouble() * sum;
            const int rank =
                std::min(int(ranked.size()) - 1,
                         int(std::upper_bound(cumulative.begin(), cumulative.end(), at) - cumulative.begin()));
            const storage::FilePlanNode &node = ranked.at(rank);
            const QString subject = u(pick(gen.rng, caseKinds)) + QLatin1Char(' ') + personName(gen.rng);
            auto file = gen.createCaseFile(batch, node, unitOf(node), false, subject,
                                           {u(pick(gen.rng, proceedingSubjects))}, nullptr);
            if (!file)
                return file.error();
            if (rank == 0)
                ++out.bigNodeCaseFiles;
        }
        if (auto ok = batch.commit(); !ok)
            return ok.error();
        if (created % 20000 == 0 || created == sizes.caseFiles) {
            std::printf("  case files: %d of %d (%.0f /s)\n", created, sizes.caseFiles,
                        created / std::max(0.001, step.elapsed() / 1000.0));
            std::fflush(stdout);
        }
    }
    std::printf("case files: %d with one proceeding each in %.1f s\n", created, step.elapsed() / 1000.0);
    out.bigNodeId = ranked.first().id;
    out.bigNodeCode = ranked.first().code;

    // The big case file (open, Standesamt): its first proceeding holds the documents; and a small one.
    step.restart();
    QStringList bigProceedings;
    QStringList otherProceedings;
    {
        storage::UnitOfWork batch(gen.store->connection(), gen.registrar);
        if (auto ok = batch.begin(); !ok)
            return ok.error();
        auto bigFile = gen.createCaseFile(batch, bigFileNode, QStringLiteral("StA"), true,
                                          QStringLiteral("Sammelakte Urkundenanforderungen online"),
                                          {QStringLiteral("Urkundenanforderungen online, Eingang"),
                                           QStringLiteral("Gebührenabrechnung"), QStringLiteral("Beschwerden")},
                                          &bigProceedings);
        auto otherFile = gen.createCaseFile(batch, otherFileNode, QStringLiteral("StA"), true,
                                            QStringLiteral("Geburt ") + personName(gen.rng),
                                            {QStringLiteral("Geburtsanzeige")}, &otherProceedings);
        if (!bigFile || !otherFile)
            return bigFile ? otherFile.error() : bigFile.error();
        if (auto ok = batch.commit(); !ok)
            return ok.error();
        out.bigCaseFileId = bigFile->id;
        out.otherCaseFileId = otherFile->id;
        out.bigProceedingId = bigProceedings.first();
    }
    const QString clerk = gen.clerks.value(QStringLiteral("StA")).first();
    if (auto ok = gen.fileDocuments(out.bigProceedingId, clerk, sizes.documents, QStringLiteral("Urkundenanforderung"));
        !ok)
        return ok.error();
    if (auto ok = gen.fileDocuments(otherProceedings.first(), clerk, 12, QStringLiteral("Geburtsanzeige")); !ok)
        return ok.error();
    std::printf("big case file: %d documents in %.1f s\n", sizes.documents, step.elapsed() / 1000.0);
    if (auto ok = gen.writeSequences(); !ok)
        return ok.error();

    auto count = storage::scalar(gen.store->connection(), QStringLiteral("SELECT count(*) FROM case_file"));
    if (!count)
        return count.error();
    out.caseFiles = count->toInt();

    // The generated store must be as sound as one written by the application.
    step.restart();
    auto findings = gen.store->verify();
    if (!findings)
        return findings.error();
    std::printf("verify: %lld findings in %.1f s\n", static_cast<long long>(findings->size()), step.elapsed() / 1000.0);
    if (!findings->isEmpty())
        return core::corrupt(QStringLiteral("the generated store does not verify: %1").arg(findings->first()));

    out.generationSeconds = total.elapsed() / 1000.0;
    QFile marker(bigStoreMarker(dir));
    if (!marker.open(QIODevice::WriteOnly) || marker.write(QJsonDocument(out.toJson()).toJson()) < 0 || !marker.flush())
        return core::ioError(QStringLiteral("cannot write %1").arg(marker.fileName()));
    return out;
}

}  // namespace aw::bench
