// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/inbox.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace aw::ui {

// The submissions of the Posteingang: received, service, applicant, responsible unit, status, remark.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Received,
        Service,
        Applicant,
        Unit,
        Status,
        Remark,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole,  // the status code: new, quarantined, filed, rejected
        UnitIdsRole,
        SortRole,
    };

    explicit InboxModel(QObject *parent = nullptr);
    void setEntries(QList<intake::InboxEntry> entries);
    const intake::InboxEntry &entry(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;  // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the remark column says: the problem, the reason of a rejection, or the acknowledgement.
    static QString remarkOf(const intake::InboxEntry &entry);

private:
    QList<intake::InboxEntry> m_rows;
};

// Which submissions the list shows: by status group and by text in service or applicant.
class InboxFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show
    {
        Open,  // new and faulty: what still needs a decision
        New,
        Faulty,
        Filed,
        Rejected,
        All,
    };
    explicit InboxFilter(QObject *parent = nullptr);
    void setShow(Show show);
    void setText(const QString &text);
    // Only what the routing rules send to these units, and what no rule covers.
    void setOnlyUnits(const QStringList &unitIds, bool only);
    // Whether a submission the rules send to `entryUnits` is for `myUnits`: also when no rule
    // covers it (somebody must file it by hand).
    static bool isFor(const QStringList &entryUnits, const QStringList &myUnits);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::Open;
    QString m_text;
    QStringList m_units;
    bool m_onlyUnits = false;
};

}  // namespace aw::ui
