// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/auditlog.h"
#include "storage/records.h"
#include "storage/store.h"
#include "ui/auditdescription.h"
#include "xdomea/exchangerepository.h"

#include <QList>

#include <memory>
#include <optional>

namespace aw::ui {

// Whether the signed-in user may change something, and if not, the rule book's reason.
struct EditRight
{
    bool allowed = false;
    QString reason;  // translated; empty when allowed
};

struct DetailNote
{
    storage::Note note;
    bool onCaseFile = false;  // shown with a proceeding: the note is on its case file
};

struct DetailResubmission
{
    storage::Resubmission resubmission;
    bool onCaseFile = false;
};

// Everything the detail pane shows of a case file, or of a proceeding and its case file, read in
// one go on a worker.
struct DetailData
{
    storage::CaseFile caseFile;
    std::optional<storage::Proceeding> proceeding;
    QString unitName;
    QString nodeCode;
    QString nodeTitle;
    // Set when the case file has left the store (archived, handed over, destroyed).
    std::optional<xdomea::DisposedCaseFile> left;
    EditRight editCaseFile;
    EditRight editProceeding;
    QList<DetailNote> notes;                  // newest first
    QList<DetailResubmission> resubmissions;  // open ones by due date, then the done ones
    // Newest first: the object's events and those of its own notes, resubmissions and (for a
    // proceeding) documents and the online application it came from.
    QList<storage::AuditEvent> history;  // the newest HistoryLimit events, newest first
    qsizetype historyTotal = 0;          // how many there are in all
    static constexpr qsizetype HistoryLimit = 500;
    // A proceeding's history takes in the events of its newest documents only, up to this many
    // (a proceeding may hold thousands).
    static constexpr qsizetype HistoryDocuments = 200;
    AuditNames names;  // users (for everything shown) and documents
};

enum class DetailKind
{
    CaseFile,
    Proceeding
};

// Reads what `userId` may see of the case file or proceeding `id`: a refusal when they may not
// see it at all. Without a user (empty id) the store is read as it is and nothing is editable.
core::Result<DetailData> readDetail(const std::shared_ptr<storage::Store> &store, const QString &userId,
                                    DetailKind kind, const QString &id);

}  // namespace aw::ui
