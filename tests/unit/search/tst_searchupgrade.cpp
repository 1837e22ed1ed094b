// SPDX-License-Identifier: GPL-3.0-or-later
// A store made before the text was kept once (schema 11: the text in text_index and in search_text)
// is upgraded without losing a word: migration 0012 moves the text into search_content, the index
// is built again in batches, and every document is found by its text as before.
#include "search/searchindex.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "storage/textindex.h"
#include "support/olderstore.h"
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
        const QString made = test::writeOlderStore(dir.file(QStringLiteral("store/aktenwerk.sqlite")));
        QVERIFY2(made.isEmpty(), qPrintable(made));

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
        // References are found by a part as before, each with its case file.
        auto byPart = storage::exec(db, QStringLiteral("SELECT object_id, case_file_id FROM reference_index "
                                                       "WHERE reference_index MATCH '\"2025-0001\"'"));
        QVERIFY2(byPart, qPrintable(why(byPart)));
        QVERIFY(byPart->next());
        QCOMPARE(byPart->value(0).toString(), QStringLiteral("p-1"));
        QCOMPARE(byPart->value(1).toString(), QStringLiteral("c-1"));
        QVERIFY(!byPart->next());

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
