// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searcher.h"
#include "storage/store.h"

#include <QObject>

#include <memory>

class QAction;
class QListWidget;

namespace aw::ui {

// The saved searches in the window's navigation, below "Suche": the user's own and those shared
// with their units, each with how many case files it finds now (counted on a worker). Choosing
// one runs it; the user's own can be removed (Delete, or the context menu).
class SavedSearchNav : public QObject
{
    Q_OBJECT
public:
    SavedSearchNav(QListWidget *navigation, int firstRow, std::shared_ptr<storage::Store> store, QString userId,
                   QObject *parent = nullptr);

    void reload();
    bool isSaved(int row) const { return row >= m_firstRow; }
    void choose(int row);
    QAction *removeAction() const { return m_remove; }

Q_SIGNALS:
    void chosen(const QString &query, aw::search::Scope scope);
    void loaded(int count);
    void message(const QString &text);
    void failed(const QString &message);

private:
    void removeCurrent();
    void fitHeight();

    QListWidget *m_navigation;
    int m_firstRow;
    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QAction *m_remove;
    quint64 m_request = 0;
};

}  // namespace aw::ui
