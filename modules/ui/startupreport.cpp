// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startupreport.h"

#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTreeView>

#include <cstdio>

namespace aw::ui {

StartupReport::StartupReport(MainWindow *window)
    : QObject(window)
    , m_filePlan(window->filePlanView()->viewport())
{
    window->installEventFilter(this);
    m_filePlan->installEventFilter(this);
    connect(window, &MainWindow::filePlanLoaded, this, [this] { m_loaded = true; });
}

bool StartupReport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    if (!m_painted) {
        m_painted = true;
        report("painted", false);
    }
    if (m_loaded && watched == m_filePlan && !m_done) {
        m_done = true;
        report("file-plan-painted", true);
    }
    return false;
}

void StartupReport::report(const char *what, bool quit)
{
    QMetaObject::invokeMethod(
        this,
        [what, quit] {
            std::fprintf(stderr, "aktenwerk-startup: %s\n", what);
            if (quit)
                QCoreApplication::quit();
        },
        Qt::QueuedConnection);
}

}  // namespace aw::ui
