// SPDX-License-Identifier: GPL-3.0-or-later
// Proceedings are numbered within their case file on each client, also offline: before one is sent
// new (or moved), the central store says whether its number is still free there.
#include "casework/proceedingservice.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "storage/unitofwork.h"
#include "sync/centralapi.h"
#include "sync/localrecords.h"
#include "sync/synchronizer.h"

#include <QCoreApplication>

#include <algorithm>

namespace aw::sync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::sync::Synchronizer)
};

}  // namespace

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

    // Done on behalf of the user syncing (the local user of the same login).
    auto login = api.login();
    if (!login)
        return login.error();
    auto actor = storage::scalar(m_local, QStringLiteral("SELECT id FROM user WHERE login = ?"), {login.value()});
    if (!actor)
        return actor.error();
    if (!actor->isValid())
        return core::invalid(Text::tr("The central store's user %1 is not a user of this store; the proceeding %2 "
                                      "cannot be given a free number.")
                                 .arg(login.value(), from));
    storage::UnitOfWork work(m_local, actor->toString());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    LocalRecords records(m_local);
    if (auto ok = records.change(QStringLiteral("proceeding"), proceeding.objectId,
                                 {{QStringLiteral("number"), next}, {QStringLiteral("reference"), to}});
        !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("proceeding.renumber"), QStringLiteral("proceeding"), proceeding.objectId,
                              {{QStringLiteral("from"), from},
                               {QStringLiteral("to"), to},
                               {QStringLiteral("why"), QStringLiteral("number taken centrally")}});
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    m_renumbered << from + QStringLiteral(" → ") + to;
    auto now = records.read(QStringLiteral("proceeding"), proceeding.objectId);
    if (!now)
        return now.error();
    if (!now->has_value())
        return core::notFound(Text::tr("The proceeding %1 is no longer in this store.").arg(to));
    return **now;
}

}  // namespace aw::sync
