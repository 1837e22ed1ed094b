// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/records.h"
#include "storage/store.h"
#include "ui/searchpane.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;
class QUndoStack;

namespace aw::ui {

class CaseFileModel;
class CaseWorkActions;
class CertificateActions;
class DetailPane;
class DocumentPanel;
class FilePlanModel;
class ImportController;
class SyncController;
class InboxPane;
class MyWorkPane;
class ProceedingPane;
class XdomeaActions;

// The caseworker's main window: on the left the navigation (Posteingang, file plan); in the middle
// the Posteingang, or the case files of the selected node, the proceedings of the selected case
// file and their documents; the selected document on the right. Everything is read on worker threads; the window only
// paints and dispatches.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `userId` empty: the store's overview without a signed-in user (read-only).
    MainWindow(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent = nullptr);

    // Reads the file plan again (and then the case files of the selected node) and the Posteingang.
    void reload();
    void showMyWork();
    void showInbox();
    void showFilePlan();
    // Search across all files the user may read, archive included.
    void showSearch();
    // Opens what a search hit names: its case file, proceeding, or document at the page of the hit.
    void openSearchHit(const SearchTarget &target);
    // Goes to a proceeding: its node in the file plan, its case file, the proceeding selected.
    void showProceeding(const QString &proceedingId);
    void showCaseFile(const QString &caseFileId);

    ProceedingPane *proceedingPane() const { return m_pane; }
    DocumentPanel *documentPanel() const { return m_panel; }
    DetailPane *detailPane() const { return m_details; }
    SearchPane *searchPane() const { return m_search; }
    ImportController *importController() const { return m_importController; }
    SyncController *syncController() const { return m_sync; }
    InboxPane *inboxPane() const { return m_inbox; }
    MyWorkPane *myWorkPane() const { return m_mywork; }
    QTableView *caseFileView() const { return m_caseFileView; }
    QLineEdit *caseFileFilter() const { return m_caseFileFilter; }
    QTreeView *filePlanView() const { return m_filePlanView; }
    CaseWorkActions *caseWorkActions() const { return m_actions; }
    QUndoStack *undoStack() const { return m_undo; }

Q_SIGNALS:
    void filePlanLoaded(int nodes);
    void caseFilesLoaded(int files);
    void proceedingShown(const QString &proceedingId);
    void loadFailed(const QString &message);

private:
    enum NavigationRow
    {
        NavMyWork,
        NavInbox,
        NavFiles,
        NavSearches
    };
    void loadFilePlan();
    void goTo(const QString &caseFileId, const QString &proceedingId);
    void loadCaseFiles(const QString &nodeId);
    void showCaseFilesLoaded(int total);
    void showError(const QString &message);
    void showMessage(const QString &text);  // in the status bar, for 8 seconds
    void showAbout();
    void importFiles();
    void importFolder();
    void updateActions();
    void showRoutingRules();
    void createMenus();
    void connectSearch();  // mainwindowsearch.cpp
    void connectSync();    // mainwindowsync.cpp
    void updateSelection();
    // The details pane follows the selection; `front` brings its tab to the front.
    void showDetails(bool front);
    // After an action: the case file (and proceeding) shown afresh, counts and my work read again.
    void showChanged(const QString &caseFileId, const QString &proceedingId);
    void reloadCounts();
    // The case file of a row of the view.
    const storage::CaseFile &caseFileAt(const QModelIndex &viewIndex) const;

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    FilePlanModel *m_filePlan;
    CaseFileModel *m_caseFiles;
    QTimer *m_caseFileFilterDelay;  // the filter applies once typing pauses
    QLineEdit *m_caseFileFilter;
    QTreeView *m_filePlanView;
    QTableView *m_caseFileView;
    QLabel *m_placeholder;
    QLabel *m_userLabel;
    SyncController *m_sync = nullptr;
    ImportController *m_importController;
    ProceedingPane *m_pane;
    QString m_wantedCaseFile;    // select after the next list of case files
    QString m_wantedProceeding;  // and then this proceeding
    DocumentPanel *m_panel;
    InboxPane *m_inbox;
    MyWorkPane *m_mywork;
    QListWidget *m_navigation;
    QStackedWidget *m_middle;
    SearchPane *m_search;
    class SavedSearchNav *m_saved;
    SearchTarget m_wantedDocument;  // open after the next list of documents
    QWidget *m_caseWork;
    QSplitter *m_splitter;
    QUndoStack *m_undo;
    CaseWorkActions *m_actions;
    CertificateActions *m_certificates;
    XdomeaActions *m_xdomea;
    DetailPane *m_details;
    QTabWidget *m_right;  // the document, or the details of the selected case file or proceeding
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
};

}  // namespace aw::ui
