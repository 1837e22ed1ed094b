// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/savedsearchnav.h"

#include "search/savedsearches.h"
#include "storage/orgrepository.h"
#include "ui/storeworker.h"

#include <QAction>
#include <QListWidget>
#include <QMessageBox>

namespace aw::ui {

using core::Result;

namespace {

enum Roles
{
    IdRole = Qt::UserRole + 1,
    QueryRole,
    ScopeRole,
    MineRole,
};

struct Counted
{
    search::SavedSearch saved;
    qint64 caseFiles = 0;
    bool complete = true;
};

constexpr int MaxVisibleRows = 12;

}  // namespace

SavedSearchNav::SavedSearchNav(QListWidget *navigation, int firstRow, std::shared_ptr<storage::Store> store,
                               QString userId, QObject *parent)
    : QObject(parent)
    , m_navigation(navigation)
    , m_firstRow(firstRow)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_remove(new QAction(tr("&Remove saved search"), this))
{
    m_remove->setObjectName(QStringLiteral("removeSavedSearchAction"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_remove->setEnabled(false);
    m_navigation->addAction(m_remove);
    m_navigation->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_remove, &QAction::triggered, this, &SavedSearchNav::removeCurrent);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_remove->setEnabled(isSaved(row) && m_navigation->item(row)->data(MineRole).toBool());
    });
}

void SavedSearchNav::reload()
{
    if (m_userId.isEmpty())
        return;
    const quint64 id = ++m_request;
    runOnStore<QList<Counted>>(
        this, m_store,
        [userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<QList<Counted>> {
            auto actor = storage::OrgRepository(store->connection()).actor(userId);
            if (!actor)
                return actor.error();
            auto saved = search::SavedSearches(store, actor.value()).list();
            if (!saved)
                return saved.error();
            search::Searcher searcher(store, actor.value());
            QList<Counted> out;
            for (const auto &s : std::as_const(*saved)) {
                Counted c{s};
                search::SearchRequest request;
                request.query = s.query;
                request.scope = s.scope;
                request.limit = 1;
                if (auto result = searcher.search(request)) {
                    c.caseFiles = result->caseFiles;
                    c.complete = result->complete;
                } else {
                    c.caseFiles = -1;
                }
                out.append(c);
            }
            return out;
        },
        [this, id](const Result<QList<Counted>> &result) {
            if (id != m_request)
                return;
            if (!result) {
                Q_EMIT failed(result.error().message);
                return;
            }
            const QString current =
                m_navigation->currentItem() ? m_navigation->currentItem()->data(IdRole).toString() : QString();
            const QSignalBlocker block(m_navigation);
            while (m_navigation->count() > m_firstRow)
                delete m_navigation->takeItem(m_firstRow);
            for (const auto &c : *result) {
                const QString count = c.caseFiles < 0 ? QStringLiteral("?")
                                      : c.complete    ? QLocale().toString(c.caseFiles)
                                                      : QLocale().toString(c.caseFiles) + QLatin1Char('+');
                auto *item = new QListWidgetItem(QStringLiteral("    %1 (%2)").arg(c.saved.name, count), m_navigation);
                item->setData(IdRole, c.saved.id);
                item->setData(QueryRole, c.saved.query);
                item->setData(ScopeRole, int(c.saved.scope));
                item->setData(MineRole, c.saved.mine);
                QString tip = c.saved.query;
                if (!c.saved.sharedUnitId.isEmpty())
                    tip +=
                        QLatin1Char('\n') + tr("Shared with %1 by %2").arg(c.saved.sharedUnitName, c.saved.ownerName);
                item->setToolTip(tip);
                item->setData(Qt::AccessibleTextRole,
                              tr("Saved search %1, %n case file(s)", nullptr, int(c.caseFiles)).arg(c.saved.name));
                if (c.saved.id == current)
                    m_navigation->setCurrentItem(item);
            }
            fitHeight();
            m_remove->setEnabled(isSaved(m_navigation->currentRow()) &&
                                 m_navigation->currentItem()->data(MineRole).toBool());
            Q_EMIT loaded(int(result->size()));
        });
}

void SavedSearchNav::fitHeight()
{
    const int rows = std::min(m_navigation->count(), m_firstRow + MaxVisibleRows);
    m_navigation->setFixedHeight(m_navigation->sizeHintForRow(0) * rows + 2 * m_navigation->frameWidth() + 4);
}

void SavedSearchNav::choose(int row)
{
    if (!isSaved(row))
        return;
    const QListWidgetItem *item = m_navigation->item(row);
    Q_EMIT chosen(item->data(QueryRole).toString(), search::Scope(item->data(ScopeRole).toInt()));
}

void SavedSearchNav::removeCurrent()
{
    const int row = m_navigation->currentRow();
    if (!isSaved(row) || !m_navigation->item(row)->data(MineRole).toBool())
        return;
    const QString id = m_navigation->item(row)->data(IdRole).toString();
    const QString name = m_navigation->item(row)->text().trimmed();
    if (QMessageBox::question(m_navigation->window(), tr("Remove saved search"),
                              tr("Remove the saved search “%1”? The files it finds stay as they are.").arg(name)) !=
        QMessageBox::Yes)
        return;
    runOnStore<bool>(
        this, m_store,
        [id, userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<bool> {
            auto actor = storage::OrgRepository(store->connection()).actor(userId);
            if (!actor)
                return actor.error();
            if (auto ok = search::SavedSearches(store, actor.value()).remove(id); !ok)
                return ok.error();
            return true;
        },
        [this](const Result<bool> &result) {
            if (!result) {
                Q_EMIT failed(result.error().message);
                return;
            }
            Q_EMIT message(tr("The saved search was removed."));
            reload();
        });
}

}  // namespace aw::ui
