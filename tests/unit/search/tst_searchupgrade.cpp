// SPDX-License-Identifier: GPL-3.0-or-later
// A store made before the text was kept once (schema 11: the text in text_index and in search_text)
// is upgraded without losing a word: migration 0012 moves the text into search_content, the index
// is built again in batches, and every document is found by its text as before.
#include "search/searchindex.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "storage/textindex.h"
#include "storage/wordtokenizer.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTest>
#include <sqlite3.h>

using namespace aw;
using aw::test::why;

namespace {

constexpr int OlderSchema = 11;

// The store as schema 11 left it, written the way that version wrote it: rows by SQL, the text
// of each document in text_index (with its key) and in search_text.
void makeOlderStore(const QString &path)
{
    const QString name = QStringLiteral("older-store");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
        QVERIFY(storage::registerWordTokenizer(handle));
        const QDir migrations(QStringLiteral(":/schema/local"));
        for (const QString &file : migrations.entryList(QDir::Files, QDir::Name)) {
            if (file.left(4).toInt() > OlderSchema)
                break;
            QFile script(migrations.filePath(file));
            QVERIFY(script.open(QIODevice::ReadOnly));
            char *message = nullptr;
            const int rc = sqlite3_exec(handle, script.readAll().constData(), nullptr, nullptr, &message);
            QVERIFY2(rc == SQLITE_OK, message);
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
            auto ok = storage::exec(db, sql);
            QVERIFY2(ok, qPrintable(why(ok)));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList documentsWith(const std::shared_ptr<storage::Store> &store, const QString &words)
{
    QStringList ids;
    auto hits = storage::TextIndex(store->connection()).search(words);
    if (!hits)
        qWarning("%s", qPrintable(hits.error().message));
    for (const auto &hit : hits ? hits.value() : QList<storage::TextIndex::Hit>())
        ids << hit.documentId;
    ids.sort();
    return ids;
}

}  // namespace

class TestSearchUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textKeptOnceAndFoundAgain()
    {
        test::TempDir dir;
        QVERIFY(QDir().mkpath(dir.file(QStringLiteral("store"))));
        makeOlderStore(dir.file(QStringLiteral("store/aktenwerk.sqlite")));
        if (QTest::currentTestFailed())
            return;

        auto store = storage::Store::open(dir.file(QStringLiteral("store")));
        QVERIFY2(store, qPrintable(why(store)));
        const QSqlDatabase db = (*store)->connection();
        QCOMPARE(storage::scalar(db, QStringLiteral("PRAGMA user_version"))->toInt(),
                 storage::Database::latestSchemaVersion());
        // The older tables are gone; the text moved, each document's once.
        QCOMPARE(storage::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                                    "WHERE name IN ('text_index', 'text_index_key')"))
                     ->toInt(),
                 0);
        QCOMPARE(storage::scalar(db, QStringLiteral("SELECT c.body FROM search_content c JOIN search_object o "
                                                    "ON o.id = c.id WHERE o.object_id = 'd-2'"))
                     ->toString(),
                 QStringLiteral("Der Wohngeldbescheid ergeht unter Vorbehalt"));
        QCOMPARE(storage::scalar(db, QStringLiteral("SELECT subject || ' ' || reference FROM search_content c "
                                                    "JOIN search_object o ON o.id = c.id WHERE o.object_id = 'c-1'"))
                     ->toString(),
                 QStringLiteral("Wohngeld Herr Demir 51.10-1/2025"));

        // Until the index is built again, it finds nothing; then all of it.
        search::SearchIndex index(*store);
        QCOMPARE(*index.pending(), 4);
        QCOMPARE(documentsWith(*store, QStringLiteral("Hausverwaltung")), QStringList());
        auto built = index.update();
        QVERIFY2(built, qPrintable(why(built)));
        QCOMPARE(*index.pending(), 0);
        QCOMPARE(documentsWith(*store, QStringLiteral("Hausverwaltung")), QStringList{QStringLiteral("d-1")});
        QCOMPARE(documentsWith(*store, QStringLiteral("Wohngeldbescheid Vorbehalt")),
                 QStringList{QStringLiteral("d-2")});
        QCOMPARE(documentsWith(*store, QStringLiteral("Erstantrag")),
                 (QStringList{QStringLiteral("d-1"), QStringLiteral("d-2")}));
        auto check = storage::exec(
            db, QStringLiteral("INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)"));
        QVERIFY2(check, qPrintable(why(check)));

        // Changes after the upgrade reach the index by trigger, and a renumbered case file is found by
        // its new reference.
        auto renamed = storage::exec(
            db, QStringLiteral("UPDATE case_file SET reference = '51.10-7/2025', subject = 'Mietzuschuss Herr Demir' "
                               "WHERE id = 'c-1'"));
        QVERIFY2(renamed, qPrintable(why(renamed)));
        auto referenced = storage::TextIndex(db).referencesContaining(QStringLiteral("10-7/"));
        QVERIFY2(referenced, qPrintable(why(referenced)));
        QCOMPARE(referenced->size(), 1);
        QCOMPARE(referenced->first().objectId, QStringLiteral("c-1"));
        check = storage::exec(
            db, QStringLiteral("INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)"));
        QVERIFY2(check, qPrintable(why(check)));
    }
};

QTEST_GUILESS_MAIN(TestSearchUpgrade)
#include "tst_searchupgrade.moc"
