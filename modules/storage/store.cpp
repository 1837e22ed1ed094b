// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/store.h"

#include "storage/auditlog.h"
#include "storage/documentrepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using aw::core::Result;

namespace aw::storage {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::storage::Store)
};

}  // namespace

Store::Store(QString dir, std::shared_ptr<Database> database)
    : m_dir(std::move(dir))
    , m_database(std::move(database))
    , m_blobs(QDir(m_dir).filePath(QStringLiteral("blobs")))
{}

QString Store::defaultDir()
{
    // An office may name the store in its system-wide configuration (/etc/xdg/Aktenwerk/aktenwerk.conf);
    // a user's own setting overrides it (QSettings falls back from user to system scope).
    QString configured = QSettings().value(QStringLiteral("store/path")).toString().trimmed();
    if (configured == QLatin1String("~") || configured.startsWith(QLatin1String("~/")))
        configured.replace(0, 1, QDir::homePath());
    if (!configured.isEmpty())
        return QDir::cleanPath(configured);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("store"));
}

Result<std::shared_ptr<Store>> Store::open(const QString &dir, Database::OpenMode mode, Database::Integrity integrity)
{
    const QString abs = QFileInfo(dir).absoluteFilePath();
    if (QFileInfo(abs).exists() && !QFileInfo(abs).isDir())
        return core::invalid(Text::tr("“%1” is a file, not a store folder.").arg(QDir::toNativeSeparators(abs)));
    auto db = Database::open(QDir(abs).filePath(QStringLiteral("aktenwerk.sqlite")), mode, integrity);
    if (!db)
        return db.error();
    if (!QDir().mkpath(QDir(abs).filePath(QStringLiteral("blobs"))))
        return core::ioError(
            Text::tr("The folder for documents in “%1” cannot be created.").arg(QDir::toNativeSeparators(abs)));
    return std::shared_ptr<Store>(new Store(abs, std::move(db).value()));
}

Result<QStringList> Store::verify(const std::function<void(qint64, qint64)> &progress)
{
    const QSqlDatabase db = connection();
    auto findings = AuditLog(db).verify();
    if (!findings)
        return findings.error();
    QStringList out = findings.value();

    auto versions = DocumentRepository(db).allVersions();
    if (!versions)
        return versions.error();
    // Received submission packages are originals too.
    auto packages = rows<QPair<QString, QString>>(
        exec(db, QStringLiteral("SELECT package_name, package_sha256 FROM submission ORDER BY received_at")),
        [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
    if (!packages)
        return packages.error();
    const qint64 total = versions->size() + packages->size();
    qint64 done = 0;
    QSet<QString> checked;
    for (const DocumentVersion &v : versions.value()) {
        if (!checked.contains(v.sha256)) {
            checked.insert(v.sha256);
            auto ok = m_blobs.verify(v.sha256);
            if (!ok)
                out << Text::tr("document %1 version %2 (“%3”): %4")
                           .arg(v.documentId)
                           .arg(v.n)
                           .arg(v.fileName, ok.error().message);
        }
        if (progress)
            progress(++done, total);
    }
    for (const auto &[name, sha256] : packages.value()) {
        if (auto ok = m_blobs.verify(sha256); !ok)
            out << Text::tr("submission package “%1”: %2").arg(name, ok.error().message);
        if (progress)
            progress(++done, total);
    }
    return out;
}

Result<int> Store::sweepOrphanBlobs(std::chrono::seconds grace)
{
    auto referenced = DocumentRepository(connection()).referencedBlobs();
    if (!referenced)
        return referenced.error();
    return m_blobs.sweepOrphans(referenced.value(), QDateTime::currentDateTimeUtc().addSecs(-grace.count()));
}

Result<Store::Compaction> Store::compact()
{
    const QString file = m_database->path();
    const QSqlDatabase db = connection();
    // Written into the write-ahead log first, then into the file; the log is emptied after.
    (void)exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    Compaction sizes;
    sizes.bytesBefore = QFileInfo(file).size();
    if (auto ok = exec(db, QStringLiteral("VACUUM")); !ok)
        return core::ioError(Text::tr("The store could not be compacted: %1").arg(ok.error().message));
    if (auto ok = exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !ok)
        return ok.error();
    sizes.bytesAfter = QFileInfo(file).size();
    return sizes;
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    auto v = scalar(connection(), QStringLiteral("SELECT value FROM store_setting WHERE key = ?"), {key});
    return v && v->isValid() ? v->toString() : fallback;
}

Result<void> Store::setSetting(const QString &key, const QString &value)
{
    return done(exec(connection(),
                     QStringLiteral("INSERT INTO store_setting (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value}));
}

}  // namespace aw::storage
