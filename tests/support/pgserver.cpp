// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pgserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace aw::test {

namespace {

constexpr const char *ServiceUser = "postgres";  // made by Debian's postgresql package

bool isRoot()
{
    return geteuid() == 0;
}

// The newest installed server's programs (Debian: /usr/lib/postgresql/<major>/bin).
QString serverBin()
{
    QDir base(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString bin = base.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

// A port nobody listens on now (the kernel's choice for an unbound socket).
int freePort()
{
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (bind(s, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        getsockname(s, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    close(s);
    return port;
}

bool giveToServiceUser(const QString &path)
{
    const passwd *user = getpwnam(ServiceUser);
    return user && chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

}  // namespace

core::Result<void> PgServer::run(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (isRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QString::fromLatin1(ServiceUser),
                                                             QStringLiteral("--"), m_bin + QLatin1Char('/') + program} +
                                                     arguments);
    else
        process.start(m_bin + QLatin1Char('/') + program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return core::ioError(QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll())));
    return {};
}

core::Result<std::unique_ptr<PgServer>> PgServer::start()
{
    std::unique_ptr<PgServer> server(new PgServer);
    server->m_bin = serverBin();
    if (server->m_bin.isEmpty())
        return core::ioError(QStringLiteral("No PostgreSQL server under /usr/lib/postgresql (package postgresql)."));
    if (!server->m_dir.isValid())
        return core::ioError(QStringLiteral("No temporary folder for PostgreSQL."));
    const QString dir = server->m_dir.path();
    const QString passwordFile = dir + QStringLiteral("/password");
    QFile password(passwordFile);
    if (!password.open(QIODevice::WriteOnly) || password.write(adminPassword().toUtf8() + '\n') < 0)
        return core::ioError(QStringLiteral("Cannot write %1.").arg(passwordFile));
    password.close();
    if (isRoot() && !(giveToServiceUser(dir) && giveToServiceUser(passwordFile)))
        return core::ioError(QStringLiteral("Cannot give %1 to the user postgres.").arg(dir));

    if (auto ok = server->run(QStringLiteral("initdb"),
                              {QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-U"),
                               QStringLiteral("aw_admin"), QStringLiteral("--pwfile=") + passwordFile,
                               QStringLiteral("-A"), QStringLiteral("scram-sha-256"), QStringLiteral("-E"),
                               QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync")});
        !ok)
        return ok.error();
    server->m_port = freePort();
    if (server->m_port == 0)
        return core::ioError(QStringLiteral("No free port on 127.0.0.1."));
    if (auto ok = server->restart(); !ok)
        return ok.error();

    const QString name = QStringLiteral("pgserver-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(server->m_port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(QStringLiteral("aw_admin"));
        db.setPassword(adminPassword());
        if (!db.open())
            return core::ioError(QStringLiteral("Cannot connect to the new server: %1").arg(db.lastError().text()));
        QSqlQuery create(db);
        if (!create.exec(QStringLiteral("CREATE DATABASE aktenwerk")))
            return core::ioError(create.lastError().text());
    }
    QSqlDatabase::removeDatabase(name);
    return server;
}

PgServer::~PgServer()
{
    (void)stop();
}

QString PgServer::conninfo(const QString &user, const QString &password) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=aktenwerk user=%2 password=%3")
        .arg(m_port)
        .arg(user.isEmpty() ? QStringLiteral("aw_admin") : user, user.isEmpty() ? adminPassword() : password);
}

core::Result<void> PgServer::stop()
{
    if (!m_running)
        return {};
    m_running = false;
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
}

core::Result<void> PgServer::restart()
{
    if (m_running)
        return {};
    const QString dir = m_dir.path();
    auto ok = run(QStringLiteral("pg_ctl"),
                  {QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-l"),
                   dir + QStringLiteral("/server.log"), QStringLiteral("-o"),
                   QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off").arg(m_port).arg(dir),
                   QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
    m_running = ok.ok();
    return ok;
}

}  // namespace aw::test
