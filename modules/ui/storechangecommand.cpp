// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/storechangecommand.h"

#include "ui/storeworker.h"

namespace aw::ui {

StoreChangeCommand::StoreChangeCommand(const QString &text, std::shared_ptr<storage::Store> store, QObject *receiver,
                                       int revAfter, Step undo, Step redo, Done done)
    : QUndoCommand(text)
    , m_store(std::move(store))
    , m_receiver(receiver)
    , m_rev(std::make_shared<int>(revAfter))
    , m_undo(std::move(undo))
    , m_redo(std::move(redo))
    , m_done(std::move(done))
{}

void StoreChangeCommand::undo()
{
    run(m_undo);
}

void StoreChangeCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    run(m_redo);
}

void StoreChangeCommand::run(const Step &step)
{
    if (!m_receiver)
        return;
    runOnStore<int>(
        m_receiver, m_store,
        [step, expected = *m_rev](const std::shared_ptr<storage::Store> &store) { return step(store, expected); },
        [rev = m_rev, done = m_done](const core::Result<int> &result) {
            if (result)
                *rev = result.value();
            done(result);
        });
}

}  // namespace aw::ui
