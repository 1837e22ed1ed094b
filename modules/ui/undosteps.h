// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/storechangecommand.h"

#include <QDate>
#include <QString>

#include <memory>

class QUndoStack;

namespace aw::ui {

// The revisions that the edits on one undo stack produced, per object. StoreChangeCommand hands
// each step the revision its own last step left; when later edits of the same object moved it on,
// an undo may still build on them, but not on a change someone else made meanwhile.
class OwnRevisions;

// The book of `stack` (one per stack, made on first use); a book of its own without a stack.
std::shared_ptr<OwnRevisions> ownRevisionsOf(QUndoStack *stack);

// Undo and redo steps of the edits made in the window (detail pane, assignments), run by `userId`
// through the services. Each
// refuses as stale when the object changed since `expectedRev` other than by the book's edits,
// and records the revision it makes. Steps of one book run one after the other.
namespace undosteps {

StoreChangeCommand::Step caseFileSubject(std::shared_ptr<OwnRevisions> own, const QString &userId, const QString &id,
                                         const QString &subject);
StoreChangeCommand::Step proceedingSubject(std::shared_ptr<OwnRevisions> own, const QString &userId, const QString &id,
                                           const QString &subject);
// An invalid date clears the due date.
StoreChangeCommand::Step proceedingDue(std::shared_ptr<OwnRevisions> own, const QString &userId, const QString &id,
                                       const QDate &due);

// Assigns to `assignee` (empty: nobody).
StoreChangeCommand::Step proceedingAssignee(std::shared_ptr<OwnRevisions> own, const QString &userId, const QString &id,
                                            const QString &assignee);

}  // namespace undosteps

}  // namespace aw::ui
