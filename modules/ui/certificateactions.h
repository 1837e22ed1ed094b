// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/records.h"
#include "storage/store.h"

#include <QObject>

#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace aw::ui {

// The Standesamt's actions on the selected proceeding or case file: open the certificate request
// worked in a proceeding (Ctrl+U), and take a walk-in's request at the counter into the selected
// open case file (Ctrl+Shift+U). Both open the request view.
class CertificateActions : public QObject
{
    Q_OBJECT
public:
    CertificateActions(std::shared_ptr<storage::Store> store, QString userId, QWidget *window);

    void setSelection(std::optional<storage::CaseFile> caseFile, std::optional<storage::Proceeding> proceeding);
    QList<QAction *> actions() const;
    QAction *importRegisterAction() const { return m_importRegister; }

    void openRequest();
    void counterRequest();
    // Asks for the CSV file (and the Standesamt, when the user keeps several registers) and imports.
    void chooseRegisterImport();
    // Imports the register index in `path` into the registers of `unitId` on a worker; reports by
    // message() or failed().
    void importRegister(const QString &unitId, const QString &path);

Q_SIGNALS:
    void changed(const QString &caseFileId, const QString &proceedingId);
    void failed(const QString &message);
    void message(const QString &text);
    // The request view that was opened (for tests and the window).
    void opened(QWidget *view);

private:
    void showRequest(const QString &requestId, const QString &caseFileId);

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QWidget *m_window;
    std::optional<storage::CaseFile> m_caseFile;
    std::optional<storage::Proceeding> m_proceeding;
    QAction *m_open;
    QAction *m_counter;
    QAction *m_importRegister;
};

}  // namespace aw::ui
