// SPDX-License-Identifier: GPL-3.0-or-later
// Ingestion benchmark: generates N German administrative letters as PDFs (1–10 pages) once, then
// times (a) `pdftotext` over all of them, one process after the other, and (b) Aktenwerk's full
// import (hash, blob, Poppler text, index, audit, durable commit) into a fresh store. Prints pages
// per second for both, their ratio and peak memory, and a last line of JSON.
// Usage: QT_QPA_PLATFORM=offscreen bench_ingest [--qt-pdfs] [N=300] [WORKDIR]
#include "casework/demo.h"
#include "documents/importer.h"
#include "documents/pdfdocument.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "support/pdfmaker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtConcurrent>

#include <cstdio>
#include <sys/resource.h>

namespace {

const char *const paragraphs[] = {
    "Sehr geehrte Damen und Herren, wir bestätigen den Eingang Ihres Antrags auf Wohngeld vom 3. März. "
    "Für die weitere Bearbeitung benötigen wir folgende Unterlagen: Einkommensnachweise der letzten zwölf "
    "Monate, den Mietvertrag und eine aktuelle Mietbescheinigung des Vermieters.",
    "Nach § 62 des Personenstandsgesetzes sind Urkunden aus dem Geburtenregister nur den Personen zu erteilen, "
    "auf die sich der Registereintrag bezieht, sowie deren Ehegatten, Lebenspartnern, Vorfahren und Abkömmlingen.",
    "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der "
    "Widerspruch ist schriftlich oder zur Niederschrift beim Bezirksamt einzulegen.",
    "Die Gebühr für die Ausstellung der Geburtsurkunde beträgt 12,00 Euro. Bitte überweisen Sie den Betrag unter "
    "Angabe des Aktenzeichens auf das unten genannte Konto der Landeshauptkasse.",
    "Ihre Gewerbeanmeldung für den Betrieb einer Gaststätte wurde geprüft. Die Erlaubnis nach § 2 "
    "Gaststättengesetz wird unter den folgenden Auflagen erteilt: Einhaltung der Sperrzeiten, Lärmschutz.",
    "Wir bitten Sie, zu dem Termin am Dienstag um 10:30 Uhr im Bürgeramt Nord, Raum 2.14, persönlich zu "
    "erscheinen und Ihren Personalausweis sowie die Geburtsurkunde des Kindes mitzubringen.",
};

QString paragraph(QRandomGenerator &random)
{
    return QString::fromUtf8(paragraphs[random.bounded(6)]);
}

// Words wrapped into lines of at most `width` characters.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

// A letter as office software writes it: one text operator per line, a standard font.
void writeOfficeLetter(const QString &path, int pages, int number, QRandomGenerator &random)
{
    constexpr int LinesPerPage = 50;
    QStringList lines{QStringLiteral("Bezirksamt Nord - Standesamt"),
                      QStringLiteral("Aktenzeichen 5.1-%1/2026").arg(number), QString(),
                      QStringLiteral("Betreff: Ihr Antrag vom 12.10.2026"), QString()};
    while (lines.size() < pages * LinesPerPage - 4) {
        lines += wrap(paragraph(random), 88);
        lines << QString();
    }
    lines.resize(pages * LinesPerPage - 4);
    lines += {QStringLiteral("Mit freundlichen Grüßen"), QStringLiteral("Im Auftrag"), QString(),
              QStringLiteral("Maria Müller")};
    aw::test::writeFile(path, aw::test::makeTextPdf(lines, LinesPerPage));
}

// The same letter through Qt's PDF writer, which places every glyph on its own: far more work for
// any text extractor. Kept as a worst case (--qt-pdfs).
void writeQtLetter(const QString &path, int pages, int number, QRandomGenerator &random)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setTitle(QStringLiteral("Schreiben %1").arg(number));
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    QString html = QStringLiteral("<p><b>Bezirksamt Nord – Standesamt</b><br>Aktenzeichen 5.1-%1/2026</p>"
                                  "<p>Betreff: Ihr Antrag vom 12.10.2026</p>")
                       .arg(number);
    // About 12 paragraphs fill an A4 page at this size.
    const int count = pages * 12 - 6;
    for (int i = 0; i < count; ++i)
        html += QStringLiteral("<p>") + paragraph(random) + QStringLiteral("</p>");
    html += QStringLiteral("<p>Mit freundlichen Grüßen<br>Im Auftrag<br>Maria Müller</p>");
    doc.setHtml(html);
    doc.print(&writer);
}

int pageCount(const QString &path)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    info.waitForFinished();
    for (const QByteArray &line : info.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool qtPdfs = args.removeAll(QStringLiteral("--qt-pdfs")) > 0;
    const int n = !args.isEmpty() ? args.at(0).toInt() : 300;
    QTemporaryDir temp;
    const QString work = args.size() > 1 ? args.at(1) : temp.path();
    const QString pdfs = QDir(work).filePath(qtPdfs ? QStringLiteral("qt-pdfs") : QStringLiteral("pdfs"));
    QDir().mkpath(pdfs);

    // Generate once (kept in WORKDIR between runs when one is given).
    QRandomGenerator random(4711);
    qint64 pages = 0;
    QStringList files;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        const QString path = QDir(pdfs).filePath(QStringLiteral("schreiben-%1.pdf").arg(i, 5, 10, QLatin1Char('0')));
        const int wanted = 1 + int(random.bounded(10));
        if (!QFileInfo::exists(path))
            (qtPdfs ? writeQtLetter : writeOfficeLetter)(path, wanted, i, random);
        files << path;
    }
    for (const QString &f : files)
        pages += pageCount(f);
    std::printf("generated %d %s PDFs, %lld pages, in %.1f s\n", n, qtPdfs ? "Qt-written" : "office-style",
                static_cast<long long>(pages), double(timer.elapsed()) / 1000.0);

    // (a) pdftotext, one process at a time.
    timer.restart();
    for (const QString &f : files) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {f, QStringLiteral("/dev/null")});
        p.waitForFinished(-1);
    }
    const double pdftotextSeconds = double(timer.elapsed()) / 1000.0;

    // For orientation: Poppler text extraction alone, in-process on all cores, nothing stored.
    timer.restart();
    QtConcurrent::blockingMap(files, [](const QString &f) {
        auto opened = aw::documents::PdfDocument::open(f);
        if (opened.document) {
            for (int i = 0; i < opened.document->pageCount(); ++i)
                opened.document->text(i);
        }
    });
    const double extractSeconds = double(timer.elapsed()) / 1000.0;

    // (b) Aktenwerk's full import into a fresh store.
    const QString storeDir = QDir(work).filePath(QStringLiteral("store-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    auto store = aw::storage::Store::open(storeDir);
    if (!store || !aw::casework::seedDemo(store.value())) {
        std::fprintf(stderr, "cannot set up the store\n");
        return 1;
    }
    const QString user =
        aw::storage::OrgRepository(store.value()->connection()).userByLogin(QStringLiteral("mmueller"))->id;
    const QString proceeding = aw::storage::ProceedingRepository(store.value()->connection())
                                   .byReference(QStringLiteral("5.1-1/%1-0001").arg(QDate::currentDate().year()))
                                   ->id;
    timer.restart();
    const auto summary = aw::documents::Importer::run(store.value(), user, proceeding, {pdfs},
                                                      aw::casework::DocumentFiling::Duplicates::Skip);
    const double importSeconds = double(timer.elapsed()) / 1000.0;
    if (summary.failed > 0 || summary.imported != n) {
        std::fprintf(stderr, "import: %d imported, %d failed\n", summary.imported, summary.failed);
        return 1;
    }
    store.value().reset();
    QDir(storeDir).removeRecursively();

    const double pdftotextRate = double(pages) / pdftotextSeconds;
    const double importRate = double(summary.pages) / importSeconds;
    std::printf("pdftotext (one process at a time): %8.0f pages/s  (%.2f s)\n", pdftotextRate, pdftotextSeconds);
    std::printf("Poppler text only, in-process:     %8.0f pages/s  (%.2f s)\n", double(pages) / extractSeconds,
                extractSeconds);
    std::printf("Aktenwerk full import:             %8.0f pages/s  (%.2f s)\n", importRate, importSeconds);
    std::printf("ratio: %.2f x   peak memory: %ld MB   threads: %d\n", importRate / pdftotextRate, peakRssMb(),
                QThread::idealThreadCount());
    const QJsonObject json{{QStringLiteral("corpus"), qtPdfs ? QStringLiteral("qt") : QStringLiteral("office")},
                           {QStringLiteral("documents"), n},
                           {QStringLiteral("pages"), double(pages)},
                           {QStringLiteral("pdftotext_pages_per_s"), qRound(pdftotextRate)},
                           {QStringLiteral("import_pages_per_s"), qRound(importRate)},
                           {QStringLiteral("ratio"), qRound(importRate / pdftotextRate * 100) / 100.0},
                           {QStringLiteral("peak_rss_mb"), double(peakRssMb())}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
