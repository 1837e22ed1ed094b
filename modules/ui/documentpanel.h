// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"
#include "ui/documentmodel.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace aw::ui {

class ImageView;
class PdfView;

// Shows one document: a version list and the chosen version, PDFs in the viewer, other files with
// their details and a button that opens a copy with the system's program (originals stay
// untouched). The PDF is opened on a worker.
class DocumentPanel : public QWidget
{
    Q_OBJECT
public:
    DocumentPanel(std::shared_ptr<storage::Store> store, QWidget *parent = nullptr);

    void showDocument(const DocumentRow &row);
    // A file that is not (yet) in the store, e.g. an attachment of a submission in the Posteingang.
    // The caller keeps the file in place while it is shown.
    void showFile(const QString &path, const QString &name, const QString &mime);
    void clear();
    // The answer to fileWanted: the contents are here now (problem empty), or why not.
    void fileArrived(const QString &sha256, const QString &problem);
    PdfView *viewer() const { return m_viewer; }
    ImageView *imageView() const { return m_images; }

Q_SIGNALS:
    void versionShown(int version);  // after the chosen version is on screen (PDF opened or details)
    // The chosen version's contents are not in this store (an archived file's, kept centrally).
    void fileWanted(const QString &sha256);

private:
    void showVersion(int index);
    void openWithSystem();

    std::shared_ptr<storage::Store> m_store;
    QString pathOf(const storage::DocumentVersion &version) const;

    DocumentRow m_row;
    QString m_localPath;  // set while a file outside the store is shown
    QComboBox *m_versions;
    QStackedWidget *m_stack;
    PdfView *m_viewer;
    ImageView *m_images;
    QLabel *m_message;
    QLabel *m_details;
    QPushButton *m_open;
    QPushButton *m_fetchAgain;  // instead of m_open when the contents could not be fetched
    QWidget *m_detailsPage;
    quint64 m_request = 0;
};

}  // namespace aw::ui
