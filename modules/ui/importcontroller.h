// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/importer.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace aw::ui {

// Runs imports for the main window: progress with count, current file and cancel in the status
// bar; at the end a summary (imported, duplicates, failed with reasons); for content already in
// the proceeding it asks whether to add it as new documents anyway.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(std::shared_ptr<storage::Store> store, QString userId, QStatusBar *statusBar,
                     QWidget *dialogParent);

    bool isRunning() const;
    void start(const QString &proceedingId, const QString &proceedingReference, const QStringList &paths);
    void cancel();

    // Tests answer the duplicates question and close the summary without a dialog.
    void setUnattended(bool addDuplicates)
    {
        m_unattended = true;
        m_addDuplicates = addDuplicates;
    }

Q_SIGNALS:
    void finished(const QString &proceedingId, const aw::documents::Importer::Summary &summary);

private:
    void onProgress(int done, int total, const QString &current);
    void onFinished(const documents::Importer::Summary &summary);
    void report(const documents::Importer::Summary &summary);

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QPointer<QWidget> m_dialogParent;
    documents::Importer *m_importer;
    QWidget *m_box;
    QProgressBar *m_bar;
    QLabel *m_label;
    QToolButton *m_cancel;
    QString m_proceedingId;
    QString m_reference;
    bool m_secondPass = false;
    bool m_unattended = false;
    bool m_addDuplicates = false;
    documents::Importer::Summary m_firstPass;
};

}  // namespace aw::ui
