// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/routingruleform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace aw::ui {

namespace {

QLabel *hintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

}  // namespace

RoutingRuleForm::RoutingRuleForm(const QList<storage::FilePlanNode> &nodes, const QList<storage::OrgUnit> &units,
                                 QHash<QString, QString> serviceNames, QWidget *parent)
    : QDialog(parent)
    , m_serviceNames(std::move(serviceNames))
    , m_serviceKey(new QLineEdit(this))
    , m_serviceName(hintLabel(QStringLiteral("routingRuleServiceName"), this))
    , m_node(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("routingRuleForm"));
    setWindowTitle(tr("New routing rule"));
    setMinimumWidth(560);

    m_serviceKey->setObjectName(QStringLiteral("routingRuleServiceKey"));
    m_serviceKey->setAccessibleName(tr("Service key"));
    m_serviceKey->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^\\d{0,14}$")), m_serviceKey));
    m_serviceKey->setPlaceholderText(tr("14 digits, e.g. 99115004001000"));
    m_serviceKey->setMaxLength(14);

    m_node->setObjectName(QStringLiteral("routingRuleNode"));
    m_node->setAccessibleName(tr("File plan entry"));
    for (const storage::FilePlanNode &node : nodes)
        m_node->addItem(tr("%1 – %2").arg(node.code, node.title), node.id);
    m_node->setCurrentIndex(-1);
    m_node->setPlaceholderText(tr("Choose an entry"));
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_node->setMaxVisibleItems(20);

    m_unit->setObjectName(QStringLiteral("routingRuleUnit"));
    m_unit->setAccessibleName(tr("Owning unit"));
    for (const storage::OrgUnit &unit : units)
        m_unit->addItem(tr("%1 (%2)").arg(unit.name, unit.code), unit.id);
    m_unit->setCurrentIndex(-1);
    m_unit->setPlaceholderText(tr("Choose a unit"));

    m_subject->setObjectName(QStringLiteral("routingRuleSubject"));
    m_subject->setAccessibleName(tr("Subject template"));
    m_subject->setPlaceholderText(tr("e.g. Birth, {{applicant}}"));
    QLabel *placeholders = hintLabel(QStringLiteral("routingRulePlaceholders"), this);
    placeholders->setText(
        tr("Placeholders: %1").arg(QStringLiteral("{{applicant}}, {{service}}, {{serviceKey}}, {{date}}")));
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_error->setObjectName(QStringLiteral("routingRuleError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; background: #fde7e9; border: 1px solid #f1bbbc; "
                                          "border-radius: 3px; padding: 6px; }"));
    m_error->hide();

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("routingRuleOk"));
    ok->setText(tr("&Save"));
    ok->setAccessibleName(tr("Save"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("routingRuleCancel"));
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Service &key:"), m_serviceKey);
    form->addRow(QString(), m_serviceName);
    addRow(tr("File plan &entry:"), m_node);
    addRow(tr("Owning &unit:"), m_unit);
    addRow(tr("Subject &template:"), m_subject);
    form->addRow(QString(), placeholders);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addSpacing(6);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy && m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            Q_EMIT saveRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_serviceKey, &QLineEdit::textChanged, this, &RoutingRuleForm::updateState);
    connect(m_subject, &QLineEdit::textChanged, this, &RoutingRuleForm::updateState);
    connect(m_node, &QComboBox::currentIndexChanged, this, &RoutingRuleForm::updateState);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &RoutingRuleForm::updateState);
    updateState();
}

void RoutingRuleForm::setRule(const intake::RoutingRule &rule)
{
    setWindowTitle(tr("Edit routing rule"));
    m_serviceKey->setText(rule.serviceKey);
    // The key names what the rule is for; another key is another rule.
    m_serviceKey->setReadOnly(true);
    QPalette palette = m_serviceKey->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    m_serviceKey->setPalette(palette);
    m_node->setCurrentIndex(m_node->findData(rule.nodeId));
    m_unit->setCurrentIndex(m_unit->findData(rule.ownerUnitId));
    m_subject->setText(rule.subjectTemplate);
    m_node->setFocus();
    updateState();
}

QString RoutingRuleForm::serviceKey() const
{
    return m_serviceKey->text().trimmed();
}

QString RoutingRuleForm::nodeId() const
{
    return m_node->currentData().toString();
}

QString RoutingRuleForm::ownerUnitId() const
{
    return m_unit->currentData().toString();
}

QString RoutingRuleForm::subjectTemplate() const
{
    return m_subject->text().trimmed();
}

void RoutingRuleForm::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_error->hide();
    updateState();
}

void RoutingRuleForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void RoutingRuleForm::updateState()
{
    const QString key = serviceKey();
    if (key.size() != 14)
        m_serviceName->setText(tr("The 14-digit key of the service, as in the application."));
    else if (const QString name = m_serviceNames.value(key); !name.isEmpty())
        m_serviceName->setText(tr("Service: %1").arg(name));
    else
        m_serviceName->setText(tr("No application for this service has arrived yet."));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && key.size() == 14 && !nodeId().isEmpty() && !ownerUnitId().isEmpty() &&
                     !subjectTemplate().isEmpty());
}

}  // namespace aw::ui
