// SPDX-License-Identifier: GPL-3.0-or-later
// The main window syncing with a real PostgreSQL server started for this test: the state in the
// status bar, a conflict decided in the conflicts dialog, the server gone, a password asked for.
#include "casework/casefileservice.h"
#include "casework/documentservice.h"
#include "casework/proceedingservice.h"
#include "storage/sql.h"
#include "support/modal.h"
#include "support/pgserver.h"
#include "support/syncoffice.h"
#include "support/testenv.h"
#include "sync/central.h"
#include "sync/synchronizer.h"
#include "ui/casedialogs.h"
#include "ui/centralconnection.h"
#include "ui/conflictsdialog.h"
#include "ui/documentpanel.h"
#include "ui/mainwindow.h"
#include "ui/synccontroller.h"

#include <QAction>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace aw;
using aw::test::s;
using aw::test::why;
using State = ui::SyncController::State;

namespace {
constexpr const char *Password = "geheim-12345";
}

class TestSyncGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PgServer> m_server;
    test::TempDir m_annaDir, m_tarikDir, m_karinDir;
    test::SyncOffice m_anna, m_tarik, m_karin;
    int m_connections = 0;

    // Waits until the controller reaches `state` (or one of the end states, to report it).
    static bool waitFor(ui::SyncController *sync, State state)
    {
        QSignalSpy changed(sync, &ui::SyncController::stateChanged);
        for (int i = 0; i < 100 && sync->state() != state; ++i) {
            if (sync->state() != State::Syncing && i > 0 && changed.isEmpty())
                break;
            changed.wait(200);
            changed.clear();
        }
        if (sync->state() != state)
            qWarning("sync state %d, wanted %d: %s", int(sync->state()), int(state),
                     qPrintable(sync->indicator()->toolTip()));
        return sync->state() == state;
    }

    QString subjectIn(const test::SyncOffice &office, const QString &id)
    {
        auto v = storage::scalar(office.store->connection(), s("SELECT subject FROM case_file WHERE id = ?"), {id});
        return v ? v->toString() : QString();
    }

    core::Result<sync::SyncReport> syncTarik()
    {
        auto central = sync::connectCentral(m_server->conninfo(s("tarik"), QString::fromLatin1(Password)),
                                            s("tarik-%1").arg(++m_connections));
        if (!central)
            return central.error();
        return sync::Synchronizer(m_tarik.store, central.value()).run();
    }

    // A case file of anna's with one proceeding and one document of `contents` (named `fileName`).
    struct Filed
    {
        QString file, proceeding, document, sha256;
    };
    Filed fileDocument(const QString &subject, const QString &title, const QByteArray &contents,
                       const QString &fileName)
    {
        const casework::Session anna(m_anna.store, m_anna.userIds.value(s("anna")));
        auto file = casework::CaseFileService(anna).create(m_anna.node51, subject, m_anna.unitSta);
        [&] { QVERIFY2(file, qPrintable(why(file))); }();
        if (!file)
            return {};
        auto proceeding = casework::ProceedingService(anna).create(file->id, title);
        [&] { QVERIFY2(proceeding, qPrintable(why(proceeding))); }();
        if (!proceeding)
            return {};
        QByteArray bytes = contents;
        QBuffer device(&bytes);
        device.open(QIODevice::ReadOnly);
        auto document = casework::DocumentService(anna).addDocument(proceeding->id, title, storage::Direction::In,
                                                                    device, fileName);
        [&] { QVERIFY2(document, qPrintable(why(document))); }();
        if (!document)
            return {};
        return {file->id, proceeding->id, document->id,
                QString::fromLatin1(QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        QSettings().remove(s("central"));  // test mode's settings outlive a run
        auto server = test::PgServer::start();
        QVERIFY2(server, qPrintable(why(server)));
        m_server = std::move(server.value());
        auto admin = sync::connectCentral(m_server->conninfo(), s("admin"));
        QVERIFY2(admin, qPrintable(why(admin)));
        QVERIFY(test::SyncOffice::setUpCentral(admin.value(), QString::fromLatin1(Password)));
        auto anna = test::SyncOffice::make(m_annaDir.path());
        auto tarik = test::SyncOffice::make(m_tarikDir.path());
        auto karin = test::SyncOffice::make(m_karinDir.path());
        QVERIFY2(anna && tarik && karin, qPrintable(why(anna) + why(tarik) + why(karin)));
        m_anna = anna.value();
        m_tarik = tarik.value();
        m_karin = karin.value();
        // libpq takes the password from PGPASSWORD (as from ~/.pgpass); a wrong one is asked for.
        qputenv("PGPASSWORD", Password);
    }

    void withoutACentralStoreTheWindowSaysLocalOnly()
    {
        ui::MainWindow window(m_anna.store, m_anna.userIds.value(s("anna")));
        window.show();
        QCOMPARE(window.syncController()->state(), State::LocalOnly);
        QVERIFY(!window.syncController()->syncNowAction()->isEnabled());
        QVERIFY(window.syncController()->indicator()->isVisible());

        // A version whose file is not here, with no central store to fetch it from: the pane says
        // so and points to the store check (in a store that never synced, the file is missing).
        const QByteArray letter("Antrag Geburtsurkunde Jonas Weber");
        const Filed filed = fileDocument(s("Geburt Jonas Weber"), s("Antrag"), letter, s("antrag.txt"));
        QVERIFY(!filed.document.isEmpty());
        const QString sha = filed.sha256;
        QVERIFY(QFile::remove(m_anna.store->blobs().pathOf(sha)));
        QSignalSpy shown(window.documentPanel(), &ui::DocumentPanel::versionShown);
        window.openSearchHit({filed.file, filed.proceeding, filed.document, 0, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        auto *details = window.documentPanel()->findChild<QLabel *>(s("documentDetails"));
        QVERIFY(details && details->isVisible());
        QVERIFY2(details->text().contains(s("aktenwerk-cli verify")), qPrintable(details->text()));
        // Put back, for the tests after this one.
        QCOMPARE(m_anna.store->blobs().putData(letter).value(), sha);
    }

    void theWindowSyncsAndAConflictIsDecidedInTheDialog()
    {
        ui::CentralConnection connection;
        connection.host = s("127.0.0.1");
        connection.port = m_server->port();
        connection.user = s("anna");
        connection.sslMode = s("disable");
        connection.save();
        QVERIFY(syncTarik());

        ui::MainWindow window(m_anna.store, m_anna.userIds.value(s("anna")));
        window.show();
        ui::SyncController *sync = window.syncController();
        QVERIFY(waitFor(sync, State::InSync));  // the first sync starts by itself
        QVERIFY2(sync->indicator()->text().startsWith(s("In sync")), qPrintable(sync->indicator()->text()));

        // The same subject changed here and on tarik's computer, his first.
        auto file = casework::CaseFileService(casework::Session(m_anna.store, m_anna.userIds.value(s("anna"))))
                        .create(m_anna.node51, s("Geburt Emma Schulz"), m_anna.unitSta);
        QVERIFY2(file, qPrintable(why(file)));
        sync->syncNowAction()->trigger();
        QVERIFY(waitFor(sync, State::InSync));
        QVERIFY(syncTarik());
        QVERIFY(casework::CaseFileService(casework::Session(m_tarik.store, m_tarik.userIds.value(s("tarik"))))
                    .editSubject(file->id, s("Geburt Emma Schultz"), 1));
        QVERIFY(syncTarik());
        QVERIFY(casework::CaseFileService(casework::Session(m_anna.store, m_anna.userIds.value(s("anna"))))
                    .editSubject(file->id, s("Geburt Emma Schulz (Zwillinge)"), 1));
        QTest::keyClick(&window, Qt::Key_F9);
        QVERIFY(waitFor(sync, State::Conflicts));
        QVERIFY2(sync->indicator()->text().startsWith(s("1 conflict")), qPrintable(sync->indicator()->text()));
        QVERIFY(sync->conflictsAction()->isEnabled());

        // Clicking the state opens the dialog: both values, and her choice to take his.
        bool shown = false;
        test::whenShown<ui::ConflictsDialog>(this, [&shown](ui::ConflictsDialog *dialog) {
            QSignalSpy loaded(dialog, &ui::ConflictsDialog::loaded);
            if (dialog->list()->topLevelItemCount() == 0)
                loaded.wait(5000);
            QTreeWidget *list = dialog->list();
            shown = list->topLevelItemCount() == 1 &&
                    list->topLevelItem(0)->text(2) == s("Geburt Emma Schulz (Zwillinge)") &&
                    list->topLevelItem(0)->text(3) == s("Geburt Emma Schultz");
            // By keyboard: Space on the row switches to the central store's value.
            list->setFocus();
            list->setCurrentItem(list->topLevelItem(0));
            QTest::keyClick(list, Qt::Key_Space);
            shown = shown && list->topLevelItem(0)->checkState(4) == Qt::Unchecked;
            dialog->apply();
        });
        sync->indicator()->click();
        QVERIFY(shown);
        QVERIFY(waitFor(sync, State::InSync));
        QCOMPARE(subjectIn(m_anna, file->id), s("Geburt Emma Schultz"));
        QVERIFY(!sync->conflictsAction()->isEnabled());
    }

    void aServerGoneIsOfflineAndBackInSync()
    {
        ui::MainWindow window(m_anna.store, m_anna.userIds.value(s("anna")));
        window.show();
        ui::SyncController *sync = window.syncController();
        QVERIFY(waitFor(sync, State::InSync));
        QVERIFY(m_server->stop());
        QVERIFY(casework::CaseFileService(casework::Session(m_anna.store, m_anna.userIds.value(s("anna"))))
                    .create(m_anna.node51, s("Geburt Lea Kaya"), m_anna.unitSta));
        sync->syncNow();
        QVERIFY(waitFor(sync, State::Offline));
        QVERIFY2(sync->indicator()->text().startsWith(s("Offline")), qPrintable(sync->indicator()->text()));
        QVERIFY(m_server->restart());
        sync->syncNow();
        QVERIFY(waitFor(sync, State::InSync));
        auto left = storage::scalar(m_anna.store->connection(), s("SELECT count(*) FROM outbox"));
        QCOMPARE(left->toInt(), 0);
    }

    void aRefusedPasswordIsAskedFor()
    {
        qputenv("PGPASSWORD", "falsch-falsch");
        ui::MainWindow window(m_anna.store, m_anna.userIds.value(s("anna")));
        bool asked = false;
        test::whenShown<QInputDialog>(this, [&asked](QInputDialog *dialog) {
            asked = dialog->textEchoMode() == QLineEdit::Password;
            dialog->setTextValue(QString::fromLatin1(Password));
            dialog->accept();
        });
        window.show();
        ui::SyncController *sync = window.syncController();
        QVERIFY(waitFor(sync, State::InSync));
        QVERIFY(asked);
        qputenv("PGPASSWORD", Password);
    }

    void anArchivedDocumentIsFetchedWhenOpened()
    {
        // Anna files a death notice and archives the file; karin, supervisor, opens it later.
        const QByteArray notice("Todesanzeige Otto Brandt");
        const Filed filed = fileDocument(s("Sterbefall Otto Brandt"), s("Sterbeurkunde"), notice, s("anzeige.txt"));
        QVERIFY(!filed.document.isEmpty());
        const casework::Session anna(m_anna.store, m_anna.userIds.value(s("anna")));
        QVERIFY(casework::ProceedingService(anna).close(filed.proceeding));
        QVERIFY(casework::CaseFileService(anna).close(filed.file));
        auto central = sync::connectCentral(m_server->conninfo(s("anna"), QString::fromLatin1(Password)),
                                            s("anna-%1").arg(++m_connections));
        QVERIFY2(central, qPrintable(why(central)));
        QVERIFY(sync::Synchronizer(m_anna.store, central.value()).run());
        const QString sha = filed.sha256;

        ui::CentralConnection connection = ui::CentralConnection::load();
        connection.user = s("karin");
        connection.save();
        ui::MainWindow window(m_karin.store, m_karin.userIds.value(s("karin")));
        window.show();
        ui::SyncController *sync = window.syncController();
        QVERIFY(waitFor(sync, State::InSync));
        QVERIFY(!m_karin.store->blobs().contains(sha));  // the archive's contents stay central

        // Offline, the pane says why the contents are not here.
        QVERIFY(m_server->stop());
        ui::DocumentPanel *panel = window.documentPanel();
        auto *message = panel->findChild<QLabel *>(s("documentMessage"));
        QVERIFY(message);
        QSignalSpy shown(panel, &ui::DocumentPanel::versionShown);
        window.openSearchHit({filed.file, filed.proceeding, filed.document, 0, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        auto *details = panel->findChild<QLabel *>(s("documentDetails"));
        auto *again = panel->findChild<QPushButton *>(s("fetchAgainButton"));
        QVERIFY(details && again);
        QVERIFY2(details->isVisible() && details->text().contains(s("cannot be reached")), qPrintable(details->text()));
        QVERIFY(again->isVisible());
        QVERIFY(!m_karin.store->blobs().contains(sha));

        // Back online, "Fetch again" fetches it and shows it.
        QVERIFY(m_server->restart());
        shown.clear();
        again->click();
        QVERIFY(message->isVisible() && message->text().contains(s("central store")));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QVERIFY(m_karin.store->blobs().contains(sha));
        QVERIFY(details->isVisible() && !again->isVisible());
        QVERIFY2(details->text().contains(s("anzeige.txt")) && !details->text().contains(s("cannot be reached")),
                 qPrintable(details->text()));
        connection.user = s("anna");
        connection.save();
    }

    void aCaseFileMadeInTheWindowIsSentSoon()
    {
        ui::MainWindow window(m_anna.store, m_anna.userIds.value(s("anna")));
        window.show();
        ui::SyncController *sync = window.syncController();
        QVERIFY(waitFor(sync, State::InSync));
        sync->setChangeDelay(300);

        // Node 5.1, then a new case file by its shortcut, as a clerk makes one.
        QTreeView *plan = window.filePlanView();
        const QModelIndexList node = plan->model()->match(plan->model()->index(0, 0), Qt::DisplayRole, s("5.1  "), 1,
                                                          Qt::MatchStartsWith | Qt::MatchRecursive);
        QVERIFY(!node.isEmpty());
        QSignalSpy loaded(&window, &ui::MainWindow::caseFilesLoaded);
        plan->setCurrentIndex(node.first());
        QTRY_VERIFY(loaded.count() >= 1);
        QSignalSpy states(sync, &ui::SyncController::stateChanged);
        test::whenShown<ui::NewCaseFileDialog>(this, [](ui::NewCaseFileDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(s("newCaseFileSubject")), s("Geburt Mia Berger"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);

        // Without F9: the sync starts by itself shortly after, and the file is central.
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty() && states.first().first().value<State>() == State::Syncing, 10000);
        QVERIFY(waitFor(sync, State::InSync));
        auto left = storage::scalar(m_anna.store->connection(), s("SELECT count(*) FROM outbox"));
        QCOMPARE(left->toInt(), 0);
        auto admin = sync::connectCentral(m_server->conninfo(), s("admin-%1").arg(++m_connections));
        QVERIFY2(admin, qPrintable(why(admin)));
        QSqlQuery q(admin.value());
        QVERIFY(q.exec(s("SELECT count(*) FROM aw.record WHERE data ->> 'subject' = 'Geburt Mia Berger'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void cleanupTestCase() { QSettings().remove(s("central")); }
};

QTEST_MAIN(TestSyncGui)
#include "tst_syncgui.moc"
