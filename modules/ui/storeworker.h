// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/store.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <functional>
#include <memory>

namespace aw::ui {

// Runs store work on the thread pool and hands the result back on the GUI thread. The work
// gets the store and uses the worker thread's own connection; `receiver` going away cancels the
// delivery (never the work itself, which always finishes its transaction).
template <typename T>
void runOnStore(QObject *receiver, std::shared_ptr<storage::Store> store,
                std::function<core::Result<T>(const std::shared_ptr<storage::Store> &)> work,
                std::function<void(const core::Result<T> &)> done)
{
    auto *watcher = new QFutureWatcher<core::Result<T>>(receiver);
    QObject::connect(watcher, &QFutureWatcher<core::Result<T>>::finished, receiver, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([store = std::move(store), work = std::move(work)] { return work(store); }));
}

}  // namespace aw::ui
