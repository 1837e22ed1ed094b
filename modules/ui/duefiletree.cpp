// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/duefiletree.h"

#include "ui/dates.h"

#include <QHeaderView>
#include <QSet>

namespace aw::ui {

using core::DisposalDecision;

namespace {

constexpr int IdRole = Qt::UserRole;

// The group a file is listed under: the archive's decision once there is one.
DisposalDecision groupOf(const xdomea::DueFile &file)
{
    if (file.archiveDecision == QLatin1String("A"))
        return DisposalDecision::Archive;
    if (file.archiveDecision == QLatin1String("V"))
        return DisposalDecision::Destroy;
    return file.planned;
}

QString groupTitle(DisposalDecision decision, int files)
{
    switch (decision) {
    case DisposalDecision::Archive:
        return DueFileTree::tr("Archive (A) – %n file(s)", nullptr, files);
    case DisposalDecision::Evaluate:
        return DueFileTree::tr("Evaluate (B) – %n file(s)", nullptr, files);
    case DisposalDecision::Destroy:
        return DueFileTree::tr("Destroy (V) – %n file(s)", nullptr, files);
    }
    return {};
}

}  // namespace

DueFileTree::DueFileTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("dueFilesTree"));
    setAccessibleName(tr("Case files due for disposal"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Reference"), tr("Subject"), tr("Unit"), tr("File plan"), tr("Closed on"),
                     tr("Retention until"), tr("Disposal state")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setStretchLastSection(false);
    for (int column = 0; column < ColumnCount; ++column)
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
        if (column == Reference)
            Q_EMIT checkedChanged();
    });
}

bool DueFileTree::mayOffer(const xdomea::DueFile &file)
{
    return file.processId.isEmpty() && file.archiveDecision.isEmpty() && file.planned != DisposalDecision::Destroy;
}

bool DueFileTree::mayDestroy(const xdomea::DueFile &file)
{
    return file.archiveDecision == QLatin1String("V") ||
           (file.planned == DisposalDecision::Destroy && file.processId.isEmpty());
}

QString DueFileTree::stateText(const xdomea::DueFile &file, const QHash<QString, xdomea::Process> &processes) const
{
    const auto process = processes.constFind(file.processId);
    if (file.archiveDecision == QLatin1String("A")) {
        if (process != processes.cend() && process->state == xdomea::ProcessState::Transferred)
            return tr("archive keeps; handed over on %1").arg(shortDate(process->updatedAt.toLocalTime().date()));
        return tr("archive keeps");
    }
    if (file.archiveDecision == QLatin1String("V"))
        return tr("archive declines; may be destroyed");
    if (!file.processId.isEmpty()) {
        if (process == processes.cend())
            return tr("offered to the archive");
        // The archive is in the list of disposals below; the column stays narrow for the subject.
        return tr("offered on %1").arg(shortDate(process->createdAt.toLocalTime().date()));
    }
    return file.planned == DisposalDecision::Destroy ? tr("to be destroyed") : tr("to be offered");
}

void DueFileTree::setFiles(const QList<xdomea::DueFile> &files, const QHash<QString, xdomea::Process> &processes)
{
    QSet<QString> ticked;
    for (const xdomea::DueFile &f : checkedFiles())
        ticked.insert(f.caseFileId);
    const QSignalBlocker block(this);
    clear();
    m_files.clear();
    const QList<DisposalDecision> order{DisposalDecision::Archive, DisposalDecision::Evaluate,
                                        DisposalDecision::Destroy};
    for (DisposalDecision decision : order) {
        QList<xdomea::DueFile> members;
        for (const xdomea::DueFile &f : files) {
            if (groupOf(f) == decision)
                members.append(f);
        }
        // The group's box shows (and sets) the state of its files: it has none of its own.
        auto *group = new QTreeWidgetItem(this);
        group->setText(Reference, groupTitle(decision, int(members.size())));
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(Reference);
        bold.setBold(true);
        group->setFont(Reference, bold);
        group->setFlags(members.isEmpty() ? Qt::ItemIsEnabled
                                          : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        for (const xdomea::DueFile &f : members) {
            m_files.insert(f.caseFileId, f);
            auto *item = new QTreeWidgetItem(group);
            item->setData(Reference, IdRole, f.caseFileId);
            item->setText(Reference, f.reference);
            item->setText(Subject, f.subject);
            item->setToolTip(Subject, f.subject);
            item->setText(Unit, f.unitName);
            item->setText(
                PlanCode,
                tr("%1 (%2)", "file plan code (A/V/B)").arg(f.planCode, QString(core::disposalLetter(f.planned))));
            item->setText(ClosedOn, shortDate(f.closedOn));
            item->setText(RetentionUntil, shortDate(f.retentionUntil));
            item->setText(State, stateText(f, processes));
            if (const auto process = processes.constFind(f.processId); process != processes.cend())
                item->setToolTip(State, tr("%1 – %2").arg(process->partner, xdomea::stateTitle(process->state)));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Reference, ticked.contains(f.caseFileId) ? Qt::Checked : Qt::Unchecked);
        }
    }
    expandAll();
    Q_EMIT checkedChanged();
}

QList<xdomea::DueFile> DueFileTree::checkedFiles() const
{
    QList<xdomea::DueFile> out;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            const QTreeWidgetItem *item = group->child(j);
            if (item->checkState(Reference) == Qt::Checked)
                out.append(m_files.value(item->data(Reference, IdRole).toString()));
        }
    }
    return out;
}

void DueFileTree::setChecked(const QString &caseFileId, bool checked)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->data(Reference, IdRole).toString() == caseFileId)
                group->child(j)->setCheckState(Reference, checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

}  // namespace aw::ui
