// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/routing.h"
#include "storage/records.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace aw::ui {

// The small form to add or edit one routing rule. It does not save by itself: OK emits
// saveRequested(), and the caller either accept()s it or shows the service's error in it, so
// nothing typed is lost.
class RoutingRuleForm : public QDialog
{
    Q_OBJECT
public:
    // `serviceNames`: service key → name, shown as a hint under the key.
    RoutingRuleForm(const QList<storage::FilePlanNode> &nodes, const QList<storage::OrgUnit> &units,
                    QHash<QString, QString> serviceNames, QWidget *parent = nullptr);

    // Edits `rule`: its values are filled in and its service key is fixed.
    void setRule(const intake::RoutingRule &rule);

    QString serviceKey() const;
    QString nodeId() const;
    QString ownerUnitId() const;
    QString subjectTemplate() const;

    // While saving, OK is disabled.
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void saveRequested();

private:
    void updateState();

    QHash<QString, QString> m_serviceNames;
    QLineEdit *m_serviceKey;
    QLabel *m_serviceName;
    QComboBox *m_node;
    QComboBox *m_unit;
    QLineEdit *m_subject;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

}  // namespace aw::ui
