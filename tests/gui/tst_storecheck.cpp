// SPDX-License-Identifier: GPL-3.0-or-later
// The integrity check after the window has opened, on the real main window: a damaged store is
// reported and kept from changing; an intact one passes without a word.
#include "storage/sql.h"
#include "storage/store.h"
#include "support/damagedstore.h"
#include "support/olderstore.h"
#include "support/testenv.h"
#include "ui/mainwindow.h"
#include "ui/storecheck.h"
#include "ui/storeopening.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest>

using namespace aw;
using test::s;
using test::why;

class TestStoreCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void damagedStoreIsReportedAndReadOnly();
    void intactStorePassesQuietly();
    void olderStoreIsUpgradedWithANote();

private:
    // The store in `dir`, opened as the desktop application opens it.
    std::shared_ptr<storage::Store> openLater(const QString &dir);
};

void TestStoreCheck::initTestCase()
{
    test::isolate();
}

std::shared_ptr<storage::Store> TestStoreCheck::openLater(const QString &dir)
{
    auto store =
        storage::Store::open(dir, storage::Database::OpenMode::MustExist, storage::Database::Integrity::CheckLater);
    if (!store)
        qWarning("%s", qPrintable(store.error().message));
    return store ? store.value() : nullptr;
}

void TestStoreCheck::damagedStoreIsReportedAndReadOnly()
{
    test::TempDir dir;
    const QString storeDir = dir.file(s("store"));
    QVERIFY(QDir().mkpath(storeDir));
    const QString damaged =
        test::writeDamagedStore(QDir(storeDir).filePath(s("aktenwerk.sqlite")), test::Damage::DataAfterTheSchema);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    const auto store = openLater(storeDir);
    QVERIFY(store);

    ui::MainWindow window(store, QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *check = new ui::StoreCheck(&window, store);
    QSignalSpy finished(check, &ui::StoreCheck::finished);
    check->start();
    QCOMPARE(window.statusBar()->currentMessage(), s("Checking the store …"));

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(window.statusBar()->currentMessage() != s("Checking the store …"));

    auto *box = window.findChild<QMessageBox *>(s("storeDamagedMessage"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->icon(), QMessageBox::Critical);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QVERIFY(!box->accessibleName().isEmpty());
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(storeDir)), qPrintable(box->text()));
    QVERIFY2(box->text().contains(s("damaged")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(s("reading only")), qPrintable(box->text()));

    // Nothing changes the damaged store any more, and the user is told why.
    QVERIFY(store->database().isDamaged());
    const auto written = store->setSetting(s("test.key"), s("value"));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(s("damaged and open for reading only")),
             qPrintable(written.error().message));

    QTest::mouseClick(box->findChild<QPushButton *>(s("storeDamagedMessageOk")), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(s("storeDamagedMessage")));
}

void TestStoreCheck::intactStorePassesQuietly()
{
    test::TempDir dir;
    const QString storeDir = dir.file(s("store"));
    {
        auto made = storage::Store::open(storeDir);
        QVERIFY2(made.ok(), qPrintable(why(made)));
    }
    const auto store = openLater(storeDir);
    QVERIFY(store);

    ui::MainWindow window(store, QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *check = new ui::StoreCheck(&window, store);
    QSignalSpy finished(check, &ui::StoreCheck::finished);
    check->start();
    check->start();  // once is enough
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);

    QVERIFY(!window.findChild<QMessageBox *>(s("storeDamagedMessage")));
    QVERIFY(window.statusBar()->currentMessage() != s("Checking the store …"));
    QVERIFY(!store->database().isDamaged());
    const auto written = store->setSetting(s("test.key"), s("value"));
    QVERIFY2(written.ok(), qPrintable(why(written)));
}

QTEST_MAIN(TestStoreCheck)
// The desktop application opens the store on a worker; upgrading an older store says so meanwhile,
// and the store comes out upgraded with its text.
void TestStoreCheck::olderStoreIsUpgradedWithANote()
{
    test::TempDir dir;
    const QString storeDir = dir.file(s("store"));
    QVERIFY(QDir().mkpath(storeDir));
    const QString made = test::writeOlderStore(QDir(storeDir).filePath(s("aktenwerk.sqlite")));
    QVERIFY2(made.isEmpty(), qPrintable(made));

    struct NoteWatch : QObject
    {
        int shown = 0;
        QString text;
        bool eventFilter(QObject *object, QEvent *event) override
        {
            if (event->type() == QEvent::Show && object->objectName() == QLatin1String("storeOpeningNote")) {
                ++shown;
                if (auto *label = object->findChild<QLabel *>())
                    text = label->text();
            }
            return false;
        }
    } watch;
    qApp->installEventFilter(&watch);
    auto store = ui::openStoreShowingProgress(storeDir, storage::Database::OpenMode::MustExist,
                                              storage::Database::Integrity::CheckLater, std::chrono::milliseconds(0));
    qApp->removeEventFilter(&watch);
    QVERIFY2(store, qPrintable(why(store)));
    QCOMPARE(watch.shown, 1);
    QVERIFY2(watch.text.contains(s("new version")), qPrintable(watch.text));
    const auto windows = QApplication::topLevelWidgets();
    QVERIFY(std::none_of(windows.cbegin(), windows.cend(), [](const QWidget *w) {
        return w->objectName() == QLatin1String("storeOpeningNote") && w->isVisible();
    }));
    QCOMPARE((*store)->database().schemaVersion(), storage::Database::latestSchemaVersion());
    auto body = storage::scalar((*store)->connection(),
                                s("SELECT c.body FROM search_content c JOIN search_object o ON o.id = c.id "
                                  "WHERE o.object_id = 'd-1'"));
    QVERIFY2(body, qPrintable(why(body)));
    QCOMPARE(body->toString(), s("Mietbescheinigung der Hausverwaltung liegt bei"));

    // A store that opens at once shows no note.
    watch.shown = 0;
    qApp->installEventFilter(&watch);
    store = ui::openStoreShowingProgress(storeDir, storage::Database::OpenMode::MustExist,
                                         storage::Database::Integrity::CheckLater, std::chrono::seconds(30));
    qApp->removeEventFilter(&watch);
    QVERIFY2(store, qPrintable(why(store)));
    QCOMPARE(watch.shown, 0);
}

#include "tst_storecheck.moc"
