// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"
#include "ui/centralconnection.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace aw::ui {

class CentralSettingsBox;

// The settings: the user's own on this computer (language, store folder, the Posteingang's watch
// folder; QSettings, read at start) and the office's in the store (outgoing folder, acknowledgement
// right after filing, the authority named in xdomea messages), which only the registry may change. Store work runs on
// workers; OK checks the folders and saves, and the dialog stays open with the reason when something is refused.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent = nullptr);

    // Whether the office settings may be changed (known after `loaded`).
    bool canEditOffice() const { return m_canEditOffice; }
    // Whether the central store's connection was changed by the last save.
    bool centralChanged() const { return m_centralChanged; }

    // Checks and saves everything; closes the dialog (accepted) when done.
    void save();

    // Ignored while a save is under way (its outcome is shown when it is done).
    void reject() override;

Q_SIGNALS:
    // The office settings are read (or could not be read: then they stay read-only).
    void loaded();
    // OK was refused or saving failed; the dialog stays open and shows `message`.
    void saveFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void fitHeight();
    void chooseFolder(QLineEdit *edit, const QString &title);
    void setBusy(bool busy);
    void updateOfficeEditable();
    void showStatus(const QString &text, bool error = false);
    bool saveLocal();

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    bool m_loaded = false;
    bool m_canEditOffice = false;
    bool m_busy = false;
    // As read, so that only what the user changed is written.
    QString m_languageRead;
    QString m_storePathRead;
    QString m_watchFolderRead;
    QString m_outgoingRead;
    QStringList m_registryRead;  // Standesamt: office, place, fee schedule as read
    QString m_authorityRead;
    CentralConnection m_centralRead;
    bool m_centralChanged = false;
    bool m_acknowledgeRead = true;

    QLabel *m_user;
    QLineEdit *m_authority;
    QComboBox *m_language;
    QLineEdit *m_storeFolder;
    QPushButton *m_storeChoose;
    QLineEdit *m_watchFolder;
    QPushButton *m_watchChoose;
    QLineEdit *m_outgoingFolder;
    QPushButton *m_outgoingChoose;
    QCheckBox *m_acknowledge;
    QLineEdit *m_registryOffice;
    QLineEdit *m_registryPlace;
    QLineEdit *m_feeSchedule;
    QPushButton *m_feeChoose;
    QLabel *m_officeNote;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    CentralSettingsBox *m_central;
};

}  // namespace aw::ui
