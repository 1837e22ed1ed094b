// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/certificaterequestdialog.h"

#include "casework/session.h"
#include "civilstatus/registers.h"
#include "documents/pdfdocument.h"
#include "storage/documentrepository.h"
#include "ui/pdfprintjob.h"
#include "ui/requestform.h"
#include "ui/storeworker.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

using namespace aw::civilstatus;
using aw::core::Result;

namespace aw::ui {

namespace {

struct Loaded
{
    CertificateRequest request;
    Assessment assessment;
};

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

// The entry as the clerk compares it with the request: number, office, event, persons, notes.
QString entryHtml(const RegisterEntry &e)
{
    QString html = QStringLiteral("<b>%1 %2</b> – %3<br>")
                       .arg(registerName(e.number.kind).toHtmlEscaped(), e.number.toString().toHtmlEscaped(),
                            e.officeName.toHtmlEscaped());
    html += CertificateRequestDialog::tr("Event: %1 in %2").arg(dateText(e.eventDate), e.eventPlace.toHtmlEscaped());
    for (const RegisterPerson &p : e.persons) {
        QString line = p.fullName().toHtmlEscaped();
        if (!p.birthName.isEmpty())
            line += CertificateRequestDialog::tr(", née %1").arg(p.birthName.toHtmlEscaped());
        if (p.birthDate.isValid())
            line += CertificateRequestDialog::tr(", born %1").arg(dateText(p.birthDate));
        if (p.deathDate.isValid())
            line += CertificateRequestDialog::tr(", died %1").arg(dateText(p.deathDate));
        const QString role = p.role == PersonRole::Parent   ? CertificateRequestDialog::tr("Parent")
                             : p.role == PersonRole::Spouse ? CertificateRequestDialog::tr("Spouse/partner")
                                                            : CertificateRequestDialog::tr("Person");
        html += QStringLiteral("<br>%1: %2").arg(role, line);
    }
    for (const LaterEntry &later : e.laterEntries)
        html += QStringLiteral("<br><i>%1 %2</i>").arg(dateText(later.date), later.text.toHtmlEscaped());
    if (e.hasBlock(Block::Adoption))
        html += QStringLiteral("<br><b>%1</b>").arg(CertificateRequestDialog::tr("Blocking note: adoption"));
    if (e.hasBlock(Block::GenderEntry))
        html += QStringLiteral("<br><b>%1</b>").arg(CertificateRequestDialog::tr("Blocking note: gender entry"));
    if (e.hasBlock(Block::Information))
        html += QStringLiteral("<br><b>%1</b>").arg(CertificateRequestDialog::tr("Blocking note: information block"));
    return html;
}

QString candidateText(const RegisterEntry &e)
{
    QStringList names;
    for (const RegisterPerson &p : e.persons) {
        if (p.role != PersonRole::Parent)
            names << p.fullName() +
                         (p.birthDate.isValid() ? QStringLiteral(" (*%1)").arg(dateText(p.birthDate)) : QString());
    }
    return QStringLiteral("%1 – %2").arg(e.number.toString(), names.join(QStringLiteral(", ")));
}

// "24,00" or "24" or "24.5" as cents; -1 for anything else.
Cents parseEuro(QString text)
{
    text = text.trimmed().remove(QStringLiteral("€")).trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,6})(?:\.(\d{1,2}))?$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const QString fraction = match.captured(2);
    return match.captured(1).toLongLong() * 100 +
           (fraction.isEmpty() ? 0 : fraction.leftJustified(2, QLatin1Char('0')).toInt());
}

}  // namespace

CertificateRequestDialog::CertificateRequestDialog(std::shared_ptr<storage::Store> store, QString userId,
                                                   QString requestId, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_requestId(std::move(requestId))
    , m_title(new QLabel(this))
    , m_form(new RequestForm(this))
    , m_saveForm(new QPushButton(tr("&Save details"), this))
    , m_search(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("Searc&h"), this))
    , m_candidates(new QListWidget(this))
    , m_takeEntry(new QPushButton(tr("&Take this entry"), this))
    , m_entry(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_decisionBox(new QGroupBox(tr("Your decision"), this))
    , m_decision(new QButtonGroup(this))
    , m_justification(new QPlainTextEdit(this))
    , m_saveDecision(new QPushButton(tr("Record &decision"), this))
    , m_fee(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_pay(new QPushButton(tr("Record &payment"), this))
    , m_missing(new QLabel(this))
    , m_issue(new QPushButton(tr("&Issue and close"), this))
    , m_query(new QPushButton(tr("&Query …"), this))
    , m_refuse(new QPushButton(tr("Re&fuse …"), this))
    , m_print(new QPushButton(tr("Prin&t certificate …"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("certificateRequestDialog"));
    setWindowTitle(tr("Certificate request"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1100, 740);
    m_title->setObjectName(QStringLiteral("requestTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_saveForm->setObjectName(QStringLiteral("saveRequest"));
    m_search->setObjectName(QStringLiteral("entrySearch"));
    m_search->setPlaceholderText(tr("G 334/2020, or family name, first names, dd.MM.yyyy"));
    m_search->setClearButtonEnabled(true);
    m_searchButton->setObjectName(QStringLiteral("entrySearchButton"));
    m_candidates->setObjectName(QStringLiteral("entryCandidates"));
    m_candidates->setAccessibleName(tr("Register entries found"));
    m_takeEntry->setObjectName(QStringLiteral("takeEntry"));
    m_entry->setObjectName(QStringLiteral("chosenEntry"));
    m_entry->setWordWrap(true);
    m_entry->setTextFormat(Qt::RichText);
    m_entry->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setFont(big);
    m_reason->setObjectName(QStringLiteral("verdictReason"));
    m_reason->setWordWrap(true);
    m_decisionBox->setObjectName(QStringLiteral("decisionBox"));
    m_justification->setObjectName(QStringLiteral("justification"));
    m_justification->setPlaceholderText(tr("Why: which interest was made credible, by which document …"));
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 3 + 12);
    m_saveDecision->setObjectName(QStringLiteral("saveDecision"));
    m_fee->setObjectName(QStringLiteral("fee"));
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setPlaceholderText(tr("e.g. 12,00"));
    m_amount->setAccessibleName(tr("Amount received"));
    m_amount->setFixedWidth(m_amount->fontMetrics().horizontalAdvance(m_amount->placeholderText()) + 24);
    m_pay->setObjectName(QStringLiteral("recordPayment"));
    m_missing->setObjectName(QStringLiteral("missing"));
    m_missing->setWordWrap(true);
    m_issue->setObjectName(QStringLiteral("issueCertificate"));
    m_query->setObjectName(QStringLiteral("queryRequester"));
    m_refuse->setObjectName(QStringLiteral("refuseRequest"));
    m_print->setObjectName(QStringLiteral("printCertificate"));
    m_status->setObjectName(QStringLiteral("requestStatus"));

    auto *granted = new QRadioButton(tr("Entitled: issue"), this);
    auto *refused = new QRadioButton(tr("Not entitled: refuse"), this);
    granted->setObjectName(QStringLiteral("decisionGranted"));
    refused->setObjectName(QStringLiteral("decisionRefused"));
    m_decision->addButton(granted, 1);
    m_decision->addButton(refused, 0);
    auto *decisionLayout = new QVBoxLayout(m_decisionBox);
    auto *radios = new QHBoxLayout;
    radios->addWidget(granted);
    radios->addWidget(refused);
    radios->addStretch();
    decisionLayout->addLayout(radios);
    decisionLayout->addWidget(m_justification);
    decisionLayout->addWidget(m_saveDecision, 0, Qt::AlignRight);

    // Left: the request.
    auto *requestBox = new QGroupBox(tr("Request"), this);
    auto *requestLayout = new QVBoxLayout(requestBox);
    requestLayout->addWidget(m_form);
    requestLayout->addWidget(m_saveForm, 0, Qt::AlignRight);
    requestLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(requestBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // Right: entry, entitlement, fee.
    auto *entryBox = new QGroupBox(tr("Register entry"), this);
    auto *entryLayout = new QVBoxLayout(entryBox);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchButton);
    entryLayout->addLayout(searchRow);
    entryLayout->addWidget(m_candidates, 1);
    entryLayout->addWidget(m_takeEntry, 0, Qt::AlignRight);
    entryLayout->addWidget(m_entry);
    auto *checkBox = new QGroupBox(tr("Entitlement and fee"), this);
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_verdict);
    checkLayout->addWidget(m_reason);
    checkLayout->addWidget(m_decisionBox);
    auto *payRow = new QHBoxLayout;
    payRow->addWidget(m_fee, 1);
    payRow->addWidget(m_amount);
    payRow->addWidget(m_pay);
    checkLayout->addLayout(payRow);
    checkLayout->addWidget(m_missing);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(entryBox, 1);
    rightLayout->addWidget(checkBox);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // The request is shown whole in its width (German labels are long); the entry takes the rest.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int requestWidth = requestBox->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width();
    scroll->setMinimumWidth(requestWidth);
    resize(std::max(width(), requestWidth + 560), height());
    splitter->setSizes({requestWidth, width() - requestWidth});

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_issue, QDialogButtonBox::ActionRole);
    buttons->addButton(m_query, QDialogButtonBox::ActionRole);
    buttons->addButton(m_refuse, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_saveForm, &QPushButton::clicked, this, &CertificateRequestDialog::saveForm);
    connect(m_searchButton, &QPushButton::clicked, this, &CertificateRequestDialog::search);
    connect(m_search, &QLineEdit::returnPressed, this, &CertificateRequestDialog::search);
    connect(m_takeEntry, &QPushButton::clicked, this, &CertificateRequestDialog::takeEntry);
    connect(m_candidates, &QListWidget::itemActivated, this, &CertificateRequestDialog::takeEntry);
    connect(m_saveDecision, &QPushButton::clicked, this, &CertificateRequestDialog::saveDecision);
    connect(m_pay, &QPushButton::clicked, this, &CertificateRequestDialog::recordPayment);
    connect(m_issue, &QPushButton::clicked, this, &CertificateRequestDialog::issue);
    connect(m_query, &QPushButton::clicked, this, &CertificateRequestDialog::askQuery);
    connect(m_refuse, &QPushButton::clicked, this, &CertificateRequestDialog::refuseRequest);
    connect(m_print, &QPushButton::clicked, this, &CertificateRequestDialog::printCertificate);
    // The radio buttons are made after the other fields: put them before the justification.
    setTabOrder(m_takeEntry, granted);
    setTabOrder(granted, refused);
    setTabOrder(refused, m_justification);
    setTabOrder(m_justification, m_saveDecision);
    m_issue->setDefault(false);
    m_issue->setAutoDefault(false);
    reload();
}

CertificateRequestDialog::~CertificateRequestDialog() = default;

void CertificateRequestDialog::reload()
{
    m_status->setText(tr("Loading …"));
    runOnStore<Loaded>(
        this, m_store,
        [userId = m_userId, id = m_requestId](const std::shared_ptr<storage::Store> &store) -> Result<Loaded> {
            CertificateRequests requests(casework::Session(store, userId));
            auto request = requests.get(id);
            if (!request)
                return request.error();
            auto assessment = requests.assess(request.value());
            if (!assessment)
                return assessment.error();
            return Loaded{request.value(), assessment.value()};
        },
        [this](const Result<Loaded> &loaded) {
            if (!loaded) {
                fail(loaded.error().message);
                return;
            }
            fill(loaded->request, loaded->assessment);
            Q_EMIT this->loaded();
        });
}

void CertificateRequestDialog::fill(const CertificateRequest &r, const Assessment &a)
{
    m_request = r;
    const bool final = isFinal(r.status);
    const bool issued = r.status == RequestStatus::Issued;
    m_title->setText(tr("%1 for %2 – %3")
                         .arg(certificateTypeName(r.type),
                              r.requesterName().isEmpty() ? tr("(no name)") : r.requesterName(),
                              requestStatusName(r.status)));
    m_form->setRequest(r);
    m_form->setReadOnly(final || issued);
    m_saveForm->setEnabled(!final && !issued);
    if (m_search->text().isEmpty()) {
        m_search->setText(!r.wantedNumber.isEmpty()
                              ? r.wantedNumber
                              : QStringList{r.wantedLastName, r.wantedFirstNames, dateText(r.wantedBirthDate)}
                                    .join(QStringLiteral(", "))
                                    .remove(QRegularExpression(QStringLiteral("(, )+$"))));
    }
    m_entry->setText(a.entry ? entryHtml(*a.entry) : tr("<i>No entry chosen yet. Search and take one.</i>"));
    const bool open = !final && !issued;
    // What the requester named is looked up at once: most requests give the number.
    const bool searchNow = !m_searched && open && !a.entry && !m_search->text().isEmpty();
    m_searched = true;
    for (QWidget *w : {static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_searchButton),
                       static_cast<QWidget *>(m_candidates), static_cast<QWidget *>(m_takeEntry)})
        w->setEnabled(open);

    QString verdict;
    QString color;
    if (!a.entry) {
        verdict = tr("Not checked yet");
        color = QStringLiteral("palette(text)");
    } else {
        verdict = verdictName(a.entitlement.verdict);
        switch (a.entitlement.verdict) {
        case Verdict::Entitled:
            color = QStringLiteral("#1e7b34");
            break;
        case Verdict::ClerkDecides:
            color = QStringLiteral("#8a5a00");
            break;
        case Verdict::Refused:
        case Verdict::ReferToArchive:
            color = QStringLiteral("#b00020");
            break;
        }
    }
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(QStringLiteral("color: %1").arg(color));
    m_reason->setText(a.entitlement.rule.isEmpty()
                          ? a.entitlement.reason
                          : QStringLiteral("%1 (%2)").arg(a.entitlement.reason, a.entitlement.rule));
    m_decisionBox->setVisible(a.clerkMayDecide);
    m_decisionBox->setEnabled(open);
    if (!r.clerkDecision.isEmpty()) {
        m_decision->button(r.clerkDecision == QLatin1String("granted") ? 1 : 0)->setChecked(true);
        m_justification->setPlainText(r.clerkJustification);
    }
    const QString fee = a.fee ? formatEuro(a.fee.value()) : a.fee.error().message;
    m_fee->setText(
        tr("Fee: %1 · received: %2%3")
            .arg(fee, formatEuro(r.paid),
                 r.paymentReference.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.paymentReference)));
    m_amount->setEnabled(open);
    m_pay->setEnabled(open);
    if (final || issued) {
        m_missing->setText(r.outcomeNote.isEmpty() ? QString() : tr("Note: %1").arg(r.outcomeNote));
    } else {
        m_missing->setText(a.missing.isEmpty()
                               ? tr("Ready to issue.")
                               : tr("Still open:") + QStringLiteral("<br>• ") +
                                     a.missing.join(QStringLiteral("<br>• "))
                                         .toHtmlEscaped()
                                         .replace(QStringLiteral("&lt;br&gt;• "), QStringLiteral("<br>• ")));
    }
    // Issued for collection: the one thing left is handing it over.
    m_issue->setEnabled((open && a.missing.isEmpty()) || issued);
    m_issue->setText(issued                         ? tr("&Collected: close")
                     : r.delivery == Delivery::Post ? tr("&Issue, send and close")
                     : r.atCounter                  ? tr("&Issue, hand over and close")
                                                    : tr("&Issue for collection"));
    m_print->setEnabled(!r.documentId.isEmpty() && r.status != RequestStatus::Refused);
    m_query->setEnabled(canMove(r.status, RequestStatus::Query) || r.status == RequestStatus::Query);
    m_query->setText(r.status == RequestStatus::Query ? tr("Answer &received") : tr("&Query …"));
    m_refuse->setEnabled(open);
    m_status->setText(
        r.status == RequestStatus::Issued
            ? tr("Issued; waiting for collection.")
            : (final ? tr("This request is finished (%1).").arg(requestStatusName(r.status)) : QString()));
    m_busy = false;
    if (searchNow)
        search();
}

void CertificateRequestDialog::fail(const QString &message)
{
    m_busy = false;
    m_status->setText(message);
    Q_EMIT failed(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Certificate request"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("requestMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void CertificateRequestDialog::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    Registers::Query query;
    query.number = RegisterNumber::parse(text) ? text : QString();
    if (query.number.isEmpty()) {
        // "Family name, first names, date" in any order of the last two.
        const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int i = 0; i < parts.size(); ++i) {
            const QString part = parts.at(i).trimmed();
            const QDate date = QDate::fromString(part, QStringLiteral("dd.MM.yyyy"));
            if (date.isValid())
                query.name.birthDate = date;
            else if (i == 0)
                query.name.lastName = part;
            else
                query.name.firstNames = part;
        }
    }
    m_status->setText(tr("Searching the registers …"));
    runOnStore<QList<Registers::Candidate>>(
        this, m_store,
        [userId = m_userId, query, request = m_request](const std::shared_ptr<storage::Store> &store) {
            return CertificateRequests(casework::Session(store, userId)).searchRegisters(request, query);
        },
        [this](const Result<QList<Registers::Candidate>> &found) {
            if (!found) {
                fail(found.error().message);
                return;
            }
            m_candidates->clear();
            for (const auto &c : found.value()) {
                auto *item = new QListWidgetItem(candidateText(c.entry), m_candidates);
                item->setData(Qt::UserRole, c.entry.id);
                item->setToolTip(entryHtml(c.entry));
            }
            if (m_candidates->count() > 0)
                m_candidates->setCurrentRow(0);
            m_status->setText(found->isEmpty() ? tr("No register entry fits.")
                                               : tr("%n entries found.", nullptr, int(found->size())));
        });
}

void CertificateRequestDialog::change(
    std::function<Result<CertificateRequest>(CertificateRequests &, const CertificateRequest &)> work,
    const QString &done)
{
    if (m_busy)
        return;
    m_busy = true;
    m_status->setText(tr("Working …"));
    runOnStore<CertificateRequest>(
        this, m_store,
        [userId = m_userId, request = m_request, work = std::move(work)](const std::shared_ptr<storage::Store> &store) {
            CertificateRequests requests(casework::Session(store, userId));
            return work(requests, request);
        },
        [this, done](const Result<CertificateRequest> &result) {
            if (!result) {
                fail(result.error().message);
                reload();
                return;
            }
            Q_EMIT changed(result->proceedingId);
            reload();
            m_status->setText(done);
        });
}

void CertificateRequestDialog::takeEntry()
{
    const QListWidgetItem *item = m_candidates->currentItem();
    if (!item)
        return;
    const QString entryId = item->data(Qt::UserRole).toString();
    change([entryId](CertificateRequests &requests,
                     const CertificateRequest &r) { return requests.chooseEntry(r.id, entryId, r.rev); },
           tr("Register entry taken."));
}

void CertificateRequestDialog::saveForm()
{
    const CertificateRequest edited = m_form->request();
    change([edited](CertificateRequests &requests, const CertificateRequest &) { return requests.edit(edited); },
           tr("Details saved."));
}

void CertificateRequestDialog::saveDecision()
{
    const int id = m_decision->checkedId();
    if (id < 0) {
        fail(tr("Choose whether the requester is entitled."));
        return;
    }
    const QString why = m_justification->toPlainText();
    change([granted = id == 1, why](CertificateRequests &requests,
                                    const CertificateRequest &r) { return requests.decide(r.id, granted, why, r.rev); },
           tr("Decision recorded."));
}

void CertificateRequestDialog::recordPayment()
{
    const Cents cents = parseEuro(m_amount->text());
    if (cents <= 0) {
        fail(tr("Enter the amount received in euros, e.g. 12,00."));
        return;
    }
    m_amount->clear();
    change([cents](CertificateRequests &requests,
                   const CertificateRequest &r) { return requests.recordPayment(r.id, cents, tr("Cash desk"), r.rev); },
           tr("Payment recorded."));
}

void CertificateRequestDialog::issue()
{
    if (m_request.status == RequestStatus::Issued) {
        change([](CertificateRequests &requests,
                  const CertificateRequest &r) { return requests.move(r.id, RequestStatus::Collected, {}, r.rev); },
               tr("Handed over; the proceeding is closed."));
        return;
    }
    const CertificateRequests::HandOver handOver = m_request.delivery == Delivery::Post
                                                       ? CertificateRequests::HandOver::Sent
                                                   : m_request.atCounter ? CertificateRequests::HandOver::Collected
                                                                         : CertificateRequests::HandOver::Later;
    change([handOver](CertificateRequests &requests,
                      const CertificateRequest &r) { return requests.issue(r.id, handOver, r.rev); },
           tr("The certificate is issued and filed in the proceeding."));
}

void CertificateRequestDialog::askQuery()
{
    if (m_request.status == RequestStatus::Query) {
        change([](CertificateRequests &requests,
                  const CertificateRequest &r) { return requests.move(r.id, RequestStatus::Checking, {}, r.rev); },
               tr("The requester answered; the request is being checked again."));
        return;
    }
    bool ok = false;
    const QString question = QInputDialog::getMultiLineText(this, tr("Query to the requester"),
                                                            tr("What do you ask the requester?"), QString(), &ok);
    if (!ok)
        return;
    change(
        [question](CertificateRequests &requests, const CertificateRequest &r) {
            return requests.move(r.id, RequestStatus::Query, question, r.rev);
        },
        tr("Query noted; the request waits for the requester."));
}

void CertificateRequestDialog::refuseRequest()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Refuse the request"), tr("Reason (printed in the decision letter to the requester):"),
        m_reason->text(), &ok);
    if (!ok)
        return;
    change([reason](CertificateRequests &requests,
                    const CertificateRequest &r) { return requests.refuse(r.id, reason, r.rev); },
           tr("Refused; the decision letter is filed in the proceeding."));
}

void CertificateRequestDialog::printCertificate()
{
    if (m_request.documentId.isEmpty())
        return;
    m_print->setEnabled(false);
    m_status->setText(tr("Preparing the certificate for printing …"));
    using Pdf = std::shared_ptr<documents::PdfDocument>;
    runOnStore<Pdf>(
        this, m_store,
        [documentId = m_request.documentId](const std::shared_ptr<storage::Store> &store) -> Result<Pdf> {
            auto versions = storage::DocumentRepository(store->connection()).versions(documentId);
            if (!versions)
                return versions.error();
            if (versions->isEmpty())
                return core::notFound(tr("The certificate has no stored file."));
            auto bytes = store->blobs().read(versions->last().sha256);
            if (!bytes)
                return bytes.error();
            auto opened = documents::PdfDocument::openData(bytes.value());
            if (!opened.document)
                return core::corrupt(opened.problem);
            return Pdf(std::move(opened.document));
        },
        [this](const Result<Pdf> &opened) {
            m_print->setEnabled(true);
            if (!opened) {
                fail(opened.error().message);
                return;
            }
            const Pdf pdf = opened.value();
            if (!m_printer)
                m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
            m_printer->setDocName(tr("Certificate"));
            auto *dialog = new QPrintDialog(m_printer.get(), this);
            dialog->setObjectName(QStringLiteral("certificatePrintDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, pdf] {
                QList<int> pages;
                for (int i = 0; i < pdf->pageCount(); ++i)
                    pages << i;
                auto *job = new PdfPrintJob(pdf, m_printer.get(), pages, this);
                connect(job, &PdfPrintJob::finished, this, [this](bool ok) {
                    m_status->setText(ok ? tr("The certificate was sent to the printer.")
                                         : tr("The certificate could not be printed."));
                });
                m_status->setText(tr("Printing …"));
                job->start();
            });
            dialog->open();
        });
}

}  // namespace aw::ui
