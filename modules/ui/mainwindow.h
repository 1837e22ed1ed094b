// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;
class QTreeView;

namespace aw::ui {

class CaseFileModel;
class DocumentPanel;
class FilePlanModel;
class ImportController;
class ProceedingPane;

// The caseworker's main window: the file plan on the left; the case files of the selected node,
// the proceedings of the selected case file and their documents in the middle; the selected
// document on the right. Everything is read on worker threads; the window only paints and
// dispatches.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `userId` empty: the store's overview without a signed-in user (read-only).
    MainWindow(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent = nullptr);

    // Reads the file plan again (and then the case files of the selected node).
    void reload();

    ProceedingPane *proceedingPane() const { return m_pane; }
    DocumentPanel *documentPanel() const { return m_panel; }
    ImportController *importController() const { return m_importController; }

Q_SIGNALS:
    void filePlanLoaded(int nodes);
    void caseFilesLoaded(int files);
    void loadFailed(const QString &message);

private:
    void loadCaseFiles(const QString &nodeId);
    void showError(const QString &message);
    void showAbout();
    void importFiles();
    void importFolder();
    void updateActions();

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    FilePlanModel *m_filePlan;
    CaseFileModel *m_caseFiles;
    QTreeView *m_filePlanView;
    QTableView *m_caseFileView;
    QLabel *m_placeholder;
    QLabel *m_userLabel;
    ImportController *m_importController;
    ProceedingPane *m_pane;
    DocumentPanel *m_panel;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    quint64 m_caseFileRequest = 0;
};

}  // namespace aw::ui
