// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for the local store: service writes per second (each one transaction with its
// audit event and outbox entry, fsynced), file plan import, listing, and verify.
// Usage: bench_store [CASE_FILES] (default 2000). Not a test: it only measures.
#include "casework/casefileservice.h"
#include "casework/documentservice.h"
#include "casework/fileplanservice.h"
#include "casework/orgservice.h"
#include "casework/proceedingservice.h"
#include "storage/fileplanrepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace aw;

namespace {

void report(const char *what, qint64 count, qint64 ms)
{
    std::printf("%-46s %8lld in %7lld ms  = %9.0f /s\n", what, static_cast<long long>(count),
                static_cast<long long>(ms), ms > 0 ? count * 1000.0 / double(ms) : 0.0);
}

template <typename T>
T must(core::Result<T> result)
{
    if (!result) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(result.error().message));
        std::exit(1);
    }
    return std::move(result).value();
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int files = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    auto store = must(storage::Store::open(dir.filePath(QStringLiteral("store"))));
    const auto admin = must(casework::OrgService::bootstrap(*store, QStringLiteral("admin"), {}));
    casework::OrgService org({store, admin.id});
    const auto unit = must(org.createUnit(QStringLiteral("KZ"), QStringLiteral("Kundenzentrum")));
    const auto clerk = must(org.createUser(QStringLiteral("clerk"), {}));
    if (!org.addMembership(clerk.id, unit.id, core::Role::Clerk))
        return 1;

    // A file plan of 5,000 nodes: 50 groups of 99 entries.
    QByteArray csv("code;title;retentionYears;disposal\n");
    for (int g = 1; g <= 50; ++g) {
        csv += QByteArray::number(g) + ";Gruppe " + QByteArray::number(g) + ";10;B\n";
        for (int n = 1; n <= 99; ++n)
            csv +=
                QByteArray::number(g) + '.' + QByteArray::number(n) + ";Betreff " + QByteArray::number(n) + ";10;V\n";
    }
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    const auto imported = must(casework::FilePlanService({store, admin.id}).importCsv(buffer));
    report("file plan import (one transaction), nodes", imported.created, timer.elapsed());
    const auto node = must(storage::FilePlanRepository(store->connection()).byCode(QStringLiteral("7.7")));

    const casework::Session session(store, clerk.id);
    QStringList proceedings;
    timer.restart();
    QStringList caseFiles;
    for (int i = 0; i < files; ++i)
        caseFiles
            << must(casework::CaseFileService(session).create(node.id, QStringLiteral("Akte %1").arg(i), unit.id)).id;
    report("case files created (reference, audit, outbox)", files, timer.elapsed());

    timer.restart();
    for (const QString &id : std::as_const(caseFiles))
        proceedings << must(casework::ProceedingService(session).create(id, QStringLiteral("Antrag"))).id;
    report("proceedings created", proceedings.size(), timer.elapsed());

    QByteArray content(64 * 1024, '\0');
    timer.restart();
    const int documents = qMin(files, 1000);
    for (int i = 0; i < documents; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
        QBuffer bytes(&content);
        bytes.open(QIODevice::ReadOnly);
        must(casework::DocumentService(session).addDocument(proceedings.at(i), QStringLiteral("Scan"),
                                                            storage::Direction::In, bytes, QStringLiteral("scan.pdf")));
    }
    report("documents of 64 KiB added (blob fsync + rows)", documents, timer.elapsed());

    timer.restart();
    const auto listed = must(casework::CaseFileService(session).listForNode(node.id));
    report("case files of one node listed", listed.size(), timer.elapsed());

    timer.restart();
    const auto findings = must(store->verify());
    const qint64 events = files * 2 + documents + imported.created;
    report("verify (audit events + blobs), events approx.", events, timer.elapsed());
    std::printf("verify findings: %lld\n", static_cast<long long>(findings.size()));
    return findings.isEmpty() ? 0 : 1;
}
