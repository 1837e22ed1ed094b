// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "xdomea/exchangerepository.h"
#include "xdomea/package.h"

#include <functional>

namespace aw::xdomea {

// Reports work done of total; returning false cancels (nothing is kept of a cancelled import).
using Progress = std::function<bool(qint64 done, qint64 total)>;

// The office as the sender of xdomea messages: the store setting `office.name` (Behörde) and a unit.
Party officeParty(const storage::Store &store, const QString &unitName = {});

// Abgabe: case files handed to another authority (0401 out) and taken in from one (0401 in),
// with the receipts (0402 import confirmation, 0403 receipt) of both directions.
class Transfers
{
public:
    explicit Transfers(casework::Session session)
        : m_session(std::move(session))
    {}

    struct Sent
    {
        QString processId;
        QString packagePath;
        int caseFiles = 0;
        int documents = 0;
    };
    // Writes the 0401 package of the case files (with all documents and versions) for `recipient`
    // into outDir and records the exchange. Needs the Transfer permission on every file. The files
    // stay in the store: they leave it when the recipient confirms the import (0402).
    core::Result<Sent> send(const QStringList &caseFileIds, const Party &recipient, const QString &outDir);

    struct Received
    {
        QString processId;
        Party sender;
        QStringList caseFileIds;  // the new case files, in message order
        int documents = 0;
        QString receiptPath;  // the 0402 written for the sender, when a folder was given
    };
    // Takes in a 0401 package: every Akte becomes a new case file under `nodeId` owned by
    // `ownerUnitId` (with the next reference there; the sender's reference is kept in a note),
    // every Vorgang a proceeding, every Dokument a document with its versions. All or nothing.
    // A package whose files were taken in before is refused. With `receiptDir`, the import
    // confirmation 0402 for the sender is written there.
    core::Result<Received> receive(Package &package, const QString &nodeId, const QString &ownerUnitId,
                                   const QString &receiptDir = {}, const Progress &progress = {});

    // A 0402 or 0403 for a transfer this store sent: recorded; a 0402 marks it confirmed, with
    // the objects the recipient could not take in named in the result.
    core::Result<Process> recordReceipt(const Package &package);

private:
    casework::Session m_session;
};

}  // namespace aw::xdomea
