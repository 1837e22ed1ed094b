// SPDX-License-Identifier: GPL-3.0-or-later
// Receiving online applications: N submission packages (ZIP, 3 PDF attachments each) into a fresh
// store's Posteingang — safe unpacking, parsing, SHA-512 checks, package kept as blob, one
// transaction each. Prints submissions per second and peak memory, and a JSON last line.
// Then routes each into a new case file and proceeding with its form data and PDFs as documents
// (Poppler text, index, audit), and prints both rates.
// Usage: bench_intake [N=1000]
#include "casework/demo.h"
#include "intake/inbox.h"
#include "intake/routing.h"
#include "packages/safezip.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "support/pdfmaker.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <sys/resource.h>

namespace {

QString sha512(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex());
}

// One Anmeldung with three PDF attachments of about two pages each.
QList<QPair<QString, QByteArray>> submission(int i)
{
    const QByteArray data =
        QJsonDocument(QJsonObject{{QStringLiteral("antragsteller"),
                                   QJsonObject{{QStringLiteral("vorname"), QStringLiteral("Jana")},
                                               {QStringLiteral("nachname"), QStringLiteral("Krüger %1").arg(i)}}},
                                  {QStringLiteral("einzugsdatum"), QStringLiteral("2026-11-01")}})
            .toJson(QJsonDocument::Compact);
    QList<QPair<QString, QByteArray>> files;
    QJsonArray attachments;
    for (int a = 0; a < 3; ++a) {
        QStringList lines;
        for (int l = 0; l < 90; ++l)
            lines << QStringLiteral("Anlage %1 zum Antrag %2, Zeile %3: Wohnungsgeberbestätigung").arg(a).arg(i).arg(l);
        const QByteArray pdf = aw::test::makeTextPdf(lines);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        files.append({QStringLiteral("attachments/") + id, pdf});
        attachments.append(
            QJsonObject{{QStringLiteral("attachmentId"), id},
                        {QStringLiteral("purpose"), QStringLiteral("attachment")},
                        {QStringLiteral("mimeType"), QStringLiteral("application/pdf")},
                        {QStringLiteral("filename"), QStringLiteral("anlage-%1.pdf").arg(a)},
                        {QStringLiteral("hash"), QJsonObject{{QStringLiteral("type"), QStringLiteral("sha512")},
                                                             {QStringLiteral("content"), sha512(pdf)}}}});
    }
    const QJsonObject metadata{
        {QStringLiteral("$schema"),
         QStringLiteral("https://schema.fitko.de/fit-connect/metadata/1.2.0/metadata.schema.json")},
        {QStringLiteral("publicServiceType"),
         QJsonObject{{QStringLiteral("identifier"), QStringLiteral("urn:de:fim:leika:leistung:99115001001000")},
                     {QStringLiteral("name"), QStringLiteral("Anmeldung einer Wohnung")}}},
        {QStringLiteral("contentStructure"),
         QJsonObject{
             {QStringLiteral("data"),
              QJsonObject{{QStringLiteral("submissionSchema"),
                           QJsonObject{{QStringLiteral("schemaUri"), QStringLiteral("urn:xoev-de:example:anmeldung")},
                                       {QStringLiteral("mimeType"), QStringLiteral("application/json")}}},
                          {QStringLiteral("hash"), QJsonObject{{QStringLiteral("type"), QStringLiteral("sha512")},
                                                               {QStringLiteral("content"), sha512(data)}}}}},
             {QStringLiteral("attachments"), attachments}}}};
    files.prepend({QStringLiteral("data.json"), data});
    files.prepend({QStringLiteral("metadata.json"), QJsonDocument(metadata).toJson(QJsonDocument::Compact)});
    return files;
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
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    QTemporaryDir temp;
    QStringList packages;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        const QString path = temp.filePath(QStringLiteral("antrag-%1.zip").arg(i, 5, 10, QLatin1Char('0')));
        if (!aw::packages::writeZip(path, submission(i))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        packages << path;
    }
    std::printf("generated %d packages in %.1f s\n", n, double(timer.elapsed()) / 1000.0);

    auto store = aw::storage::Store::open(temp.filePath(QStringLiteral("store")));
    if (!store || !aw::casework::seedDemo(store.value())) {
        std::fprintf(stderr, "cannot set up the store\n");
        return 1;
    }
    const QString user =
        aw::storage::OrgRepository(store.value()->connection()).userByLogin(QStringLiteral("registratur"))->id;
    aw::intake::Inbox inbox({store.value(), user});
    int fresh = 0;
    timer.restart();
    for (const QString &path : std::as_const(packages)) {
        auto received = inbox.receive(path);
        if (!received || received->entry.status != QLatin1String("new")) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path),
                         received ? qPrintable(received->entry.problem) : qPrintable(received.error().message));
            return 1;
        }
        ++fresh;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    std::printf("received %d submissions (3 PDFs each) in %.2f s = %.1f submissions/s\n", fresh, seconds,
                fresh / seconds);

    // Route them all: the Kundenzentrum's registration rule, filed by its clerk.
    const auto db = store.value()->connection();
    const QString node = aw::storage::FilePlanRepository(db).byCode(QStringLiteral("3.1"))->id;
    const QString unit = aw::storage::OrgRepository(db).unitByCode(QStringLiteral("KZN"))->id;
    if (!aw::intake::Routing({store.value(), user})
             .addRule(QStringLiteral("99115001001000"), node, unit, QStringLiteral("Anmeldung {{applicant}}"))) {
        std::fprintf(stderr, "cannot add the routing rule\n");
        return 1;
    }
    const QString clerk = aw::storage::OrgRepository(db).userByLogin(QStringLiteral("aweber"))->id;
    aw::intake::Routing routing({store.value(), clerk});
    const auto entries = inbox.list();
    QElapsedTimer routeTimer;
    routeTimer.start();
    for (const auto &entry : entries.value()) {
        if (auto routed = routing.route(entry.id); !routed) {
            std::fprintf(stderr, "route %s: %s\n", qPrintable(entry.id), qPrintable(routed.error().message));
            return 1;
        }
    }
    const double routeSeconds = double(routeTimer.elapsed()) / 1000.0;
    const double total = seconds + routeSeconds;
    std::printf("routed %d submissions into case files in %.2f s = %.1f submissions/s\n", fresh, routeSeconds,
                fresh / routeSeconds);
    std::printf("received and routed: %.1f submissions/s, peak memory %ld MB\n", fresh / total, peakRssMb());
    std::printf("%s\n",
                QJsonDocument(QJsonObject{{QStringLiteral("submissions"), fresh},
                                          {QStringLiteral("receive_per_s"), qRound(fresh / seconds * 10) / 10.0},
                                          {QStringLiteral("route_per_s"), qRound(fresh / routeSeconds * 10) / 10.0},
                                          {QStringLiteral("submissions_per_s"), qRound(fresh / total * 10) / 10.0},
                                          {QStringLiteral("peak_rss_mb"), double(peakRssMb())}})
                    .toJson(QJsonDocument::Compact)
                    .constData());
    return 0;
}
