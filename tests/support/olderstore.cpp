// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/olderstore.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/wordtokenizer.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>
#include <sqlite3.h>

namespace aw::test {

namespace {

QString writeInto(QSqlDatabase &db, const QString &path)
{
    db.setDatabaseName(path);
    if (!db.open())
        return db.lastError().text();
    sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
    if (!storage::registerWordTokenizer(handle))
        return QStringLiteral("the tokenizer could not be registered");
    const QDir migrations(QStringLiteral(":/schema/local"));
    for (const QString &file : migrations.entryList(QDir::Files, QDir::Name)) {
        if (file.left(4).toInt() > OlderSchema)
            break;
        QFile script(migrations.filePath(file));
        if (!script.open(QIODevice::ReadOnly))
            return script.errorString();
        char *message = nullptr;
        const int rc = sqlite3_exec(handle, script.readAll().constData(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            const QString why = file + QStringLiteral(": ") + QString::fromUtf8(message ? message : "error");
            sqlite3_free(message);
            return why;
        }
    }
    const QStringList rows{
        QStringLiteral("INSERT INTO org_unit VALUES ('ou-1', 'KZS', 'Kundenzentrum')"),
        QStringLiteral("INSERT INTO file_plan_node (id, code, title, retention_years, disposal) "
                       "VALUES ('n-1', '51.10', 'Wohngeld', 10, 'A')"),
        QStringLiteral("INSERT INTO case_file (id, node_id, reference, subject, owner_unit_id, status, opened_at, "
                       "disposal) VALUES ('c-1', 'n-1', '51.10-1/2025', 'Wohngeld Herr Demir', 'ou-1', 'open', "
                       "'2025-03-01T09:00:00Z', 'A')"),
        QStringLiteral("INSERT INTO proceeding (id, case_file_id, number, reference, subject, status, created_at) "
                       "VALUES ('p-1', 'c-1', 1, '51.10-1/2025-0001', 'Erstantrag', 'open', "
                       "'2025-03-01T09:00:00Z')"),
        QStringLiteral("INSERT INTO document (id, proceeding_id, title, direction, received_at) "
                       "VALUES ('d-1', 'p-1', 'Antrag', 'in', '2025-03-02T10:00:00Z')"),
        QStringLiteral("INSERT INTO document (id, proceeding_id, title, direction, received_at) "
                       "VALUES ('d-2', 'p-1', 'Bescheid', 'out', '2025-03-20T10:00:00Z')"),
        QStringLiteral("INSERT INTO text_index_key (id, document_id) VALUES (1, 'd-1'), (2, 'd-2')"),
        QStringLiteral("INSERT INTO text_index (rowid, document_id, title, subject, reference, body) VALUES "
                       "(1, 'd-1', 'Antrag', 'Erstantrag', '51.10-1/2025-0001', "
                       "'Mietbescheinigung der Hausverwaltung liegt bei'), "
                       "(2, 'd-2', 'Bescheid', 'Erstantrag', '51.10-1/2025-0001', "
                       "'Der Wohngeldbescheid ergeht unter Vorbehalt')"),
        QStringLiteral("UPDATE search_text SET body = 'Mietbescheinigung der Hausverwaltung liegt bei' "
                       "WHERE rowid = (SELECT id FROM search_object WHERE object_id = 'd-1')"),
        QStringLiteral("UPDATE search_text SET body = 'Der Wohngeldbescheid ergeht unter Vorbehalt' "
                       "WHERE rowid = (SELECT id FROM search_object WHERE object_id = 'd-2')"),
        QStringLiteral("PRAGMA user_version = %1").arg(OlderSchema),
        QStringLiteral("PRAGMA application_id = %1").arg(storage::Database::ApplicationId),
    };
    for (const QString &sql : rows) {
        if (auto ok = storage::exec(db, sql); !ok)
            return ok.error().message;
    }
    return {};
}

}  // namespace

QString writeOlderStore(const QString &path)
{
    const QString name = QStringLiteral("older-store");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        error = writeInto(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

}  // namespace aw::test
