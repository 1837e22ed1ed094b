// SPDX-License-Identifier: GPL-3.0-or-later
// A proceeding's document list as the main window reads it: page by page, ordered and filtered
// by the store (DocumentRepository::listPage, DocumentService::listPage), on real imports.
#include "casework/demo.h"
#include "casework/documentservice.h"
#include "documents/importer.h"
#include "storage/documentrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "support/pdfmaker.h"
#include "support/testenv.h"

#include <QCollator>
#include <QDir>
#include <QSet>
#include <QtTest>

#include <climits>

using aw::documents::Importer;
using aw::storage::DocumentListPage;
using aw::storage::DocumentListQuery;
using Order = aw::storage::DocumentListQuery::Order;
using aw::test::s;
using aw::test::why;

class TestDocumentList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesCoverEveryDocumentOnce();
    void ordersTextAsPeopleRead();
    void ordersByNumbersAndState();
    void filtersInAnyCase();
    void refusedOutsideTheUnit();

private:
    DocumentListPage page(const DocumentListQuery &query) const;
    QStringList titles(const DocumentListQuery &query) const;
    QString userId(const QString &login) const;

    std::unique_ptr<aw::test::TempDir> m_dir;
    std::shared_ptr<aw::storage::Store> m_store;
    QString m_proceeding;
};

void TestDocumentList::initTestCase()
{
    aw::test::isolate();
    // The store's text order follows the locale the application runs in; German, as for the clerks.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_dir = std::make_unique<aw::test::TempDir>();
    auto store = aw::storage::Store::open(m_dir->file(s("store")));
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();
    QVERIFY2(aw::casework::seedDemo(m_store).ok(), "demo");
    auto p = aw::storage::ProceedingRepository(m_store->connection())
                 .byReference(s("5.1-1/%1-0001").arg(QDate::currentDate().year()));
    QVERIFY2(p.ok(), qPrintable(why(p)));
    m_proceeding = p->id;

    // One at a time, so each is received after the one before.
    QVERIFY(QDir().mkpath(m_dir->file(s("in"))));
    const QList<QPair<QString, QByteArray>> files{
        {s("Anlage 10.txt"), "zehn"},
        {s("Anlage 9.txt"), "neun"},
        {s("Zeugnis.txt"), "Zeugnis"},
        {s("Änderungsantrag.txt"), "Änderung"},
        {s("ÄRZTLICHES ATTEST.txt"), "Attest"},
        {s("Bescheid.pdf"), aw::test::makePdf({s("eins"), s("zwei"), s("drei")})},
    };
    for (const auto &[name, bytes] : files) {
        const QString path = m_dir->file(s("in/") + name);
        QVERIFY(aw::test::writeFile(path, bytes));
        const auto summary = Importer::run(m_store, userId(s("mmueller")), m_proceeding, {path},
                                           aw::casework::DocumentFiling::Duplicates::Skip);
        QCOMPARE(summary.imported, 1);
        QTest::qWait(2);  // distinct receipt times
    }
    // A second version of the Bescheid, with one page.
    const QString again = m_dir->file(s("in/Bescheid.pdf"));
    QVERIFY(aw::test::writeFile(again, aw::test::makePdf({s("endgültig")})));
    QCOMPARE(Importer::run(m_store, userId(s("mmueller")), m_proceeding, {again},
                           aw::casework::DocumentFiling::Duplicates::Skip)
                 .newVersions,
             1);
}

void TestDocumentList::cleanupTestCase()
{
    m_store.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale::c());
}

QString TestDocumentList::userId(const QString &login) const
{
    const auto user = aw::storage::OrgRepository(m_store->connection()).userByLogin(login);
    return user ? user->id : QString();
}

DocumentListPage TestDocumentList::page(const DocumentListQuery &query) const
{
    auto listed = aw::casework::DocumentService({m_store, userId(s("mmueller"))}).listPage(m_proceeding, query);
    if (!listed) {
        qWarning("%s", qPrintable(listed.error().message));
        return {};
    }
    return listed.value();
}

QStringList TestDocumentList::titles(const DocumentListQuery &query) const
{
    QStringList out;
    for (const auto &row : page(query).rows)
        out << row.document.title;
    return out;
}

void TestDocumentList::pagesCoverEveryDocumentOnce()
{
    const auto demoDocuments = aw::storage::DocumentRepository(m_store->connection()).byProceeding(m_proceeding);
    QVERIFY2(demoDocuments.ok(), qPrintable(why(demoDocuments)));
    const int all = int(demoDocuments->size());
    QVERIFY(all >= 6);

    DocumentListQuery query;
    query.limit = 4;
    QStringList seen;
    QSet<QString> ids;
    for (query.offset = 0; query.offset < all + 4; query.offset += query.limit) {
        const DocumentListPage p = page(query);
        QCOMPARE(p.total, all);
        for (const auto &row : p.rows) {
            seen << row.document.title;
            ids.insert(row.document.id);
            QVERIFY(!row.versions.isEmpty());
        }
    }
    QCOMPARE(seen.size(), all);
    QCOMPARE(ids.size(), all);
    // The pages together are the list read whole, in the case file's order.
    QStringList whole;
    for (const auto &d : demoDocuments.value())
        whole << d.title;
    QCOMPARE(seen, whole);

    // Every version rides along, oldest first; the text state is the newest version's.
    DocumentListQuery one;
    one.filter = s("Bescheid");
    const DocumentListPage bescheid = page(one);
    QCOMPARE(bescheid.total, 1);
    QCOMPARE(bescheid.rows.first().versions.size(), 2);
    QCOMPARE(bescheid.rows.first().versions.first().n, 1);
    QCOMPARE(bescheid.rows.first().versions.last().pages, 1);
    QCOMPARE(bescheid.rows.first().textStatus, s("indexed"));
}

void TestDocumentList::ordersTextAsPeopleRead()
{
    DocumentListQuery query;
    query.order = Order::Title;
    const QStringList ascending = titles(query);
    auto before = [&ascending](const QString &a, const QString &b) {
        return ascending.indexOf(a) >= 0 && ascending.indexOf(a) < ascending.indexOf(b);
    };
    // Numbers by value, umlauts with their letter, case ignored.
    QVERIFY2(before(s("Anlage 9"), s("Anlage 10")), qPrintable(ascending.join(s(" | "))));
    QVERIFY2(before(s("Änderungsantrag"), s("Anlage 9")), qPrintable(ascending.join(s(" | "))));
    QVERIFY2(before(s("ÄRZTLICHES ATTEST"), s("Bescheid")), qPrintable(ascending.join(s(" | "))));
    QVERIFY2(before(s("Bescheid"), s("Zeugnis")), qPrintable(ascending.join(s(" | "))));

    query.descending = true;
    QStringList descending = titles(query);
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);

    query.order = Order::File;
    query.descending = false;
    const DocumentListPage byFile = page(query);
    for (qsizetype i = 1; i < byFile.rows.size(); ++i) {
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        QVERIFY(collator.compare(byFile.rows.at(i - 1).versions.last().fileName,
                                 byFile.rows.at(i).versions.last().fileName) <= 0);
    }
}

void TestDocumentList::ordersByNumbersAndState()
{
    DocumentListQuery query;
    query.order = Order::Versions;
    query.descending = true;
    const DocumentListPage byVersions = page(query);
    QCOMPARE(byVersions.rows.first().document.title, s("Bescheid"));  // the only one with two

    query.order = Order::Pages;
    query.descending = true;
    int last = INT_MAX;
    for (const auto &row : page(query).rows) {
        const int pages = row.versions.last().pages;
        QVERIFY(pages <= last);
        last = pages;
    }

    query.order = Order::Received;
    query.descending = true;
    query.filter = s("Anlage");
    QCOMPARE(titles(query), (QStringList{s("Anlage 9"), s("Anlage 10")}));  // the newest first

    query.order = Order::TextState;
    query.descending = false;
    query.filter.clear();
    QString previous;
    for (const auto &row : page(query).rows) {
        QVERIFY(previous <= row.textStatus);
        previous = row.textStatus;
    }
}

void TestDocumentList::filtersInAnyCase()
{
    DocumentListQuery query;
    query.filter = s("ärztlich");  // in capitals in the title
    QCOMPARE(titles(query), QStringList{s("ÄRZTLICHES ATTEST")});
    QCOMPARE(page(query).total, 1);
    query.filter = s("  BESCHEID.PDF ");  // the file name, spaces around ignored
    QCOMPARE(titles(query), QStringList{s("Bescheid")});
    query.filter = s("%");  // no pattern syntax
    QCOMPARE(page(query).total, 0);
    query.filter = s("nichts dergleichen");
    const DocumentListPage none = page(query);
    QCOMPARE(none.total, 0);
    QVERIFY(none.rows.isEmpty());
}

void TestDocumentList::refusedOutsideTheUnit()
{
    // A clerk of the Kundenzentrum may not read the Standesamt's documents.
    auto listed = aw::casework::DocumentService({m_store, userId(s("aweber"))}).listPage(m_proceeding, {});
    QVERIFY(!listed.ok());
    QVERIFY(!listed.error().message.isEmpty());
}

QTEST_MAIN(TestDocumentList)
#include "tst_documentlist.moc"
