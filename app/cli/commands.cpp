// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "casework/casefileservice.h"
#include "casework/demo.h"
#include "casework/fileplanservice.h"
#include "casework/orgservice.h"
#include "casework/proceedingservice.h"
#include "centralcommands.h"
#include "civilstatus/demoregisters.h"
#include "context.h"
#include "documents/importer.h"
#include "intake/acknowledgement.h"
#include "intake/demointake.h"
#include "intake/inbox.h"
#include "intake/routing.h"
#include "intake/watchfolder.h"
#include "registercommands.h"
#include "searchcommands.h"
#include "storage/casefilerepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "xdomea/demodisposal.h"
#include "xdomeacommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>

using aw::core::Result;

namespace aw::cli {

namespace {

// An inbox entry as `intake list --json` and the decisions print it.
QJsonObject inboxEntryJson(const intake::InboxEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("submissionId"), e.submissionId},
        {QStringLiteral("package"), e.packageName},
        {QStringLiteral("receivedAt"), storage::toStored(e.receivedAt)},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("problem"), e.problem},
        {QStringLiteral("serviceKey"), e.serviceKey},
        {QStringLiteral("serviceName"), e.serviceName},
        {QStringLiteral("applicant"), e.applicant},
        {QStringLiteral("decidedBy"), e.decidedBy},
        {QStringLiteral("decidedAt"), e.decidedAt.isValid() ? storage::toStored(e.decidedAt) : QString()},
        {QStringLiteral("decisionNote"), e.decisionNote}};
}

// What `intake route` and `intake file` made of a submission: one line per new proceeding and
// the document count, or with --json the proceedings (id, reference, subject, case file) and counts.
void printRouted(bool json, const storage::Store &store, const intake::Routing::Routed &routed)
{
    const storage::ProceedingRepository proceedings(store.connection());
    const storage::CaseFileRepository caseFiles(store.connection());
    QJsonArray array;
    for (const QString &id : routed.proceedingIds) {
        auto p = proceedings.get(id);
        if (json) {
            QString caseFile;
            if (p) {
                if (auto file = caseFiles.get(p->caseFileId))
                    caseFile = file->reference;
            }
            array.append(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("reference"), p ? p->reference : QString()},
                                     {QStringLiteral("subject"), p ? p->subject : QString()},
                                     {QStringLiteral("caseFileId"), p ? p->caseFileId : QString()},
                                     {QStringLiteral("caseFile"), caseFile}});
        } else {
            out() << "proceeding\t" << (p ? p->reference : id) << '\t' << (p ? p->subject : QString()) << Qt::endl;
        }
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("caseFileIds"), QJsonArray::fromStringList(routed.caseFileIds)},
                              {QStringLiteral("proceedings"), array},
                              {QStringLiteral("documents"), routed.documents}});
    else
        out() << "Filed with " << routed.documents << " document(s)." << Qt::endl;
}

int cmdInit(Context &ctx)
{
    const QString login = ctx.options.user.isEmpty() ? QStringLiteral("admin") : ctx.options.user;
    auto users = storage::OrgRepository(ctx.store->connection()).users();
    if (!users)
        return fail(users.error());
    if (users->isEmpty()) {
        auto user = casework::OrgService::bootstrap(*ctx.store, login, login);
        if (!user)
            return fail(user.error());
        out() << "Created the store " << QDir::toNativeSeparators(ctx.store->dir()) << " with the registrar “" << login
              << "”." << Qt::endl;
    } else {
        out() << "The store " << QDir::toNativeSeparators(ctx.store->dir()) << " is ready (schema "
              << ctx.store->database().schemaVersion() << ")." << Qt::endl;
    }
    return 0;
}

int cmdDemo(Context &ctx)
{
    auto report = casework::seedDemo(ctx.store);
    if (!report)
        return fail(report.error());
    auto inbox = intake::seedDemoIntake(ctx.store);
    if (!inbox)
        return fail(inbox.error());
    auto registers = civilstatus::seedDemoRegisters(ctx.store);
    if (!registers)
        return fail(registers.error());
    auto disposal = xdomea::seedDemoDisposal(ctx.store);
    if (!disposal)
        return fail(disposal.error());
    // Routing one application filed it into a case file of its own.
    const int caseFiles = report->caseFiles + inbox->caseFiles + disposal.value();
    const int proceedings = report->proceedings + inbox->proceedings + disposal.value();
    const int documents = report->documents + inbox->documents + disposal.value();
    if (ctx.options.json) {
        printJson(QJsonObject{{QStringLiteral("units"), report->units},
                              {QStringLiteral("users"), report->users},
                              {QStringLiteral("nodes"), report->nodes},
                              {QStringLiteral("caseFiles"), caseFiles},
                              {QStringLiteral("proceedings"), proceedings},
                              {QStringLiteral("documents"), documents},
                              {QStringLiteral("submissions"), inbox->submissions},
                              {QStringLiteral("registerEntries"), registers.value()}});
    } else {
        out() << "Seeded the demo office: " << report->units << " units, " << report->users << " users, "
              << report->nodes << " file plan entries, " << caseFiles << " case files, " << proceedings
              << " proceedings, " << documents << " documents, " << inbox->submissions << " submissions in the inbox, "
              << registers.value() << " register entries of the Standesamt." << Qt::endl;
    }
    return 0;
}

int cmdVerify(Context &ctx)
{
    auto findings = ctx.store->verify();
    if (!findings)
        return fail(findings.error());
    if (ctx.options.json) {
        printJson(QJsonObject{{QStringLiteral("intact"), findings->isEmpty()},
                              {QStringLiteral("findings"), QJsonArray::fromStringList(findings.value())}});
    } else if (findings->isEmpty()) {
        out() << "The store is intact: audit chain and all documents verified." << Qt::endl;
    } else {
        out() << findings->size() << " finding(s):" << Qt::endl;
        for (const QString &f : findings.value())
            out() << "  " << f << Qt::endl;
    }
    return findings->isEmpty() ? 0 : 1;
}

int cmdImport(Context &ctx)
{
    const QStringList files = ctx.options.args.mid(1);
    if (ctx.options.proceeding.isEmpty() || files.isEmpty())
        return fail(QStringLiteral("usage: import --proceeding REF FILE|FOLDER..."), 2);
    if (ctx.options.duplicates != QLatin1String("skip") && ctx.options.duplicates != QLatin1String("add"))
        return fail(QStringLiteral("--duplicates takes skip or add"), 2);
    auto user = ctx.userId(true);
    if (!user)
        return fail(user.error());
    auto proceeding = storage::ProceedingRepository(ctx.store->connection()).byReference(ctx.options.proceeding);
    if (!proceeding)
        return fail(proceeding.error());
    const auto duplicates = ctx.options.duplicates == QLatin1String("add")
                                ? casework::DocumentFiling::Duplicates::AddAsNewDocument
                                : casework::DocumentFiling::Duplicates::Skip;
    int lastPercent = -1;
    const auto summary = documents::Importer::run(
        ctx.store, user.value(), proceeding->id, files, duplicates, [&](int done, int total, const QString &) {
            const int percent = total > 0 ? done * 100 / total : 100;
            if (!ctx.options.json && percent != lastPercent && total > 1) {
                err() << "\r" << done << "/" << total << " (" << percent << " %)" << Qt::flush;
                lastPercent = percent;
            }
        });
    if (!ctx.options.json && lastPercent >= 0)
        err() << Qt::endl;
    static const char *kinds[] = {"imported", "new_version", "duplicate", "failed"};
    if (ctx.options.json) {
        QJsonArray outcomes;
        for (const auto &o : summary.outcomes)
            outcomes.append(QJsonObject{{QStringLiteral("path"), o.path},
                                        {QStringLiteral("result"), QLatin1String(kinds[int(o.kind)])},
                                        {QStringLiteral("message"), o.message},
                                        {QStringLiteral("documentId"), o.documentId},
                                        {QStringLiteral("pages"), o.pages}});
        printJson(QJsonObject{{QStringLiteral("imported"), summary.imported},
                              {QStringLiteral("newVersions"), summary.newVersions},
                              {QStringLiteral("duplicates"), summary.duplicates},
                              {QStringLiteral("failed"), summary.failed},
                              {QStringLiteral("pages"), double(summary.pages)},
                              {QStringLiteral("outcomes"), outcomes}});
    } else {
        for (const auto &o : summary.outcomes) {
            if (o.kind != documents::Importer::Outcome::Kind::Imported || !o.message.isEmpty())
                out() << kinds[int(o.kind)] << ": " << o.path << (o.message.isEmpty() ? "" : " – ") << o.message
                      << Qt::endl;
        }
        out() << "Imported " << summary.imported << " document(s) (" << summary.pages << " pages), "
              << summary.newVersions << " new version(s), " << summary.duplicates << " duplicate(s) skipped, "
              << summary.failed << " failed." << Qt::endl;
    }
    return summary.failed > 0 ? 1 : 0;
}

int cmdIntake(Context &ctx)
{
    const QStringList &args = ctx.options.args;
    const QString sub = args.value(1);
    if (sub == QLatin1String("list")) {
        auto user = ctx.userId(false);
        if (!user)
            return fail(user.error());
        auto entries = intake::Inbox({ctx.store, user.value()}).list();
        if (!entries)
            return fail(entries.error());
        if (ctx.options.json) {
            QJsonArray array;
            for (const auto &e : entries.value())
                array.append(inboxEntryJson(e));
            printJson(array);
        } else {
            for (const auto &e : entries.value())
                out() << e.receivedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) << '\t' << e.status
                      << '\t' << e.serviceKey << '\t' << e.applicant << '\t' << e.packageName
                      << (e.problem.isEmpty() ? QString() : QStringLiteral("\t") + e.problem) << Qt::endl;
        }
        return 0;
    }
    if ((sub == QLatin1String("import") || sub == QLatin1String("retry")) && args.size() >= 3) {
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        intake::Inbox inbox({ctx.store, user.value()});
        int failed = 0;
        QStringList targets = args.mid(2);
        if (sub == QLatin1String("import"))
            targets = documents::Importer::expand(targets);
        for (const QString &target : std::as_const(targets)) {
            auto received = sub == QLatin1String("import") ? inbox.receive(target) : inbox.retry(target);
            if (!received) {
                err() << target << ": " << received.error().message << Qt::endl;
                ++failed;
                continue;
            }
            const auto &e = received->entry;
            if (e.status == QLatin1String("quarantined"))
                ++failed;
            out() << (received->alreadyKnown ? "known" : qPrintable(e.status)) << '\t' << target
                  << (e.problem.isEmpty() ? QString() : QStringLiteral(" – ") + e.problem) << Qt::endl;
        }
        return failed > 0 ? 1 : 0;
    }
    if (sub == QLatin1String("route") && args.size() == 3) {
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        auto routed = intake::Routing({ctx.store, user.value()}).route(args[2]);
        if (!routed)
            return fail(routed.error());
        printRouted(ctx.options.json, *ctx.store, routed.value());
        return 0;
    }
    if (sub == QLatin1String("file") && args.size() < 4)
        return fail(QStringLiteral("usage: intake file ID CASEFILE [SUBJECT...]"), 2);
    if (sub == QLatin1String("file")) {
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        // The case file as users know it: by its reference (Aktenzeichen).
        auto caseFile = storage::CaseFileRepository(ctx.store->connection()).byReference(args[3]);
        if (!caseFile)
            return fail(caseFile.error());
        const QString subject = args.mid(4).join(QLatin1Char(' '));
        auto filed = intake::Routing({ctx.store, user.value()}).fileInto(args[2], caseFile->id, subject);
        if (!filed)
            return fail(filed.error());
        printRouted(ctx.options.json, *ctx.store, filed.value());
        return 0;
    }
    if (sub == QLatin1String("reject") && args.size() < 4)
        return fail(QStringLiteral("usage: intake reject ID REASON... (the reason goes into the record)"), 2);
    if (sub == QLatin1String("reject")) {
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        auto rejected = intake::Inbox({ctx.store, user.value()}).reject(args[2], args.mid(3).join(QLatin1Char(' ')));
        if (!rejected)
            return fail(rejected.error());
        if (ctx.options.json)
            printJson(inboxEntryJson(rejected.value()));
        else
            out() << "Rejected " << rejected->packageName
                  << (rejected->applicant.isEmpty() ? QString() : QStringLiteral(" (") + rejected->applicant + u')')
                  << ": " << rejected->decisionNote << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("acknowledge") && args.size() == 3) {
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        auto ack = intake::acknowledge({ctx.store, user.value()}, args[2]);
        if (!ack)
            return fail(ack.error());
        if (ctx.options.json)
            printJson(QJsonObject{{QStringLiteral("folder"), ack->folder},
                                  {QStringLiteral("pdfPath"), ack->pdfPath},
                                  {QStringLiteral("documentId"), ack->documentId}});
        else
            out() << QDir::toNativeSeparators(ack->folder) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("watch") && args.size() == 3) {
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        intake::WatchFolder watch(ctx.store, user.value(), args[2]);
        QObject::connect(&watch, &intake::WatchFolder::received, &watch,
                         [](const QString &path, const QString &status, const QString &problem) {
                             out() << status << '\t' << path
                                   << (problem.isEmpty() ? QString() : QStringLiteral(" – ") + problem) << Qt::endl;
                         });
        QObject::connect(&watch, &intake::WatchFolder::failed, &watch, [](const QString &message) {
            fail(message);
            QCoreApplication::exit(1);
        });
        err() << "Watching " << QDir::toNativeSeparators(watch.folder()) << " (Ctrl+C stops)." << Qt::endl;
        watch.start();
        return QCoreApplication::exec();
    }
    if (sub == QLatin1String("rules")) {
        auto rules = intake::Routing({ctx.store, QString()}).rules();
        if (!rules)
            return fail(rules.error());
        storage::FilePlanRepository nodes(ctx.store->connection());
        storage::OrgRepository units(ctx.store->connection());
        QJsonArray array;
        for (const auto &r : rules.value()) {
            const QString node = nodes.get(r.nodeId) ? nodes.get(r.nodeId)->code : r.nodeId;
            const QString unit = units.unit(r.ownerUnitId) ? units.unit(r.ownerUnitId)->code : r.ownerUnitId;
            if (ctx.options.json)
                array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("serviceKey"), r.serviceKey},
                                         {QStringLiteral("position"), r.position},
                                         {QStringLiteral("node"), node},
                                         {QStringLiteral("unit"), unit},
                                         {QStringLiteral("subject"), r.subjectTemplate}});
            else
                out() << r.id << '\t' << r.serviceKey << '\t' << r.position << '\t' << node << '\t' << unit << '\t'
                      << r.subjectTemplate << Qt::endl;
        }
        if (ctx.options.json)
            printJson(array);
        return 0;
    }
    if (sub == QLatin1String("rule") && args.value(2) == QLatin1String("add") && args.size() == 7) {
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        auto node = storage::FilePlanRepository(ctx.store->connection()).byCode(args[4]);
        if (!node)
            return fail(node.error());
        auto unit = storage::OrgRepository(ctx.store->connection()).unitByCode(args[5]);
        if (!unit)
            return fail(unit.error());
        auto rule = intake::Routing({ctx.store, user.value()}).addRule(args[3], node->id, unit->id, args[6]);
        if (!rule)
            return fail(rule.error());
        out() << "Rule " << rule->position << " for " << rule->serviceKey << " added (" << rule->id << ")." << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("rule") && args.value(2) == QLatin1String("remove") && args.size() == 4) {
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        if (auto removed = intake::Routing({ctx.store, user.value()}).removeRule(args[3]); !removed)
            return fail(removed.error());
        out() << "Rule " << args[3] << " removed." << Qt::endl;
        return 0;
    }
    return fail(QStringLiteral("usage: intake import FILE|FOLDER... | intake list | intake retry ID... | "
                               "intake route ID | intake file ID CASEFILE [SUBJECT...] | "
                               "intake reject ID REASON... | intake acknowledge ID | intake rules | "
                               "intake rule add KEY NODE UNIT SUBJECT | intake rule remove RULE-ID"),
                2);
}

int cmdSweep(Context &ctx)
{
    auto removed = ctx.store->sweepOrphanBlobs();
    if (!removed)
        return fail(removed.error());
    if (ctx.options.json)
        printJson(QJsonObject{{QStringLiteral("removed"), removed.value()}});
    else
        out() << "Removed " << removed.value() << " unreferenced document file(s)." << Qt::endl;
    return 0;
}

int cmdCompact(Context &ctx)
{
    QElapsedTimer timer;
    timer.start();
    if (!ctx.options.json)
        out() << "Compacting the store; programs using it meanwhile can read but not write …" << Qt::endl;
    auto sizes = ctx.store->compact();
    if (!sizes)
        return fail(sizes.error());
    const double seconds = timer.elapsed() / 1000.0;
    if (ctx.options.json) {
        printJson(QJsonObject{{QStringLiteral("bytesBefore"), sizes->bytesBefore},
                              {QStringLiteral("bytesAfter"), sizes->bytesAfter},
                              {QStringLiteral("seconds"), seconds}});
    } else {
        out() << "Compacted: " << QString::number(sizes->bytesBefore / 1e6, 'f', 1) << " MB before, "
              << QString::number(sizes->bytesAfter / 1e6, 'f', 1) << " MB after, in "
              << QString::number(seconds, 'f', 1) << " s." << Qt::endl;
    }
    return 0;
}

template <typename T>
int printList(const Context &ctx, const Result<QList<T>> &items, const std::function<QString(const T &)> &line)
{
    if (!items)
        return fail(items.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const T &item : items.value())
            array.append(storage::toJson(item));
        printJson(array);
    } else {
        for (const T &item : items.value())
            out() << line(item) << Qt::endl;
    }
    return 0;
}

int cmdCaseFiles(Context &ctx)
{
    auto user = ctx.userId(false);
    if (!user)
        return fail(user.error());
    const auto files = user->isEmpty() ? storage::CaseFileRepository(ctx.store->connection()).all()
                                       : casework::CaseFileService({ctx.store, user.value()}).listAll();
    return printList<storage::CaseFile>(ctx, files, [](const storage::CaseFile &f) -> QString {
        return f.reference + QLatin1Char('\t') + storage::statusName(f.status) + QLatin1Char('\t') + f.subject;
    });
}

int cmdProceedings(Context &ctx)
{
    auto user = ctx.userId(false);
    if (!user)
        return fail(user.error());
    const auto list = user->isEmpty() ? storage::ProceedingRepository(ctx.store->connection()).all()
                                      : casework::ProceedingService({ctx.store, user.value()}).listAll();
    return printList<storage::Proceeding>(ctx, list, [](const storage::Proceeding &p) -> QString {
        return p.reference + QLatin1Char('\t') + storage::statusName(p.status) + QLatin1Char('\t') + p.subject;
    });
}

int cmdFilePlan(Context &ctx)
{
    const QStringList &args = ctx.options.args;
    if (args.size() >= 2 && args[1] == QLatin1String("import")) {
        if (args.size() != 3)
            return fail(QStringLiteral("usage: fileplan import FILE.csv"), 2);
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        QFile file(args[2]);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("Cannot read %1: %2").arg(args[2], file.errorString()));
        auto report = casework::FilePlanService({ctx.store, user.value()}).importCsv(file);
        if (!report)
            return fail(report.error());
        if (ctx.options.json)
            printJson(QJsonObject{{QStringLiteral("created"), report->created},
                                  {QStringLiteral("updated"), report->updated},
                                  {QStringLiteral("unchanged"), report->unchanged}});
        else
            out() << "File plan imported: " << report->created << " created, " << report->updated << " updated, "
                  << report->unchanged << " unchanged." << Qt::endl;
        return 0;
    }
    if (args.size() == 1 || args[1] == QLatin1String("list")) {
        return printList<storage::FilePlanNode>(
            ctx, storage::FilePlanRepository(ctx.store->connection()).all(),
            [](const storage::FilePlanNode &n) -> QString { return n.code + QLatin1Char('\t') + n.title; });
    }
    return fail(QStringLiteral("usage: fileplan [list] | fileplan import FILE.csv"), 2);
}

}  // namespace

QString usage()
{
    return QStringLiteral("Aktenwerk command line.\n\n"
                          "Commands:\n"
                          "  init                     create the store (first registrar: --user, default admin)\n"
                          "  demo                     seed an empty store with a demo district office and its inbox\n"
                          "  verify                   check the audit chain and every document's hash\n"
                          "  import --proceeding REF FILE|FOLDER...  file documents into a proceeding\n"
                          "  intake import PATH...    receive online-application packages (ZIP) into the inbox\n"
                          "  intake list | retry ID   show the inbox / read a quarantined package again\n"
                          "  intake route ID          file a new submission by its routing rules\n"
                          "  intake file ID CASEFILE [SUBJECT...]  file a new submission by hand into the case\n"
                          "                           file with that reference, as a new proceeding\n"
                          "  intake reject ID REASON...  reject a new or quarantined submission, with the reason\n"
                          "  intake acknowledge ID    file the Eingangsbestätigung of a filed submission and hand it\n"
                          "                           with the reply channel to the outgoing folder (--json: details)\n"
                          "  intake watch DIR         receive packages dropped into DIR until stopped\n"
                          "  intake rules | rule add KEY NODE UNIT SUBJECT   routing rules ({{applicant}} …)\n"
                          "  intake rule remove RULE-ID  remove a routing rule (the id as `intake rules` shows it)\n"
                          "  sweep                    remove document files no version refers to (older than 1 h)\n"
                          "  compact                  write the store's file anew, each table in one piece (faster\n"
                          "                           searches after a rebuild of the search index or an update);\n"
                          "                           needs twice its size free; writes wait meanwhile\n"
                          "  casefiles                list case files\n"
                          "  proceedings              list proceedings\n"
                          "  fileplan [list]          list the file plan\n"
                          "  fileplan import FILE     import code;title;retentionYears;disposal lines\n") +
           registerUsage() + xdomeaUsage() + searchUsage() + centralUsage() +
           QStringLiteral("\nLists show everything in the store unless --user names whose view to show.");
}

int run(const Options &options)
{
    if (options.args.isEmpty())
        return fail(QStringLiteral("no command given.\n") + usage(), 2);
    const QString command = options.args.first();
    if (command == QLatin1String("central"))  // the central store only: no local one is opened
        return cmdCentral(options);
    const QHash<QString, std::function<int(Context &)>> commands{
        {QStringLiteral("init"), cmdInit},
        {QStringLiteral("demo"), cmdDemo},
        {QStringLiteral("verify"), cmdVerify},
        {QStringLiteral("sweep"), cmdSweep},
        {QStringLiteral("compact"), cmdCompact},
        {QStringLiteral("import"), cmdImport},
        {QStringLiteral("intake"), cmdIntake},
        {QStringLiteral("casefiles"), cmdCaseFiles},
        {QStringLiteral("proceedings"), cmdProceedings},
        {QStringLiteral("fileplan"), cmdFilePlan},
        {QStringLiteral("register"), cmdRegister},
        {QStringLiteral("xdomea"), cmdXdomea},
        {QStringLiteral("search"), cmdSearch},
        {QStringLiteral("sync"), cmdSync},
    };
    const auto handler = commands.find(command);
    if (handler == commands.end())
        return fail(QStringLiteral("unknown command “%1”.\n").arg(command) + usage(), 2);

    const bool creates = command == QLatin1String("init") || command == QLatin1String("demo");
    auto store = storage::Store::open(options.storeDir, creates ? storage::Database::OpenMode::CreateIfMissing
                                                                : storage::Database::OpenMode::MustExist);
    if (!store)
        return fail(store.error());
    Context ctx{options, store.value()};
    return handler.value()(ctx);
}

}  // namespace aw::cli
