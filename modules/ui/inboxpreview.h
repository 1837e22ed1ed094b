// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "intake/formview.h"
#include "intake/inbox.h"
#include "storage/store.h"

#include <memory>

class QTreeWidget;

namespace aw::intake {
class PackageContent;
}

namespace aw::ui {

// What the Posteingang shows of one submission: the entry, its package opened for reading (the
// attachments stay on disk while this lives), the form as a readable form, and what became of it.
struct InboxPreview
{
    intake::InboxEntry entry;
    std::shared_ptr<intake::PackageContent> content;
    QList<intake::FormField> form;
    QString readProblem;  // when the package cannot be read for the preview
    QStringList proceedingIds;
    QStringList references;
    QString decidedBy;  // display name
};

// Reads the preview of submission `id` (on a worker: it unpacks the kept package).
core::Result<std::shared_ptr<InboxPreview>> readInboxPreview(const std::shared_ptr<storage::Store> &store,
                                                             const QString &userId, const QString &id);

// The details as rich text: applicant, dates, reply channel, payment, status, links to the
// proceedings ("proceeding:<id>").
QString inboxPreviewHtml(const InboxPreview &preview);

// The form fields as a tree: groups in bold, values beside their labels.
void fillFormTree(QTreeWidget *tree, const QList<intake::FormField> &fields);

// "form", "attachment", "report" as the clerk reads it.
QString attachmentPurposeTitle(const QString &purpose);

// The references (Aktenzeichen) of proceedings, in order; the id where one cannot be read.
QStringList proceedingReferences(const std::shared_ptr<storage::Store> &store, const QStringList &proceedingIds);

}  // namespace aw::ui
