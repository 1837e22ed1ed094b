// SPDX-License-Identifier: GPL-3.0-or-later
// aw_crashwriter STORE [SEED]: a helper for tst_crashsafety, not a test. Writes through the
// services into STORE until it is killed, and after each write that returned ok (committed)
// prints one line, flushed at once, so the parent knows exactly what must survive the kill:
//   casefile <id> <reference>
//   proceeding <id> <caseFileId>
//   note <id> <objectType> <objectId>
//   document <id> <sha256> <proceedingId>
//   closed <proceedingId>
#include "casework/casefileservice.h"
#include "casework/documentservice.h"
#include "casework/fileplanservice.h"
#include "casework/noteservice.h"
#include "casework/orgservice.h"
#include "casework/proceedingservice.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using aw::core::Error;
using aw::core::Result;

namespace {

const QString Registrar = QStringLiteral("registratur");
const QString Clerk = QStringLiteral("crashclerk");
const QString UnitCode = QStringLiteral("CW");
const QString NodeCode = QStringLiteral("9.1");

void report(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "aw_crashwriter: %s: %s\n", qPrintable(what), qPrintable(error.message));
    return 1;
}

bool isNotFound(const Error &error)
{
    return error.code == Error::Code::NotFound;
}

struct Setup
{
    QString clerkId;
    QString unitId;
    QString nodeId;
};

// Finds or creates what the writes need; each step is a committed write of its own, so this is
// idempotent and also copes with a store where an earlier run got only part of the way.
Result<Setup> prepare(const std::shared_ptr<aw::storage::Store> &store)
{
    using namespace aw;
    storage::OrgRepository org(store->connection());
    auto registrar = org.userByLogin(Registrar);
    if (!registrar) {
        if (!isNotFound(registrar.error()))
            return registrar.error();
        auto created = casework::OrgService::bootstrap(*store, Registrar, QStringLiteral("Registratur"));
        if (!created)
            return created.error();
        registrar = created;
    }
    const casework::Session admin(store, registrar->id);
    casework::OrgService orgService(admin);

    auto unit = org.unitByCode(UnitCode);
    if (!unit) {
        if (!isNotFound(unit.error()))
            return unit.error();
        unit = orgService.createUnit(UnitCode, QStringLiteral("Crash Writer"));
        if (!unit)
            return unit.error();
    }
    auto clerk = org.userByLogin(Clerk);
    if (!clerk) {
        if (!isNotFound(clerk.error()))
            return clerk.error();
        clerk = orgService.createUser(Clerk, QStringLiteral("Crash Clerk"));
        if (!clerk)
            return clerk.error();
    }
    auto memberships = org.memberships(clerk->id);
    if (!memberships)
        return memberships.error();
    const bool member = std::any_of(memberships->cbegin(), memberships->cend(), [&](const storage::Membership &m) {
        return m.orgUnitId == unit->id && m.role == core::Role::Clerk;
    });
    if (!member) {
        if (auto ok = orgService.addMembership(clerk->id, unit->id, core::Role::Clerk); !ok)
            return ok.error();
    }

    storage::FilePlanRepository plan(store->connection());
    casework::FilePlanService planService(admin);
    auto parent = plan.byCode(QStringLiteral("9"));
    if (!parent) {
        if (!isNotFound(parent.error()))
            return parent.error();
        parent = planService.create(QStringLiteral("9"), QStringLiteral("Testbetrieb"), {}, core::RetentionPeriod{10},
                                    core::DisposalDecision::Evaluate);
        if (!parent)
            return parent.error();
    }
    auto node = plan.byCode(NodeCode);
    if (!node) {
        if (!isNotFound(node.error()))
            return node.error();
        node = planService.create(NodeCode, QStringLiteral("Absturzproben"), parent->id, core::RetentionPeriod{5},
                                  core::DisposalDecision::Destroy);
        if (!node)
            return node.error();
    }
    return Setup{clerk->id, unit->id, node->id};
}

QByteArray randomBytes(QRandomGenerator &random)
{
    QByteArray data(qsizetype(1024 + random.bounded(7 * 1024)), Qt::Uninitialized);
    for (char &c : data)
        c = char(random.bounded(256));
    return data;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: aw_crashwriter STORE [SEED]\n");
        return 2;
    }
    QRandomGenerator random(args.size() == 3 ? args.at(2).toUInt() : QRandomGenerator::global()->generate());

    auto opened = aw::storage::Store::open(args.at(1));
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    const std::shared_ptr<aw::storage::Store> store = opened.value();
    auto setup = prepare(store);
    if (!setup)
        return fail(QStringLiteral("setup"), setup.error());

    using namespace aw::casework;
    const Session clerk(store, setup->clerkId);
    CaseFileService caseFiles(clerk);
    ProceedingService proceedings(clerk);
    NoteService notes(clerk);
    DocumentService documents(clerk);
    QByteArray previous;

    for (quint64 round = 1;; ++round) {
        auto file = caseFiles.create(setup->nodeId, QStringLiteral("Absturzprobe %1").arg(round), setup->unitId);
        if (!file)
            return fail(QStringLiteral("case file"), file.error());
        report(QStringLiteral("casefile %1 %2").arg(file->id, file->reference));

        QStringList created;
        const int count = 1 + int(random.bounded(3));
        for (int i = 1; i <= count; ++i) {
            auto p = proceedings.create(file->id, QStringLiteral("Vorgang %1").arg(i));
            if (!p)
                return fail(QStringLiteral("proceeding"), p.error());
            report(QStringLiteral("proceeding %1 %2").arg(p->id, file->id));
            created << p->id;
        }
        const QString target = created.at(int(random.bounded(created.size())));

        const bool onFile = random.bounded(2) == 0;
        const QString type = onFile ? QStringLiteral("case_file") : QStringLiteral("proceeding");
        const QString object = onFile ? file->id : target;
        auto note = notes.addNote(type, object, QStringLiteral("Vermerk %1: geprüft.").arg(round));
        if (!note)
            return fail(QStringLiteral("note"), note.error());
        report(QStringLiteral("note %1 %2 %3").arg(note->id, type, object));

        // Now and then the same bytes again: the blob is already there and must be shared.
        QByteArray bytes = !previous.isEmpty() && random.bounded(8) == 0 ? previous : randomBytes(random);
        previous = bytes;
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QBuffer content(&bytes);
        content.open(QIODevice::ReadOnly);
        auto document = documents.addDocument(target, QStringLiteral("Scan %1").arg(round), aw::storage::Direction::In,
                                              content, QStringLiteral("scan-%1.bin").arg(round));
        if (!document)
            return fail(QStringLiteral("document"), document.error());
        report(QStringLiteral("document %1 %2 %3").arg(document->id, sha, target));

        if (random.bounded(3) == 0) {
            auto closed = proceedings.close(target);
            if (!closed)
                return fail(QStringLiteral("close"), closed.error());
            report(QStringLiteral("closed %1").arg(target));
        }
    }
}
