// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fileintodialog.h"

#include "casework/casefileservice.h"
#include "ui/storeworker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace aw::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ReferenceRole = Qt::UserRole + 2;
constexpr int Limit = 50;
}  // namespace

FileIntoDialog::FileIntoDialog(std::shared_ptr<storage::Store> store, QString userId, const QString &subject,
                               QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_subjectLabel(new QLabel(tr("&New proceeding:"), this))
    , m_subject(new QLineEdit(subject, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("fileIntoDialog"));
    setWindowTitle(tr("File into a case file"));
    resize(620, 460);

    m_search->setObjectName(QStringLiteral("caseFileSearch"));
    m_search->setAccessibleName(tr("Search case files"));
    m_search->setPlaceholderText(tr("Reference or subject, e.g. 5.4-12/2026 or Müller"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("caseFileResults"));
    m_results->setAccessibleName(tr("Matching case files"));
    m_results->setAlternatingRowColors(true);
    m_hint->setObjectName(QStringLiteral("caseFileHint"));
    m_hint->setWordWrap(true);
    m_subject->setObjectName(QStringLiteral("proceedingSubject"));
    m_subject->setAccessibleName(tr("Subject of the new proceeding"));
    m_buttons->setObjectName(QStringLiteral("fileIntoButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&File"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("fileIntoOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("File"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("fileIntoCancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    form->addRow(searchLabel, m_search);
    auto *resultsLabel = new QLabel(tr("&Case file:"), this);
    resultsLabel->setBuddy(m_results);
    form->addRow(resultsLabel, m_results);
    form->addRow(QString(), m_hint);
    m_subjectLabel->setBuddy(m_subject);
    form->addRow(m_subjectLabel, m_subject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);

    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &FileIntoDialog::search);
    connect(m_search, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::currentRowChanged, this, &FileIntoDialog::updateOk);
    connect(m_subject, &QLineEdit::textChanged, this, &FileIntoDialog::updateOk);
    connect(m_results, &QListWidget::itemActivated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    search();
}

void FileIntoDialog::useForMove(const QString &proceedingReference, const QString &currentCaseFileId)
{
    setObjectName(QStringLiteral("moveProceedingDialog"));
    setWindowTitle(tr("Move proceeding %1").arg(proceedingReference));
    m_excluded = currentCaseFileId;
    m_subjectLabel->hide();
    m_subject->hide();
    m_subject->clear();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Move"));
    ok->setAccessibleName(tr("Move"));
    search();
}

QString FileIntoDialog::caseFileId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

QString FileIntoDialog::caseFileReference() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(ReferenceRole).toString() : QString();
}

QString FileIntoDialog::subject() const
{
    return m_subject->text().trimmed();
}

void FileIntoDialog::search()
{
    const quint64 request = ++m_request;
    m_hint->setText(tr("Searching …"));
    runOnStore<QList<storage::CaseFile>>(
        this, m_store,
        [text = m_search->text(), userId = m_userId](const std::shared_ptr<storage::Store> &store) {
            return casework::CaseFileService({store, userId}).findForFiling(text, Limit);
        },
        [this, request](const core::Result<QList<storage::CaseFile>> &files) {
            if (request != m_request)
                return;
            m_results->clear();
            if (!files) {
                m_hint->setText(files.error().message);
                return;
            }
            for (const storage::CaseFile &f : files.value()) {
                if (f.id == m_excluded)
                    continue;
                auto *item = new QListWidgetItem(tr("%1 – %2").arg(f.reference, f.subject), m_results);
                item->setData(IdRole, f.id);
                item->setData(ReferenceRole, f.reference);
            }
            const int shown = m_results->count();
            if (shown == 0)
                m_hint->setText(tr("No open case file that you may add to matches."));
            else if (files->size() >= Limit)
                m_hint->setText(tr("The newest %1 matches are shown; type more to narrow the search.").arg(Limit));
            else
                m_hint->setText(tr("%n open case file(s) match.", nullptr, shown));
            if (shown > 0)
                m_results->setCurrentRow(0);
            updateOk();
            Q_EMIT resultsShown(shown);
        });
}

void FileIntoDialog::updateOk()
{
    const bool moving = !m_excluded.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!caseFileId().isEmpty() && (moving || !subject().isEmpty()));
}

}  // namespace aw::ui
