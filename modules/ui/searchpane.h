// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searcher.h"
#include "storage/store.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace aw::ui {

// What a search hit opens: the case file, the proceeding, or the document at the page of the hit
// with the words found.
struct SearchTarget
{
    QString caseFileId;
    QString proceedingId;
    QString documentId;
    int page = 0;
    QStringList words;
};

// "Suche": one field for the query language (words, "phrases", prefix*, OR, -word, az: betreff:
// einheit: …), a scope (my work, my units, archive) and an order; results grouped by case file
// with the hits marked, page by page; facet counts that narrow the search when chosen; export of
// all results as CSV. Searches and the upkeep of the index (an older store's first indexing, with
// progress) run on workers.
class SearchPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;

    SearchPane(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent = nullptr);
    ~SearchPane() override;

    void search(const QString &query);
    void search(const QString &query, search::Scope scope);
    // Brings the index up to date (after an upgrade, or a rebuild stopped earlier), with progress.
    void startIndexing();
    bool isIndexing() const { return m_indexing; }
    void exportCsv(const QString &path);

    QLineEdit *queryField() const { return m_query; }
    QListWidget *results() const { return m_results; }
    QTreeWidget *facets() const { return m_facets; }
    QLabel *summary() const { return m_summary; }
    const search::SearchResult &result() const { return m_result; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void searched(qint64 caseFiles);
    void openRequested(const aw::ui::SearchTarget &target);
    void indexed();
    void savedChanged();
    void message(const QString &text);
    void failed(const QString &message);

private:
    search::SearchRequest request() const;
    void run(int offset);
    void show(const search::SearchResult &result, int offset);
    void showFacets(const search::Facets &facets);
    void chooseFacet(QTreeWidgetItem *item);
    void open(QListWidgetItem *item);
    void fit(QListWidgetItem *item);
    void askExport();
    void askSave();

    std::shared_ptr<storage::Store> m_store;
    QString m_userId;
    QLineEdit *m_query;
    QComboBox *m_scope;
    QComboBox *m_sort;
    QPushButton *m_go;
    QPushButton *m_export;
    QPushButton *m_save;
    QLabel *m_summary;
    QLabel *m_indexState;
    QProgressBar *m_indexProgress;
    QTreeWidget *m_facets;
    QListWidget *m_results;
    QPushButton *m_previous;
    QPushButton *m_next;
    search::SearchResult m_result;
    search::SearchRequest m_shown;
    quint64 m_request = 0;
    bool m_indexing = false;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

}  // namespace aw::ui
Q_DECLARE_METATYPE(aw::ui::SearchTarget)
