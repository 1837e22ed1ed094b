// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "storage/unitofwork.h"
#include "xdomea/exchangerepository.h"
#include "xdomea/message.h"

#include <QJsonObject>

#include <optional>

namespace aw::xdomea {

// Keeps a message sent or received with its exchange: its XML into the blob store, a row in
// xdomea_message. Inside the caller's work.
core::Result<void> keepMessage(storage::UnitOfWork &work, storage::BlobStore &blobs, const QString &processId,
                               MessageType type, bool outgoing, const QByteArray &xml, const QString &packageName,
                               const QString &userId);

// One message going out, and what it changes in the store.
struct Outgoing
{
    Message message;
    // A new exchange: its process, with an item for every case file of the message. Otherwise the
    // message belongs to the existing process of its ProzessID, which moves to `state`.
    bool opensProcess = false;
    ProcessKind kind = ProcessKind::Disposal;
    QString partner;
    ProcessState state = ProcessState::Offered;
    QString auditAction;  // e.g. "xdomea.offer"; the payload gets the package name and references
    QJsonObject auditPayload;
};

// Writes the package into `outDir` and records it in one transaction: process or state, items,
// the kept message and the audit event. A package whose record fails is removed again. Returns
// the package's path.
core::Result<QString> sendMessage(const casework::Session &session, const Outgoing &outgoing, const QString &outDir);

}  // namespace aw::xdomea
