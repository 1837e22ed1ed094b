// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/searchpane.h"

#include "core/csv.h"
#include "search/savedsearches.h"
#include "search/searchindex.h"
#include "storage/orgrepository.h"
#include "ui/dates.h"
#include "ui/formdialog.h"
#include "ui/storeworker.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace aw::ui {

using core::Result;

namespace {

enum Roles
{
    TargetRole = Qt::UserRole + 1,
    FilterRole,
};

QString kindText(const search::SearchHit &hit)
{
    if (hit.objectType == QLatin1String("case_file"))
        return SearchPane::tr("Case file");
    if (hit.objectType == QLatin1String("proceeding"))
        return SearchPane::tr("Proceeding");
    return SearchPane::tr("Document");
}

// The snippet as rich text, the hits in bold.
QString markedSnippet(const search::Snippet &snippet)
{
    QString html;
    qsizetype at = 0;
    for (const auto &mark : snippet.marks) {
        html += snippet.text.mid(at, mark.start - at).toHtmlEscaped();
        html +=
            QStringLiteral("<b>") + snippet.text.mid(mark.start, mark.length).toHtmlEscaped() + QStringLiteral("</b>");
        at = mark.start + mark.length;
    }
    return html + snippet.text.mid(at).toHtmlEscaped();
}

QStringList markedWords(const search::Snippet &snippet)
{
    QStringList words;
    for (const auto &mark : snippet.marks) {
        const QString word = snippet.text.mid(mark.start, mark.length);
        if (!words.contains(word, Qt::CaseInsensitive))
            words << word;
    }
    return words;
}

}  // namespace

SearchPane::SearchPane(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_query(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_go(new QPushButton(tr("&Search"), this))
    , m_export(new QPushButton(tr("E&xport CSV …"), this))
    , m_save(new QPushButton(tr("S&ave search …"), this))
    , m_summary(new QLabel(this))
    , m_indexState(new QLabel(this))
    , m_indexProgress(new QProgressBar(this))
    , m_facets(new QTreeWidget(this))
    , m_results(new QListWidget(this))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("searchPane"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setAccessibleName(tr("Search"));
    m_query->setPlaceholderText(tr("Search all files, e.g. Wohngeld einheit:KZS von:2025 or az:12/2026"));
    m_query->setClearButtonEnabled(true);
    m_query->setToolTip(
        tr("Words find their forms (Anträge finds Antrag); \"phrase\", prefix*, OR, -exclude.\n"
           "Fields: az: (part of a reference), betreff:, einheit:, bearbeiter:, status:offen|bearbeitung|wartet|"
           "abgeschlossen,\ntyp:eingang|ausgang|intern|dokument|vorgang|akte, von: and bis: (dates), archiv:ja|nein, "
           "aktenplan:"));
    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_scope->setAccessibleName(tr("Where to search"));
    m_scope->addItem(tr("My units"), int(search::Scope::Units));
    m_scope->addItem(tr("My work"), int(search::Scope::Mine));
    m_scope->addItem(tr("Archive"), int(search::Scope::Archive));
    m_sort->setObjectName(QStringLiteral("searchSort"));
    m_sort->setAccessibleName(tr("Order of the results"));
    m_sort->addItem(tr("Best first"), int(search::Sort::Relevance));
    m_sort->addItem(tr("Newest first"), int(search::Sort::Newest));
    m_sort->addItem(tr("Oldest first"), int(search::Sort::Oldest));
    m_go->setObjectName(QStringLiteral("searchButton"));
    m_go->setAccessibleName(tr("Start the search"));
    m_go->setDefault(true);
    m_export->setObjectName(QStringLiteral("searchExport"));
    m_export->setAccessibleName(tr("Export the results as CSV"));
    m_export->setEnabled(false);
    m_save->setObjectName(QStringLiteral("searchSave"));
    m_save->setAccessibleName(tr("Save this search"));
    m_save->setToolTip(tr("Keep this search under a name in the navigation, for you or your unit"));
    m_save->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Type what you are looking for and press Enter."));
    m_indexState->setObjectName(QStringLiteral("searchIndexState"));
    m_indexState->setWordWrap(true);
    m_indexState->hide();
    m_indexProgress->setObjectName(QStringLiteral("searchIndexProgress"));
    m_indexProgress->setAccessibleName(tr("Indexing for search"));
    m_indexProgress->hide();

    m_facets->setObjectName(QStringLiteral("searchFacets"));
    m_facets->setAccessibleName(tr("Narrow the search"));
    m_facets->setHeaderLabels({tr("Narrow by"), tr("Hits")});
    m_facets->header()->setStretchLastSection(false);
    m_facets->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_facets->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_facets->setRootIsDecorated(true);
    m_facets->setToolTip(tr("Enter or a double click adds the value to the search"));

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setAlternatingRowColors(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setWordWrap(true);
    m_previous->setObjectName(QStringLiteral("searchPrevious"));
    m_previous->setAccessibleName(tr("Previous page of results"));
    m_next->setObjectName(QStringLiteral("searchNext"));
    m_next->setAccessibleName(tr("Next page of results"));
    m_previous->setEnabled(false);
    m_next->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_query, 1);
    bar->addWidget(m_scope);
    bar->addWidget(m_sort);
    bar->addWidget(m_go);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_summary, 1);
    paging->addWidget(m_previous);
    paging->addWidget(m_next);
    paging->addWidget(m_export);
    paging->addWidget(m_save);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("searchSplitter"));
    split->addWidget(m_facets);
    split->addWidget(m_results);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({230, 520});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_indexState);
    layout->addWidget(m_indexProgress);
    layout->addLayout(paging);
    layout->addWidget(split, 1);
    setTabOrder(m_query, m_scope);
    setTabOrder(m_scope, m_sort);
    setTabOrder(m_sort, m_go);
    setTabOrder(m_go, m_results);
    setTabOrder(m_results, m_facets);
    setTabOrder(m_facets, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_export);
    setTabOrder(m_export, m_save);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { run(0); });
    connect(m_go, &QPushButton::clicked, this, [this] { run(0); });
    connect(m_scope, &QComboBox::activated, this, [this] {
        if (!m_query->text().trimmed().isEmpty())
            run(0);
    });
    connect(m_sort, &QComboBox::activated, this, [this] {
        if (!m_query->text().trimmed().isEmpty())
            run(0);
    });
    connect(m_previous, &QPushButton::clicked, this, [this] { run(std::max(0, m_shown.offset - PageSize)); });
    connect(m_next, &QPushButton::clicked, this, [this] { run(m_shown.offset + PageSize); });
    connect(m_results, &QListWidget::itemActivated, this, &SearchPane::open);
    m_results->viewport()->installEventFilter(this);
    connect(m_facets, &QTreeWidget::itemActivated, this, &SearchPane::chooseFacet);
    connect(m_export, &QPushButton::clicked, this, &SearchPane::askExport);
    connect(m_save, &QPushButton::clicked, this, &SearchPane::askSave);
}

SearchPane::~SearchPane()
{
    m_stop->store(true);  // an indexing worker stops after its batch; the next start goes on
}

search::SearchRequest SearchPane::request() const
{
    search::SearchRequest r;
    r.query = m_query->text();
    r.scope = search::Scope(m_scope->currentData().toInt());
    r.sort = search::Sort(m_sort->currentData().toInt());
    r.limit = PageSize;
    return r;
}

void SearchPane::search(const QString &query)
{
    m_query->setText(query);
    run(0);
}

void SearchPane::search(const QString &query, search::Scope scope)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(int(scope))));
    search(query);
}

void SearchPane::run(int offset)
{
    search::SearchRequest r = request();
    if (r.query.trimmed().isEmpty()) {
        m_query->setFocus();
        return;
    }
    r.offset = offset;
    const quint64 id = ++m_request;
    m_summary->setText(tr("Searching …"));
    runOnStore<search::SearchResult>(
        this, m_store,
        [r, userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<search::SearchResult> {
            auto actor = storage::OrgRepository(store->connection()).actor(userId);
            if (!actor)
                return actor.error();
            return search::Searcher(store, actor.value()).search(r);
        },
        [this, id, r](const Result<search::SearchResult> &result) {
            if (id != m_request)
                return;  // a newer search is on its way
            if (!result) {
                m_summary->setText(result.error().message);
                if (result.error().code != core::Error::Code::Invalid)
                    Q_EMIT failed(result.error().message);
                return;
            }
            m_shown = r;
            show(result.value(), r.offset);
        });
}

void SearchPane::show(const search::SearchResult &result, int offset)
{
    m_result = result;
    m_results->clear();
    for (const auto &hit : result.hits) {
        auto *item = new QListWidgetItem(m_results);
        SearchTarget target;
        target.caseFileId = hit.caseFileId;
        target.proceedingId = hit.proceedingId;
        if (hit.objectType == QLatin1String("document")) {
            target.documentId = hit.objectId;
            target.page = hit.snippet.page;
            target.words = markedWords(hit.snippet);
        }
        item->setData(TargetRole, QVariant::fromValue(target));
        QStringList line{kindText(hit)};
        if (hit.objectType != QLatin1String("case_file"))
            line << hit.reference << hit.title;
        line << shortDate(hit.date);
        if (hit.snippet.page > 0)
            line << tr("page %1").arg(hit.snippet.page);
        QString html = QStringLiteral("<b>%1</b> %2%3<br><span style=\"color:palette(placeholder-text)\">%4</span>"
                                      "<br>%5")
                           .arg(hit.caseReference.toHtmlEscaped(), hit.caseSubject.toHtmlEscaped(),
                                hit.archived ? QStringLiteral(" ") + tr("(closed)").toHtmlEscaped() : QString(),
                                line.join(QStringLiteral(" · ")).toHtmlEscaped(), markedSnippet(hit.snippet));
        if (hit.otherHits > 0)
            html += QStringLiteral("<br><i>%1</i>").arg(tr("%n more hit(s) in this case file", nullptr, hit.otherHits));
        auto *label = new QLabel(html, m_results);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setMargin(6);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        item->setData(
            Qt::AccessibleTextRole,
            QStringList{hit.caseReference, hit.caseSubject, line.join(QStringLiteral(", ")), hit.snippet.text}.join(
                QStringLiteral("; ")));
        m_results->setItemWidget(item, label);
        fit(item);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);

    const qint64 files = result.caseFiles;
    QString text;
    if (files == 0)
        text = tr("No case file matches. Check the spelling, leave out a word or field, or search in another scope.");
    else if (result.complete)
        text = tr("%n case file(s) with hits", nullptr, int(std::min<qint64>(files, INT_MAX)));
    else
        text = tr("The %n newest case files with hits, of about %1 hits in all (the words are very common: add a "
                  "word or a field to see fewer)",
                  nullptr, int(std::min<qint64>(files, INT_MAX)))
                   .arg(QLocale().toString(result.estimatedObjects));
    if (files > 0)
        text += QStringLiteral(" – ") + tr("showing %1 to %2").arg(offset + 1).arg(offset + result.hits.size());
    m_summary->setText(text);
    m_previous->setEnabled(offset > 0);
    m_next->setEnabled(offset + result.hits.size() < files);
    m_export->setEnabled(files > 0);
    m_save->setEnabled(!m_userId.isEmpty());
    if (result.unindexed > 0) {
        m_indexState->setText(tr("The search index is still being built: %n object(s) are not yet found.", nullptr,
                                 int(std::min<qint64>(result.unindexed, INT_MAX))));
        m_indexState->show();
    }
    showFacets(result.facets);
    Q_EMIT searched(files);
}

// A result's text wraps at the list's width, and its row is as high as the wrapped text.
void SearchPane::fit(QListWidgetItem *item)
{
    auto *label = qobject_cast<QLabel *>(m_results->itemWidget(item));
    if (!label)
        return;
    const int width = std::max(200, m_results->viewport()->width() - 8);
    label->setFixedWidth(width);
    item->setSizeHint(QSize(width, label->heightForWidth(width)));
}

bool SearchPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_results->viewport() && event->type() == QEvent::Resize) {
        for (int row = 0; row < m_results->count(); ++row)
            fit(m_results->item(row));
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPane::showFacets(const search::Facets &facets)
{
    m_facets->clear();
    const auto group = [this](const QString &title, const QList<search::FacetValue> &values) {
        if (values.isEmpty())
            return;
        auto *top = new QTreeWidgetItem(m_facets, {title});
        top->setFlags(Qt::ItemIsEnabled);
        for (const auto &v : values) {
            auto *item = new QTreeWidgetItem(top, {v.label, QLocale().toString(v.count)});
            item->setData(0, FilterRole, v.filter);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, v.label + QLatin1Char('\n') + tr("Enter adds %1 to the search").arg(v.filter));
        }
        top->setExpanded(true);
    };
    group(tr("Unit"), facets.units);
    group(tr("File plan"), facets.nodes);
    group(tr("Year"), facets.years);
    group(tr("Status"), facets.statuses);
    group(tr("Type"), facets.types);
}

void SearchPane::chooseFacet(QTreeWidgetItem *item)
{
    const QString filter = item ? item->data(0, FilterRole).toString() : QString();
    if (filter.isEmpty())
        return;
    m_query->setText(m_query->text().trimmed() + QLatin1Char(' ') + filter);
    run(0);
}

void SearchPane::open(QListWidgetItem *item)
{
    if (item)
        Q_EMIT openRequested(item->data(TargetRole).value<SearchTarget>());
}

void SearchPane::startIndexing()
{
    if (m_indexing)
        return;
    m_indexing = true;
    QPointer<SearchPane> self(this);
    auto stop = m_stop;
    runOnStore<qint64>(
        this, m_store,
        [self, stop](const std::shared_ptr<storage::Store> &store) -> Result<qint64> {
            search::SearchIndex index(store);
            auto pending = index.pending();
            if (!pending || *pending == 0)
                return pending;
            auto done = index.update([self, stop](const search::SearchIndex::Progress &p) {
                QMetaObject::invokeMethod(
                    qApp,
                    [self, p] {
                        if (!self)
                            return;
                        self->m_indexState->setText(
                            tr("Aktenwerk is indexing the files for search (%1 of %2). Searches find what is "
                               "done so far.")
                                .arg(QLocale().toString(p.done), QLocale().toString(p.total)));
                        self->m_indexState->show();
                        self->m_indexProgress->setRange(0, 1000);
                        self->m_indexProgress->setValue(p.total ? int(p.done * 1000 / p.total) : 1000);
                        self->m_indexProgress->show();
                    },
                    Qt::QueuedConnection);
                return !stop->load();
            });
            if (!done)
                return done.error();
            return *pending;
        },
        [this](const Result<qint64> &result) {
            m_indexing = false;
            m_indexProgress->hide();
            if (!result) {
                m_indexState->setText(
                    tr("The search index could not be brought up to date: %1").arg(result.error().message));
                m_indexState->show();
                return;
            }
            m_indexState->hide();
            if (*result > 0)
                Q_EMIT message(tr("The search index is up to date."));
            Q_EMIT indexed();
        });
}

void SearchPane::askSave()
{
    // The user's units, to share with, are read first; then the dialog asks.
    const search::SearchRequest shown = m_shown;
    runOnStore<QList<storage::OrgUnit>>(
        this, m_store,
        [userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<QList<storage::OrgUnit>> {
            storage::OrgRepository org(store->connection());
            auto actor = org.actor(userId);
            if (!actor)
                return actor.error();
            auto units = org.units();
            if (!units)
                return units.error();
            QList<storage::OrgUnit> mine;
            for (const auto &u : std::as_const(*units)) {
                if (actor->isMemberOf(u.id))
                    mine.append(u);
            }
            return mine;
        },
        [this, shown](const Result<QList<storage::OrgUnit>> &units) {
            if (!units) {
                Q_EMIT failed(units.error().message);
                return;
            }
            FormDialog dialog(QStringLiteral("saveSearchDialog"), tr("Save search"), this);
            dialog.addText(tr("The search “%1” appears under this name in the navigation, with the number of case "
                              "files it finds.")
                               .arg(shown.query));
            auto *name = new QLineEdit(shown.query.left(60), &dialog);
            auto *share = new QComboBox(&dialog);
            share->addItem(tr("nobody (only me)"), QString());
            for (const auto &u : *units)
                share->addItem(tr("%1 (everyone in it)").arg(u.name), u.id);
            dialog.addField(tr("&Name:"), name, QStringLiteral("saveSearchName"), tr("Name of the search"));
            dialog.addField(tr("S&hare with:"), share, QStringLiteral("saveSearchShare"), tr("Share with"));
            dialog.setOkText(tr("&Save"));
            dialog.setCheck(
                [name] { return name->text().trimmed().isEmpty() ? tr("Give the search a name.") : QString(); });
            if (dialog.exec() != QDialog::Accepted)
                return;
            const QString title = name->text(), unit = share->currentData().toString();
            runOnStore<search::SavedSearch>(
                this, m_store,
                [shown, title, unit,
                 userId = m_userId](const std::shared_ptr<storage::Store> &store) -> Result<search::SavedSearch> {
                    auto actor = storage::OrgRepository(store->connection()).actor(userId);
                    if (!actor)
                        return actor.error();
                    return search::SavedSearches(store, actor.value()).save(title, shown.query, shown.scope, unit);
                },
                [this](const Result<search::SavedSearch> &saved) {
                    if (!saved) {
                        Q_EMIT failed(saved.error().message);
                        return;
                    }
                    Q_EMIT message(tr("The search is saved as “%1”.").arg(saved->name));
                    Q_EMIT savedChanged();
                });
        });
}

void SearchPane::askExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export search results"),
                                                      QStringLiteral("Suchergebnis.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

// Every case file with hits (up to 10,000), one line each with its best hit, written on a worker.
void SearchPane::exportCsv(const QString &path)
{
    search::SearchRequest r = m_shown;
    r.offset = 0;
    r.limit = 10000;
    const QStringList header{tr("Reference"), tr("Subject"), tr("Hit"),       tr("Hit reference"), tr("Title"),
                             tr("Date"),      tr("Page"),    tr("More hits"), tr("Closed"),        tr("Text")};
    runOnStore<int>(
        this, m_store,
        [r, userId = m_userId, path, header](const std::shared_ptr<storage::Store> &store) -> Result<int> {
            auto actor = storage::OrgRepository(store->connection()).actor(userId);
            if (!actor)
                return actor.error();
            auto result = search::Searcher(store, actor.value()).search(r);
            if (!result)
                return result.error();
            QByteArray csv = core::joinCsvLine(header).toUtf8() + "\r\n";
            for (const auto &hit : std::as_const(result->hits)) {
                csv += core::joinCsvLine({hit.caseReference, hit.caseSubject, kindText(hit), hit.reference, hit.title,
                                          hit.date.toString(Qt::ISODate),
                                          hit.snippet.page > 0 ? QString::number(hit.snippet.page) : QString(),
                                          QString::number(hit.otherHits), hit.archived ? tr("yes") : QString(),
                                          hit.snippet.text})
                           .toUtf8() +
                       "\r\n";
            }
            // All or nothing: the file appears only when it is complete.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
                return core::ioError(tr("The export could not be written to %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
            return int(result->hits.size());
        },
        [this, path](const Result<int> &result) {
            if (!result) {
                Q_EMIT failed(result.error().message);
                return;
            }
            Q_EMIT message(
                tr("%n case file(s) exported to %1.", nullptr, result.value()).arg(QDir::toNativeSeparators(path)));
        });
}

}  // namespace aw::ui
