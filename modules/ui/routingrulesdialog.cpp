// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/routingrulesdialog.h"

#include "casework/session.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "ui/routingruleform.h"
#include "ui/storeworker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace aw::ui {

using core::Result;

namespace {

// Everything the dialog shows, read in one go on a worker.
struct Snapshot
{
    QList<intake::RoutingRule> rules;
    QHash<QString, QString> serviceNames;
    QList<storage::FilePlanNode> nodes;
    QList<storage::OrgUnit> units;
    bool canEdit = false;
};

Result<Snapshot> readSnapshot(const std::shared_ptr<storage::Store> &store, const QString &userId)
{
    const casework::Session session(store, userId);
    const intake::Routing routing(session);
    Snapshot snapshot;
    auto rules = routing.rules();
    if (!rules)
        return rules.error();
    snapshot.rules = rules.value();
    auto names = routing.serviceNames();
    if (!names)
        return names.error();
    snapshot.serviceNames = names.value();
    auto nodes = storage::FilePlanRepository(store->connection()).all();
    if (!nodes)
        return nodes.error();
    snapshot.nodes = nodes.value();
    auto units = storage::OrgRepository(store->connection()).units();
    if (!units)
        return units.error();
    snapshot.units = units.value();
    // The same rule the service applies; a failure to read the user means read-only as well.
    snapshot.canEdit = !userId.isEmpty() && session.permit(core::Action::ManageFilePlan).ok();
    return snapshot;
}

QPushButton *button(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    b->setAutoDefault(false);
    return b;
}

}  // namespace

RoutingRulesDialog::RoutingRulesDialog(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_addButton(button(tr("&Add …"), QStringLiteral("addRuleButton"), tr("Add rule"), this))
    , m_editButton(button(tr("&Edit …"), QStringLiteral("editRuleButton"), tr("Edit rule"), this))
    , m_removeButton(button(tr("&Remove"), QStringLiteral("removeRuleButton"), tr("Remove rule"), this))
    , m_closeButton(button(tr("&Close"), QStringLiteral("closeButton"), tr("Close"), this))
{
    setObjectName(QStringLiteral("routingRulesDialog"));
    setWindowTitle(tr("Routing rules"));
    resize(1080, 480);

    m_intro->setObjectName(QStringLiteral("routingRulesIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("New applications in the inbox are filed by these rules. For each rule of its service, an "
                        "application starts a case file with a proceeding."));

    m_table->setObjectName(QStringLiteral("routingRuleTable"));
    m_table->setAccessibleName(tr("Routing rules"));
    m_table->setHorizontalHeaderLabels(
        {tr("Service key"), tr("Service"), tr("No."), tr("File plan entry"), tr("Owning unit"), tr("Subject")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Subject, QHeaderView::Stretch);
    // Sized for the usual content: a 14-digit key, a short service name, "5.4 Urkundenanforderungen".
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(ServiceKey, metrics.horizontalAdvance(QStringLiteral("99115004001000")) + 24);
    header->resizeSection(ServiceName, 200);
    header->resizeSection(Position, metrics.horizontalAdvance(tr("No.")) + 24);
    header->resizeSection(Node, 220);
    header->resizeSection(Unit, 160);
    m_table->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("routingRulesStatus"));
    m_status->setWordWrap(true);

    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_N)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &RoutingRulesDialog::addRule);
    }
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, this);
    connect(removeShortcut, &QShortcut::activated, this, &RoutingRulesDialog::removeRule);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    setTabOrder(m_table, m_addButton);
    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_removeButton);
    setTabOrder(m_removeButton, m_closeButton);
    m_table->setFocus();

    connect(m_addButton, &QPushButton::clicked, this, &RoutingRulesDialog::addRule);
    connect(m_editButton, &QPushButton::clicked, this, &RoutingRulesDialog::editRule);
    connect(m_removeButton, &QPushButton::clicked, this, &RoutingRulesDialog::removeRule);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableWidget::doubleClicked, this, &RoutingRulesDialog::editRule);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoutingRulesDialog::updateButtons);

    updateButtons();
    reload();
}

void RoutingRulesDialog::reload()
{
    showStatus(tr("Loading …"));
    runOnStore<Snapshot>(
        this, m_store,
        [userId = m_userId](const std::shared_ptr<storage::Store> &store) { return readSnapshot(store, userId); },
        [this](const Result<Snapshot> &snapshot) {
            if (!snapshot) {
                showStatus(tr("The routing rules could not be read: %1").arg(snapshot.error().message), true);
                return;
            }
            if (m_loaded && m_selectRuleId.isEmpty()) {
                if (const intake::RoutingRule *rule = currentRule())
                    m_selectRuleId = rule->id;
            }
            m_rules = snapshot->rules;
            m_serviceNames = snapshot->serviceNames;
            m_nodes = snapshot->nodes;
            m_units = snapshot->units;
            m_canEdit = snapshot->canEdit;
            m_loaded = true;
            fill();
            if (!m_canEdit)
                showStatus(tr("Only the registry (Registratur) may change routing rules."));
            else if (m_rules.isEmpty())
                showStatus(tr("There are no rules yet. New applications stay in the inbox until they are filed by "
                              "hand."));
            else
                showStatus({});
            Q_EMIT loaded(int(m_rules.size()));
        });
}

void RoutingRulesDialog::fill()
{
    const QString select = std::exchange(m_selectRuleId, QString());
    m_table->setRowCount(int(m_rules.size()));
    int selectRow = m_rules.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_rules.size(); ++row) {
        const intake::RoutingRule &rule = m_rules.at(row);
        const QString texts[ColumnCount] = {rule.serviceKey,
                                            m_serviceNames.value(rule.serviceKey),
                                            QString::number(rule.position),
                                            nodeText(rule.nodeId),
                                            unitName(rule.ownerUnitId),
                                            rule.subjectTemplate};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setToolTip(texts[column]);
            if (column == Position)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        if (rule.id == select)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_table->setCurrentCell(selectRow, ServiceKey);
    updateButtons();
}

void RoutingRulesDialog::updateButtons()
{
    const bool editable = m_loaded && m_canEdit;
    const bool selected = currentRule() != nullptr;
    m_addButton->setEnabled(editable);
    m_editButton->setEnabled(editable && selected);
    m_removeButton->setEnabled(editable && selected);
    // Disabled buttons say why; enabled ones name their key.
    const QString readOnly =
        m_loaded && !m_canEdit ? tr("Only the registry (Registratur) may change routing rules.") : QString();
    auto keys = [](const QKeySequence &sequence) { return sequence.toString(QKeySequence::NativeText); };
    m_addButton->setToolTip(readOnly.isEmpty() ? tr("Add a rule (%1)").arg(keys(Qt::Key_Insert)) : readOnly);
    m_editButton->setToolTip(readOnly.isEmpty() ? tr("Edit the selected rule (%1)").arg(keys(Qt::Key_Return))
                                                : readOnly);
    m_removeButton->setToolTip(readOnly.isEmpty() ? tr("Remove the selected rule (%1)").arg(keys(Qt::Key_Delete))
                                                  : readOnly);
}

void RoutingRulesDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #a4262c; }") : QString());
    m_status->setVisible(!text.isEmpty());
}

const intake::RoutingRule *RoutingRulesDialog::currentRule() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rules.size() || !m_table->selectionModel()->isRowSelected(row))
        return nullptr;
    return &m_rules.at(row);
}

QString RoutingRulesDialog::nodeText(const QString &nodeId) const
{
    for (const storage::FilePlanNode &node : m_nodes) {
        if (node.id == nodeId)
            return node.code + QLatin1Char(' ') + node.title;
    }
    return nodeId;
}

QString RoutingRulesDialog::unitName(const QString &unitId) const
{
    for (const storage::OrgUnit &unit : m_units) {
        if (unit.id == unitId)
            return unit.name;
    }
    return unitId;
}

void RoutingRulesDialog::addRule()
{
    if (!m_loaded || !m_canEdit)
        return;
    auto *form = new RoutingRuleForm(m_nodes, m_units, m_serviceNames, this);
    connect(form, &QDialog::finished, form, &QObject::deleteLater);
    connect(form, &RoutingRuleForm::saveRequested, this, [this, form] { save(form, {}); });
    form->open();
}

void RoutingRulesDialog::editRule()
{
    const intake::RoutingRule *rule = currentRule();
    if (!m_loaded || !m_canEdit || !rule)
        return;
    auto *form = new RoutingRuleForm(m_nodes, m_units, m_serviceNames, this);
    form->setRule(*rule);
    connect(form, &QDialog::finished, form, &QObject::deleteLater);
    connect(form, &RoutingRuleForm::saveRequested, this, [this, form, id = rule->id] { save(form, id); });
    form->open();
}

void RoutingRulesDialog::save(RoutingRuleForm *form, const QString &ruleId)
{
    form->setBusy(true);
    QPointer<RoutingRuleForm> guard(form);
    runOnStore<intake::RoutingRule>(
        this, m_store,
        [userId = m_userId, ruleId, key = form->serviceKey(), node = form->nodeId(), unit = form->ownerUnitId(),
         subject = form->subjectTemplate()](const std::shared_ptr<storage::Store> &store) {
            intake::Routing routing({store, userId});
            return ruleId.isEmpty() ? routing.addRule(key, node, unit, subject)
                                    : routing.updateRule(ruleId, node, unit, subject);
        },
        [this, guard](const Result<intake::RoutingRule> &saved) {
            if (guard) {
                guard->setBusy(false);
                if (!saved) {
                    guard->showError(saved.error().message);
                    return;
                }
                guard->accept();
            }
            if (saved) {
                m_selectRuleId = saved->id;
                reload();
            }
        });
}

void RoutingRulesDialog::removeRule()
{
    const intake::RoutingRule *current = currentRule();
    if (!m_loaded || !m_canEdit || !current)
        return;
    const intake::RoutingRule rule = *current;
    const QString service = m_serviceNames.value(rule.serviceKey);
    QMessageBox box(QMessageBox::Question, tr("Remove routing rule"), tr("Remove this routing rule?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeRuleConfirmation"));
    box.setInformativeText(tr("Applications for %1 will no longer be filed under “%2” (%3).")
                               .arg(service.isEmpty() ? rule.serviceKey : tr("%1 (%2)").arg(service, rule.serviceKey),
                                    nodeText(rule.nodeId), unitName(rule.ownerUnitId)));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeRuleConfirm"));
    remove->setAccessibleName(tr("Remove rule"));
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("removeRuleCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    QPointer<RoutingRulesDialog> self(this);
    box.exec();
    if (!self || box.clickedButton() != remove)
        return;

    // Afterwards the neighbour is selected: the row below, else the one above.
    const int row = m_table->currentRow();
    if (row + 1 < m_rules.size())
        m_selectRuleId = m_rules.at(row + 1).id;
    else if (row > 0)
        m_selectRuleId = m_rules.at(row - 1).id;
    m_removeButton->setEnabled(false);
    runOnStore<bool>(
        this, m_store,
        [userId = m_userId, id = rule.id](const std::shared_ptr<storage::Store> &store) -> Result<bool> {
            if (auto ok = intake::Routing({store, userId}).removeRule(id); !ok)
                return ok.error();
            return true;
        },
        [this](const Result<bool> &removed) {
            if (!removed) {
                m_selectRuleId.clear();
                updateButtons();
                QMessageBox::warning(this, tr("Remove routing rule"), removed.error().message);
                return;
            }
            reload();
        });
}

bool RoutingRulesDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a rule edits it (the dialog would otherwise pass it to a default button). The item
    // view claims Del for itself, so the dialog's shortcut never sees it there.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
            return QDialog::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            editRule();
            return true;
        case Qt::Key_Delete:
            removeRule();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace aw::ui
