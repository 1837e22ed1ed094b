// SPDX-License-Identifier: GPL-3.0-or-later
#include "centralcommands.h"

#include "context.h"
#include "sync/central.h"
#include "sync/synchronizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace aw::cli {

namespace {

// One line of standard input, without its line end: the new user's password, so that it never
// stands on a command line (where `ps` shows it) or in a shell's history. Typed at a terminal, it
// is asked for and not shown.
QString passwordFromStdin()
{
    termios before{};
    const bool terminal = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios hidden = before;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        err() << "Password of the new user: " << Qt::flush;
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
        err() << Qt::endl;
    }
    return password;
}

int usageError()
{
    return fail(QStringLiteral("usage: central init | central add-unit CODE NAME... | "
                               "central add-user LOGIN UNIT:ROLE... (password on standard input), "
                               "each with --db CONNINFO"),
                2);
}

}  // namespace

QString centralUsage()
{
    return QStringLiteral(
        "  central init --db CONNINFO   create the central PostgreSQL store's schema, or bring it up to date\n"
        "  central add-unit --db CONNINFO CODE NAME...  add an organisational unit to the central store\n"
        "  central add-user --db CONNINFO LOGIN UNIT:ROLE...  add a user (role clerk, supervisor or\n"
        "                           registrar per unit code); the password is read from standard input\n"
        "                           CONNINFO: \"host=… port=… dbname=… user=…\"; leave the password out and\n"
        "                           libpq takes it from PGPASSWORD or ~/.pgpass\n"
        "  sync --db CONNINFO       sync the store with the central store as the user of CONNINFO: push the\n"
        "                           outbox, pull the others' changes, reserve reference numbers for offline work\n"
        "  sync fetch --db CONNINFO ID...  fetch the contents of a case file, proceeding or document that are\n"
        "                           not here yet (those of archived case files are fetched only when opened)\n"
        "  sync conflicts           list changes the central store did not apply (someone changed the same field)\n"
        "  sync resolve ID [FIELD...]  settle the conflict of record ID: keep mine for each FIELD named, take\n"
        "                           theirs for the others (--user: who decides); sent at the next sync\n");
}

int cmdSync(Context &ctx)
{
    const Options &options = ctx.options;
    const QStringList &args = options.args;
    const QSqlDatabase local = ctx.store->connection();
    if (args.size() >= 2 && args[1] == QLatin1String("conflicts")) {
        auto open = sync::Synchronizer::conflicts(local);
        if (!open)
            return fail(open.error());
        QJsonArray list;
        for (const sync::SyncConflict &c : std::as_const(open.value())) {
            list.append(QJsonObject{{QStringLiteral("type"), c.objectType},
                                    {QStringLiteral("id"), c.objectId},
                                    {QStringLiteral("fields"), QJsonArray::fromStringList(c.fields)},
                                    {QStringLiteral("mine"), c.mine},
                                    {QStringLiteral("theirs"), c.theirs}});
            if (!options.json)
                for (const QString &f : std::as_const(c.fields))
                    out() << c.objectType << ' ' << c.objectId << ' ' << f << ": mine "
                          << QJsonDocument(QJsonArray{c.mine.value(f)}).toJson(QJsonDocument::Compact) << ", theirs "
                          << QJsonDocument(QJsonArray{c.theirs.value(f)}).toJson(QJsonDocument::Compact) << Qt::endl;
        }
        if (options.json)
            printJson(list);
        else if (list.isEmpty())
            out() << "No conflicts." << Qt::endl;
        return 0;
    }
    if (args.size() >= 3 && args[1] == QLatin1String("resolve")) {
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        if (auto ok = sync::Synchronizer::resolve(local, user.value(), args[2], args.mid(3)); !ok)
            return fail(ok.error());
        out() << "Settled; the values kept are sent at the next sync." << Qt::endl;
        return 0;
    }
    const bool fetching = args.size() >= 3 && args[1] == QLatin1String("fetch");
    if ((args.size() != 1 && !fetching) || options.db.isEmpty())
        return fail(QStringLiteral("usage: sync --db CONNINFO | sync fetch --db CONNINFO ID... | sync conflicts | "
                                   "sync resolve ID [FIELD...]"),
                    2);
    auto central = sync::connectCentral(options.db, QStringLiteral("sync-cli"));
    if (!central)
        return fail(central.error());
    sync::Synchronizer synchronizer(ctx.store, central.value());
    if (fetching) {
        int fetched = 0;
        for (const QString &id : args.mid(2)) {
            auto n = synchronizer.fetchFilesOf(id);
            if (!n)
                return fail(n.error());
            fetched += n.value();
        }
        if (options.json)
            printJson(QJsonObject{{QStringLiteral("filesReceived"), fetched}});
        else
            out() << "Received " << fetched << " files." << Qt::endl;
        return 0;
    }
    auto report = synchronizer.run();
    if (!report)
        return fail(report.error());
    if (options.json) {
        printJson(QJsonObject{{QStringLiteral("pushed"), report->pushed},
                              {QStringLiteral("pulled"), report->pulled},
                              {QStringLiteral("conflicts"), report->conflicts},
                              {QStringLiteral("reserved"), report->reserved},
                              {QStringLiteral("filesSent"), report->filesSent},
                              {QStringLiteral("filesReceived"), report->filesReceived},
                              {QStringLiteral("renumbered"), QJsonArray::fromStringList(report->renumbered)}});
    } else {
        out() << "Sent " << report->pushed << ", received " << report->pulled << " changes";
        if (report->filesSent + report->filesReceived > 0)
            out() << " (files: " << report->filesSent << " sent, " << report->filesReceived << " received)";
        if (report->reserved > 0)
            out() << "; reserved " << report->reserved << " new blocks of reference numbers";
        out() << '.' << Qt::endl;
        for (const QString &r : std::as_const(report->renumbered))
            out() << "Renumbered (the number was taken on another computer meanwhile): " << r << Qt::endl;
        if (report->conflicts > 0)
            out() << report->conflicts << " conflicts wait for a decision: aktenwerk-cli sync conflicts" << Qt::endl;
    }
    return 0;
}

int cmdCentral(const Options &options)
{
    const QStringList &args = options.args;
    if (args.size() < 2 || options.db.isEmpty())
        return usageError();
    const QString sub = args[1];
    auto db = sync::connectCentral(options.db, QStringLiteral("central-cli"));
    if (!db)
        return fail(db.error());
    if (sub == QLatin1String("init") && args.size() == 2) {
        const auto before = sync::CentralSchema::version(db.value());
        auto version = sync::CentralSchema::migrate(db.value());
        if (!version)
            return fail(version.error());
        if (options.json)
            printJson(QJsonObject{{QStringLiteral("version"), version.value()},
                                  {QStringLiteral("previous"), before ? before.value() : -1}});
        else
            out() << "The central store has schema version " << version.value()
                  << (before && before.value() == version.value() ? " (already up to date)." : ".") << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("add-unit") && args.size() >= 4) {
        if (auto ok = sync::CentralSchema::addUnit(db.value(), args[2], args.mid(3).join(u' ')); !ok)
            return fail(ok.error());
        out() << "Unit " << args[2] << " added." << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("add-user") && args.size() >= 4) {
        QList<sync::CentralSchema::Membership> memberships;
        for (const QString &spec : args.mid(3)) {
            const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
            if (colon <= 0)
                return fail(QStringLiteral("“%1” is not UNIT:ROLE (e.g. StA:clerk).").arg(spec), 2);
            memberships.append({spec.left(colon), spec.mid(colon + 1)});
        }
        const QString password = passwordFromStdin();
        if (auto ok = sync::CentralSchema::addUser(db.value(), args[2], password, memberships); !ok)
            return fail(ok.error());
        out() << "User " << args[2] << " added." << Qt::endl;
        return 0;
    }
    return usageError();
}

}  // namespace aw::cli
