// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QObject>
#include <QTimer>

#include <functional>

namespace aw::test {

// Hands the next modal dialog of type T to `answer` once it is shown (a dialog runs its own event
// loop, so the answer has to come from a timer).
template <typename T>
void whenShown(QObject *context, std::function<void(T *)> answer)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

}  // namespace aw::test
