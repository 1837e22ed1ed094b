// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/store.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace aw::ui {

// An edit that is already in the store, undone and redone by running a step on a worker. Each
// step gets the revision the object had after the last step and refuses when someone changed the
// object since (nothing is overwritten); it returns the object's new revision. The result is
// handed to `done` on the GUI thread; a refused step leaves the store as it is.
class StoreChangeCommand : public QUndoCommand
{
public:
    using Step = std::function<core::Result<int>(const std::shared_ptr<storage::Store> &, int expectedRev)>;
    using Done = std::function<void(const core::Result<int> &)>;

    StoreChangeCommand(const QString &text, std::shared_ptr<storage::Store> store, QObject *receiver, int revAfter,
                       Step undo, Step redo, Done done);

    void undo() override;
    void redo() override;

private:
    void run(const Step &step);

    std::shared_ptr<storage::Store> m_store;
    QPointer<QObject> m_receiver;
    std::shared_ptr<int> m_rev;
    Step m_undo;
    Step m_redo;
    Done m_done;
    bool m_applied = true;  // the first redo() is the change itself, made before the push
};

}  // namespace aw::ui
