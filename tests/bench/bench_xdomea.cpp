// SPDX-License-Identifier: GPL-3.0-or-later
// An Abgabe of one big case file between two stores: N documents of S KB of incompressible bytes
// (as scans and PDFs are) in one proceeding, written as a 0401 package (blobs streamed into the ZIP,
// hashes checked on the way), opened (safe reader, schema check) and taken into a second store.
// Prints the times, MB/s and peak memory, and a JSON last line. Peak memory staying far below the
// package size shows that neither side holds the files in memory.
// Usage: bench_xdomea [N=500] [S=1024]
#include "casework/casefileservice.h"
#include "casework/demo.h"
#include "casework/documentfiling.h"
#include "casework/proceedingservice.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "xdomea/transfers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace aw;

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

struct Office
{
    std::shared_ptr<storage::Store> store;
    QString lead;
    QString node;
    QString unit;
};

core::Result<Office> office(const QString &dir)
{
    auto store = storage::Store::open(dir, storage::Database::OpenMode::CreateIfMissing);
    if (!store)
        return store.error();
    if (auto seeded = casework::seedDemo(store.value()); !seeded)
        return seeded.error();
    const storage::OrgRepository org(store.value()->connection());
    auto lead = org.userByLogin(QStringLiteral("jfischer"));
    auto unit = org.unitByCode(QStringLiteral("KZN"));
    auto node = storage::FilePlanRepository(store.value()->connection()).byCode(QStringLiteral("3.3"));
    if (!lead || !unit || !node)
        return core::notFound(QStringLiteral("demo office incomplete"));
    return Office{store.value(), lead->id, node->id, unit->id};
}

int fail(const core::Error &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.message));
    return 1;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    const int kb = argc > 2 ? QByteArray(argv[2]).toInt() : 1024;
    QTemporaryDir dir;
    auto sender = office(dir.filePath(QStringLiteral("sender")));
    auto receiver = office(dir.filePath(QStringLiteral("receiver")));
    if (!sender || !receiver)
        return fail(sender ? receiver.error() : sender.error());

    // The big file, filed in one transaction as the bulk import does.
    const casework::Session lead(sender->store, sender->lead);
    auto file = casework::CaseFileService(lead).create(sender->node, QStringLiteral("Großverfahren"), sender->unit);
    auto proceeding = file ? casework::ProceedingService(lead).create(file->id, QStringLiteral("Unterlagen"))
                           : core::Result<storage::Proceeding>(file.error());
    if (!proceeding)
        return fail(proceeding.error());
    QList<casework::PreparedFile> prepared;
    QRandomGenerator random(42);
    QByteArray bytes(kb * 1024, Qt::Uninitialized);
    for (int i = 0; i < n; ++i) {
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        auto sha = sender->store->blobs().putData(bytes);
        if (!sha)
            return fail(sha.error());
        casework::PreparedFile f;
        f.sha256 = sha.value();
        f.size = bytes.size();
        f.fileName = QStringLiteral("scan-%1.tif").arg(i, 5, 10, QLatin1Char('0'));
        f.mime = QStringLiteral("image/tiff");
        prepared.append(f);
    }
    if (auto filed = casework::DocumentFiling(lead).file(proceeding->id, prepared,
                                                         casework::DocumentFiling::Duplicates::AddAsNewDocument);
        !filed)
        return fail(filed.error());
    const double megabytes = double(n) * kb / 1024.0;
    std::printf("case file with %d documents of %d KB (%.0f MB)\n", n, kb, megabytes);

    QElapsedTimer timer;
    timer.start();
    auto sent = xdomea::Transfers(lead).send({file->id}, {QStringLiteral("Bezirksamt Süd"), {}},
                                             dir.filePath(QStringLiteral("out")));
    if (!sent)
        return fail(sent.error());
    const double sendSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double packageMb = double(QFileInfo(sent->packagePath).size()) / (1024.0 * 1024.0);
    std::printf("0401 written: %.2f s, %.1f MB/s, package %.0f MB\n", sendSeconds, megabytes / sendSeconds, packageMb);

    timer.restart();
    auto package = xdomea::openPackage(sent->packagePath);
    if (!package)
        return fail(package.error());
    const double openSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const casework::Session receiving(receiver->store, receiver->lead);
    auto received = xdomea::Transfers(receiving).receive(package.value(), receiver->node, receiver->unit);
    if (!received)
        return fail(received.error());
    const double receiveSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("0401 opened and checked: %.2f s; taken in: %.2f s, %.1f MB/s (%d documents)\n", openSeconds,
                receiveSeconds, megabytes / receiveSeconds, received->documents);
    const long peak = peakRssMb();
    std::printf("peak memory %ld MB\n", peak);
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("documents"), n},
                                                  {QStringLiteral("megabytes"), megabytes},
                                                  {QStringLiteral("send_s"), sendSeconds},
                                                  {QStringLiteral("send_mb_per_s"), megabytes / sendSeconds},
                                                  {QStringLiteral("open_s"), openSeconds},
                                                  {QStringLiteral("receive_s"), receiveSeconds},
                                                  {QStringLiteral("receive_mb_per_s"), megabytes / receiveSeconds},
                                                  {QStringLiteral("peak_rss_mb"), double(peak)}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return 0;
}
