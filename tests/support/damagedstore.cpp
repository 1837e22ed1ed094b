// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/damagedstore.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace aw::test {

QString writeDamagedStore(const QString &path, Damage damage)
{
    {
        const auto opened = storage::Database::open(path);
        if (!opened)
            return opened.error().message;
    }
    const qint64 schemaSize = QFileInfo(path).size();  // the pages written after it hold only data
    {
        const auto opened = storage::Database::open(path);
        if (!opened)
            return opened.error().message;
        const QSqlDatabase db = (*opened)->connection();
        storage::Transaction tx(db);
        if (auto ok = tx.begin(); !ok)
            return ok.error().message;
        for (int i = 0; i < 2000; ++i) {
            auto ok = storage::exec(db, QStringLiteral("INSERT INTO store_setting (key, value) VALUES (?, ?)"),
                                    {QStringLiteral("key-%1").arg(i), QString(200, QLatin1Char('x'))});
            if (!ok)
                return ok.error().message;
        }
        auto event = storage::AuditLog(db).append(QStringLiteral("system"), QStringLiteral("test.fill"),
                                                  QStringLiteral("store"), QStringLiteral("1"), {});
        if (!event)
            return event.error().message;
        if (auto ok = tx.commit(); !ok)
            return ok.error().message;
    }
    if (QFileInfo::exists(path + QLatin1String("-wal")))
        return QStringLiteral("the write-ahead log was not checkpointed into the file on close");

    const qint64 size = QFileInfo(path).size();
    if (size <= 100 * 1024)
        return QStringLiteral("the store is only %1 bytes").arg(size);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return file.errorString();
    const QByteArray header = file.read(100);
    const int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    if (pageSize < 512)
        return QStringLiteral("odd page size %1").arg(pageSize);
    const qint64 from = damage == Damage::AllButTheHeader ? 2 * pageSize : schemaSize;
    if (from % pageSize != 0 || from >= size)
        return QStringLiteral("no page to damage from byte %1 of %2").arg(from).arg(size);
    QRandomGenerator generator(4711);
    QByteArray garbage(size - from, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(generator.bounded(256));
    if (!file.seek(from) || file.write(garbage) != garbage.size())
        return file.errorString();
    file.close();
    if (QFileInfo(path).size() != size)
        return QStringLiteral("the file changed its size");
    return {};
}

}  // namespace aw::test
