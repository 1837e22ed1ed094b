// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/demodisposal.h"

#include "casework/casefileservice.h"
#include "casework/documentservice.h"
#include "casework/proceedingservice.h"
#include "storage/casefilerepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/unitofwork.h"

#include <QBuffer>

using aw::core::Result;

namespace aw::xdomea {

namespace {

struct OldFile
{
    const char *node;
    const char *subject;
    const char *document;
    int closedInYear;
};

const OldFile oldFiles[] = {
    {"1.1", "Geschäftsverteilungsplan des Kundenzentrums 2013", "Geschäftsverteilungsplan", 2013},
    {"3.3", "Gewerbeabmeldung Bäckerei Kühn", "Gewerbeabmeldung", 2011},
    {"3.1", "Meldeangelegenheiten Familie Schulze", "Anmeldung", 2014},
    {"3.4", "Wohngeld Frau Lindner", "Wohngeldbescheid", 2015},
};

}  // namespace

Result<int> seedDemoDisposal(const std::shared_ptr<storage::Store> &store)
{
    const storage::OrgRepository org(store->connection());
    auto lead = org.userByLogin(QStringLiteral("jfischer"));
    auto unit = org.unitByCode(QStringLiteral("KZN"));
    if (!lead || !unit)
        return lead ? unit.error() : lead.error();
    const casework::Session session(store, lead->id);
    int added = 0;
    for (const OldFile &old : oldFiles) {
        auto node = storage::FilePlanRepository(store->connection()).byCode(QString::fromLatin1(old.node));
        if (!node)
            return node.error();
        auto file = casework::CaseFileService(session).create(node->id, QString::fromUtf8(old.subject), unit->id);
        if (!file)
            return file.error();
        auto p = casework::ProceedingService(session).create(file->id, QString::fromUtf8(old.subject));
        if (!p)
            return p.error();
        QByteArray text = QString::fromUtf8(old.document).toUtf8() + "\n\nDemo-Unterlage aus dem Altbestand.\n";
        QBuffer content(&text);
        content.open(QIODevice::ReadOnly);
        if (auto doc = casework::DocumentService(session).addDocument(
                p->id, QString::fromUtf8(old.document), storage::Direction::In, content,
                QString::fromUtf8(old.document) + QStringLiteral(".txt"), QStringLiteral("text/plain"));
            !doc)
            return doc.error();
        if (auto ok = casework::ProceedingService(session).close(p->id); !ok)
            return ok.error();
        auto closed = casework::CaseFileService(session).close(file->id);
        if (!closed)
            return closed.error();

        // Closed long ago, as if the office had worked with Aktenwerk for years: audited as such.
        storage::UnitOfWork work(store->connection(), lead->id);
        if (auto ok = work.begin(); !ok)
            return ok.error();
        storage::CaseFile backdated = closed.value();
        backdated.closedAt = QDateTime(QDate(old.closedInYear, 11, 30), QTime(12, 0), Qt::UTC);
        const auto until = core::retentionEnd(backdated.closedAt.date(), node->retention);
        backdated.retentionUntil = until ? *until : QDate();
        if (auto ok = storage::CaseFileRepository(work.db()).update(backdated); !ok)
            return ok.error();
        if (auto ok = work.record(QStringLiteral("case_file.demo_backdate"), QStringLiteral("case_file"), backdated.id,
                                  storage::toJson(backdated), backdated.rev);
            !ok)
            return ok.error();
        if (auto ok = work.commit(); !ok)
            return ok.error();
        ++added;
    }
    if (auto ok = store->setSetting(QStringLiteral("office.name"), QStringLiteral("Bezirksamt Mitte (Demo)")); !ok)
        return ok.error();
    if (auto ok = store->setSetting(QStringLiteral("xdomea.archive"), QStringLiteral("Landesarchiv (Demo)")); !ok)
        return ok.error();
    return added;
}

}  // namespace aw::xdomea
