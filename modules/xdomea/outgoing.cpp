// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/outgoing.h"

#include "xdomea/package.h"
#include "xdomea/writer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>

using aw::core::Result;

namespace aw::xdomea {

Result<void> keepMessage(storage::UnitOfWork &work, storage::BlobStore &blobs, const QString &processId,
                         MessageType type, bool outgoing, const QByteArray &xml, const QString &packageName,
                         const QString &userId)
{
    auto sha = blobs.putData(xml);
    if (!sha)
        return sha.error();
    return ExchangeRepository(work.db()).insertMessage({storage::newId(), processId, typeCode(type), outgoing,
                                                        QDateTime::currentDateTimeUtc(), userId, sha.value(),
                                                        packageName});
}

Result<QString> sendMessage(const casework::Session &session, const Outgoing &outgoing, const QString &outDir)
{
    const Message &message = outgoing.message;
    auto path = writePackage(message, session.store().blobs(), outDir);
    if (!path)
        return path.error();
    // The package exists now; without its record in the store it must not stay behind.
    auto discard = qScopeGuard([&] { QFile::remove(path.value()); });

    storage::UnitOfWork work(session.db(), session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    ExchangeRepository exchange(work.db());
    const QString processId = message.header.processId;
    if (outgoing.opensProcess) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Process process{processId, outgoing.kind, outgoing.partner, outgoing.state, now, session.userId(), now};
        if (auto ok = exchange.insertProcess(process); !ok)
            return ok.error();
        for (const RecordCaseFile &f : message.caseFiles) {
            if (auto ok = exchange.insertItem({processId, f.id, f.id, {}, {}, {}, {}}); !ok)
                return ok.error();
        }
    } else if (auto ok = exchange.setState(processId, outgoing.state); !ok) {
        return ok.error();
    }
    const QString packageName = QFileInfo(path.value()).fileName();
    if (auto ok = keepMessage(work, session.store().blobs(), processId, message.header.type, true,
                              writeMessage(message), packageName, session.userId());
        !ok)
        return ok.error();
    QJsonArray references;
    for (const RecordCaseFile &f : message.caseFiles)
        references.append(f.reference);
    QJsonObject payload = outgoing.auditPayload;
    payload.insert(QStringLiteral("type"), typeCode(message.header.type));
    payload.insert(QStringLiteral("caseFiles"), references);
    payload.insert(QStringLiteral("package"), packageName);
    if (auto ok = work.record(outgoing.auditAction, QStringLiteral("xdomea_process"), processId, payload); !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    discard.dismiss();
    return path;
}

}  // namespace aw::xdomea
