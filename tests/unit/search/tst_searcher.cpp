// SPDX-License-Identifier: GPL-3.0-or-later
// The search service on the demo office's real store: German words, fields, permissions inside the
// query, grouping, facets, snippets, and an index that follows every change and can be rebuilt.
#include "casework/casefileservice.h"
#include "casework/proceedingservice.h"
#include "casework/session.h"
#include "documents/importer.h"
#include "search/searcher.h"
#include "search/searchindex.h"
#include "storage/casefilerepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "support/demooffice.h"
#include "support/pdfmaker.h"
#include "support/testenv.h"

#include <QFileInfo>
#include <QTest>

using namespace aw;
using aw::test::why;

class TestSearcher : public QObject
{
    Q_OBJECT

    std::shared_ptr<test::DemoOffice> m_office;

    core::Actor actor(const char *login) const
    {
        auto a =
            storage::OrgRepository(m_office->store()->connection()).actor(m_office->userId(QString::fromUtf8(login)));
        return a ? a.value() : core::Actor{};
    }

    search::SearchResult find(const char *login, const QString &query, search::Scope scope = search::Scope::Units)
    {
        search::Searcher searcher(m_office->store(), actor(login));
        search::SearchRequest request;
        request.query = query;
        request.scope = scope;
        auto result = searcher.search(request);
        if (!result)
            qWarning("%s: %s", qPrintable(query), qPrintable(result.error().message));
        return result ? result.value() : search::SearchResult{};
    }

    static QStringList subjects(const search::SearchResult &result)
    {
        QStringList out;
        for (const auto &hit : result.hits)
            out << hit.caseSubject;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        auto office = test::DemoOffice::make();
        QVERIFY2(office, qPrintable(why(office)));
        m_office = office.value();
        // Two documents with text in Emma's birth file (5.1-1/<year>, Standesamt, mmueller's).
        const QString reference = QStringLiteral("5.1-1/%1-0001").arg(QDate::currentDate().year());
        auto p = storage::ProceedingRepository(m_office->store()->connection()).byReference(reference);
        QVERIFY2(p, qPrintable(why(p)));
        const QString pdf = m_office->file(QStringLiteral("bescheid.pdf"));
        const QString txt = m_office->file(QStringLiteral("antrag.txt"));
        QVERIFY(test::writeFile(pdf, test::makePdf({QStringLiteral("Bescheid über die Beurkundung"),
                                                    QStringLiteral("Seite zwei: Begründung"),
                                                    QStringLiteral("Rechtsbehelfsbelehrung: Widerspruch binnen eines "
                                                                   "Monats")})));
        QVERIFY(test::writeFile(txt, QStringLiteral("Ihre Anträge auf Namensänderung sind eingegangen.").toUtf8()));
        const auto imported = documents::Importer::run(m_office->store(), m_office->userId(QStringLiteral("mmueller")),
                                                       p->id, {pdf, txt}, casework::DocumentFiling::Duplicates::Skip);
        QCOMPARE(imported.imported, 2);
    }

    void germanWordsMeetTheirForms()
    {
        // "Geburtsurkunden (3 Stück)" is a proceeding of Emma's file, "Geburtsurkunde G 334/2020" one
        // of the online requests.
        QCOMPARE(subjects(find("kschmidt", QStringLiteral("Geburtsurkunde"))),
                 QStringList({QStringLiteral("Geburt Emma Schulz, 03.02.2026"),
                              QStringLiteral("Urkundenanforderungen online 2026")}));
        // Umlauts written out, and the other way round.
        QCOMPARE(subjects(find("kschmidt", QStringLiteral("Oeztuerk"))),
                 QStringList{QStringLiteral("Geburt Noah Öztürk, 17.05.2026")});
        QCOMPARE(subjects(find("jfischer", QStringLiteral("LINDENBLUETE"))),
                 QStringList{QStringLiteral("Gewerbeanmeldung Café Lindenblüte")});
        QCOMPARE(subjects(find("jfischer", QStringLiteral("Cafe"))),
                 QStringList{QStringLiteral("Gewerbeanmeldung Café Lindenblüte")});
        // The imported text says "Anträge": the singular finds it, marked in the snippet.
        const auto text = find("kschmidt", QStringLiteral("Antrag Namensaenderung"));
        QCOMPARE(text.hits.size(), 1);
        QCOMPARE(text.hits.first().objectType, QStringLiteral("document"));
        QCOMPARE(text.hits.first().snippet.bracketed(),
                 QStringLiteral("Ihre [Anträge] auf [Namensänderung] sind eingegangen."));
    }

    void phrasesPrefixesOrAndExclusion()
    {
        QCOMPARE(subjects(find("jfischer", QStringLiteral("\"Familie Wagner\""))),
                 QStringList{QStringLiteral("Meldeangelegenheiten Familie Wagner")});
        QCOMPARE(find("jfischer", QStringLiteral("\"Wagner Familie\"")).caseFiles, 0);
        QCOMPARE(subjects(find("jfischer", QStringLiteral("Gewerbeanm*"))),
                 QStringList{QStringLiteral("Gewerbeanmeldung Café Lindenblüte")});
        // "Anträge" is stored as its stem "antrag" and as the word: a prefix past the stem finds the
        // word, one within it the stem.
        for (const QString &prefix : {QStringLiteral("Anträ*"), QStringLiteral("Antraege*"), QStringLiteral("Antr*")}) {
            const auto found = find("kschmidt", prefix + QStringLiteral(" typ:dokument"));
            QVERIFY2(std::any_of(found.hits.cbegin(), found.hits.cend(),
                                 [](const search::SearchHit &hit) {
                                     return hit.snippet.bracketed().contains(QStringLiteral("[Anträge]"));
                                 }),
                     qPrintable(prefix));
        }
        QCOMPARE(subjects(find("jfischer", QStringLiteral("Wagner OR Jankowski"))),
                 QStringList({QStringLiteral("Meldeangelegenheiten Familie Wagner"),
                              QStringLiteral("Wohngeld Familie Jankowski")}));
        QCOMPARE(subjects(find("jfischer", QStringLiteral("Wohngeld -Demir"))),
                 QStringList{QStringLiteral("Wohngeld Familie Jankowski")});
    }

    void fields()
    {
        const auto all = find("jfischer", QStringLiteral("Wohngeld"));
        QCOMPARE(all.caseFiles, 2);
        QCOMPARE(subjects(find("jfischer", QStringLiteral("Wohngeld einheit:KZS"))),
                 QStringList{QStringLiteral("Wohngeld Familie Jankowski")});
        QCOMPARE(subjects(find("jfischer", QStringLiteral("Wohngeld einheit:\"Kundenzentrum Süd\""))),
                 QStringList{QStringLiteral("Wohngeld Familie Jankowski")});
        QCOMPARE(subjects(find("jfischer", QStringLiteral("betreff:Wohngeld bearbeiter:lnowak"))),
                 QStringList{QStringLiteral("Wohngeld Familie Jankowski")});
        // A reference part finds its case file, without any word.
        const QString reference = all.hits.first().caseReference;
        const auto byReference = find("jfischer", QStringLiteral("az:") + reference.mid(1));
        QVERIFY2(subjects(byReference).contains(all.hits.first().caseSubject), qPrintable(reference));
        QCOMPARE(find("jfischer", QStringLiteral("typ:akte archiv:ja")).caseFiles, 1);
        QCOMPARE(find("jfischer", QStringLiteral("Wohngeld typ:eingang")).caseFiles, 0);
        QCOMPARE(find("jfischer", QStringLiteral("Wohngeld von:2000 bis:2001")).caseFiles, 0);
        QCOMPARE(find("jfischer", QStringLiteral("Wohngeld von:%1").arg(QDate::currentDate().year())).caseFiles, 2);
        QCOMPARE(find("jfischer", QStringLiteral("status:abgeschlossen")).caseFiles, 1);
    }

    void unknownUnitOrUserIsSaid()
    {
        search::Searcher searcher(m_office->store(), actor("jfischer"));
        auto result = searcher.search({QStringLiteral("einheit:Marsamt")});
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("Marsamt")));
        result = searcher.search({QStringLiteral("Wohngeld OR status:offen")});
        QVERIFY(!result);
        QCOMPARE(result.error().code, core::Error::Code::Invalid);
    }

    // Permissions are part of the query: clerks see their units' open files, supervisors also the
    // closed ones, and the scope narrows further.
    void permissionsAndScopes()
    {
        // aweber is a clerk of KZN: Wohngeld of KZS stays hidden, and so does the closed KZN file.
        QCOMPARE(subjects(find("aweber", QStringLiteral("Wohngeld"))),
                 QStringList{QStringLiteral("Wohngeld Herr Demir")});
        QCOMPARE(find("aweber", QStringLiteral("Petrović")).caseFiles, 0);
        QCOMPARE(find("aweber", QStringLiteral("Petrovic")).caseFiles, 0);
        QCOMPARE(subjects(find("jfischer", QStringLiteral("Petrovic"))),
                 QStringList{QStringLiteral("Abmeldung ins Ausland, Familie Petrović")});
        QCOMPARE(find("aweber", QStringLiteral("archiv:ja")).caseFiles, 0);
        // The Standesamt reads none of the Kundenzentrum.
        QCOMPARE(find("kschmidt", QStringLiteral("Wohngeld")).caseFiles, 0);
        // Scopes.
        QCOMPARE(subjects(find("jfischer", QStringLiteral("Familie"), search::Scope::Archive)),
                 QStringList{QStringLiteral("Abmeldung ins Ausland, Familie Petrović")});
        const auto mine = find("aweber", QStringLiteral("typ:vorgang"), search::Scope::Mine);
        QCOMPARE(subjects(mine), QStringList({QStringLiteral("Meldeangelegenheiten Familie Wagner"),
                                              QStringLiteral("Personalausweis Sabine Wolf")}));
        QCOMPARE(find("jfischer", QStringLiteral("typ:vorgang"), search::Scope::Mine).caseFiles, 0);
    }

    void groupedByCaseFileWithSnippetsAndFacets()
    {
        const auto result =
            find("kschmidt", QStringLiteral("Geburtsanzeige OR Vaterschaftsanerkennung OR Namenserklärung"));
        QCOMPARE(result.caseFiles, 2);
        // Four proceedings; the letter of each first proceeding and the two imported documents carry
        // its subject.
        QCOMPARE(result.objects, 8);
        QVERIFY(result.complete);
        const auto emma = std::find_if(result.hits.cbegin(), result.hits.cend(),
                                       [](const auto &h) { return h.caseSubject.contains(QStringLiteral("Emma")); });
        QVERIFY(emma != result.hits.cend());
        QCOMPARE(emma->otherHits, 4);
        QVERIFY2(emma->snippet.bracketed().contains(QLatin1Char('[')), qPrintable(emma->snippet.bracketed()));
        qint64 counted = 0;
        for (const auto &type : result.facets.types)
            counted += type.count;
        QCOMPARE(counted, 8);
        QCOMPARE(result.facets.types.first().count, 4);
        QCOMPARE(result.facets.types.first().label, QStringLiteral("proceeding"));
        QCOMPARE(result.facets.units.size(), 1);
        QVERIFY(result.facets.units.first().label.contains(QStringLiteral("Standesamt")));

        // The page of the hit, for opening the document there.
        const auto letters = find("kschmidt", QStringLiteral("Widerspruch"));
        QCOMPARE(letters.hits.size(), 1);
        const auto &hit = letters.hits.first();
        QCOMPARE(hit.title, QStringLiteral("bescheid"));
        QCOMPARE(hit.snippet.page, 3);
        QVERIFY2(hit.snippet.bracketed().contains(QStringLiteral("[Widerspruch]")),
                 qPrintable(hit.snippet.bracketed()));
        // Not for a clerk of another unit.
        QCOMPARE(find("aweber", QStringLiteral("Widerspruch")).caseFiles, 0);
    }

    void pagingAndSort()
    {
        search::Searcher searcher(m_office->store(), actor("jfischer"));
        search::SearchRequest request{QStringLiteral("typ:akte")};
        request.limit = 2;
        auto first = searcher.search(request);
        QVERIFY2(first, qPrintable(why(first)));
        QCOMPARE(first->hits.size(), 2);
        const qint64 total = first->caseFiles;
        request.offset = 2;
        request.limit = 100;
        auto rest = searcher.search(request);
        QVERIFY(rest);
        QCOMPARE(rest->hits.size(), total - 2);
        for (const auto &hit : std::as_const(rest->hits)) {
            for (const auto &seen : std::as_const(first->hits))
                QVERIFY(hit.caseFileId != seen.caseFileId);
        }
        request.offset = 0;
        request.sort = search::Sort::Oldest;
        auto oldest = searcher.search(request);
        request.sort = search::Sort::Newest;
        auto newest = searcher.search(request);
        QVERIFY(oldest && newest);
        QCOMPARE(oldest->hits.first().caseFileId, newest->hits.last().caseFileId);
    }

    // Every change reaches the index in its own transaction.
    void indexFollowsChanges()
    {
        const QString lead = m_office->userId(QStringLiteral("jfischer"));
        const casework::Session session(m_office->store(), lead);
        auto files = storage::CaseFileRepository(m_office->store()->connection()).all();
        QVERIFY(files);
        const auto demir = std::find_if(files->cbegin(), files->cend(), [](const auto &f) {
            return f.subject == QStringLiteral("Wohngeld Herr Demir");
        });
        QVERIFY(demir != files->cend());
        auto renamed = casework::CaseFileService(session).editSubject(
            demir->id, QStringLiteral("Mietzuschuss Herr Demir"), demir->rev);
        QVERIFY2(renamed, qPrintable(why(renamed)));
        QCOMPARE(subjects(find("jfischer", QStringLiteral("Mietzuschuss"))),
                 QStringList{QStringLiteral("Mietzuschuss Herr Demir")});
        QCOMPARE(find("jfischer", QStringLiteral("betreff:Wohngeld Demir")).caseFiles, 0);

        // Closed (zdA): now in the archive, out of the clerk's reach.
        QCOMPARE(find("aweber", QStringLiteral("Demir")).caseFiles, 1);
        const auto proceeding = find("jfischer", QStringLiteral("Weiterleistungsantrag"));
        QCOMPARE(proceeding.hits.size(), 1);
        QCOMPARE(proceeding.hits.first().objectType, QStringLiteral("proceeding"));
        auto done = casework::ProceedingService(session).close(proceeding.hits.first().objectId);
        QVERIFY2(done, qPrintable(why(done)));
        QCOMPARE(find("jfischer", QStringLiteral("Weiterleistungsantrag status:abgeschlossen")).caseFiles, 1);
        auto closed = casework::CaseFileService(session).close(demir->id);
        QVERIFY2(closed, qPrintable(why(closed)));
        QCOMPARE(find("aweber", QStringLiteral("Demir")).caseFiles, 0);
        QCOMPARE(find("jfischer", QStringLiteral("Demir"), search::Scope::Archive).caseFiles, 1);
    }

    // A rebuild (and the first indexing of an older store) runs in batches; stopped, it goes on
    // where it was, and the results are the same as before.
    void rebuildStopsAndResumes()
    {
        const auto before = find("jfischer", QStringLiteral("Familie OR Wohngeld OR Antrag"));
        QVERIFY(before.caseFiles > 3);
        const auto automerge = [this] {
            return storage::scalar(m_office->store()->connection(),
                                   QStringLiteral("SELECT v FROM search_text_config WHERE k = 'automerge'"))
                .value()
                .toInt();
        };
        search::SearchIndex index(m_office->store());
        index.setBatchSize(5);
        index.setLongRun(10);  // a long run: FTS5 merges in big groups while it lasts
        int batches = 0;
        auto stopped = index.rebuild([&](const search::SearchIndex::Progress &p) {
            [&] {
                QVERIFY(p.done <= p.total);
                QCOMPARE(automerge(), search::SearchIndex::BatchRunMerge);
            }();
            return ++batches < 2;
        });
        QVERIFY2(stopped, qPrintable(why(stopped)));
        QCOMPARE(stopped.value(), search::SearchIndex::Outcome::Stopped);
        QCOMPARE(automerge(), 4);  // FTS5's default again, also when stopped
        auto pending = index.pending();
        QVERIFY(pending && *pending > 0);
        const auto partial = find("jfischer", QStringLiteral("Familie OR Wohngeld OR Antrag"));
        QCOMPARE(partial.unindexed, *pending);
        QVERIFY(partial.objects < before.objects);
        // Changes meanwhile, to rows indexed already and rows not yet: the triggers keep the first
        // in step and leave the others to the batches.
        auto renamed = storage::exec(m_office->store()->connection(),
                                     QStringLiteral("UPDATE case_file SET subject = subject || ' Nachtrag'"));
        QVERIFY2(renamed, qPrintable(why(renamed)));

        search::SearchIndex again(m_office->store());
        auto done = again.update();
        QVERIFY2(done, qPrintable(why(done)));
        QCOMPARE(done.value(), search::SearchIndex::Outcome::UpToDate);
        QCOMPARE(*again.pending(), 0);
        QCOMPARE(automerge(), 4);
        const auto after = find("jfischer", QStringLiteral("Familie OR Wohngeld OR Antrag"));
        QCOMPARE(find("kschmidt", QStringLiteral("Rechtsbehelfsbelehrung")).caseFiles, 1);
        QCOMPARE(after.objects, before.objects);
        QStringList renamedSubjects = subjects(before);
        for (QString &subject : renamedSubjects)
            subject += QStringLiteral(" Nachtrag");
        QCOMPARE(subjects(after), renamedSubjects);
        QVERIFY(find("jfischer", QStringLiteral("Nachtrag")).caseFiles >= before.caseFiles);
        // The index holds the words of the store's rows, no more, no fewer.
        auto check =
            storage::exec(m_office->store()->connection(),
                          QStringLiteral("INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)"));
        QVERIFY2(check, qPrintable(why(check)));
    }

    // Compacting writes the store anew (VACUUM): the free pages a rebuild of the index leaves are
    // given back, and every search finds what it found before.
    void compactingKeepsEveryHit()
    {
        addCaseFiles(1500, QStringLiteral("'Wohngeld Akte ' || i"));
        search::SearchIndex index(m_office->store());
        auto rebuilt = index.rebuild();
        QVERIFY2(rebuilt, qPrintable(why(rebuilt)));
        const QSqlDatabase db = m_office->store()->connection();
        const auto freePages = [&db] { return storage::scalar(db, QStringLiteral("PRAGMA freelist_count"))->toInt(); };
        QVERIFY(freePages() > 0);  // the pages of the index dropped by the rebuild
        const auto before = find("jfischer", QStringLiteral("Wohngeld OR Rechtsbehelfsbelehrung"));
        QVERIFY(before.estimatedObjects > 1500);

        auto sizes = m_office->store()->compact();
        QVERIFY2(sizes, qPrintable(why(sizes)));
        QVERIFY2(sizes->bytesAfter < sizes->bytesBefore,
                 qPrintable(QStringLiteral("%1 -> %2").arg(sizes->bytesBefore).arg(sizes->bytesAfter)));
        QCOMPARE(freePages(), 0);
        QCOMPARE(QFileInfo(m_office->store()->dir() + QStringLiteral("/aktenwerk.sqlite")).size(), sizes->bytesAfter);
        QCOMPARE(storage::scalar(db, QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        auto check = storage::exec(
            db, QStringLiteral("INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)"));
        QVERIFY2(check, qPrintable(why(check)));
        const auto after = find("jfischer", QStringLiteral("Wohngeld OR Rechtsbehelfsbelehrung"));
        QCOMPARE(after.objects, before.objects);
        QCOMPARE(after.caseFiles, before.caseFiles);
        QCOMPARE(subjects(after), subjects(before));
        QCOMPARE(find("kschmidt", QStringLiteral("Rechtsbehelfsbelehrung")).caseFiles, 1);
        // And the store takes changes as before.
        auto changed = storage::exec(
            db, QStringLiteral("UPDATE case_file SET subject = 'Nachtrag nach dem Verdichten' WHERE id = 'bulk-7'"));
        QVERIFY2(changed, qPrintable(why(changed)));
        QCOMPARE(find("jfischer", QStringLiteral("Verdichten")).caseFiles, 1);
    }

    // Case files written straight into the store, `count` of them, with subject(i) as subject, in
    // unit KZS (which jfischer supervises).
    void addCaseFiles(int count, const QString &subjectSql)
    {
        auto added = storage::exec(
            m_office->store()->connection(),
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                           "INSERT INTO case_file (id, node_id, reference, subject, owner_unit_id, status, opened_at, "
                           "disposal) SELECT 'bulk-' || i, c.node_id, 'BULK-' || i, %1, c.owner_unit_id, 'open', "
                           "c.opened_at, c.disposal FROM n, (SELECT * FROM case_file WHERE owner_unit_id = "
                           "(SELECT id FROM org_unit WHERE code = 'KZS') LIMIT 1) c")
                .arg(subjectSql),
            {count});
        QVERIFY2(added, qPrintable(why(added)));
    }

    void rareWordsWeighMore()
    {
        // 30 files say "Mahnung" three times, one says "Pfändung" once among other words: by counts
        // alone the Mahnung files come first, by BM25's weight of rare words the Pfändung file does.
        addCaseFiles(31, QStringLiteral("CASE WHEN i = 31 THEN 'Pfändung Vorgang aus dem Jahr davor laut Akte' "
                                        "ELSE 'Mahnung Mahnung Mahnung ' || i END"));
        const auto result = find("jfischer", QStringLiteral("Mahnung OR Pfändung"));
        QCOMPARE(result.caseFiles, 31);
        QVERIFY2(result.hits.first().caseSubject.startsWith(QStringLiteral("Pfändung")),
                 qPrintable(result.hits.first().caseSubject));
    }

    void veryCommonWordsAreCountedByEstimate()
    {
        // Every second of 2,200 files: more hits than one read takes, so the newest are ranked and
        // the total is estimated from how densely they lie.
        addCaseFiles(2200, QStringLiteral("CASE i % 2 WHEN 0 THEN 'Kreisel ' ELSE 'Rondell ' END || i"));
        const auto result = find("jfischer", QStringLiteral("Kreisel"));
        QVERIFY(!result.complete);
        QCOMPARE(result.objects, search::Searcher::Window);
        QVERIFY2(result.estimatedObjects > 1000 && result.estimatedObjects < 1300,
                 qPrintable(QString::number(result.estimatedObjects)));
        const auto few = find("jfischer", QStringLiteral("Kreisel 1234"));
        QVERIFY(few.complete);
        QCOMPARE(few.estimatedObjects, few.objects);
    }

    void prefixesOfManyWords()
    {
        // 2,001 words start with "quarz": more than are expanded, so FTS5's own prefix search answers
        // "quarz*". "quarza*" is expanded into its 676 words, more phrases than SQL takes arguments,
        // so their weights reach the ranking as one text. All find the file.
        QStringList words;
        for (int i = 0; i <= search::Searcher::MaxPrefixTerms; ++i)
            words << QStringLiteral("quarz%1%2%3")
                         .arg(QChar(u'a' + i / 676))
                         .arg(QChar(u'a' + (i / 26) % 26))
                         .arg(QChar(u'a' + i % 26));
        addCaseFiles(1, QLatin1Char('\'') + words.join(QLatin1Char(' ')) + QLatin1Char('\''));
        for (const QString &query : {QStringLiteral("Quarz*"), QStringLiteral("quarzab*"),
                                     QStringLiteral("quarza* OR Wohngeld"), QStringLiteral("quarza* quarzb*")}) {
            const auto result = find("jfischer", query);
            QVERIFY2(result.caseFiles >= 1, qPrintable(query));
            QVERIFY(std::any_of(result.hits.cbegin(), result.hits.cend(), [](const search::SearchHit &hit) {
                return hit.caseSubject.startsWith(QStringLiteral("quarz"));
            }));
        }
        QCOMPARE(find("jfischer", QStringLiteral("quarzzz*")).caseFiles, 0);
    }

    void hostileInputIsOnlyText()
    {
        for (const QString &text : {QStringLiteral("'; DELETE FROM case_file; --"), QStringLiteral("\x01~wohngeld"),
                                    QStringLiteral("NEAR(Wohngeld Demir)"), QStringLiteral("subject:Wohngeld"),
                                    QStringLiteral("\"Wohngeld\" AND ^x"), QStringLiteral("a\"\"b OR c")}) {
            search::Searcher searcher(m_office->store(), actor("jfischer"));
            auto result = searcher.search({text});
            QVERIFY2(result || result.error().code == core::Error::Code::Invalid, qPrintable(text));
        }
        auto files = storage::CaseFileRepository(m_office->store()->connection()).all();
        QVERIFY(files && files->size() > 5);
    }
};

QTEST_MAIN(TestSearcher)
#include "tst_searcher.moc"
