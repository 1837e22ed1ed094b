// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomeacommands.h"

#include "storage/casefilerepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "xdomea/disposals.h"
#include "xdomea/transfers.h"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using aw::core::Result;

namespace aw::cli {

namespace {

// The case files named by --case and the arguments after the subcommand, as ids.
Result<QStringList> caseFileIds(const Context &ctx)
{
    const QStringList references = ctx.options.cases + ctx.options.args.mid(2);
    if (references.isEmpty())
        return core::invalid(QStringLiteral("Name the case files with --case REF (repeatable)."));
    const storage::CaseFileRepository files(ctx.store->connection());
    QStringList ids;
    for (const QString &reference : references) {
        auto file = files.byReference(reference);
        if (!file)
            return core::notFound(QStringLiteral("There is no case file “%1”.").arg(reference));
        ids.append(file->id);
    }
    return ids;
}

QString outDir(const Context &ctx)
{
    return ctx.options.outDir.isEmpty() ? QDir::currentPath() : ctx.options.outDir;
}

// 0503 is sent for a disposal, not for single files: the evaluated disposal holding them.
Result<QString> disposalOf(xdomea::Disposals &disposals, const QStringList &ids)
{
    auto processes = disposals.processes();
    if (!processes)
        return processes.error();
    for (const xdomea::Process &p : processes.value()) {
        auto items = disposals.items(p.id);
        if (!items)
            return items.error();
        const bool holdsAll = std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
            return std::any_of(items->cbegin(), items->cend(),
                               [&](const xdomea::Item &i) { return i.caseFileId == id; });
        });
        if (holdsAll)
            return p.id;
    }
    return core::notFound(QStringLiteral("The case files are not part of one disposal; offer them first (0501)."));
}

int exportPackage(Context &ctx, const QString &userId)
{
    auto ids = caseFileIds(ctx);
    if (!ids)
        return fail(ids.error());
    const casework::Session session(ctx.store, userId);
    const QString type = ctx.options.type;
    QString path;
    QString processId;
    if (type == QLatin1String("0401")) {
        auto sent = xdomea::Transfers(session).send(ids.value(), {ctx.options.to, {}}, outDir(ctx));
        if (!sent)
            return fail(sent.error());
        path = sent->packagePath;
        processId = sent->processId;
    } else if (type == QLatin1String("0501")) {
        const QString archive = ctx.options.to.isEmpty() ? QStringLiteral("Landesarchiv") : ctx.options.to;
        auto sent = xdomea::Disposals(session).offer(ids.value(), {archive, {}}, outDir(ctx), QDate::currentDate());
        if (!sent)
            return fail(sent.error());
        path = sent->packagePath;
        processId = sent->processId;
    } else if (type == QLatin1String("0503")) {
        xdomea::Disposals disposals(session);
        auto process = disposalOf(disposals, ids.value());
        if (!process)
            return fail(process.error());
        auto sent = disposals.transfer(process.value(), outDir(ctx));
        if (!sent)
            return fail(sent.error());
        path = sent->packagePath;
        processId = sent->processId;
    } else {
        return fail(QStringLiteral("usage: xdomea export --type 0401|0501|0503 --case REF... [--to NAME] [--out DIR]"),
                    2);
    }
    if (ctx.options.json)
        printJson(QJsonObject{{QStringLiteral("package"), path}, {QStringLiteral("processId"), processId}});
    else
        out() << QDir::toNativeSeparators(path) << Qt::endl;
    return 0;
}

int importPackage(Context &ctx, const QString &userId)
{
    if (ctx.options.args.size() != 3)
        return fail(QStringLiteral("usage: xdomea import ZIP [--node CODE --unit CODE] [--out DIR]"), 2);
    auto package = xdomea::openPackage(ctx.options.args[2]);
    if (!package)
        return fail(package.error());
    const casework::Session session(ctx.store, userId);
    const xdomea::MessageType type = package->message.header.type;
    QJsonObject result{{QStringLiteral("type"), xdomea::typeCode(type)},
                       {QStringLiteral("processId"), package->message.header.processId}};
    switch (type) {
    case xdomea::MessageType::Transfer: {
        if (ctx.options.node.isEmpty() || ctx.options.unit.isEmpty())
            return fail(QStringLiteral("An Abgabe (0401) is filed under a file-plan node for a unit: give --node CODE "
                                       "and --unit CODE."),
                        2);
        auto node = storage::FilePlanRepository(ctx.store->connection()).byCode(ctx.options.node);
        if (!node)
            return fail(node.error());
        auto unit = storage::OrgRepository(ctx.store->connection()).unitByCode(ctx.options.unit);
        if (!unit)
            return fail(unit.error());
        auto received = xdomea::Transfers(session).receive(package.value(), node->id, unit->id, ctx.options.outDir);
        if (!received)
            return fail(received.error());
        QJsonArray references;
        const storage::CaseFileRepository files(ctx.store->connection());
        for (const QString &id : received->caseFileIds) {
            auto file = files.get(id);
            references.append(file ? file->reference : id);
            if (!ctx.options.json)
                out() << "case file\t" << (file ? file->reference : id) << '\t' << (file ? file->subject : QString())
                      << Qt::endl;
        }
        result.insert(QStringLiteral("caseFiles"), references);
        result.insert(QStringLiteral("documents"), received->documents);
        result.insert(QStringLiteral("receipt"), received->receiptPath);
        if (!ctx.options.json) {
            out() << "Took in " << received->caseFileIds.size() << " case file(s) with " << received->documents
                  << " document(s) from " << received->sender.institution << "." << Qt::endl;
            if (!received->receiptPath.isEmpty())
                out() << "Import confirmation: " << QDir::toNativeSeparators(received->receiptPath) << Qt::endl;
        }
        break;
    }
    case xdomea::MessageType::TransferImported:
    case xdomea::MessageType::TransferReceived: {
        auto process = xdomea::Transfers(session).recordReceipt(package.value());
        if (!process)
            return fail(process.error());
        result.insert(QStringLiteral("state"), xdomea::stateName(process->state));
        if (!ctx.options.json)
            out() << "Recorded for the Abgabe " << process->id << ": " << xdomea::stateTitle(process->state) << "."
                  << Qt::endl;
        break;
    }
    case xdomea::MessageType::Evaluation:
    case xdomea::MessageType::OfferReceived:
    case xdomea::MessageType::EvaluationReceived:
    case xdomea::MessageType::DisposalImported:
    case xdomea::MessageType::DisposalReceived: {
        xdomea::Disposals disposals(session);
        auto process = type == xdomea::MessageType::Evaluation ? disposals.applyEvaluation(package.value())
                                                               : disposals.recordReceipt(package.value());
        if (!process)
            return fail(process.error());
        result.insert(QStringLiteral("state"), xdomea::stateName(process->state));
        if (!ctx.options.json)
            out() << "Recorded for the disposal " << process->id << ": " << xdomea::stateTitle(process->state) << "."
                  << Qt::endl;
        break;
    }
    default:
        return fail(QStringLiteral("Aktenwerk sends %1 messages itself; it does not take them in.")
                        .arg(xdomea::typeCode(type)));
    }
    if (ctx.options.json)
        printJson(result);
    return 0;
}

int listDue(Context &ctx, const QString &userId)
{
    auto due = xdomea::Disposals({ctx.store, userId}).due(QDate::currentDate());
    if (!due)
        return fail(due.error());
    QJsonArray array;
    for (const xdomea::DueFile &f : due.value()) {
        if (ctx.options.json) {
            array.append(QJsonObject{{QStringLiteral("reference"), f.reference},
                                     {QStringLiteral("subject"), f.subject},
                                     {QStringLiteral("unit"), f.unitName},
                                     {QStringLiteral("retentionUntil"), f.retentionUntil.toString(Qt::ISODate)},
                                     {QStringLiteral("planned"), QString(core::disposalLetter(f.planned))},
                                     {QStringLiteral("processId"), f.processId},
                                     {QStringLiteral("archiveDecision"), f.archiveDecision}});
        } else {
            out() << f.reference << '\t' << core::disposalLetter(f.planned) << '\t'
                  << f.retentionUntil.toString(Qt::ISODate) << '\t' << f.subject << '\t'
                  << (f.archiveDecision.isEmpty() ? QStringLiteral("-") : f.archiveDecision) << Qt::endl;
        }
    }
    if (ctx.options.json)
        printJson(array);
    return 0;
}

int destroyFiles(Context &ctx, const QString &userId)
{
    auto ids = caseFileIds(ctx);
    if (!ids)
        return fail(ids.error());
    if (!ctx.options.yes)
        return fail(QStringLiteral("Destroying removes the files' documents for good; repeat with --yes to confirm."),
                    2);
    auto destroyed = xdomea::Disposals({ctx.store, userId}).destroy(ids.value(), QDate::currentDate());
    if (!destroyed)
        return fail(destroyed.error());
    out() << "Destroyed the content of " << destroyed->size() << " case file(s)." << Qt::endl;
    return 0;
}

}  // namespace

QString xdomeaUsage()
{
    return QStringLiteral(
        "  xdomea export --type 0401|0501|0503 --case REF... [--to NAME] [--out DIR]\n"
        "                           write an xdomea package (Abgabe, Anbieteverzeichnis, Aussonderung)\n"
        "                           and print its path\n"
        "  xdomea import ZIP [--node CODE --unit CODE] [--out DIR]\n"
        "                           take in an Abgabe (0401, under that node for that unit; --out: where\n"
        "                           the import confirmation goes), an evaluation (0502) or a receipt\n"
        "  xdomea due               closed case files whose retention has ended\n"
        "  xdomea destroy --case REF... --yes  destroy files marked V or declined by the archive\n");
}

int cmdXdomea(Context &ctx)
{
    const QString sub = ctx.options.args.value(1);
    auto user = ctx.userId(true);
    if (!user)
        return fail(user.error());
    if (sub == QLatin1String("export"))
        return exportPackage(ctx, user.value());
    if (sub == QLatin1String("import"))
        return importPackage(ctx, user.value());
    if (sub == QLatin1String("due"))
        return listDue(ctx, user.value());
    if (sub == QLatin1String("destroy"))
        return destroyFiles(ctx, user.value());
    return fail(QStringLiteral("usage:\n") + xdomeaUsage(), 2);
}

}  // namespace aw::cli
