// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/records.h"

#include <QAbstractTableModel>
#include <QDate>

namespace aw::ui {

// One thing on the user's desk: a proceeding (Vorgang) assigned to them or one of their
// resubmissions (Wiedervorlagen) on a proceeding or a case file.
struct WorkItem
{
    enum class Kind
    {
        Proceeding,
        Resubmission
    };
    Kind kind = Kind::Proceeding;
    QString proceedingId;  // empty for a resubmission on a whole case file
    QString caseFileId;
    QString resubmissionId;  // empty for a proceeding
    QString reference;       // of the proceeding, else of the case file
    QString subject;         // of the proceeding, else of the case file
    QDate due;               // the proceeding's due date or the resubmission date; may be invalid
    QString caseFileSubject;
    QString remark;  // the resubmission's note; the proceeding's status
};

// "Meine Arbeit": work items, most urgent first: overdue, then due today, then by due date,
// undated last. Overdue due dates are dark red with an "Overdue since …" tooltip.
class MyWorkModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Kind,
        Reference,
        Subject,
        Due,
        CaseFile,
        Remark,
        ColumnCount
    };
    enum Role
    {
        ProceedingIdRole = Qt::UserRole + 1,
        CaseFileIdRole,
        ResubmissionIdRole,
        KindRole,     // WorkItem::Kind as int
        DueRole,      // QDate, invalid when undated
        OverdueRole,  // bool
    };

    explicit MyWorkModel(QObject *parent = nullptr);

    // Sorts `items` by urgency as of `today` (a parameter, so that a view left open over midnight
    // and the tests agree on what is overdue).
    void setItems(QList<WorkItem> items, const QDate &today = QDate::currentDate());
    const WorkItem &item(int row) const { return m_rows.at(row); }
    const QDate &today() const { return m_today; }
    int overdueCount() const;
    bool isOverdue(const WorkItem &item) const { return item.due.isValid() && item.due < m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindTitle(WorkItem::Kind kind);

private:
    QList<WorkItem> m_rows;
    QDate m_today;
};

}  // namespace aw::ui
