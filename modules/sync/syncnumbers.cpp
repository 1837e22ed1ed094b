// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers taken elsewhere meanwhile. Proceedings are numbered within their case file on each
// client, also offline: before one is sent new (or moved), the central store says whether its
// number is still free there. A case file made before the store first synced has a number of the
// store's own: before it is sent, the central store says whether its reference is taken.
#include "casework/casefileservice.h"
#include "casework/proceedingservice.h"
#include "storage/casefilerepository.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "storage/unitofwork.h"
#include "sync/centralapi.h"
#include "sync/localrecords.h"
#include "sync/synchronizer.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace aw::sync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::sync::Synchronizer)
};

}  // namespace

core::Result<QString> Synchronizer::localActor()
{
    // Done on behalf of the user syncing: the local user of the same login.
    auto login = CentralApi(m_central).login();
    if (!login)
        return login.error();
    auto actor = storage::scalar(m_local, QStringLiteral("SELECT id FROM user WHERE login = ?"), {login.value()});
    if (!actor)
        return actor.error();
    if (!actor->isValid())
        return core::invalid(Text::tr("The central store's user %1 is not a user of this store; a number taken "
                                      "meanwhile cannot be replaced.")
                                 .arg(login.value()));
    return actor->toString();
}

core::Result<LocalRecord> Synchronizer::renumbered(storage::UnitOfWork &work, const LocalRecord &record,
                                                   const QString &from, const QString &to, const QString &why)
{
    if (auto ok =
            work.record(record.objectType + QStringLiteral(".renumber"), record.objectType, record.objectId,
                        {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}, {QStringLiteral("why"), why}});
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    m_renumbered << from + QStringLiteral(" → ") + to;
    auto now = LocalRecords(m_local).read(record.objectType, record.objectId);
    if (!now)
        return now.error();
    if (!now->has_value())
        return core::notFound(Text::tr("%1 is no longer in this store.").arg(to));
    return **now;
}

core::Result<LocalRecord> Synchronizer::withFreeNumber(const LocalRecord &proceeding)
{
    const int number = proceeding.fields.value(QStringLiteral("number")).toInt();
    const QString file = proceeding.parentId();
    CentralApi api(m_central);
    auto free = api.freeProceedingNumber(file, proceeding.objectId, number);
    if (!free)
        return free.error();
    if (free.value() == 0 || free.value() == number)
        return proceeding;  // free, or a case file the central store does not have yet (sent before it)

    // The next number free there and here.
    auto highest = storage::scalar(m_local,
                                   QStringLiteral("SELECT coalesce(max(number), 0) FROM proceeding "
                                                  "WHERE case_file_id = ? AND id <> ?"),
                                   {file, proceeding.objectId});
    if (!highest)
        return highest.error();
    auto fileReference =
        storage::scalar(m_local, QStringLiteral("SELECT reference FROM case_file WHERE id = ?"), {file});
    if (!fileReference)
        return fileReference.error();
    const int next = std::max(free.value(), highest->toInt() + 1);
    const QString from = proceeding.fields.value(QStringLiteral("reference")).toString();
    const QString to = casework::ProceedingService::referenceFor(*m_store, fileReference->toString(), next);

    auto actor = localActor();
    if (!actor)
        return actor.error();
    storage::UnitOfWork work(m_local, actor.value());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    LocalRecords records(m_local);
    if (auto ok = records.change(QStringLiteral("proceeding"), proceeding.objectId,
                                 {{QStringLiteral("number"), next}, {QStringLiteral("reference"), to}});
        !ok)
        return ok.error();
    return renumbered(work, proceeding, from, to, QStringLiteral("number taken centrally"));
}

core::Result<LocalRecord> Synchronizer::withFreeReference(const LocalRecord &caseFile)
{
    const QString from = caseFile.fields.value(QStringLiteral("reference")).toString();
    CentralApi api(m_central);
    auto taken = api.referenceTaken(from, caseFile.objectId);
    if (!taken)
        return taken.error();
    if (!taken.value())
        return caseFile;  // its own number, but free: kept

    // A number from a block of the user's, for the year the file was opened.
    const QString plan = caseFile.fields.value(QStringLiteral("plan")).toString();
    const QString unit = caseFile.fields.value(QStringLiteral("unit")).toString();
    const int year =
        QDateTime::fromString(caseFile.fields.value(QStringLiteral("opened_at")).toString(), Qt::ISODate).date().year();
    if (auto ok = topUpNumbers(plan, year, 1); !ok)
        return ok.error();
    storage::CaseFileRepository numbers(m_local);
    auto actor = localActor();
    if (!actor)
        return actor.error();
    storage::UnitOfWork work(m_local, actor.value());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto sequence = numbers.takeSequence(plan, year);
    if (!sequence)
        return sequence.error();
    const QString to =
        casework::CaseFileService::referencePattern(*m_store).format({plan, unit, sequence.value(), year, 0});
    LocalRecords records(m_local);
    if (auto ok = records.change(QStringLiteral("case_file"), caseFile.objectId, {{QStringLiteral("reference"), to}});
        !ok)
        return ok.error();
    if (auto ok = numbers.setNumber(caseFile.objectId, plan, year, sequence.value()); !ok)
        return ok.error();
    // Its proceedings' references carry the file's.
    auto proceedings = storage::exec(
        m_local, QStringLiteral("SELECT id, number FROM proceeding WHERE case_file_id = ?"), {caseFile.objectId});
    if (!proceedings)
        return proceedings.error();
    QList<std::pair<QString, int>> each;
    while (proceedings->next())
        each.append({proceedings->value(0).toString(), proceedings->value(1).toInt()});
    for (const auto &[id, number] : std::as_const(each)) {
        const QString reference = casework::ProceedingService::referenceFor(*m_store, to, number);
        if (auto ok = records.change(QStringLiteral("proceeding"), id, {{QStringLiteral("reference"), reference}}); !ok)
            return ok.error();
    }
    return renumbered(work, caseFile, from, to, QStringLiteral("reference taken centrally"));
}

}  // namespace aw::sync
