// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/receivetransferdialog.h"

#include "ui/folderfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPushButton>

namespace aw::ui {

namespace {

// How many of the package's files the summary names before it says "and n more".
constexpr int NamedFiles = 5;

}  // namespace

ReceiveTransferDialog::ReceiveTransferDialog(const IncomingTransfer &transfer,
                                             const QList<storage::FilePlanNode> &nodes, const QList<NamedId> &units,
                                             QWidget *parent)
    : FormDialog(QStringLiteral("receiveTransferDialog"), tr("Take in case files (xdomea Abgabe)"), parent)
    , m_node(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_receipt(new FolderField(QStringLiteral("receiptFolder"), tr("Folder for the import confirmation"),
                                tr("Folder for the import confirmation"), this))
{
    setMinimumWidth(560);
    QStringList named;
    for (const QString &file : transfer.files.mid(0, NamedFiles))
        named << QStringLiteral("• ") + file.toHtmlEscaped();
    if (transfer.files.size() > NamedFiles)
        named << tr("… and %n more", nullptr, int(transfer.files.size() - NamedFiles));
    addText(tr("<b>From:</b> %1<br><b>ProzessID:</b> %2<br><b>Contents:</b> %3, %4<br>%5")
                .arg(transfer.sender.toHtmlEscaped(), transfer.processId.toHtmlEscaped(),
                     tr("%n case file(s)", nullptr, transfer.caseFiles),
                     tr("%n document(s)", nullptr, transfer.documents), named.join(QStringLiteral("<br>"))));
    addText(tr("Each case file gets a new reference under the entry chosen here; the sender's reference is kept "
               "in a note."));

    m_node->addItem(tr("– choose –"), QString());
    for (const storage::FilePlanNode &node : nodes)
        m_node->addItem(node.code + QStringLiteral("  ") + node.title, node.id);
    addField(tr("File plan &entry:"), m_node, QStringLiteral("receiveNode"), tr("File plan entry"));

    // One unit: nothing to choose.
    if (units.size() != 1)
        m_unit->addItem(tr("– choose –"), QString());
    for (const NamedId &unit : units)
        m_unit->addItem(unit.name, unit.id);
    addField(tr("Owning &unit:"), m_unit, QStringLiteral("receiveUnit"), tr("Owning unit"));

    m_receipt->setPath(QFileInfo(transfer.path).absolutePath());
    addField(tr("Import con&firmation (0402) to:"), m_receipt, QStringLiteral("receiptFolder"),
             tr("Folder for the import confirmation"));

    setOkText(tr("&Take in"));
    setCheck([this] {
        if (nodeId().isEmpty() || unitId().isEmpty())
            return tr("Choose the file plan entry and the owning unit.");
        return receiptFolder().isEmpty() ? tr("Choose the folder for the import confirmation.") : QString();
    });
    connect(m_node, &QComboBox::currentIndexChanged, this, &ReceiveTransferDialog::updateOk);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ReceiveTransferDialog::updateOk);
    connect(m_receipt, &FolderField::pathChanged, this, &ReceiveTransferDialog::updateOk);
    updateOk();
    m_node->setFocus();
}

QString ReceiveTransferDialog::nodeId() const
{
    return m_node->currentData().toString();
}

QString ReceiveTransferDialog::unitId() const
{
    return m_unit->currentData().toString();
}

QString ReceiveTransferDialog::receiptFolder() const
{
    return m_receipt->path();
}

void ReceiveTransferDialog::updateOk()
{
    buttons()
        ->button(QDialogButtonBox::Ok)
        ->setEnabled(!nodeId().isEmpty() && !unitId().isEmpty() && !receiptFolder().isEmpty());
}

}  // namespace aw::ui
