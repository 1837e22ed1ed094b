// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/storecheck.h"

#include "storage/store.h"
#include "ui/storeworker.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace aw::ui {

StoreCheck::StoreCheck(QWidget *window, std::shared_ptr<storage::Store> store)
    : QObject(window)
    , m_window(window)
    , m_store(std::move(store))
{}

StoreCheck::~StoreCheck()
{
    if (m_started && !m_finished)
        m_store->database().stopIntegrityCheck();
}

void StoreCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    showStatus(tr("Checking the store …"));
    runOnStore<bool>(
        this, m_store,
        [](const std::shared_ptr<storage::Store> &store) -> core::Result<bool> {
            if (auto ok = store->database().checkIntegrity(); !ok)
                return ok.error();
            return true;
        },
        [this](const core::Result<bool> &checked) {
            m_finished = true;
            showStatus({});
            if (!checked) {
                // The GUI thread's connection refuses writes from now on, not only at its next use.
                m_store->connection();
                report(checked.error().message);
            }
            Q_EMIT finished(checked.ok());
        });
}

void StoreCheck::showStatus(const QString &text)
{
    auto *window = qobject_cast<QMainWindow *>(m_window.data());
    if (!window)
        return;
    // Only clear what this check said, not a message shown meanwhile.
    if (text.isEmpty() && window->statusBar()->currentMessage() != m_status)
        return;
    m_status = text;
    window->statusBar()->showMessage(text);
}

void StoreCheck::report(const QString &problem)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Store damaged"),
                                tr("%1\n\nThe store is now open for reading only: you can look at everything, but "
                                   "nothing can be changed.")
                                    .arg(problem),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("storeDamagedMessage"));
    box->setAccessibleName(tr("Store damaged"));
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Ok)->setObjectName(QStringLiteral("storeDamagedMessageOk"));
    box->button(QMessageBox::Ok)->setAccessibleName(tr("OK"));
    box->open();
}

}  // namespace aw::ui
