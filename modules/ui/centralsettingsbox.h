// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/centralconnection.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace aw::ui {

// The settings dialog's part for the central store: server, port, database, login and TLS mode.
// No password field: Aktenwerk asks for it at the first sync and keeps it in the system keychain.
class CentralSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit CentralSettingsBox(QWidget *parent = nullptr);

    CentralConnection value() const;
    void setValue(const CentralConnection &connection);
    // Empty when the entries make sense; else what to correct.
    QString problem() const;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
};

}  // namespace aw::ui
