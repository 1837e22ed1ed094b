// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/transfers.h"

#include "casework/casefileservice.h"
#include "casework/documentfiling.h"
#include "casework/proceedingservice.h"
#include "documents/preparation.h"
#include "storage/casefilerepository.h"
#include "storage/documentrepository.h"
#include "storage/fileplanrepository.h"
#include "storage/noterepository.h"
#include "storage/proceedingrepository.h"
#include "storage/unitofwork.h"
#include "xdomea/confirmation.h"
#include "xdomea/outgoing.h"
#include "xdomea/recordbuilder.h"
#include "xdomea/writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>
#include <QUuid>

using aw::core::Result;

namespace aw::xdomea {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::xdomea::Transfers)
};

QString newProcessId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The name a primary file had at the sender: DateinameOriginal, else the package name without
// its `<uuid>_` prefix.
QString originalNameOf(const PrimaryFile &file)
{
    if (!file.originalName.isEmpty())
        return file.originalName;
    const qsizetype underscore = file.fileName.indexOf(QLatin1Char('_'));
    return underscore == 36 ? file.fileName.mid(37) : file.fileName;
}

// One proceeding of a received Akte, its documents and versions, in the caller's work.
Result<int> receiveProceeding(storage::UnitOfWork &work, const casework::Session &session, const QString &caseFileId,
                              const RecordProceeding &record, const QHash<QString, casework::PreparedFile> &prepared)
{
    auto proceeding = casework::ProceedingService(session).createIn(
        work, caseFileId, record.subject.isEmpty() ? record.reference : record.subject);
    if (!proceeding)
        return proceeding.error();
    storage::DocumentRepository documents(work.db());
    int count = 0;
    for (const RecordDocument &d : record.documents) {
        const QDateTime received = d.date.isValid() ? d.date.startOfDay(Qt::UTC) : QDateTime::currentDateTimeUtc();
        const storage::Document document{storage::newId(), proceeding->id, d.title, d.direction, received, 1};
        if (auto ok = documents.insert(document); !ok)
            return ok.error();
        QJsonArray versionsJson;
        for (const RecordVersion &v : d.versions) {
            const casework::PreparedFile &file = prepared.value(v.file.fileName);
            storage::DocumentVersion version;
            version.documentId = document.id;
            version.n = v.number;
            version.sha256 = file.sha256;
            version.fileName = originalNameOf(v.file);
            version.mime = file.mime.isEmpty() ? QStringLiteral("application/octet-stream") : file.mime;
            version.size = file.size;
            version.pages = file.pages;
            version.createdBy = session.userId();
            version.createdAt = v.file.createdAt.isValid() ? v.file.createdAt.toUTC() : QDateTime::currentDateTimeUtc();
            if (auto ok = documents.insertVersion(version); !ok)
                return ok.error();
            versionsJson.append(storage::toJson(version));
            if (auto ok = storage::TextIndex(work.db()).put({document.id, version.n, file.textStatus, file.text}); !ok)
                return ok.error();
        }
        QJsonObject payload = storage::toJson(document);
        payload.insert(QStringLiteral("versions"), versionsJson);
        if (auto ok = work.record(QStringLiteral("document.add"), QStringLiteral("document"), document.id, payload);
            !ok)
            return ok.error();
        ++count;
    }
    if (record.closed) {
        storage::Proceeding closed = proceeding.value();
        closed.status = storage::ProceedingStatus::Closed;
        closed.closedAt = record.end.isValid() ? record.end.startOfDay(Qt::UTC) : QDateTime::currentDateTimeUtc();
        if (auto ok = storage::ProceedingRepository(work.db()).update(closed); !ok)
            return ok.error();
        if (auto ok = work.record(QStringLiteral("proceeding.close"), QStringLiteral("proceeding"), closed.id,
                                  storage::toJson(closed), closed.rev);
            !ok)
            return ok.error();
    }
    return count;
}

}  // namespace

Party officeParty(const storage::Store &store, const QString &unitName)
{
    return {store.setting(QStringLiteral("office.name"), QStringLiteral("Aktenwerk")), unitName};
}

Result<Transfers::Sent> Transfers::send(const QStringList &caseFileIds, const Party &recipient, const QString &outDir)
{
    if (caseFileIds.isEmpty())
        return core::invalid(Text::tr("Choose at least one case file to hand over."));
    if (recipient.institution.trimmed().isEmpty())
        return core::invalid(Text::tr("Name the authority that receives the case files."));
    const QSqlDatabase db = m_session.db();
    ExchangeRepository exchange(db);
    Message message;
    message.header.processId = newProcessId();
    message.header.type = MessageType::Transfer;
    message.header.createdAt = QDateTime::currentDateTimeUtc();
    message.header.recipient = recipient;
    Sent sent;
    for (const QString &id : caseFileIds) {
        auto file = storage::CaseFileRepository(db).get(id);
        if (!file)
            return file.error();
        if (auto ok = m_session.permit(core::Action::Transfer, {file->ownerUnitId, {}, file->isClosed()}); !ok)
            return ok.error();
        if (exchange.isDisposed(id))
            return core::conflict(Text::tr("The case file %1 has already left the store.").arg(file->reference));
        auto record = buildRecord(db, id, true);
        if (!record)
            return record.error();
        for (const RecordProceeding &p : record->proceedings)
            sent.documents += int(p.documents.size());
        if (message.header.sender.institution.isEmpty())
            message.header.sender = officeParty(m_session.store(), record->unitName);
        message.caseFiles.append(record.value());
    }

    const Outgoing outgoing{message,
                            true,
                            ProcessKind::TransferOut,
                            recipient.institution,
                            ProcessState::Sent,
                            QStringLiteral("xdomea.send"),
                            {{QStringLiteral("recipient"), recipient.institution}}};
    auto path = sendMessage(m_session, outgoing, outDir);
    if (!path)
        return path.error();
    sent.processId = message.header.processId;
    sent.packagePath = path.value();
    sent.caseFiles = int(message.caseFiles.size());
    return sent;
}

Result<Transfers::Received> Transfers::receive(Package &package, const QString &nodeId, const QString &ownerUnitId,
                                               const QString &receiptDir, const Progress &progress)
{
    const Message &message = package.message;
    if (message.header.type != MessageType::Transfer)
        return core::invalid(
            Text::tr("This is not an Abgabe (0401) but a %1 message.").arg(typeCode(message.header.type)));
    if (message.caseFiles.isEmpty())
        return core::invalid(Text::tr("The Abgabe contains no case file (Akte)."));
    const QSqlDatabase db = m_session.db();
    // Checked before anything is extracted: a second import of the same files is refused.
    if (auto ok = m_session.permit(core::Action::CreateCaseFile, {ownerUnitId, {}, false}); !ok)
        return ok.error();
    ExchangeRepository exchange(db);
    if (exchange.process(message.header.processId))
        return core::conflict(Text::tr("The Abgabe %1 has been taken in before.").arg(message.header.processId));
    for (const RecordCaseFile &f : message.caseFiles) {
        auto earlier = exchange.receivedItems(f.id);
        if (!earlier)
            return earlier.error();
        if (!earlier->isEmpty()) {
            auto file = storage::CaseFileRepository(db).get(earlier->first().caseFileId);
            return core::conflict(
                Text::tr("The case file “%1” (%2) has been taken in before, as %3.")
                    .arg(f.subject, f.reference, file ? file->reference : earlier->first().caseFileId));
        }
    }

    // Every primary file into the blob store with its text, before the one transaction.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return core::ioError(Text::tr("No temporary folder for the package can be created."));
    const QList<const PrimaryFile *> files = primaryFiles(message);
    QHash<QString, casework::PreparedFile> prepared;
    qint64 done = 0;
    for (const PrimaryFile *file : files) {
        if (progress && !progress(done, files.size()))
            return core::refused(Text::tr("The import was cancelled; nothing was taken in."));
        const QString path = QDir(scratch.path()).filePath(QString::number(done));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return core::ioError(Text::tr("“%1” cannot be written.").arg(path));
        if (auto ok = package.zip->extractEntry(file->fileName, out); !ok)
            return ok.error();
        out.close();
        auto ready = documents::prepareFile(m_session.store().blobs(), path);
        if (!ready)
            return ready.error();
        casework::PreparedFile p = ready.value();
        const QString mime = mimeForFormatCode(file->formatCode, originalNameOf(*file));
        if (p.mime == QLatin1String("application/octet-stream") && !mime.isEmpty())
            p.mime = mime;
        prepared.insert(file->fileName, p);
        QFile::remove(path);
        ++done;
    }
    if (progress)
        progress(done, files.size());

    storage::UnitOfWork work(db, m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Header &h = message.header;
    const Process process{
        h.processId, ProcessKind::TransferIn, h.sender.institution, ProcessState::Received, now, m_session.userId(),
        now};
    ExchangeRepository inWork(work.db());
    if (auto ok = inWork.insertProcess(process); !ok)
        return ok.error();
    if (auto kept = keepMessage(work, m_session.store().blobs(), process.id, MessageType::Transfer, false, package.xml,
                                QFileInfo(package.path).fileName(), m_session.userId());
        !kept)
        return kept.error();

    auto node = storage::FilePlanRepository(work.db()).get(nodeId);
    if (!node)
        return node.error();
    Received received;
    received.processId = process.id;
    received.sender = h.sender;
    QJsonArray references;
    for (const RecordCaseFile &f : message.caseFiles) {
        auto file = casework::CaseFileService(m_session).createIn(
            work, nodeId, f.subject.isEmpty() ? f.reference : f.subject, ownerUnitId);
        if (!file)
            return file.error();
        const QString from = h.sender.unit.isEmpty() ? h.sender.institution
                                                     : h.sender.institution + QStringLiteral(", ") + h.sender.unit;
        const storage::Note note{storage::newId(),
                                 QStringLiteral("case_file"),
                                 file->id,
                                 Text::tr("Taken over from %1 by xdomea Abgabe %2 on %3. Reference there: %4.")
                                     .arg(from, h.processId,
                                          QLocale().toString(now.toLocalTime().date(), QLocale::ShortFormat),
                                          f.reference.isEmpty() ? Text::tr("none") : f.reference),
                                 m_session.userId(),
                                 now};
        if (auto ok = storage::NoteRepository(work.db()).insertNote(note); !ok)
            return ok.error();
        if (auto ok = work.record(QStringLiteral("note.add"), QStringLiteral("note"), note.id, storage::toJson(note));
            !ok)
            return ok.error();
        for (const RecordProceeding &p : f.proceedings) {
            auto count = receiveProceeding(work, m_session, file->id, p, prepared);
            if (!count)
                return count.error();
            received.documents += count.value();
        }
        if (f.closed) {
            storage::CaseFile closed = file.value();
            closed.status = storage::CaseFileStatus::Closed;
            closed.closedAt = f.end.isValid() ? f.end.startOfDay(Qt::UTC) : now;
            const auto until = core::retentionEnd(closed.closedAt.toLocalTime().date(), node->retention);
            closed.retentionUntil = until ? *until : QDate();
            if (auto ok = storage::CaseFileRepository(work.db()).update(closed); !ok)
                return ok.error();
            if (auto ok = work.record(QStringLiteral("case_file.close"), QStringLiteral("case_file"), closed.id,
                                      storage::toJson(closed), closed.rev);
                !ok)
                return ok.error();
        }
        if (auto ok = inWork.insertItem({process.id, f.id, file->id, {}, QStringLiteral("ok"), {}, {}}); !ok)
            return ok.error();
        received.caseFileIds.append(file->id);
        references.append(file->reference);
    }

    // The import confirmation for the sender, kept with the exchange like every message.
    Message receipt;
    receipt.version = message.version;
    receipt.header.processId = h.processId;
    receipt.header.type = MessageType::TransferImported;
    receipt.header.createdAt = now;
    receipt.header.sender = officeParty(m_session.store());
    receipt.header.recipient = h.sender;
    for (const RecordCaseFile &f : message.caseFiles)
        receipt.outcomes.append({f.id, true, {}, {}});
    const QByteArray receiptXml = writeMessage(receipt);
    if (auto kept =
            keepMessage(work, m_session.store().blobs(), process.id, MessageType::TransferImported, true, receiptXml,
                        packageBaseName(h.processId, receipt.header.type) + QStringLiteral(".zip"), m_session.userId());
        !kept)
        return kept.error();
    const QJsonObject payload{{QStringLiteral("type"), typeCode(MessageType::Transfer)},
                              {QStringLiteral("sender"), h.sender.institution},
                              {QStringLiteral("caseFiles"), references},
                              {QStringLiteral("documents"), received.documents}};
    if (auto ok = work.record(QStringLiteral("xdomea.receive"), QStringLiteral("xdomea_process"), process.id, payload);
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();

    if (!receiptDir.isEmpty()) {
        auto path = writePackage(receipt, m_session.store().blobs(), receiptDir);
        if (!path)
            return core::Error{path.error().code,
                               Text::tr("The files were taken in, but the import confirmation could not be written: %1")
                                   .arg(path.error().message)};
        received.receiptPath = path.value();
    }
    return received;
}

Result<Process> Transfers::recordReceipt(const Package &package)
{
    const Header &h = package.message.header;
    if (h.type != MessageType::TransferImported && h.type != MessageType::TransferReceived)
        return core::invalid(Text::tr("This is not a receipt of an Abgabe (0402 or 0403)."));
    const QSqlDatabase db = m_session.db();
    auto process = ExchangeRepository(db).process(h.processId);
    if (!process)
        return process.error();
    if (process->kind != ProcessKind::TransferOut)
        return core::invalid(Text::tr("The ProzessID %1 is not an Abgabe sent from this store.").arg(h.processId));
    auto items = ExchangeRepository(db).items(process->id);
    if (!items)
        return items.error();
    // Only the registry or a supervisor of the files' unit records what became of them.
    for (const Item &item : items.value()) {
        auto file = storage::CaseFileRepository(db).get(item.caseFileId);
        if (!file)
            return file.error();
        if (auto ok = m_session.permit(core::Action::Transfer, {file->ownerUnitId, {}, file->isClosed()}); !ok)
            return ok.error();
    }

    storage::UnitOfWork work(db, m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    ExchangeRepository inWork(work.db());
    if (auto kept = keepMessage(work, m_session.store().blobs(), process->id, h.type, false, package.xml,
                                QFileInfo(package.path).fileName(), m_session.userId());
        !kept)
        return kept.error();
    Confirmed confirmed;
    if (h.type == MessageType::TransferImported) {
        auto applied = applyConfirmation(
            work, process.value(), items.value(), package.message.outcomes, Fate::Transferred,
            [](const Item &) { return true; }, m_session.userId());
        if (!applied)
            return applied.error();
        confirmed = applied.value();
        if (auto ok = inWork.setState(process->id, ProcessState::Confirmed); !ok)
            return ok.error();
    }
    const QJsonObject payload{{QStringLiteral("type"), typeCode(h.type)},
                              {QStringLiteral("failed"), QJsonArray::fromStringList(confirmed.failed)}};
    if (auto ok = work.record(QStringLiteral("xdomea.receipt"), QStringLiteral("xdomea_process"), process->id, payload);
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return ExchangeRepository(db).process(process->id);
}

}  // namespace aw::xdomea
