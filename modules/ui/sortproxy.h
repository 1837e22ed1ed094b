// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace aw::ui {

// Sorts a list the way people read it: numbers inside text by value ("5.4-9/2026" before
// "5.4-10/2026"), umlauts by the locale, dates and numbers by value (the model's SortRole), and
// filters on every column's text, ignoring case.
class SortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 100;

    explicit SortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

}  // namespace aw::ui
