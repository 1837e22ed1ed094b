// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "civilstatus/requests.h"
#include "storage/store.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QPushButton;

namespace aw::ui {

class RequestForm;

// The clerk's view of one certificate request: the request and requester on the left; on the
// right the register entry (search, candidates, the chosen entry), the entitlement with its
// reason and rule, the clerk's decision where the law asks for one, the fee and payment, and what
// still stops issuing. One action issues the certificate and closes the case; a query or a
// refusal take a text. All store work runs on workers; every change reloads the view.
class CertificateRequestDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateRequestDialog(std::shared_ptr<storage::Store> store, QString userId, QString requestId,
                             QWidget *parent = nullptr);
    ~CertificateRequestDialog() override;

Q_SIGNALS:
    // The request (and its proceeding) changed in the store.
    void changed(const QString &proceedingId);
    void loaded();
    void failed(const QString &message);

private:
    void reload();
    void fill(const civilstatus::CertificateRequest &request, const civilstatus::Assessment &assessment);
    void search();
    void takeEntry();
    void saveForm();
    void saveDecision();
    void recordPayment();
    void issue();
    void askQuery();
    void refuseRequest();
    void printCertificate();
    void fail(const QString &message);
    // Runs a change of the request on a worker, then reloads and tells the window.
    void change(std::function<core::Result<civilstatus::CertificateRequest>(civilstatus::CertificateRequests &,
                                                                            const civilstatus::CertificateRequest &)>
                    work,
                const QString &done);

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QString m_requestId;
    civilstatus::CertificateRequest m_request;
    bool m_busy = false;
    bool m_searched = false;

    QLabel *m_title;
    RequestForm *m_form;
    QPushButton *m_saveForm;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    QListWidget *m_candidates;
    QPushButton *m_takeEntry;
    QLabel *m_entry;
    QLabel *m_verdict;
    QLabel *m_reason;
    QGroupBox *m_decisionBox;
    QButtonGroup *m_decision;
    QPlainTextEdit *m_justification;
    QPushButton *m_saveDecision;
    QLabel *m_fee;
    QLineEdit *m_amount;
    QPushButton *m_pay;
    QLabel *m_missing;
    QPushButton *m_issue;
    QPushButton *m_query;
    QPushButton *m_refuse;
    QPushButton *m_print;
    std::unique_ptr<QPrinter> m_printer;
    QLabel *m_status;
};

}  // namespace aw::ui
