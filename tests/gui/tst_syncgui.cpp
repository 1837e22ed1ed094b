// SPDX-License-Identifier: GPL-3.0-or-later
// The main window syncing with a real PostgreSQL server started for this test: the state in the
// status bar, a conflict decided in the conflicts dialog, the server gone, a password asked for.
#include "casework/casefileservice.h"
#include "storage/sql.h"
#include "support/modal.h"
#include "support/pgserver.h"
#include "support/syncoffice.h"
#include "support/testenv.h"
#include "sync/central.h"
#include "sync/synchronizer.h"
#include "ui/centralconnection.h"
#include "ui/conflictsdialog.h"
#include "ui/mainwindow.h"
#include "ui/synccontroller.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
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
    test::TempDir m_annaDir, m_tarikDir;
    test::SyncOffice m_anna, m_tarik;
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
        QVERIFY2(anna && tarik, qPrintable(why(anna) + why(tarik)));
        m_anna = anna.value();
        m_tarik = tarik.value();
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

    void cleanupTestCase() { QSettings().remove(s("central")); }
};

QTEST_MAIN(TestSyncGui)
#include "tst_syncgui.moc"
