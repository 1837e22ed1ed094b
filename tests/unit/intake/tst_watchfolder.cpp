// SPDX-License-Identifier: GPL-3.0-or-later
// Packages dropped into the watch folder reach the Posteingang within seconds, also on start.
#include "casework/demo.h"
#include "intake/inbox.h"
#include "intake/samples.h"
#include "intake/watchfolder.h"
#include "packages/safezip.h"
#include "storage/orgrepository.h"
#include "support/testenv.h"

#include <QDir>
#include <QSignalSpy>
#include <QtTest>

namespace samples = aw::intake::samples;
using aw::test::s;

class TestWatchFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { aw::test::isolate(); }
    void picksUpOnStartAndWhenDropped();
};

void TestWatchFolder::picksUpOnStartAndWhenDropped()
{
    aw::test::TempDir dir;
    auto store = aw::storage::Store::open(dir.file(s("store")));
    QVERIFY(store.ok());
    QVERIFY(aw::casework::seedDemo(store.value()).ok());
    const QString user = aw::storage::OrgRepository(store.value()->connection()).userByLogin(s("registratur"))->id;
    const QString folder = dir.file(s("eingang"));
    QVERIFY(QDir().mkpath(folder));
    // Waiting before the application starts.
    QVERIFY(
        aw::packages::writeZip(folder + s("/vorher.zip"), samples::submissionFiles(samples::Kind::CertificateRequest)));

    aw::intake::WatchFolder watch(store.value(), user, folder);
    QSignalSpy received(&watch, &aw::intake::WatchFolder::received);
    watch.start();
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 15000);
    QCOMPARE(received.first().at(1).toString(), s("new"));

    // Dropped while it runs, including a broken one.
    QVERIFY(aw::packages::writeZip(folder + s("/danach.zip"), samples::submissionFiles(samples::Kind::BirthBundle)));
    QVERIFY(
        aw::packages::writeZip(folder + s("/kaputt.zip"), samples::submissionFiles(samples::Kind::ResidenceRegistration,
                                                                                   samples::Defect::WrongDataHash)));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 3, 15000);
    QStringList statuses;
    for (const auto &r : received)
        statuses << r.at(1).toString();
    statuses.sort();
    QCOMPARE(statuses, (QStringList{s("new"), s("new"), s("quarantined")}));

    // Received packages moved aside, nothing left waiting; the inbox holds all three.
    QTRY_VERIFY(QDir(folder).entryList({s("*.zip")}, QDir::Files).isEmpty());
    QCOMPARE(QDir(folder + s("/eingelesen")).entryList({s("*.zip")}, QDir::Files).size(), 3);
    QCOMPARE(aw::intake::Inbox({store.value(), user}).list()->size(), 3);
}

QTEST_GUILESS_MAIN(TestWatchFolder)
#include "tst_watchfolder.moc"
