// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/disposals.h"

#include "storage/casefilerepository.h"
#include "storage/unitofwork.h"
#include "xdomea/confirmation.h"
#include "xdomea/contentremoval.h"
#include "xdomea/outgoing.h"
#include "xdomea/recordbuilder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

using aw::core::Result;

namespace aw::xdomea {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::xdomea::Disposals)
};

}  // namespace

Result<void> Disposals::permitAll() const
{
    // The registry disposes for the whole office: what the rule book asks of any closed file.
    return m_session.permit(core::Action::Disposal, {{}, {}, true});
}

Result<QList<DueFile>> Disposals::due(const QDate &today) const
{
    if (auto ok = permitAll(); !ok)
        return ok.error();
    auto rows = ExchangeRepository(m_session.db()).due(storage::toStored(today));
    if (!rows)
        return rows.error();
    QList<DueFile> out;
    for (const DueRow &r : rows.value()) {
        DueFile f;
        f.caseFileId = r.caseFileId;
        f.reference = r.reference;
        f.subject = r.subject;
        f.unitName = r.unitName;
        f.planCode = r.planCode;
        f.closedOn = storage::dateTimeFromStored(r.closedAt).toLocalTime().date();
        f.retentionUntil = storage::dateFromStored(r.retentionUntil);
        f.planned = core::disposalFromLetter(r.disposal).value_or(core::DisposalDecision::Evaluate);
        f.processId = r.processId;
        f.archiveDecision = r.decision;
        out.append(f);
    }
    return out;
}

Result<Disposals::Sent> Disposals::offer(const QStringList &caseFileIds, const Party &archive, const QString &outDir,
                                         const QDate &today)
{
    if (auto ok = permitAll(); !ok)
        return ok.error();
    if (caseFileIds.isEmpty())
        return core::invalid(Text::tr("Choose at least one case file to offer to the archive."));
    if (archive.institution.trimmed().isEmpty())
        return core::invalid(Text::tr("Name the archive the files are offered to."));
    auto dueFiles = due(today);
    if (!dueFiles)
        return dueFiles.error();
    const QSqlDatabase db = m_session.db();
    Message message;
    message.header.processId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.header.type = MessageType::Offer;
    message.header.createdAt = QDateTime::currentDateTimeUtc();
    message.header.recipient = archive;
    for (const QString &id : caseFileIds) {
        const auto it =
            std::find_if(dueFiles->cbegin(), dueFiles->cend(), [&](const DueFile &f) { return f.caseFileId == id; });
        auto file = storage::CaseFileRepository(db).get(id);
        if (!file)
            return file.error();
        if (it == dueFiles->cend())
            return core::refused(Text::tr("The case file %1 is not due for disposal: it is open, its retention runs "
                                          "until later, or it has left the store.")
                                     .arg(file->reference));
        if (!it->processId.isEmpty())
            return core::conflict(
                Text::tr("The case file %1 is already part of the disposal %2.").arg(file->reference, it->processId));
        if (it->planned == core::DisposalDecision::Destroy)
            return core::refused(Text::tr("The file plan marks %1 for destruction (V); it is destroyed, not offered.")
                                     .arg(file->reference));
        auto record = buildRecord(db, id, false);
        if (!record)
            return record.error();
        if (message.header.sender.institution.isEmpty())
            message.header.sender = officeParty(m_session.store(), QStringLiteral("Registratur"));
        message.caseFiles.append(record.value());
    }

    Outgoing outgoing{message,
                      true,
                      ProcessKind::Disposal,
                      archive.institution,
                      ProcessState::Offered,
                      QStringLiteral("xdomea.offer"),
                      {{QStringLiteral("archive"), archive.institution}}};
    auto path = sendMessage(m_session, outgoing, outDir);
    if (!path)
        return path.error();
    return Sent{message.header.processId, path.value(), int(message.caseFiles.size())};
}

Result<Process> Disposals::applyEvaluation(const Package &package)
{
    if (auto ok = permitAll(); !ok)
        return ok.error();
    const Message &message = package.message;
    if (message.header.type != MessageType::Evaluation)
        return core::invalid(Text::tr("This is not a Bewertungsverzeichnis (0502)."));
    const QSqlDatabase db = m_session.db();
    ExchangeRepository exchange(db);
    auto process = exchange.process(message.header.processId);
    if (!process)
        return process.error();
    if (process->kind != ProcessKind::Disposal || process->state != ProcessState::Offered)
        return core::conflict(Text::tr("The disposal %1 is not waiting for an evaluation (it is %2).")
                                  .arg(process->id, stateTitle(process->state)));
    auto items = exchange.items(process->id);
    if (!items)
        return items.error();
    for (const Verdict &v : message.verdicts) {
        auto item = std::find_if(items->begin(), items->end(), [&](const Item &i) { return i.objectId == v.objectId; });
        if (item == items->end())
            return core::invalid(
                Text::tr("The evaluation names %1, which was not offered in this disposal. Nothing was applied.")
                    .arg(v.objectId));
        if (v.decision == core::DisposalDecision::Evaluate)
            return core::invalid(Text::tr("The evaluation leaves %1 undecided (B); the archive must decide A or V. "
                                          "Nothing was applied.")
                                     .arg(v.objectId));
        item->decision = QString(core::disposalLetter(v.decision));
    }
    for (const Item &i : items.value()) {
        if (i.decision.isEmpty())
            return core::invalid(Text::tr("The evaluation does not decide on the offered file %1. Nothing was applied.")
                                     .arg(i.objectId));
    }

    storage::UnitOfWork work(db, m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    ExchangeRepository inWork(work.db());
    QJsonObject decisions;
    for (const Item &i : items.value()) {
        if (auto ok = inWork.updateItem(i); !ok)
            return ok.error();
        decisions.insert(i.caseFileId, i.decision);
    }
    if (auto ok = inWork.setState(process->id, ProcessState::Evaluated); !ok)
        return ok.error();
    if (auto ok = keepMessage(work, m_session.store().blobs(), process->id, MessageType::Evaluation, false, package.xml,
                              QFileInfo(package.path).fileName(), m_session.userId());
        !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("xdomea.evaluation"), QStringLiteral("xdomea_process"), process->id,
                              {{QStringLiteral("decisions"), decisions}});
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return ExchangeRepository(db).process(process->id);
}

Result<Disposals::Sent> Disposals::transfer(const QString &processId, const QString &outDir)
{
    if (auto ok = permitAll(); !ok)
        return ok.error();
    const QSqlDatabase db = m_session.db();
    ExchangeRepository exchange(db);
    auto process = exchange.process(processId);
    if (!process)
        return process.error();
    if (process->kind != ProcessKind::Disposal || process->state != ProcessState::Evaluated)
        return core::conflict(Text::tr("The disposal %1 cannot be handed over now (it is %2).")
                                  .arg(process->id, stateTitle(process->state)));
    auto items = exchange.items(processId);
    if (!items)
        return items.error();
    Message message;
    message.header.processId = process->id;
    message.header.type = MessageType::Disposal;
    message.header.createdAt = QDateTime::currentDateTimeUtc();
    message.header.sender = officeParty(m_session.store(), QStringLiteral("Registratur"));
    message.header.recipient = {process->partner, {}};
    QJsonArray references;
    for (const Item &i : items.value()) {
        if (i.decision != QLatin1String("A"))
            continue;
        auto record = buildRecord(db, i.caseFileId, true);
        if (!record)
            return record.error();
        references.append(record->reference);
        message.caseFiles.append(record.value());
    }
    if (message.caseFiles.isEmpty())
        return core::invalid(Text::tr("The archive keeps none of the files of this disposal; there is nothing to "
                                      "hand over. Destroy the files it declined instead."));

    const Outgoing outgoing{message,
                            false,
                            ProcessKind::Disposal,
                            process->partner,
                            ProcessState::Transferred,
                            QStringLiteral("xdomea.disposal"),
                            {}};
    auto path = sendMessage(m_session, outgoing, outDir);
    if (!path)
        return path.error();
    return Sent{process->id, path.value(), int(message.caseFiles.size())};
}

Result<Process> Disposals::recordReceipt(const Package &package)
{
    if (auto ok = permitAll(); !ok)
        return ok.error();
    const Header &h = package.message.header;
    const QList<MessageType> receipts{MessageType::OfferReceived, MessageType::EvaluationReceived,
                                      MessageType::DisposalImported, MessageType::DisposalReceived};
    if (!receipts.contains(h.type))
        return core::invalid(Text::tr("This is not a receipt of a disposal (0504–0507)."));
    const QSqlDatabase db = m_session.db();
    ExchangeRepository exchange(db);
    auto process = exchange.process(h.processId);
    if (!process)
        return process.error();
    if (process->kind != ProcessKind::Disposal)
        return core::invalid(Text::tr("The ProzessID %1 is not a disposal of this store.").arg(h.processId));
    if (h.type == MessageType::DisposalImported && process->state != ProcessState::Transferred)
        return core::conflict(Text::tr("The disposal %1 has not been handed over to the archive (it is %2).")
                                  .arg(process->id, stateTitle(process->state)));
    auto items = exchange.items(process->id);
    if (!items)
        return items.error();

    storage::UnitOfWork work(db, m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    ExchangeRepository inWork(work.db());
    if (auto ok = keepMessage(work, m_session.store().blobs(), process->id, h.type, false, package.xml,
                              QFileInfo(package.path).fileName(), m_session.userId());
        !ok)
        return ok.error();
    Confirmed confirmed;
    if (h.type == MessageType::DisposalImported) {
        auto applied = applyConfirmation(
            work, process.value(), items.value(), package.message.outcomes, Fate::Archived,
            [](const Item &i) { return i.decision == QLatin1String("A"); }, m_session.userId());
        if (!applied)
            return applied.error();
        confirmed = applied.value();
        const bool allDone = std::all_of(items->cbegin(), items->cend(), [](const Item &i) {
            return i.decision != QLatin1String("A") || i.outcome == QLatin1String("ok");
        });
        if (allDone) {
            if (auto ok = inWork.setState(process->id, ProcessState::Completed); !ok)
                return ok.error();
        }
    }
    if (auto ok = work.record(QStringLiteral("xdomea.receipt"), QStringLiteral("xdomea_process"), process->id,
                              {{QStringLiteral("type"), typeCode(h.type)},
                               {QStringLiteral("archived"), QJsonArray::fromStringList(confirmed.left)},
                               {QStringLiteral("failed"), QJsonArray::fromStringList(confirmed.failed)}});
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return ExchangeRepository(db).process(process->id);
}

Result<QList<DisposedCaseFile>> Disposals::destroy(const QStringList &caseFileIds, const QDate &today)
{
    if (auto ok = permitAll(); !ok)
        return ok.error();
    if (caseFileIds.isEmpty())
        return core::invalid(Text::tr("Choose at least one case file to destroy."));
    auto dueFiles = due(today);
    if (!dueFiles)
        return dueFiles.error();
    const QSqlDatabase db = m_session.db();
    for (const QString &id : caseFileIds) {
        const auto it =
            std::find_if(dueFiles->cbegin(), dueFiles->cend(), [&](const DueFile &f) { return f.caseFileId == id; });
        if (it == dueFiles->cend()) {
            auto file = storage::CaseFileRepository(db).get(id);
            return core::refused(Text::tr("The case file %1 is not due for disposal and cannot be destroyed.")
                                     .arg(file ? file->reference : id));
        }
        const bool declined = it->archiveDecision == QLatin1String("V");
        const bool plannedForDestruction = it->planned == core::DisposalDecision::Destroy && it->processId.isEmpty();
        if (!declined && !plannedForDestruction)
            return core::refused(Text::tr("%1 may not be destroyed: only files the file plan marks V, or that the "
                                          "archive has declined, are destroyed. Offer it to the archive first.")
                                     .arg(it->reference));
    }

    storage::UnitOfWork work(db, m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    QList<DisposedCaseFile> out;
    for (const QString &id : caseFileIds) {
        const auto it =
            std::find_if(dueFiles->cbegin(), dueFiles->cend(), [&](const DueFile &f) { return f.caseFileId == id; });
        DisposedCaseFile record;
        record.caseFileId = id;
        record.fate = Fate::Destroyed;
        record.processId = it->processId;
        record.at = QDateTime::currentDateTimeUtc();
        record.byUser = m_session.userId();
        auto removed = removeContent(work, record);
        if (!removed)
            return removed.error();
        out.append(removed.value());
    }
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return out;
}

Result<QList<Process>> Disposals::processes() const
{
    if (auto ok = permitAll(); !ok)
        return ok.error();
    return ExchangeRepository(m_session.db()).processes(ProcessKind::Disposal);
}

Result<QList<Item>> Disposals::items(const QString &processId) const
{
    if (auto ok = permitAll(); !ok)
        return ok.error();
    return ExchangeRepository(m_session.db()).items(processId);
}

}  // namespace aw::xdomea
