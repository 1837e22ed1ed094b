// SPDX-License-Identifier: GPL-3.0-or-later
// Clients with local stores of their own sync through a real PostgreSQL server started for this
// test: work made offline on each arrives everywhere once, the same field changed on two clients
// is a conflict the user resolves, changes of different fields merge, a server gone in the middle
// loses nothing.
#include "casework/casefileservice.h"
#include "casework/documentservice.h"
#include "casework/noteservice.h"
#include "casework/proceedingservice.h"
#include "storage/outbox.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "support/pgserver.h"
#include "support/syncoffice.h"
#include "support/testenv.h"
#include "sync/central.h"
#include "sync/centralapi.h"
#include "sync/synchronizer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

using namespace aw;
using aw::test::s;
using aw::test::why;

namespace {

constexpr const char *Password = "geheim-12345";

// One client: a local store of the sync office (tests/support/syncoffice.h), worked in by one user
// who syncs as that user.
struct Client
{
    QString login;
    test::TempDir dir;
    std::shared_ptr<storage::Store> store;
    QString userId;
    QString unitSta;
    QString node51;
    QSqlDatabase central;

    casework::Session session() const { return casework::Session(store, userId); }
    sync::Synchronizer synchronizer() const { return sync::Synchronizer(store, central); }
    core::Result<sync::SyncReport> sync() const { return synchronizer().run(); }

    QString query(const QString &sql) const
    {
        QStringList out;
        QSqlQuery q(store->connection());
        if (!q.exec(sql))
            return QStringLiteral("error");
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
        return out.join(QLatin1Char('\n'));
    }

    // What every client must agree on after syncing.
    QString fingerprint() const
    {
        return query(QStringLiteral(
                   "SELECT c.reference, c.subject, c.status, c.closed_at, u.code, n.code FROM case_file c "
                   "JOIN org_unit u ON u.id = c.owner_unit_id JOIN file_plan_node n ON n.id = c.node_id "
                   "ORDER BY c.reference")) +
               QLatin1Char('\n') +
               query(
                   QStringLiteral("SELECT p.reference, p.subject, p.status, p.due_at, coalesce(u.login, '-') "
                                  "FROM proceeding p LEFT JOIN user u ON u.id = p.assignee_id ORDER BY p.reference")) +
               QLatin1Char('\n') +
               query(
                   QStringLiteral("SELECT n.text, u.login, n.object_type FROM note n JOIN user u ON u.id = n.author_id "
                                  "ORDER BY n.text"));
    }
};

}  // namespace

class TestSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PgServer> m_server;
    int m_connections = 0;

    QSqlDatabase connectAs(const QString &login)
    {
        auto db = sync::connectCentral(m_server->conninfo(login, QString::fromLatin1(Password)),
                                       QStringLiteral("sync-%1").arg(++m_connections));
        [&] { QVERIFY2(db, qPrintable(why(db))); }();
        return db ? db.value() : QSqlDatabase();
    }

    std::unique_ptr<Client> client(const QString &login)
    {
        auto c = std::make_unique<Client>();
        c->login = login;
        auto office = test::SyncOffice::make(c->dir.path());
        [&] { QVERIFY2(office, qPrintable(why(office))); }();
        if (!office)
            return nullptr;
        c->store = office->store;
        c->userId = office->userIds.value(login);
        c->unitSta = office->unitSta;
        c->node51 = office->node51;
        c->central = connectAs(login);
        return c;
    }

    int countCentral(const QString &sql)
    {
        auto admin = sync::connectCentral(m_server->conninfo(), QStringLiteral("count-%1").arg(++m_connections));
        if (!admin)
            return -1;
        QSqlQuery q(admin.value());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    std::unique_ptr<Client> m_anna, m_tarik;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        auto server = test::PgServer::start();
        QVERIFY2(server, qPrintable(why(server)));
        m_server = std::move(server.value());
        auto admin = sync::connectCentral(m_server->conninfo(), QStringLiteral("admin"));
        QVERIFY2(admin, qPrintable(why(admin)));
        auto central = test::SyncOffice::setUpCentral(admin.value(), QString::fromLatin1(Password));
        QVERIFY2(central, qPrintable(why(central)));
        m_anna = client(s("anna"));
        m_tarik = client(s("tarik"));
        QVERIFY(m_anna && m_tarik);
    }

    void workMadeOfflineOnTwoClientsArrivesOnBoth()
    {
        // A store that syncs takes reference numbers from blocks it reserved; before its first sync
        // it has none, and says what to do.
        auto first = m_anna->sync();
        QVERIFY2(first, qPrintable(why(first)));
        QVERIFY(first->reserved >= 2);  // 5 and 5.1 of this year
        QVERIFY(m_tarik->sync());

        // Offline: each makes a case file; anna also a proceeding and a note.
        auto annas = casework::CaseFileService(m_anna->session())
                         .create(m_anna->node51, s("Geburt Emma Schulz"), m_anna->unitSta);
        QVERIFY2(annas, qPrintable(why(annas)));
        auto proceeding = casework::ProceedingService(m_anna->session()).create(annas->id, s("Geburtsurkunde"));
        QVERIFY2(proceeding, qPrintable(why(proceeding)));
        QVERIFY(casework::NoteService(m_anna->session()).addNote(s("proceeding"), proceeding->id, s("Mutter rief an")));
        auto tariks = casework::CaseFileService(m_tarik->session())
                          .create(m_tarik->node51, s("Geburt Ömer Yılmaz"), m_tarik->unitSta);
        QVERIFY2(tariks, qPrintable(why(tariks)));
        QVERIFY(annas->reference != tariks->reference);  // from different blocks

        auto a = m_anna->sync();
        QVERIFY2(a, qPrintable(why(a)));
        QCOMPARE(a->pushed, 3);
        auto t = m_tarik->sync();
        QVERIFY2(t, qPrintable(why(t)));
        QCOMPARE(t->pushed, 1);
        QCOMPARE(t->pulled, 3);
        auto again = m_anna->sync();
        QVERIFY2(again, qPrintable(why(again)));
        QCOMPARE(again->pulled, 1);
        QCOMPARE(again->pushed, 0);
        QCOMPARE(m_tarik->fingerprint(), m_anna->fingerprint());
        QVERIFY(m_anna->fingerprint().contains(s("Geburt Ömer Yılmaz")));
        QVERIFY(m_anna->fingerprint().contains(s("Mutter rief an|anna|proceeding")));
        // Pulled records are searchable like one's own (the search index follows the rows).
        QCOMPARE(m_tarik->query(s("SELECT count(*) FROM search_object WHERE object_id = '%1'").arg(annas->id)), s("1"));
        // Nothing was sent twice, and the outboxes are empty.
        QCOMPARE(countCentral(s("SELECT count(*) FROM aw.change")), 4);
        QCOMPARE(m_anna->query(s("SELECT count(*) FROM outbox")), s("0"));
        QCOMPARE(m_tarik->query(s("SELECT count(*) FROM outbox")), s("0"));
    }

    void theSameFieldChangedTwiceIsAConflictOtherFieldsMerge()
    {
        const QString file = m_anna->query(s("SELECT id FROM case_file WHERE subject = 'Geburt Emma Schulz'"));
        const QString proceeding = m_anna->query(s("SELECT id FROM proceeding"));
        QVERIFY(!file.isEmpty() && !proceeding.isEmpty());
        const auto rev = [](const Client &c, const QString &table, const QString &id) {
            return c.query(s("SELECT rev FROM %1 WHERE id = '%2'").arg(table, id)).toInt();
        };
        // Offline on both: the same case file's subject; different fields of the proceeding.
        QVERIFY(casework::CaseFileService(m_anna->session())
                    .editSubject(file, s("Geburt Emma Schulz (Zwillinge)"), rev(*m_anna, s("case_file"), file)));
        QVERIFY(casework::ProceedingService(m_anna->session()).setDue(proceeding, QDate(2026, 12, 24)));
        QVERIFY(casework::CaseFileService(m_tarik->session())
                    .editSubject(file, s("Geburt Emma Schultz"), rev(*m_tarik, s("case_file"), file)));
        QVERIFY(casework::ProceedingService(m_tarik->session())
                    .editSubject(proceeding, s("Geburtsurkunde, 2 Stück"), rev(*m_tarik, s("proceeding"), proceeding)));

        QVERIFY(m_anna->sync());
        auto t = m_tarik->sync();
        QVERIFY2(t, qPrintable(why(t)));
        QCOMPARE(t->conflicts, 1);
        // Tarik keeps his subject until he chooses; the proceeding merged both changes.
        QCOMPARE(m_tarik->query(s("SELECT subject FROM case_file WHERE id = '%1'").arg(file)),
                 s("Geburt Emma Schultz"));
        QCOMPARE(m_tarik->query(s("SELECT subject, due_at FROM proceeding")), s("Geburtsurkunde, 2 Stück|2026-12-24"));
        auto open = sync::Synchronizer::conflicts(m_tarik->store->connection());
        QVERIFY2(open, qPrintable(why(open)));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().fields, QStringList{s("subject")});
        QCOMPARE(open->first().mine.value(s("subject")).toString(), s("Geburt Emma Schultz"));
        QCOMPARE(open->first().theirs.value(s("subject")).toString(), s("Geburt Emma Schulz (Zwillinge)"));
        // Syncing again changes nothing of it: anna keeps hers, tarik his, nothing is lost.
        QVERIFY(m_tarik->sync());
        QVERIFY(m_anna->sync());
        QCOMPARE(m_anna->query(s("SELECT subject FROM case_file WHERE id = '%1'").arg(file)),
                 s("Geburt Emma Schulz (Zwillinge)"));
        QCOMPARE(m_anna->query(s("SELECT subject, due_at FROM proceeding")), s("Geburtsurkunde, 2 Stück|2026-12-24"));

        // Tarik keeps his: it is sent, based on anna's revision, and reaches her.
        QVERIFY(sync::Synchronizer::resolve(m_tarik->store->connection(), m_tarik->userId, file, {s("subject")}));
        QCOMPARE(m_tarik->query(s("SELECT count(*) FROM sync_conflict")), s("0"));
        QCOMPARE(m_tarik->query(s("SELECT count(*) FROM audit_event WHERE action = 'sync.resolve'")), s("1"));
        auto pushed = m_tarik->sync();
        QVERIFY2(pushed, qPrintable(why(pushed)));
        QCOMPARE(pushed->conflicts, 0);
        QVERIFY(m_anna->sync());
        QCOMPARE(m_anna->query(s("SELECT subject FROM case_file WHERE id = '%1'").arg(file)), s("Geburt Emma Schultz"));
        QCOMPARE(m_anna->fingerprint(), m_tarik->fingerprint());
    }

    void takingTheirsDropsMineEverywhere()
    {
        const QString file = m_anna->query(s("SELECT id FROM case_file WHERE subject = 'Geburt Emma Schultz'"));
        const auto rev = [](const Client &c, const QString &id) {
            return c.query(s("SELECT rev FROM case_file WHERE id = '%1'").arg(id)).toInt();
        };
        QVERIFY(
            casework::CaseFileService(m_anna->session()).editSubject(file, s("Geburt Emma S."), rev(*m_anna, file)));
        QVERIFY(casework::CaseFileService(m_tarik->session())
                    .editSubject(file, s("Geburt E. Schultz"), rev(*m_tarik, file)));
        QVERIFY(m_tarik->sync());
        auto a = m_anna->sync();
        QVERIFY2(a, qPrintable(why(a)));
        QCOMPARE(a->conflicts, 1);
        QVERIFY(sync::Synchronizer::resolve(m_anna->store->connection(), m_anna->userId, file, {}));
        QCOMPARE(m_anna->query(s("SELECT subject FROM case_file WHERE id = '%1'").arg(file)), s("Geburt E. Schultz"));
        QVERIFY(m_anna->sync());
        QVERIFY(m_tarik->sync());
        QCOMPARE(m_anna->fingerprint(), m_tarik->fingerprint());
        // Resolving twice, or what is not in conflict, is refused.
        QVERIFY(!sync::Synchronizer::resolve(m_anna->store->connection(), m_anna->userId, file, {}));
    }

    void aThirdClientGetsEverythingAndAllConverge()
    {
        auto karin = client(s("karin"));
        QVERIFY(karin);
        auto k = karin->sync();
        QVERIFY2(k, qPrintable(why(k)));
        QVERIFY(k->pulled > 0);
        // Karin closes tarik's file; everyone learns it, also the clerks who no longer see its history.
        const QString tariks = karin->query(s("SELECT id FROM case_file WHERE subject = 'Geburt Ömer Yılmaz'"));
        QVERIFY(!tariks.isEmpty());
        auto closed = casework::CaseFileService(karin->session()).close(tariks);
        QVERIFY2(closed, qPrintable(why(closed)));
        auto anna =
            casework::CaseFileService(m_anna->session()).create(m_anna->node51, s("Geburt Paul Roth"), m_anna->unitSta);
        QVERIFY2(anna, qPrintable(why(anna)));
        for (int round = 0; round < 2; ++round)
            for (Client *c : {karin.get(), m_anna.get(), m_tarik.get()}) {
                auto r = c->sync();
                QVERIFY2(r, qPrintable(c->login + QLatin1String(": ") + why(r)));
            }
        QCOMPARE(m_anna->fingerprint(), karin->fingerprint());
        QCOMPARE(m_tarik->fingerprint(), karin->fingerprint());
        QCOMPARE(m_tarik->query(s("SELECT status FROM case_file WHERE id = '%1'").arg(tariks)), s("closed"));
    }

    void aProceedingMovedToAnotherFileMovesEverywhere()
    {
        const QString from =
            m_anna->query(s("SELECT case_file_id FROM proceeding WHERE subject = 'Geburtsurkunde, 2 Stück'"));
        const QString to = m_anna->query(s("SELECT id FROM case_file WHERE subject = 'Geburt Paul Roth'"));
        const QString proceeding =
            m_anna->query(s("SELECT id FROM proceeding WHERE subject = 'Geburtsurkunde, 2 Stück'"));
        QVERIFY(!from.isEmpty() && !to.isEmpty() && from != to);
        auto moved = casework::ProceedingService(m_anna->session()).move(proceeding, to);
        QVERIFY2(moved, qPrintable(why(moved)));
        QVERIFY(m_anna->sync());
        QVERIFY(m_tarik->sync());
        QCOMPARE(m_tarik->query(s("SELECT case_file_id FROM proceeding WHERE id = '%1'").arg(proceeding)), to);
        QCOMPARE(m_tarik->fingerprint(), m_anna->fingerprint());
        QCOMPARE(
            countCentral(s("SELECT count(*) FROM aw.record WHERE parent_id = '%1' AND id = '%2'").arg(to, proceeding)),
            1);
    }

    void proceedingsNumberedOfflineOnTwoClientsGetTheirOwnNumbers()
    {
        QVERIFY(m_anna->sync());
        QVERIFY(m_tarik->sync());
        const QString file = m_anna->query(s("SELECT id FROM case_file WHERE subject = 'Geburt Paul Roth'"));
        QCOMPARE(m_tarik->query(s("SELECT id FROM case_file WHERE id = '%1'").arg(file)), file);
        // Both offline, both add a proceeding to the same file: both take the same next number.
        auto annas = casework::ProceedingService(m_anna->session()).create(file, s("Namensänderung"));
        auto tariks = casework::ProceedingService(m_tarik->session()).create(file, s("Vaterschaftsanerkennung"));
        QVERIFY2(annas && tariks, qPrintable(why(annas) + why(tariks)));
        QCOMPARE(annas->number, tariks->number);
        QCOMPARE(annas->reference, tariks->reference);

        auto a = m_anna->sync();
        QVERIFY2(a, qPrintable(why(a)));
        QVERIFY(a->renumbered.isEmpty());
        // The second to sync gets the next free number, here and everywhere, and is told so.
        auto t = m_tarik->sync();
        QVERIFY2(t, qPrintable(why(t)));
        QCOMPARE(t->renumbered.size(), 1);
        const QString now = m_tarik->query(s("SELECT reference FROM proceeding WHERE id = '%1'").arg(tariks->id));
        QVERIFY(now != tariks->reference);
        QCOMPARE(t->renumbered.first(), tariks->reference + s(" → ") + now);
        QCOMPARE(m_tarik->query(s("SELECT number FROM proceeding WHERE id = '%1'").arg(tariks->id)).toInt(),
                 tariks->number + 1);
        QCOMPARE(m_tarik->query(s("SELECT count(*) FROM audit_event WHERE action = 'proceeding.renumber' "
                                  "AND object_id = '%1'")
                                    .arg(tariks->id)),
                 s("1"));
        QCOMPARE(m_tarik->query(s("SELECT count(*) FROM outbox")), s("0"));
        QVERIFY(m_anna->sync());
        QCOMPARE(m_anna->query(s("SELECT reference FROM proceeding WHERE id = '%1'").arg(tariks->id)), now);
        QCOMPARE(m_anna->fingerprint(), m_tarik->fingerprint());
    }

    void aCaseFileMadeBeforeTheFirstSyncGetsAFreeReference()
    {
        // A new computer of anna's, used alone before the central store was set: its first case
        // file took number 1 of its own, which another file has centrally.
        auto fresh = client(s("anna"));
        QVERIFY(fresh);
        auto file =
            casework::CaseFileService(fresh->session()).create(fresh->node51, s("Geburt Ida Sommer"), fresh->unitSta);
        QVERIFY2(file, qPrintable(why(file)));
        auto proceeding = casework::ProceedingService(fresh->session()).create(file->id, s("Geburtsurkunde"));
        QVERIFY2(proceeding, qPrintable(why(proceeding)));
        QCOMPARE(
            countCentral(s("SELECT count(*) FROM aw.record WHERE data ->> 'reference' = '%1'").arg(file->reference)),
            1);

        auto r = fresh->sync();
        QVERIFY2(r, qPrintable(why(r)));
        QCOMPARE(r->renumbered.size(), 1);
        const QString now = fresh->query(s("SELECT reference FROM case_file WHERE id = '%1'").arg(file->id));
        QVERIFY(now != file->reference);
        QCOMPARE(r->renumbered.first(), file->reference + s(" → ") + now);
        QCOMPARE(fresh->query(s("SELECT count(*) FROM outbox")), s("0"));
        QCOMPARE(fresh->query(s("SELECT count(*) FROM case_file_number WHERE case_file_id = '%1'").arg(file->id)),
                 s("1"));
        QCOMPARE(fresh->query(s("SELECT count(*) FROM audit_event WHERE action = 'case_file.renumber'")), s("1"));
        // Its proceeding's reference follows; both arrive centrally and at the others'.
        const QString proceedingNow =
            fresh->query(s("SELECT reference FROM proceeding WHERE id = '%1'").arg(proceeding->id));
        QVERIFY2(proceedingNow.startsWith(now), qPrintable(proceedingNow));
        QCOMPARE(
            countCentral(
                s("SELECT count(*) FROM aw.record WHERE data ->> 'reference' IN ('%1', '%2')").arg(now, proceedingNow)),
            2);
        QVERIFY(m_tarik->sync());
        QCOMPARE(m_tarik->query(s("SELECT reference FROM proceeding WHERE id = '%1'").arg(proceeding->id)),
                 proceedingNow);
        // The file that had the number first is here too, unchanged.
        QCOMPARE(fresh->query(s("SELECT count(*) FROM case_file WHERE reference = '%1'").arg(file->reference)), s("1"));
    }

    void aLongPullStopsAndGoesOn()
    {
        // 600 notes (more than one batch) arrive at tarik's in two runs: the first stopped after
        // its first batch, the second going on from there.
        const QString proceeding =
            m_anna->query(s("SELECT id FROM proceeding WHERE subject = 'Geburtsurkunde, 2 Stück'"));
        QVERIFY(!proceeding.isEmpty());
        casework::NoteService notes(m_anna->session());
        for (int i = 0; i < 600; ++i)
            QVERIFY(notes.addNote(s("proceeding"), proceeding, s("Rückruf %1").arg(i)));
        QVERIFY(m_anna->sync());
        // Batches of 500, and written as a long pull is (the search index as a batch run, merged after).
        constexpr int batch = 500;
        qint64 lastTotal = 0;
        sync::Synchronizer stopped = m_tarik->synchronizer();
        stopped.setPullBatchSize(batch);
        stopped.setLongPull(100);
        auto first = stopped.run([&lastTotal](qint64 done, qint64 total) {
            lastTotal = total;
            return done < total ? false : true;
        });
        QVERIFY2(first, qPrintable(why(first)));
        QVERIFY(first->stopped);
        QCOMPARE(first->pulled, batch);
        QVERIFY(lastTotal >= 600);
        sync::Synchronizer goingOn = m_tarik->synchronizer();
        goingOn.setPullBatchSize(batch);
        goingOn.setLongPull(50);
        auto rest = goingOn.run();
        QVERIFY2(rest, qPrintable(why(rest)));
        QVERIFY(!rest->stopped);
        QCOMPARE(rest->pulled, 600 - batch);
        QCOMPARE(m_tarik->query(s("SELECT count(*) FROM note WHERE text LIKE 'Rückruf %'")), s("600"));
        // The index settings of the batch run are put back.
        QCOMPARE(m_tarik->query(s("SELECT v FROM search_text_config WHERE k = 'automerge'")), s("4"));
    }

    void aChangeWhoseAnswerWasLostIsAppliedOnce()
    {
        const QString file = m_anna->query(s("SELECT id FROM case_file WHERE subject = 'Geburt Paul Roth'"));
        const int rev = m_anna->query(s("SELECT rev FROM case_file WHERE id = '%1'").arg(file)).toInt();
        QVERIFY(casework::CaseFileService(m_anna->session()).editSubject(file, s("Geburt Paul Roth-Meier"), rev));
        // The server applies the push, but its answer never reaches the client (as if the
        // connection broke right after the commit): the same change, sent as the client would.
        const auto entries = storage::Outbox(m_anna->store->connection()).pending();
        QVERIFY(entries && entries->size() == 1);
        const QString client = m_anna->query(s("SELECT value FROM store_setting WHERE key = 'sync.client'"));
        const int revision =
            m_anna->query(s("SELECT revision FROM sync_object WHERE object_id = '%1'").arg(file)).toInt();
        auto sent = sync::CentralApi(m_anna->central)
                        .push({client,
                               entries->first().seq * 1000,
                               s("case_file"),
                               file,
                               {},
                               revision,
                               {{s("subject"), s("Geburt Paul Roth-Meier")}}});
        QVERIFY2(sent, qPrintable(why(sent)));
        const int changes = countCentral(s("SELECT count(*) FROM aw.change"));
        auto retried = m_anna->sync();
        QVERIFY2(retried, qPrintable(why(retried)));
        QCOMPARE(countCentral(s("SELECT count(*) FROM aw.change")), changes);
        QCOMPARE(m_anna->query(s("SELECT count(*) FROM outbox")), s("0"));
        QVERIFY(m_tarik->sync());
        QCOMPARE(m_tarik->query(s("SELECT subject FROM case_file WHERE id = '%1'").arg(file)),
                 s("Geburt Paul Roth-Meier"));
    }

    void aServerGoneMidwayLosesNothing()
    {
        auto made =
            casework::CaseFileService(m_anna->session()).create(m_anna->node51, s("Geburt Lea Kaya"), m_anna->unitSta);
        QVERIFY2(made, qPrintable(why(made)));
        QVERIFY(m_server->stop());
        auto offline = m_anna->sync();
        QVERIFY(!offline);
        QCOMPARE(offline.error().code, core::Error::Code::Io);
        QCOMPARE(m_anna->query(s("SELECT count(*) FROM outbox")), s("1"));
        // Work goes on offline, with numbers from the reserved block.
        auto more =
            casework::CaseFileService(m_anna->session()).create(m_anna->node51, s("Geburt Mia Kaya"), m_anna->unitSta);
        QVERIFY2(more, qPrintable(why(more)));
        QVERIFY(m_server->restart());
        m_anna->central = connectAs(s("anna"));
        m_tarik->central = connectAs(s("tarik"));
        const int before = countCentral(s("SELECT count(*) FROM aw.change"));
        auto back = m_anna->sync();
        QVERIFY2(back, qPrintable(why(back)));
        QCOMPARE(back->pushed, 2);
        QCOMPARE(countCentral(s("SELECT count(*) FROM aw.change")), before + 2);
        QVERIFY(m_tarik->sync());
        QCOMPARE(m_tarik->fingerprint(), m_anna->fingerprint());
    }

    void documentContentsTravelBeforeTheirVersions()
    {
        // A scan of 2.5 MB (three chunks) and a small letter, one of them uploaded half before the
        // connection broke: the next sync goes on from there; each arrives once and whole.
        auto file =
            casework::CaseFileService(m_anna->session()).create(m_anna->node51, s("Geburt Nils Berg"), m_anna->unitSta);
        QVERIFY2(file, qPrintable(why(file)));
        auto proceeding = casework::ProceedingService(m_anna->session()).create(file->id, s("Geburtsanzeige"));
        QVERIFY2(proceeding, qPrintable(why(proceeding)));
        QByteArray scan(2'500'000, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(scan.data()), scan.size() / 4);
        QBuffer scanDevice(&scan);
        scanDevice.open(QIODevice::ReadOnly);
        casework::DocumentService documents(m_anna->session());
        auto scanned = documents.addDocument(proceeding->id, s("Geburtsanzeige Klinik"), storage::Direction::In,
                                             scanDevice, s("anzeige.bin"));
        QVERIFY2(scanned, qPrintable(why(scanned)));
        QByteArray letter("Sehr geehrte Frau Berg, ...");
        QBuffer letterDevice(&letter);
        letterDevice.open(QIODevice::ReadOnly);
        QVERIFY(documents.addDocument(proceeding->id, s("Eingangsbestätigung"), storage::Direction::Out, letterDevice,
                                      s("brief.txt")));
        const QString scanSha = QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
        auto first = sync::CentralApi(m_anna->central).putBlobChunk(scanSha, scan.size(), 0, scan.left(1024 * 1024));
        QVERIFY2(first && first.value() == 1, qPrintable(why(first)));

        auto a = m_anna->sync();
        QVERIFY2(a, qPrintable(why(a)));
        QCOMPARE(a->filesSent, 2);
        QCOMPARE(countCentral(s("SELECT count(*) FROM aw.blob_chunk WHERE sha256 = '%1'").arg(scanSha)), 3);
        auto t = m_tarik->sync();
        QVERIFY2(t, qPrintable(why(t)));
        QCOMPARE(t->filesReceived, 2);
        auto read = m_tarik->store->blobs().read(scanSha);
        QVERIFY2(read, qPrintable(why(read)));
        QCOMPARE(read.value(), scan);
        auto findings = m_tarik->store->verify();
        QVERIFY2(findings && findings->isEmpty(),
                 qPrintable(findings ? findings->join(QLatin1Char('\n')) : why(findings)));
        QCOMPARE(m_tarik->query(s("SELECT count(*) FROM sync_blob_wanted")), s("0"));

        // The server takes no version whose contents it lacks, and no contents that do not match
        // their name; nobody of another unit reads them.
        const QString missing = QString(64, QLatin1Char('a'));
        auto orphan = sync::CentralApi(m_anna->central)
                          .push({QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 1,
                                 s("document_version"),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 scanned->id,
                                 0,
                                 {{s("n"), 2}, {s("sha256"), missing}}});
        QVERIFY(!orphan);
        QCOMPARE(orphan.error().code, core::Error::Code::Refused);
        auto damaged = sync::CentralApi(m_anna->central).putBlobChunk(missing, 3, 0, QByteArray("abc"));
        QVERIFY2(damaged, qPrintable(why(damaged)));
        QCOMPARE(damaged.value(), -1);
        auto bernd = connectAs(s("bernd"));
        QCOMPARE(sync::CentralApi(bernd).blobSize(scanSha).value(), qint64(-1));
    }

    void archivedFilesContentsAreFetchedWhenOpened()
    {
        auto file = casework::CaseFileService(m_anna->session())
                        .create(m_anna->node51, s("Sterbefall Hertha Lenz"), m_anna->unitSta);
        QVERIFY2(file, qPrintable(why(file)));
        auto proceeding = casework::ProceedingService(m_anna->session()).create(file->id, s("Sterbeurkunde"));
        QVERIFY2(proceeding, qPrintable(why(proceeding)));
        QByteArray letter("Todesbescheinigung Hertha Lenz, 1931-2026");
        QBuffer device(&letter);
        device.open(QIODevice::ReadOnly);
        auto added = casework::DocumentService(m_anna->session())
                         .addDocument(proceeding->id, s("Todesbescheinigung"), storage::Direction::In, device,
                                      s("bescheinigung.txt"));
        QVERIFY2(added, qPrintable(why(added)));
        QVERIFY(casework::ProceedingService(m_anna->session()).close(proceeding->id));
        auto closed = casework::CaseFileService(m_anna->session()).close(file->id);
        QVERIFY2(closed, qPrintable(why(closed)));
        QVERIFY(m_anna->sync());
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(letter, QCryptographicHash::Sha256).toHex());

        // A supervisor's first pull brings the archived file and its versions, not their contents.
        auto karin = client(s("karin"));
        QVERIFY(karin);
        auto k = karin->sync();
        QVERIFY2(k, qPrintable(why(k)));
        QCOMPARE(karin->query(s("SELECT status FROM case_file WHERE id = '%1'").arg(file->id)), s("closed"));
        QCOMPARE(karin->query(s("SELECT count(*) FROM document_version WHERE sha256 = '%1'").arg(sha)), s("1"));
        QVERIFY(!karin->store->blobs().contains(sha));
        QCOMPARE(karin->query(s("SELECT count(*) FROM sync_blob_wanted")), s("0"));
        // The contents of open files did arrive.
        QVERIFY(k->filesReceived >= 2);

        // Opened, they are fetched; a whole file on request (before handing it to the archive).
        auto fetched = karin->synchronizer().fetchFile(sha);
        QVERIFY2(fetched, qPrintable(why(fetched)));
        QCOMPARE(karin->store->blobs().read(sha).value(), letter);
        auto again = karin->synchronizer().fetchFilesOf(file->id);
        QVERIFY2(again, qPrintable(why(again)));
        QCOMPARE(again.value(), 0);
        auto unknown = karin->synchronizer().fetchFilesOf(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, core::Error::Code::NotFound);
        auto bad = karin->synchronizer().fetchFile(s("../etc/passwd"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, core::Error::Code::Invalid);

        // A clerk of another unit gets nothing of it, asked by name.
        auto bernd = client(s("bernd"));
        QVERIFY(bernd);
        auto missing = bernd->synchronizer().fetchFile(sha);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, core::Error::Code::NotFound);
    }

    void aRefusedChangeStaysInTheOutbox()
    {
        // Bernd's second case file claims a number of nobody's block: it is refused, and stays, with
        // everything after it; what came before it is sent.
        auto bernd = client(s("bernd"));
        QVERIFY(bernd);
        QVERIFY(bernd->sync());
        const QString kzn = bernd->query(s("SELECT id FROM org_unit WHERE code = 'KZN'"));
        casework::CaseFileService files(bernd->session());
        auto before = files.create(bernd->node51, s("Anmeldung Wohnung"), kzn);
        auto bad = files.create(bernd->node51, s("Anmeldung"), kzn);
        auto after = files.create(bernd->node51, s("Abmeldung"), kzn);
        QVERIFY2(before && bad && after, qPrintable(why(before) + why(bad) + why(after)));
        QVERIFY(storage::done(storage::exec(bernd->store->connection(),
                                            s("UPDATE case_file_number SET sequence = 999 WHERE case_file_id = ?"),
                                            {bad->id})));
        auto refused = bernd->sync();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, core::Error::Code::Refused);
        QVERIFY2(refused.error().message.contains(s("outbox")), qPrintable(why(refused)));
        QVERIFY2(!refused.error().message.contains(s("CONTEXT")), qPrintable(why(refused)));
        QCOMPARE(countCentral(s("SELECT count(*) FROM aw.record WHERE id = '%1'").arg(before->id)), 1);
        QCOMPARE(bernd->query(s("SELECT count(*) FROM outbox WHERE object_id = '%1'").arg(before->id)), s("0"));
        QCOMPARE(countCentral(s("SELECT count(*) FROM aw.record WHERE id IN ('%1', '%2')").arg(bad->id, after->id)), 0);
        QCOMPARE(bernd->query(s("SELECT count(*) FROM outbox WHERE object_id IN ('%1', '%2')").arg(bad->id, after->id)),
                 s("2"));
        // And nobody of StA sees a KZN file anyway.
        QVERIFY(m_anna->sync());
        QCOMPARE(m_anna->query(s("SELECT count(*) FROM case_file WHERE subject LIKE 'Anmeldung%'")), s("0"));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
