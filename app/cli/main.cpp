// SPDX-License-Identifier: GPL-3.0-or-later
// aktenwerk-cli: the command line of Aktenwerk for scripts and administrators (no Widgets).
// It is a QGuiApplication on the offscreen platform, so that letters (Eingangsbestätigung) can be
// laid out with fonts on a machine without a display.
#include "commands.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Cron jobs and ssh sessions often have none; Qt wants a private one (and warns otherwise).
        const QByteArray runtime =
            QDir::tempPath().toLocal8Bit() + "/aktenwerk-runtime-" + QByteArray::number(getuid());
        if (mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
#endif
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk"));
    QCoreApplication::setApplicationName(QStringLiteral("aktenwerk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKTENWERK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(aw::cli::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(
        QStringLiteral("store"),
        QStringLiteral("The store folder (default: %1).").arg(aw::storage::Store::defaultDir()), QStringLiteral("DIR"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Act as this user (login)."),
                                  QStringLiteral("LOGIN"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print results as JSON."));
    const QCommandLineOption proceeding(QStringLiteral("proceeding"),
                                        QStringLiteral("import: the proceeding (reference) to file into."),
                                        QStringLiteral("REF"));
    const QCommandLineOption duplicates(QStringLiteral("duplicates"),
                                        QStringLiteral("import: what to do with content already in the proceeding: "
                                                       "skip (default) or add."),
                                        QStringLiteral("skip|add"), QStringLiteral("skip"));
    const QCommandLineOption unit(
        QStringLiteral("unit"), QStringLiteral("register: the Standesamt unit (code, e.g. StA) keeping the registers."),
        QStringLiteral("CODE"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  QStringLiteral("xdomea export: the message, 0401, 0501 or 0503."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption cases(QStringLiteral("case"),
                                   QStringLiteral("xdomea export/destroy: a case file (reference); repeatable."),
                                   QStringLiteral("REF"));
    const QCommandLineOption outDir(
        QStringLiteral("out"), QStringLiteral("xdomea: the folder packages are written to."), QStringLiteral("DIR"));
    const QCommandLineOption node(QStringLiteral("node"),
                                  QStringLiteral("xdomea import: the file-plan code received files are filed under."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("xdomea export: the receiving authority or archive."),
                                QStringLiteral("NAME"));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("xdomea destroy: confirm the destruction."));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   QStringLiteral("search: mine, units (default: all the user may read) or archive."),
                                   QStringLiteral("SCOPE"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  QStringLiteral("search: relevance (default), newest or oldest."),
                                  QStringLiteral("ORDER"));
    const QCommandLineOption offset(QStringLiteral("offset"), QStringLiteral("search: case files to skip."),
                                    QStringLiteral("N"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("search: case files to show (default 50)."),
                                   QStringLiteral("N"));
    const QCommandLineOption rebuild(QStringLiteral("rebuild"), QStringLiteral("search: build the index anew."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("central: the central PostgreSQL store, as a libpq connection string."),
                                QStringLiteral("CONNINFO"));
    parser.addOptions({store, user, json, proceeding, duplicates, unit, type, cases, outDir, node, to, yes, scope, sort,
                       offset, limit, rebuild, db});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do; see below."));
    parser.process(app);

    aw::cli::Options options;
    options.storeDir = parser.isSet(store) ? parser.value(store) : aw::storage::Store::defaultDir();
    options.user = parser.isSet(user) ? parser.value(user) : qEnvironmentVariable("AKTENWERK_USER");
    options.json = parser.isSet(json);
    options.args = parser.positionalArguments();
    options.proceeding = parser.value(proceeding);
    options.duplicates = parser.value(duplicates);
    options.unit = parser.value(unit);
    options.type = parser.value(type);
    options.cases = parser.values(cases);
    options.outDir = parser.value(outDir);
    options.node = parser.value(node);
    options.to = parser.value(to);
    options.yes = parser.isSet(yes);
    options.scope = parser.value(scope);
    options.sort = parser.value(sort);
    options.offset = parser.value(offset).toInt();
    options.limit = parser.value(limit).toInt();
    options.rebuild = parser.isSet(rebuild);
    options.db = parser.value(db);
    return aw::cli::run(options);
}
