// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace aw::storage {

// Which case files of a file-plan node a list shows, in which order, and which page of them.
struct CaseFileListQuery
{
    enum class Order
    {
        Reference,  // numbers inside by value: 5.4-9/2026 before 5.4-10/2026
        Subject,
        Status,
        Opened
    };
    Order order = Order::Opened;
    bool descending = true;  // the newest first
    QString filter;          // a part of the reference or the subject, in any case
    int offset = 0;
    int limit = 200;
};

struct CaseFileListPage
{
    QList<CaseFile> rows;
    int total = 0;  // case files matching, on all pages
};

// The owning unit and state of case files: what decides who may see them.
struct CaseFileOwner
{
    QString unitId;
    bool closed = false;
};

// Case files (Akten) and the running numbers of their references.
class CaseFileRepository
{
public:
    explicit CaseFileRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    core::Result<void> insert(const CaseFile &file);
    // Writes subject, status, dates and disposal if `file.rev` is still current; bumps rev.
    core::Result<void> update(const CaseFile &file);
    core::Result<CaseFile> get(const QString &id) const;
    core::Result<CaseFile> byReference(const QString &reference) const;
    core::Result<QList<CaseFile>> byNode(const QString &nodeId, int limit = -1, int offset = 0) const;
    core::Result<QList<CaseFile>> all() const;
    // The owners (unit, open or closed) of a node's case files, each once.
    core::Result<QList<CaseFileOwner>> ownersOfNode(const QString &nodeId) const;
    // One page of a node's case files, only those of the given owners (all when `owners` is
    // nullopt). Text is ordered and matched by the locale (the connection's text functions).
    core::Result<CaseFileListPage> listPage(const QString &nodeId, const CaseFileListQuery &query,
                                            const std::optional<QList<CaseFileOwner>> &owners) const;

    // How many case files each node holds, split by owner and status (what visibility depends on).
    struct Count
    {
        QString nodeId;
        QString ownerUnitId;
        bool closed = false;
        int files = 0;
    };
    core::Result<QList<Count>> countsByNode() const;

    // Takes the next running number for (planCode, year); call inside the creating transaction.
    core::Result<int> takeSequence(const QString &planCode, int year);
    // Running numbers of (planCode, year) still free in the blocks reserved centrally, and a new block.
    core::Result<int> numbersLeft(const QString &planCode, int year) const;
    core::Result<void> addNumberBlock(const QString &planCode, int year, int first, int last);
    // Keeps the running number a new case file was given from a central block (the central store
    // checks it); nothing for a store that does not sync.
    core::Result<void> setNumber(const QString &caseFileId, const QString &planCode, int year, int sequence);
    // Takes the next proceeding number of a case file; call inside the creating transaction.
    core::Result<int> takeProceedingNumber(const QString &caseFileId);

private:
    QSqlDatabase m_db;
};

}  // namespace aw::storage
