// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/requestform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace aw::civilstatus;

namespace aw::ui {

namespace {

// An empty date shows as blank: the minimum date stands for "not given".
QDateEdit *dateField(const char *name, QWidget *parent)
{
    auto *field = new QDateEdit(parent);
    field->setObjectName(QLatin1String(name));
    field->setCalendarPopup(true);
    field->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    field->setMinimumDate(QDate(1800, 1, 1));
    field->setSpecialValueText(QStringLiteral(" "));
    field->setDate(field->minimumDate());
    return field;
}

QDate dateOf(const QDateEdit *field)
{
    return field->date() == field->minimumDate() ? QDate() : field->date();
}

void setDate(QDateEdit *field, const QDate &date)
{
    field->setDate(date.isValid() ? date : field->minimumDate());
}

QLineEdit *textField(const char *name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(name));
    return field;
}

template <typename Enum>
void selectData(QComboBox *box, Enum value)
{
    box->setCurrentIndex(std::max(0, box->findData(int(value))));
}

}  // namespace

RequestForm::RequestForm(QWidget *parent)
    : QWidget(parent)
    , m_requesterFirst(textField("requesterFirstNames", this))
    , m_requesterLast(textField("requesterLastName", this))
    , m_requesterBorn(dateField("requesterBirthDate", this))
    , m_address(new QPlainTextEdit(this))
    , m_relation(new QComboBox(this))
    , m_interest(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_copies(new QSpinBox(this))
    , m_withoutParents(new QCheckBox(tr("without the parents"), this))
    , m_delivery(new QComboBox(this))
    , m_purpose(textField("purpose", this))
    , m_wantedFirst(textField("wantedFirstNames", this))
    , m_wantedLast(textField("wantedLastName", this))
    , m_wantedBorn(dateField("wantedBirthDate", this))
    , m_wantedNumber(textField("wantedNumber", this))
{
    m_address->setObjectName(QStringLiteral("requesterAddress"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_relation->setObjectName(QStringLiteral("relation"));
    for (Relation r :
         {Relation::PersonConcerned, Relation::LegalRepresentative, Relation::Spouse, Relation::Partner,
          Relation::Ancestor, Relation::Descendant, Relation::Sibling, Relation::Authority, Relation::Other})
        m_relation->addItem(relationName(r), int(r));
    m_interest->setObjectName(QStringLiteral("interest"));
    for (Interest i : {Interest::None, Interest::Legitimate, Interest::Legal})
        m_interest->addItem(interestName(i), int(i));
    m_type->setObjectName(QStringLiteral("certificateType"));
    for (CertificateType t :
         {CertificateType::Birth, CertificateType::Marriage, CertificateType::Partnership, CertificateType::Death,
          CertificateType::RegisterPrintout, CertificateType::International})
        m_type->addItem(certificateTypeName(t), int(t));
    m_copies->setObjectName(QStringLiteral("copies"));
    m_copies->setRange(1, 20);
    m_withoutParents->setObjectName(QStringLiteral("withoutParents"));
    m_delivery->setObjectName(QStringLiteral("delivery"));
    m_delivery->addItem(tr("By post"), int(Delivery::Post));
    m_delivery->addItem(tr("Collected at the office"), int(Delivery::Pickup));
    m_wantedNumber->setPlaceholderText(tr("e.g. G 334/2020"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Requester's &first names:"), m_requesterFirst);
    form->addRow(tr("Requester's family &name:"), m_requesterLast);
    form->addRow(tr("Requester born on:"), m_requesterBorn);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("&Interest stated:"), m_interest);
    form->addRow(tr("Certificate:"), m_type);
    form->addRow(QString(), m_withoutParents);
    form->addRow(tr("Copies:"), m_copies);
    form->addRow(tr("Delivery:"), m_delivery);
    form->addRow(tr("Purpose:"), m_purpose);
    form->addRow(tr("Person concerned, first names:"), m_wantedFirst);
    form->addRow(tr("Person concerned, family name:"), m_wantedLast);
    form->addRow(tr("Person concerned, born on:"), m_wantedBorn);
    form->addRow(tr("Register number given:"), m_wantedNumber);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const bool birth = m_type->currentData().toInt() == int(CertificateType::Birth);
        m_withoutParents->setEnabled(birth);
        if (!birth)
            m_withoutParents->setChecked(false);
    });
}

void RequestForm::setRequest(const CertificateRequest &r)
{
    m_request = r;
    m_requesterFirst->setText(r.requesterFirstNames);
    m_requesterLast->setText(r.requesterLastName);
    setDate(m_requesterBorn, r.requesterBirthDate);
    m_address->setPlainText(r.requesterAddress);
    selectData(m_relation, r.relation);
    selectData(m_interest, r.interest);
    selectData(m_type, r.type);
    m_copies->setValue(r.copies);
    m_withoutParents->setChecked(r.withoutParents);
    selectData(m_delivery, r.delivery);
    m_purpose->setText(r.purpose);
    m_wantedFirst->setText(r.wantedFirstNames);
    m_wantedLast->setText(r.wantedLastName);
    setDate(m_wantedBorn, r.wantedBirthDate);
    m_wantedNumber->setText(r.wantedNumber);
}

CertificateRequest RequestForm::request() const
{
    CertificateRequest r = m_request;
    r.requesterFirstNames = m_requesterFirst->text().trimmed();
    r.requesterLastName = m_requesterLast->text().trimmed();
    r.requesterBirthDate = dateOf(m_requesterBorn);
    r.requesterAddress = m_address->toPlainText().trimmed();
    r.relation = Relation(m_relation->currentData().toInt());
    r.interest = Interest(m_interest->currentData().toInt());
    r.type = CertificateType(m_type->currentData().toInt());
    r.copies = m_copies->value();
    r.withoutParents = m_withoutParents->isChecked();
    r.delivery = Delivery(m_delivery->currentData().toInt());
    r.purpose = m_purpose->text().trimmed();
    r.wantedFirstNames = m_wantedFirst->text().trimmed();
    r.wantedLastName = m_wantedLast->text().trimmed();
    r.wantedBirthDate = dateOf(m_wantedBorn);
    r.wantedNumber = m_wantedNumber->text().trimmed();
    return r;
}

void RequestForm::setReadOnly(bool readOnly)
{
    for (QWidget *w : findChildren<QWidget *>())
        w->setEnabled(!readOnly);
}

}  // namespace aw::ui
