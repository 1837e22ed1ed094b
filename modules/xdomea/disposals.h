// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "xdomea/exchangerepository.h"
#include "xdomea/package.h"
#include "xdomea/transfers.h"

namespace aw::xdomea {

// A closed case file whose retention has ended, as the disposal view lists it.
struct DueFile
{
    QString caseFileId;
    QString reference;
    QString subject;
    QString unitName;
    QString planCode;
    QDate closedOn;
    QDate retentionUntil;
    core::DisposalDecision planned = core::DisposalDecision::Evaluate;  // by the file plan
    QString processId;                                                  // the open disposal it is part of, if any
    QString archiveDecision;  // "A" or "V" once the archive has evaluated it, else empty
};

// Aussonderung for the registry: offer closed files to the archive (0501), apply its evaluation
// (0502), hand over what it keeps (0503), and when it confirms (0506) remove their content from
// the store; destroy what it does not keep, as a separate step. Every step checks the Disposal
// permission and is audited; every message is kept with its exchange.
class Disposals
{
public:
    explicit Disposals(casework::Session session)
        : m_session(std::move(session))
    {}

    // Closed files whose retention ended on or before `today` and that have not left the store.
    core::Result<QList<DueFile>> due(const QDate &today) const;

    struct Sent
    {
        QString processId;
        QString packagePath;
        int caseFiles = 0;
    };
    // 0501 Anbieteverzeichnis of the files (metadata only) for the archive.
    core::Result<Sent> offer(const QStringList &caseFileIds, const Party &archive, const QString &outDir,
                             const QDate &today);
    // 0502 Bewertungsverzeichnis: the archive's decision per offered file.
    core::Result<Process> applyEvaluation(const Package &package);
    // 0503 Aussonderung of the files the archive keeps (decision A), with all documents.
    core::Result<Sent> transfer(const QString &processId, const QString &outDir);
    // 0504, 0505, 0507 (receipts) are recorded; 0506 also removes the content of every file the
    // archive confirms, keeping its record (and archive id) in the store.
    core::Result<Process> recordReceipt(const Package &package);
    // Destroys files whose retention ended that the file plan marks V (and that are not offered),
    // or that the archive has declined (V). The caller confirms with the user first.
    core::Result<QList<DisposedCaseFile>> destroy(const QStringList &caseFileIds, const QDate &today);

    core::Result<QList<Process>> processes() const;
    core::Result<QList<Item>> items(const QString &processId) const;

private:
    core::Result<void> permitAll() const;
    casework::Session m_session;
};

}  // namespace aw::xdomea
