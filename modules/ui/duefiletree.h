// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xdomea/disposals.h"

#include <QHash>
#include <QTreeWidget>

namespace aw::ui {

// The closed case files whose retention has ended, under three groups by what becomes of them:
// archive (A), evaluate (B), destroy (V) – by the file plan, or by the archive's decision once it
// has evaluated them. Files are ticked to act on them; a group's box ticks all of its files.
class DueFileTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Reference,
        Subject,
        Unit,
        PlanCode,
        ClosedOn,
        RetentionUntil,
        State,
        ColumnCount
    };

    explicit DueFileTree(QWidget *parent = nullptr);

    // `processes` by id: where each file's disposal stands. Ticks of files still listed are kept.
    void setFiles(const QList<xdomea::DueFile> &files, const QHash<QString, xdomea::Process> &processes);
    QList<xdomea::DueFile> checkedFiles() const;
    void setChecked(const QString &caseFileId, bool checked);
    int fileCount() const { return int(m_files.size()); }

    // Offered to the archive: A and B files not yet in a disposal.
    static bool mayOffer(const xdomea::DueFile &file);
    // Destroyed: V files not offered, or files the archive has declined.
    static bool mayDestroy(const xdomea::DueFile &file);

Q_SIGNALS:
    void checkedChanged();

private:
    QString stateText(const xdomea::DueFile &file, const QHash<QString, xdomea::Process> &processes) const;

    QHash<QString, xdomea::DueFile> m_files;  // by case file id
};

}  // namespace aw::ui
