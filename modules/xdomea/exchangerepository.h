// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The store's record of xdomea exchanges (schema/local/0007_xdomea.sql).
namespace aw::xdomea {

enum class ProcessKind
{
    TransferOut,  // Abgabe to another authority
    TransferIn,   // Abgabe received
    Disposal,     // Aussonderung to the archive
};

// Where a disposal stands; a transfer is "sent" or "received" and then "confirmed".
enum class ProcessState
{
    Offered,      // 0501 sent
    Evaluated,    // 0502 received
    Transferred,  // 0503 sent
    Completed,    // 0506 received and the archived files' content removed
    Sent,         // 0401 sent
    Received,     // 0401 received
    Confirmed,    // 0402 received for what we sent
};

QString kindName(ProcessKind kind);
QString stateName(ProcessState state);
QString stateTitle(ProcessState state);  // translated, for the UI

struct Process
{
    QString id;
    ProcessKind kind = ProcessKind::Disposal;
    QString partner;
    ProcessState state = ProcessState::Offered;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
};

struct ExchangeMessage
{
    QString id;
    QString processId;
    QString type;  // "0401" …
    bool outgoing = true;
    QDateTime at;
    QString byUser;
    QString xmlSha256;
    QString packageName;
};

struct Item
{
    QString processId;
    QString objectId;
    QString caseFileId;
    QString decision;  // "", "A", "V", "B"
    QString outcome;   // "", "ok", "failed"
    QString archiveId;
    QString remark;
};

// How a case file left the store.
enum class Fate
{
    Archived,
    Destroyed,
    Transferred,
};
QString fateName(Fate fate);  // "archived", "destroyed", "transferred"

struct DisposedCaseFile
{
    QString caseFileId;
    Fate fate = Fate::Archived;
    QString processId;
    QString archiveId;
    QString recipient;
    int documents = 0;
    qint64 bytes = 0;
    QDateTime at;
    QString byUser;
};

// A closed case file due for disposal, with where its disposal stands.
struct DueRow
{
    QString caseFileId;
    QString reference;
    QString subject;
    QString unitId;
    QString unitName;
    QString planCode;
    QString closedAt;
    QString retentionUntil;
    QString disposal;  // the file's A/V/B
    QString processId;
    QString decision;  // the archive's, in an open disposal
};

class ExchangeRepository
{
public:
    explicit ExchangeRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    core::Result<void> insertProcess(const Process &process);
    core::Result<void> setState(const QString &processId, ProcessState state);
    core::Result<Process> process(const QString &id) const;
    core::Result<QList<Process>> processes(ProcessKind kind) const;  // newest first

    core::Result<void> insertMessage(const ExchangeMessage &message);
    core::Result<QList<ExchangeMessage>> messages(const QString &processId) const;

    core::Result<void> insertItem(const Item &item);
    core::Result<void> updateItem(const Item &item);
    core::Result<QList<Item>> items(const QString &processId) const;
    // The received transfers' items with this sender-side object id (a package taken in twice).
    core::Result<QList<Item>> receivedItems(const QString &objectId) const;

    // Closed case files with retention ended on or before `today` (ISO date) that have not left
    // the store, by reference.
    core::Result<QList<DueRow>> due(const QString &today) const;

    core::Result<void> insertDisposed(const DisposedCaseFile &record);
    core::Result<QList<DisposedCaseFile>> disposed() const;
    core::Result<DisposedCaseFile> disposedRecord(const QString &caseFileId) const;
    bool isDisposed(const QString &caseFileId) const;

private:
    QSqlDatabase m_db;
};

}  // namespace aw::xdomea
