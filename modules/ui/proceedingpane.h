// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"
#include "ui/documentmodel.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace aw::ui {

class ImportController;
class ProceedingModel;
class SortProxy;

// The proceedings of one case file and the documents of the selected proceeding, read on
// workers; both lists sortable and filterable (the documents page by page, sorted and filtered by
// the store). Files dropped onto a proceeding or onto the document list are imported into it.
class ProceedingPane : public QWidget
{
    Q_OBJECT
public:
    ProceedingPane(std::shared_ptr<storage::Store> store, QString userId, ImportController *importer,
                   QWidget *parent = nullptr);

    void showCaseFile(const QString &caseFileId);
    // The next list of proceedings selects this one rather than the first.
    void preselect(const QString &proceedingId) { m_preselect = proceedingId; }
    void clear();
    // The selected proceeding's id and reference (empty when none).
    QString currentProceedingId() const;
    QString currentProceedingReference() const;
    std::optional<storage::Proceeding> currentProceeding() const;
    void importIntoCurrent(const QStringList &paths);
    void reloadDocuments();

    QTableView *proceedingView() const { return m_proceedingView; }
    QTableView *documentView() const { return m_documentView; }
    QLineEdit *proceedingFilter() const { return m_proceedingFilter; }
    QLineEdit *documentFilter() const { return m_documentFilter; }
    DocumentModel *documentModel() const { return m_documents; }

Q_SIGNALS:
    void proceedingsLoaded(int count);
    void documentsLoaded(int count);
    void documentSelected(const aw::ui::DocumentRow &row);
    void currentProceedingChanged();
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadDocuments(const QString &proceedingId);
    const storage::Proceeding &proceedingAt(const QModelIndex &viewIndex) const;
    void showDocumentCount();
    bool dropFiles(QTableView *view, QDropEvent *event);

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    ImportController *m_importer;
    ProceedingModel *m_proceedings;
    SortProxy *m_proceedingOrder;
    DocumentModel *m_documents;
    QTableView *m_proceedingView;
    QTableView *m_documentView;
    QLineEdit *m_proceedingFilter;
    QLineEdit *m_documentFilter;
    QLabel *m_documentCount;
    QTimer *m_documentFilterDelay;
    QString m_preselect;
    quint64 m_proceedingRequest = 0;
};

}  // namespace aw::ui
