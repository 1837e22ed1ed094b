// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/records.h"
#include "ui/casedialogs.h"
#include "ui/formdialog.h"

#include <QStringList>

class QComboBox;

namespace aw::ui {

class FolderField;

// What an incoming Abgabe (0401) holds, as read from its message on a worker.
struct IncomingTransfer
{
    QString path;  // the package
    QString processId;
    QString sender;  // the authority, with its unit when it names one
    int caseFiles = 0;
    int documents = 0;
    QStringList files;  // the sender's "reference – subject (file plan code)", in message order
};

// Asks where the case files of an incoming Abgabe go: the file-plan entry of this office they are
// filed under, the unit that owns them (one the user works in), and the folder for the import
// confirmation (0402) that goes back to the sender. Nothing is preselected for the entry: the
// sender's file plan is not ours, and the choice is the clerk's.
class ReceiveTransferDialog : public FormDialog
{
    Q_OBJECT
public:
    ReceiveTransferDialog(const IncomingTransfer &transfer, const QList<storage::FilePlanNode> &nodes,
                          const QList<NamedId> &units, QWidget *parent = nullptr);

    QString nodeId() const;
    QString unitId() const;
    QString receiptFolder() const;

    QComboBox *nodeCombo() const { return m_node; }
    QComboBox *unitCombo() const { return m_unit; }
    FolderField *receiptField() const { return m_receipt; }

private:
    void updateOk();

    QComboBox *m_node;
    QComboBox *m_unit;
    FolderField *m_receipt;
};

}  // namespace aw::ui
