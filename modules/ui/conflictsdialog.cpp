// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conflictsdialog.h"

#include "storage/records.h"
#include "ui/proceedingmodel.h"
#include "ui/storeworker.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace aw::ui {

namespace {

enum Column
{
    Record,
    Field,
    Mine,
    Theirs,
    Choice,
};

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("aw::ui::ConflictsDialog", "Subject")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("aw::ui::ConflictsDialog", "Status")},
        {QStringLiteral("due_at"), QT_TRANSLATE_NOOP("aw::ui::ConflictsDialog", "Due date")},
        {QStringLiteral("assignee"), QT_TRANSLATE_NOOP("aw::ui::ConflictsDialog", "Assigned to")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("aw::ui::ConflictsDialog", "Title")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("aw::ui::ConflictsDialog", "Direction")},
        {QStringLiteral("disposal"), QT_TRANSLATE_NOOP("aw::ui::ConflictsDialog", "Disposal")},
        {QStringLiteral("retention_until"), QT_TRANSLATE_NOOP("aw::ui::ConflictsDialog", "Retain until")},
        {QStringLiteral("closed_at"), QT_TRANSLATE_NOOP("aw::ui::ConflictsDialog", "Closed on")},
        {QStringLiteral("parent"), QT_TRANSLATE_NOOP("aw::ui::ConflictsDialog", "Filed in")},
    };
    const auto it = labels.find(field);
    return it == labels.end() ? field : ConflictsDialog::tr(it.value());
}

QString recordKind(const QString &type)
{
    if (type == QLatin1String("case_file"))
        return ConflictsDialog::tr("Case file");
    if (type == QLatin1String("proceeding"))
        return ConflictsDialog::tr("Proceeding");
    if (type == QLatin1String("document"))
        return ConflictsDialog::tr("Document");
    return type;
}

// A value as the user reads it elsewhere: statuses in words, dates and times in the locale's form.
QString shown(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || value.toString().isEmpty())
        return ConflictsDialog::tr("(empty)");
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    if (field == QLatin1String("status")) {
        storage::ProceedingStatus status{};
        if (storage::statusFromName(text, &status))
            return ProceedingModel::statusTitle(status);
    }
    if (field.endsWith(QLatin1String("_at")) || field.endsWith(QLatin1String("_until"))) {
        const QLocale locale;
        if (const QDateTime at = storage::dateTimeFromStored(text); at.isValid() && text.size() > 10)
            return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
        if (const QDate date = storage::dateFromStored(text); date.isValid())
            return locale.toString(date, QLocale::ShortFormat);
    }
    return text;
}

}  // namespace

ConflictsDialog::ConflictsDialog(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Sync conflicts"));
    auto *intro =
        new QLabel(tr("Someone else changed these fields in the central store while you changed them here. "
                      "Choose per field which value applies (tick: keep mine; Space switches); yours stays until you "
                      "decide."),
                   this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Record"), tr("Field"), tr("Mine"), tr("Central store"), tr("Applies")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Mine, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(Theirs, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Conflicts"));
    // The choice follows its tick, whether set by mouse or by Space on the current row.
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == Choice)
            setKeepMine(item, item->checkState(Choice) == Qt::Checked);
    });
    auto *toggle = new QShortcut(QKeySequence(Qt::Key_Space), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toggle, &QShortcut::activated, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            setKeepMine(item, item->checkState(Choice) != Qt::Checked);
    });
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Apply choices"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyConflictChoices"));
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &ConflictsDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 380);
    load();
}

void ConflictsDialog::load()
{
    m_status->setText(tr("Loading …"));
    runOnStore<QList<sync::SyncConflict>>(
        this, m_store,
        [](const std::shared_ptr<storage::Store> &store) { return sync::Synchronizer::conflicts(store->connection()); },
        [this](const core::Result<QList<sync::SyncConflict>> &conflicts) {
            if (!conflicts) {
                m_status->setText(conflicts.error().message);
                return;
            }
            fill(conflicts.value());
        });
}

void ConflictsDialog::fill(const QList<sync::SyncConflict> &conflicts)
{
    m_conflicts = conflicts;
    m_list->clear();
    for (const sync::SyncConflict &c : conflicts) {
        for (const QString &field : c.fields) {
            auto *item = new QTreeWidgetItem(m_list, {recordKind(c.objectType) + QLatin1Char(' ') + c.label,
                                                      fieldLabel(field), shown(field, c.mine.value(field)),
                                                      shown(field, c.theirs.value(field)), QString()});
            item->setData(Record, Qt::UserRole, c.objectId);
            item->setToolTip(Mine, item->text(Mine));
            item->setToolTip(Theirs, item->text(Theirs));
            item->setData(Field, Qt::UserRole, field);
            // Mine is kept unless the user unticks it (click, or Space on the row).
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            setKeepMine(item, true);
        }
    }
    m_apply->setEnabled(!conflicts.isEmpty());
    m_status->setText(conflicts.isEmpty() ? tr("There are no conflicts.") : QString());
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    Q_EMIT loaded(int(conflicts.size()));
}

void ConflictsDialog::setKeepMine(QTreeWidgetItem *item, bool keep)
{
    const QSignalBlocker quiet(m_list);
    item->setCheckState(Choice, keep ? Qt::Checked : Qt::Unchecked);
    item->setText(Choice, keep ? tr("Keep mine") : tr("Take the central store's"));
}

void ConflictsDialog::apply()
{
    // Per record, the fields whose own value is kept.
    QHash<QString, QStringList> keep;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString id = item->data(Record, Qt::UserRole).toString();
        keep[id];
        if (item->checkState(Choice) == Qt::Checked)
            keep[id] << item->data(Field, Qt::UserRole).toString();
    }
    m_apply->setEnabled(false);
    m_status->setText(tr("Applying …"));
    const QString userId = m_userId;
    runOnStore<int>(
        this, m_store,
        [keep, userId](const std::shared_ptr<storage::Store> &store) -> core::Result<int> {
            int done = 0;
            for (auto it = keep.begin(); it != keep.end(); ++it) {
                if (auto ok = sync::Synchronizer::resolve(store->connection(), userId, it.key(), it.value()); !ok)
                    return ok.error();
                ++done;
            }
            return done;
        },
        [this](const core::Result<int> &done) {
            if (!done) {
                ++m_resolved;  // some may be settled: the caller syncs
                load();        // shows what is left
                m_status->setText(done.error().message);
                return;
            }
            m_resolved += done.value();
            Q_EMIT applied();
            accept();
        });
}

}  // namespace aw::ui
