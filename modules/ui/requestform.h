// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "civilstatus/request.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace aw::ui {

// The editable part of a certificate request: who asks, in which relation and with what interest,
// for which certificate, and which entry they name. Used by the request view and the counter.
class RequestForm : public QWidget
{
    Q_OBJECT
public:
    explicit RequestForm(QWidget *parent = nullptr);

    void setRequest(const civilstatus::CertificateRequest &request);
    // The shown request with the form's values.
    civilstatus::CertificateRequest request() const;
    void setReadOnly(bool readOnly);
    QLineEdit *firstField() const { return m_requesterLast; }

private:
    civilstatus::CertificateRequest m_request;
    QLineEdit *m_requesterFirst;
    QLineEdit *m_requesterLast;
    QDateEdit *m_requesterBorn;
    QPlainTextEdit *m_address;
    QComboBox *m_relation;
    QComboBox *m_interest;
    QComboBox *m_type;
    QSpinBox *m_copies;
    QCheckBox *m_withoutParents;
    QComboBox *m_delivery;
    QLineEdit *m_purpose;
    QLineEdit *m_wantedFirst;
    QLineEdit *m_wantedLast;
    QDateEdit *m_wantedBorn;
    QLineEdit *m_wantedNumber;
};

}  // namespace aw::ui
