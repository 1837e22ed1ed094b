// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace aw::ui {

class MainWindow;

// For tests/bench/bench_mainwindow, with AKTENWERK_REPORT_STARTUP set: says on stderr when the
// window is first painted ("aktenwerk-startup: painted") and when its file plan is first painted
// after loading ("aktenwerk-startup: file-plan-painted"), then quits. The benchmark times the lines.
class StartupReport : public QObject
{
public:
    explicit StartupReport(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Queued, so that it comes after the paint has reached the screen.
    void report(const char *what, bool quit);

    QWidget *m_filePlan;
    bool m_loaded = false;
    bool m_painted = false;
    bool m_done = false;
};

}  // namespace aw::ui
