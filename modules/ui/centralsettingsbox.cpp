// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/centralsettingsbox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace aw::ui {

CentralSettingsBox::CentralSettingsBox(QWidget *parent)
    : QGroupBox(tr("Central store (sync)"), parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
{
    setObjectName(QStringLiteral("centralSettings"));
    m_host->setObjectName(QStringLiteral("centralHost"));
    m_host->setPlaceholderText(tr("empty: work with the local store only"));
    m_port->setObjectName(QStringLiteral("centralPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("centralDatabase"));
    m_user->setObjectName(QStringLiteral("centralUser"));
    m_sslMode->setObjectName(QStringLiteral("centralSslMode"));
    m_sslMode->addItem(tr("Encrypted, certificate checked (verify-full)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Encrypted (require)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypted where the server offers it (prefer)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Unencrypted (only on this computer)"), QStringLiteral("disable"));

    m_host->setAccessibleName(tr("Central store server"));
    m_port->setAccessibleName(tr("Central store port"));
    m_database->setAccessibleName(tr("Central store database"));
    m_user->setAccessibleName(tr("Login at the central store"));
    m_sslMode->setAccessibleName(tr("Transport encryption"));

    auto *hostLabel = new QLabel(tr("Ser&ver:"), this);
    hostLabel->setBuddy(m_host);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *databaseLabel = new QLabel(tr("Data&base:"), this);
    databaseLabel->setBuddy(m_database);
    auto *userLabel = new QLabel(tr("Lo&gin:"), this);
    userLabel->setBuddy(m_user);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_database, 1);
    accountRow->addWidget(userLabel);
    accountRow->addWidget(m_user, 1);
    auto *tlsLabel = new QLabel(tr("&Transport:"), this);
    tlsLabel->setBuddy(m_sslMode);
    auto *form = new QFormLayout(this);
    form->addRow(hostLabel, hostRow);
    form->addRow(databaseLabel, accountRow);
    form->addRow(tlsLabel, m_sslMode);
    auto *hint = new QLabel(tr("The password is asked for at the first sync and kept in the system keychain."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(QString(), hint);
}

CentralConnection CentralSettingsBox::value() const
{
    CentralConnection c;
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.database = m_database->text().trimmed();
    c.user = m_user->text().trimmed();
    c.sslMode = m_sslMode->currentData().toString();
    return c;
}

void CentralSettingsBox::setValue(const CentralConnection &connection)
{
    m_host->setText(connection.host);
    m_port->setValue(connection.port);
    m_database->setText(connection.database);
    m_user->setText(connection.user);
    const int mode = m_sslMode->findData(connection.sslMode);
    m_sslMode->setCurrentIndex(mode >= 0 ? mode : m_sslMode->findData(QStringLiteral("prefer")));
}

QString CentralSettingsBox::problem() const
{
    const CentralConnection c = value();
    if (c.host.isEmpty())
        return {};
    if (c.user.isEmpty() || c.database.isEmpty())
        return tr("The central store needs a database and a login, or leave the server empty.");
    const bool loopback = c.host == QLatin1String("localhost") || c.host.startsWith(QLatin1String("127.")) ||
                          c.host == QLatin1String("::1");
    if (!loopback && c.sslMode == QLatin1String("disable"))
        return tr("Outside this computer the central store is reached encrypted only.");
    return {};
}

}  // namespace aw::ui
