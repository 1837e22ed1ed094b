// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/searchcorpus.h"

#include "storage/sql.h"
#include "storage/store.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <random>
#include <set>
#include <vector>

namespace aw::bench {

namespace {

// The most frequent words of German administrative letters, most frequent first.
const char *const commonWords[] = {
    "der",
    "die",
    "und",
    "in",
    "den",
    "von",
    "zu",
    "das",
    "mit",
    "sich",
    "des",
    "auf",
    "für",
    "ist",
    "im",
    "dem",
    "nicht",
    "ein",
    "eine",
    "als",
    "auch",
    "es",
    "an",
    "werden",
    "aus",
    "er",
    "hat",
    "dass",
    "sie",
    "nach",
    "wird",
    "bei",
    "einer",
    "um",
    "am",
    "sind",
    "noch",
    "wie",
    "einem",
    "über",
    "einen",
    "so",
    "zum",
    "war",
    "haben",
    "nur",
    "oder",
    "aber",
    "vor",
    "zur",
    "bis",
    "mehr",
    "durch",
    "man",
    "sein",
    "wurde",
    "sei",
    "Antrag",
    "Bescheid",
    "Ihnen",
    "Sie",
    "wir",
    "Ihr",
    "Ihre",
    "bitte",
    "gemäß",
    "Unterlagen",
    "Frist",
    "Gebühr",
    "Bezirksamt",
    "Anträge",
    "Anträgen",
    "Antrags",
    "Bescheide",
    "Nachweis",
    "Nachweise",
    "Widerspruch",
    "Widersprüche",
    "Urkunde",
    "Urkunden",
    "Geburtsurkunde",
    "Eheurkunde",
    "Sterbeurkunde",
    "Wohngeld",
    "Meldebescheinigung",
    "Personalausweis",
    "Reisepass",
    "Gewerbeanmeldung",
    "Führerschein",
    "Baugenehmigung",
    "Aktenzeichen",
    "Eingang",
    "Zahlung",
    "Überweisung",
    "Konto",
    "Betrag",
    "Euro",
    "Anlage",
    "Anlagen",
    "Schreiben",
    "Mitteilung",
    "Entscheidung",
    "Prüfung",
    "Verfahren",
    "Behörde",
    "Standesamt",
    "Kundenzentrum",
    "Sachbearbeitung",
    "Zuständigkeit",
    "Rechtsbehelfsbelehrung",
    "Vollmacht",
    "Einkommen",
    "Miete",
    "Haushalt",
    "Kinder",
    "Ehegatte",
    "Wohnung",
    "Anschrift",
    "Geburtsdatum",
    "Staatsangehörigkeit",
    "Unterschrift",
    "Datum",
    "Termin",
    "Vorsprache",
    "Bearbeitung",
    "Bewilligung",
    "Ablehnung",
    "Rückforderung",
    "Erstattung",
    "Verlängerung",
    "Änderung",
    "Abmeldung",
    "Anmeldung",
    "Ummeldung",
    "Nachforderung",
    "Zustellung",
    "Empfangsbestätigung",
    "Aufenthalt",
    "Beglaubigung",
    "Ausfertigung",
    "Auskunft",
    "Einsicht",
    "Datenschutz",
    "Löschung",
    "Berichtigung",
    "Straße",
    "Straßen",
    "Grundstück",
    "Gebäude",
    "Nutzung",
    "Betrieb",
    "Gaststätte",
    "Erlaubnis",
    "Auflage",
    "Auflagen",
    "Frau",
    "Herr",
    "Herrn",
    "geehrte",
    "geehrter",
    "Sehr",
    "freundlichen",
    "Grüßen",
    "Mit",
    "Im",
    "Auftrag",
    "vom",
    "beantragt",
    "bewilligt",
    "abgelehnt",
    "eingereicht",
    "vorgelegt",
    "nachgereicht",
    "geprüft",
    "festgestellt",
    "erteilt",
    "ausgestellt",
    "zugestellt",
    "erforderlich",
    "vollständig",
    "unvollständig",
    "fristgerecht",
    "rechtzeitig",
    "zuständig",
    "monatlich",
    "jährlich",
    "insgesamt",
    "folgende",
    "weitere",
};

const char *const surnames[] = {"Müller", "Schmidt",  "Schneider", "Fischer", "Weber",   "Meyer",      "Wagner",
                                "Becker", "Schulz",   "Hoffmann",  "Schäfer", "Koch",    "Bauer",      "Richter",
                                "Klein",  "Wolf",     "Schröder",  "Neumann", "Schwarz", "Zimmermann", "Braun",
                                "Krüger", "Hartmann", "Lange",     "Öztürk",  "Yılmaz",  "Kowalski",   "Nowak",
                                "Weiß",   "Groß",     "Strauß"};

// Fixed expressions, each with its own frequency, for phrase queries.
const char *const expressions[] = {
    "Antrag auf Wohngeld",
    "mit freundlichen Grüßen",
    "Sehr geehrte Frau",
    "gegen diesen Bescheid",
    "innerhalb eines Monats",
    "Ausstellung einer Geburtsurkunde",
    "Anmeldung einer Wohnung",
    "Erteilung einer Gaststättenerlaubnis",
    "Nachweis über das Einkommen",
    "Widerspruch gegen den Bescheid",
    "Verlängerung der Aufenthaltserlaubnis",
    "Abmeldung des Gewerbes",
    "Berichtigung des Geburtenregisters",
    "Rückforderung von Leistungen",
    "Bewilligung von Wohngeld",
    "Antrag auf Einbürgerung",
};

const char *const syllables[] = {
    "an",   "be",    "ver",   "ge",     "ent",   "aus",   "ein",  "nach",   "vor",    "zu",     "wohn",  "bau",
    "geld", "stadt", "land",  "amt",    "recht", "schul", "kind", "arbeit", "renten", "steuer", "miet",  "grund",
    "haus", "weg",   "feuer", "wasser", "strom", "bür",   "ger",  "meld",   "pass",   "fahr",   "gewer", "be",
    "sozi", "al",    "hil",   "fe",     "ord",   "nung",  "ung",  "heit",   "keit",   "schaft", "stel",  "le",
    "plan", "kas",   "se",    "zu",     "la",    "ge",    "ber",  "ich",    "mel",    "dung",   "nis",   "tum",
    "sam",  "lich",  "ig",    "ter",    "ten",   "rat",   "hof",  "berg",   "feld",   "dorf",   "wald",
};

const char *const unitCodes[] = {"StA", "KZN", "KZS", "BuA", "SozA"};
const char *const unitNames[] = {"Standesamt", "Kundenzentrum Nord", "Kundenzentrum Süd", "Bauaufsicht", "Sozialamt"};

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// Words ranked by frequency: the common ones, then invented compounds for the long tail.
QStringList makeVocabulary(std::mt19937_64 &rng, int size)
{
    QStringList words;
    std::set<QString> seen;
    for (const char *w : commonWords) {
        if (seen.insert(u(w)).second)
            words << u(w);
    }
    std::uniform_int_distribution<int> syllable(0, int(std::size(syllables)) - 1), parts(2, 4), cap(0, 2);
    while (words.size() < size) {
        QString w;
        const int n = parts(rng);
        for (int i = 0; i < n; ++i)
            w += u(syllables[syllable(rng)]);
        if (cap(rng) != 0)
            w[0] = w[0].toUpper();
        if (w.size() >= 5 && seen.insert(w.toLower()).second)
            words << w;
    }
    return words;
}

class Zipf
{
public:
    Zipf(int n, double s)
    {
        m_cumulative.reserve(n);
        double sum = 0;
        for (int r = 1; r <= n; ++r) {
            sum += 1.0 / std::pow(r, s);
            m_cumulative.push_back(sum);
        }
    }
    int operator()(std::mt19937_64 &rng) const
    {
        std::uniform_real_distribution<double> d(0, m_cumulative.back());
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), d(rng)) - m_cumulative.begin());
    }

private:
    std::vector<double> m_cumulative;
};

core::Result<void> run(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return core::ioError(q.lastError().text());
    return {};
}

}  // namespace

core::Result<SearchCorpus> generateSearchCorpus(const std::shared_ptr<storage::Store> &store, qint64 documents,
                                                int bytesPerDocument, const std::function<void(qint64)> &progress)
{
    SearchCorpus corpus;
    QSqlDatabase db = store->connection();
    std::mt19937_64 rng(20261130);
    corpus.vocabulary = makeVocabulary(rng, 60000);
    const Zipf zipf(int(corpus.vocabulary.size()), 1.0);
    for (const char *e : expressions)
        corpus.phrases << u(e);

    storage::Transaction setup(db);
    if (auto ok = setup.begin(); !ok)
        return ok.error();
    QStringList unitIds;
    QList<QStringList> clerks;
    QList<QStringList> nodes;
    corpus.supervisorId = QStringLiteral("u-leitung");
    if (auto ok = storage::exec(db, QStringLiteral("INSERT INTO user (id, login, display_name) VALUES (?, ?, ?)"),
                                {corpus.supervisorId, QStringLiteral("leitung"), QStringLiteral("Lea Leitung")});
        !ok)
        return ok.error();
    for (int k = 0; k < int(std::size(unitCodes)); ++k) {
        const QString id = QStringLiteral("ou-%1").arg(k);
        unitIds << id;
        corpus.unitCodes << u(unitCodes[k]);
        if (auto ok = storage::exec(db, QStringLiteral("INSERT INTO org_unit (id, code, name) VALUES (?, ?, ?)"),
                                    {id, u(unitCodes[k]), u(unitNames[k])});
            !ok)
            return ok.error();
        (void)storage::exec(db, QStringLiteral("INSERT INTO membership VALUES (?, ?, 'supervisor')"),
                            QVariantList{corpus.supervisorId, id});
        QStringList c, n;
        for (int i = 0; i < 5; ++i) {
            const QString user = QStringLiteral("u-%1-%2").arg(k).arg(i);
            (void)storage::exec(
                db, QStringLiteral("INSERT INTO user (id, login, display_name) VALUES (?, ?, ?)"),
                {user, QStringLiteral("sb%1%2").arg(k).arg(i),
                 QString(u(surnames[(k * 5 + i) % std::size(surnames)]) + QStringLiteral(" (Sachb.)"))});
            (void)storage::exec(db, QStringLiteral("INSERT INTO membership VALUES (?, ?, 'clerk')"),
                                QVariantList{user, id});
            c << user;
        }
        for (int i = 0; i < 10; ++i) {
            const QString node = QStringLiteral("n-%1-%2").arg(k).arg(i);
            (void)storage::exec(
                db,
                QStringLiteral("INSERT INTO file_plan_node (id, code, title, retention_years, disposal) "
                               "VALUES (?, ?, ?, 10, 'A')"),
                {node, QStringLiteral("%1%2.%3").arg(5 + k).arg(k).arg(10 + i),
                 u(commonWords[60 + (k * 10 + i) % 100])});
            n << node;
        }
        clerks << c;
        nodes << n;
    }
    if (auto ok = setup.commit(); !ok)
        return ok.error();

    QSqlQuery caseFile(db), proceeding(db), document(db), text(db);
    caseFile.prepare(QStringLiteral(
        "INSERT INTO case_file (id, node_id, reference, subject, owner_unit_id, status, opened_at, closed_at, "
        "disposal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'A')"));
    proceeding.prepare(QStringLiteral(
        "INSERT INTO proceeding (id, case_file_id, number, reference, subject, assignee_id, status, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    document.prepare(QStringLiteral(
        "INSERT INTO document (id, proceeding_id, title, direction, received_at) VALUES (?, ?, ?, ?, ?)"));
    // The text goes where TextIndex::put puts it; the index is built afterwards (the benchmark
    // rebuilds it), so the triggers leave it alone meanwhile (see 0012_search_text_once.sql).
    text.prepare(QStringLiteral("UPDATE search_content SET body = ? WHERE id = "
                                "(SELECT id FROM search_object WHERE object_type = 'document' AND object_id = ?)"));
    if (auto ok = storage::exec(db, QStringLiteral("UPDATE search_state SET built_until = 9223372036854775807, "
                                                   "cursor = 0"));
        !ok)
        return ok.error();

    std::uniform_int_distribution<int> percent(0, 99), unitPick(0, int(std::size(unitCodes)) - 1), nodePick(0, 9),
        clerkPick(0, 4), proceedingsPerFile(1, 4), docsPerProceeding(1, 5), sentenceWords(6, 16),
        surname(0, int(std::size(surnames)) - 1), expression(0, int(std::size(expressions)) - 1), day(0, 27),
        amount(10, 9999);
    const QDate first(2005, 1, 1), last(2026, 11, 1);
    const qint64 span = first.daysTo(last);
    static const char *const directions[] = {"in", "out", "internal"};
    static const char *const statuses[] = {"open", "in_progress", "waiting", "closed"};
    QHash<QString, int> sequence;

    storage::Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    qint64 doc = 0, fileNo = 0, proceedingNo = 0;
    while (doc < documents) {
        // Files are opened in date order, so rows and dates grow together as in a real office.
        const QDate opened = first.addDays(span * doc / std::max<qint64>(1, documents));
        const int unit = unitPick(rng);
        const int nodeIndex = nodePick(rng);
        const QString plan = QStringLiteral("%1%2.%3").arg(5 + unit).arg(unit).arg(10 + nodeIndex);
        const int seq = ++sequence[plan + QString::number(opened.year())];
        const QString reference = QStringLiteral("%1-%2/%3").arg(plan).arg(seq).arg(opened.year());
        const bool closed = opened.daysTo(last) > 730 && percent(rng) < 90;
        const QString name = u(surnames[surname(rng)]);
        const QString subject = corpus.vocabulary[zipf(rng) % 400 + 56] + QLatin1Char(' ') + name;
        const QString fileId = QStringLiteral("c-%1").arg(++fileNo);
        if (fileNo % 97 == 0)
            corpus.references << reference;
        if (auto ok =
                run(caseFile, {fileId, nodes[unit][nodeIndex], reference, subject, unitIds[unit],
                               closed ? QStringLiteral("closed") : QStringLiteral("open"), opened.toString(Qt::ISODate),
                               closed ? QVariant(opened.addDays(300).toString(Qt::ISODate)) : QVariant()});
            !ok)
            return ok.error();
        corpus.rawTextBytes += subject.toUtf8().size() + reference.size();
        const int proceedings = proceedingsPerFile(rng);
        for (int p = 1; p <= proceedings && doc < documents; ++p) {
            const QString pid = QStringLiteral("p-%1").arg(++proceedingNo);
            const QString pref = reference + QStringLiteral("-%1").arg(p, 4, 10, QLatin1Char('0'));
            const QString psubject = u(expressions[expression(rng)]);
            const QString status = closed ? QStringLiteral("closed") : u(statuses[percent(rng) % 4]);
            if (auto ok = run(proceeding, {pid, fileId, p, pref, psubject, clerks[unit][clerkPick(rng)], status,
                                           opened.toString(Qt::ISODate)});
                !ok)
                return ok.error();
            corpus.rawTextBytes += psubject.toUtf8().size() + pref.size();
            const int docs = docsPerProceeding(rng);
            for (int d = 0; d < docs && doc < documents; ++d) {
                ++doc;
                const QDate received = opened.addDays(d * 7 + day(rng));
                QString body = QStringLiteral("Sehr geehrte Frau %1,\n").arg(u(surnames[surname(rng)]));
                qsizetype pageAt = 0;
                while (body.size() < bytesPerDocument) {
                    const int n = sentenceWords(rng);
                    for (int w = 0; w < n; ++w) {
                        body += corpus.vocabulary[zipf(rng)];
                        body += QLatin1Char(' ');
                    }
                    switch (percent(rng) % 10) {
                    case 0:
                        body += u(expressions[expression(rng)]) + QLatin1Char(' ');
                        break;
                    case 1:
                        body += QStringLiteral("vom %1 ").arg(
                            received.addDays(-day(rng)).toString(QStringLiteral("dd.MM.yyyy")));
                        break;
                    case 2:
                        body += QStringLiteral("über %1,%2 Euro ").arg(amount(rng)).arg(day(rng) + 10);
                        break;
                    case 3:
                        body += QStringLiteral("(Az. %1) ").arg(pref);
                        break;
                    case 4:
                        body += QStringLiteral("Herr %1 ").arg(u(surnames[surname(rng)]));
                        break;
                    default:
                        break;
                    }
                    body.chop(1);
                    body += QStringLiteral(". ");
                    if (body.size() - pageAt > 1200) {
                        body += QLatin1Char('\f');
                        pageAt = body.size();
                    }
                }
                body += QStringLiteral("\nMit freundlichen Grüßen\nIm Auftrag");
                const QString title = QStringLiteral("%1 %2").arg(corpus.vocabulary[zipf(rng) % 300 + 56], name);
                const QString did = QStringLiteral("d-%1").arg(doc);
                if (auto ok = run(document,
                                  {did, pid, title, u(directions[percent(rng) % 3]), received.toString(Qt::ISODate)});
                    !ok)
                    return ok.error();
                if (auto ok = run(text, {body, did}); !ok)
                    return ok.error();
                corpus.rawTextBytes += title.toUtf8().size() + body.toUtf8().size();
                if (doc % 20000 == 0) {
                    if (auto ok = tx.commit(); !ok)
                        return ok.error();
                    if (auto ok = tx.begin(); !ok)
                        return ok.error();
                    if (progress)
                        progress(doc);
                }
            }
        }
    }
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    corpus.documents = doc;
    if (auto ok = store->setSetting(QStringLiteral("bench.raw_text_bytes"), QString::number(corpus.rawTextBytes)); !ok)
        return ok.error();
    return corpus;
}

core::Result<SearchCorpus> loadSearchCorpus(const std::shared_ptr<storage::Store> &store)
{
    SearchCorpus corpus;
    std::mt19937_64 rng(20261130);
    corpus.vocabulary = makeVocabulary(rng, 60000);  // the generator's first use of its random numbers
    for (const char *e : expressions)
        corpus.phrases << u(e);
    corpus.supervisorId = QStringLiteral("u-leitung");
    for (const char *code : unitCodes)
        corpus.unitCodes << u(code);
    const QSqlDatabase db = store->connection();
    auto refs =
        storage::exec(db, QStringLiteral("SELECT reference FROM case_file WHERE rowid % 97 = 0 ORDER BY rowid"));
    if (!refs)
        return refs.error();
    while (refs->next())
        corpus.references << refs->value(0).toString();
    auto documents = storage::scalar(db, QStringLiteral("SELECT count(*) FROM document"));
    if (!documents)
        return documents.error();
    corpus.documents = documents->toLongLong();
    corpus.rawTextBytes = store->setting(QStringLiteral("bench.raw_text_bytes")).toLongLong();
    if (corpus.rawTextBytes == 0) {
        auto bytes = storage::scalar(
            db, QStringLiteral("SELECT (SELECT sum(length(CAST(body AS BLOB))) FROM search_content) "
                               "+ (SELECT sum(length(CAST(title AS BLOB))) FROM document) "
                               "+ (SELECT sum(length(CAST(subject AS BLOB)) + length(reference)) FROM case_file) "
                               "+ (SELECT sum(length(CAST(subject AS BLOB)) + length(reference)) FROM proceeding)"));
        if (!bytes)
            return bytes.error();
        corpus.rawTextBytes = bytes->toLongLong();
        (void)store->setSetting(QStringLiteral("bench.raw_text_bytes"), QString::number(corpus.rawTextBytes));
    }
    return corpus;
}

}  // namespace aw::bench
