// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/routing.h"
#include "storage/records.h"
#include "storage/store.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace aw::ui {

class RoutingRuleForm;

// The Posteingang's routing rules: which file-plan entry, unit and subject an application for a
// service is filed under. Everybody may look; the registry adds, edits and removes them. All store
// work runs on workers.
class RoutingRulesDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        ServiceKey,
        ServiceName,
        Position,
        Node,
        Unit,
        Subject,
        ColumnCount
    };

    RoutingRulesDialog(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent = nullptr);

    void addRule();
    void editRule();
    void removeRule();
    void reload();

Q_SIGNALS:
    // After each load of the table (also after a change).
    void loaded(int rules);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void updateButtons();
    void showStatus(const QString &text, bool error = false);
    void save(RoutingRuleForm *form, const QString &ruleId);
    const intake::RoutingRule *currentRule() const;
    QString nodeText(const QString &nodeId) const;
    QString unitName(const QString &unitId) const;

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QList<intake::RoutingRule> m_rules;
    QHash<QString, QString> m_serviceNames;
    QList<storage::FilePlanNode> m_nodes;
    QList<storage::OrgUnit> m_units;
    bool m_loaded = false;
    bool m_canEdit = false;
    QString m_readOnlyReason;
    QString m_selectRuleId;  // to select after the next load

    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_closeButton;
};

}  // namespace aw::ui
