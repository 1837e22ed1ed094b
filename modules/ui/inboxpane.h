// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/inbox.h"
#include "storage/store.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTreeWidget;

namespace aw::intake {
class PackageContent;
}

namespace aw::ui {

class InboxFilter;
class InboxModel;
struct InboxPreview;

// The Posteingang: the submissions that arrived, what each holds (the form as a readable form, the
// attachments for the viewer), and what becomes of it: accepted and routed by the rules, filed by
// hand into a case file, or rejected with a reason. All store work runs on workers.
class InboxPane : public QWidget
{
    Q_OBJECT
public:
    InboxPane(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent = nullptr);
    ~InboxPane() override;

    void reload();
    QString currentId() const;
    void select(const QString &id);
    // Receives packages (ZIP files) chosen by the user, on a worker.
    void importPackages(const QStringList &paths);

    QTableView *listView() const { return m_list; }
    QTreeWidget *formView() const { return m_form; }
    QListWidget *attachmentList() const { return m_attachments; }
    QComboBox *showCombo() const { return m_show; }
    QCheckBox *onlyMineBox() const { return m_onlyMine; }
    QList<QAction *> inboxActions() const;
    QAction *acceptAction() const { return m_accept; }
    QAction *fileAction() const { return m_file; }
    QAction *rejectAction() const { return m_reject; }
    QAction *retryAction() const { return m_retry; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    QAction *openAction() const { return m_open; }
    QAction *importAction() const { return m_import; }

    // Hooks for tests (a real dialog otherwise): the case file and subject to file into, the reason
    // to reject with. Return false to cancel.
    using FileIntoChooser = std::function<bool(const intake::InboxEntry &, QString *caseFileId, QString *subject)>;
    using ReasonChooser = std::function<bool(const intake::InboxEntry &, QString *reason)>;
    void setFileIntoChooser(FileIntoChooser chooser) { m_chooseCaseFile = std::move(chooser); }
    void setReasonChooser(ReasonChooser chooser) { m_chooseReason = std::move(chooser); }

Q_SIGNALS:
    void loaded(int entries, int open);
    void previewShown(const QString &id);
    void attachmentSelected(const QString &path, const QString &name, const QString &mime);
    void previewCleared();
    void proceedingRequested(const QString &proceedingId);
    void decided(const QString &id, const QString &message);  // after a decision or a check
    void failed(const QString &message);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showEntry(const QString &id);
    void showPreview(const InboxPreview &preview);
    void clearPreview();
    void updateActions();
    void acceptCurrent();
    void fileCurrent();
    void rejectCurrent();
    void retryCurrent();
    void acknowledgeCurrent();
    void openCurrent();
    void chooseAndImport();
    void runDecision(const QString &id, const QString &busy,
                     std::function<core::Result<QString>(const std::shared_ptr<storage::Store> &)> work);
    const intake::InboxEntry *current() const;

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    InboxModel *m_model;
    InboxFilter *m_filter;
    QComboBox *m_show;
    QLineEdit *m_text;
    QCheckBox *m_onlyMine;
    QStringList m_myUnits;
    QTableView *m_list;
    QLabel *m_header;
    QTreeWidget *m_form;
    QListWidget *m_attachments;
    QAction *m_accept;
    QAction *m_file;
    QAction *m_reject;
    QAction *m_retry;
    QAction *m_acknowledge;
    QAction *m_open;
    QAction *m_import;
    std::shared_ptr<intake::PackageContent> m_content;  // keeps the shown attachments on disk
    QStringList m_proceedingIds;
    QString m_wanted;  // select this entry after the next reload
    FileIntoChooser m_chooseCaseFile;
    ReasonChooser m_chooseReason;
    bool m_busy = false;
    quint64 m_listRequest = 0;
    quint64 m_previewRequest = 0;
};

}  // namespace aw::ui
