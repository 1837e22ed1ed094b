// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importcontroller.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

using aw::documents::Importer;
using Kind = aw::documents::Importer::Outcome::Kind;

namespace aw::ui {

ImportController::ImportController(std::shared_ptr<storage::Store> store, QString userId, QStatusBar *statusBar,
                                   QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_userId(userId)
    , m_dialogParent(dialogParent)
    , m_importer(new Importer(std::move(store), std::move(userId), this))
    , m_box(new QWidget(statusBar))
    , m_bar(new QProgressBar(m_box))
    , m_label(new QLabel(m_box))
    , m_cancel(new QToolButton(m_box))
{
    m_box->setObjectName(QStringLiteral("importProgress"));
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setAccessibleName(tr("Import progress"));
    m_bar->setMaximumWidth(220);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel import"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop after the files being filed now; what is filed stays."));
    auto *layout = new QHBoxLayout(m_box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    statusBar->addWidget(m_box, 1);
    m_box->hide();
    connect(m_cancel, &QToolButton::clicked, this, &ImportController::cancel);
    connect(m_importer, &Importer::progress, this, &ImportController::onProgress);
    connect(m_importer, &Importer::finished, this, &ImportController::onFinished);
}

bool ImportController::isRunning() const
{
    return m_importer->isRunning();
}

void ImportController::start(const QString &proceedingId, const QString &proceedingReference, const QStringList &paths)
{
    if (isRunning() || paths.isEmpty())
        return;
    m_proceedingId = proceedingId;
    m_reference = proceedingReference;
    m_secondPass = false;
    m_bar->setRange(0, 0);
    m_label->setText(tr("Importing into %1 …").arg(m_reference));
    m_cancel->setEnabled(true);
    m_box->show();
    m_importer->start(proceedingId, paths);
}

void ImportController::cancel()
{
    m_importer->cancel();
    m_cancel->setEnabled(false);
    m_label->setText(tr("Stopping after the current files …"));
}

void ImportController::onProgress(int done, int total, const QString &current)
{
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    m_bar->setFormat(tr("%1 of %2").arg(done).arg(total));
    if (!current.isEmpty())
        m_label->setText(tr("Importing %1 …").arg(QFileInfo(current).fileName()));
}

void ImportController::onFinished(const Importer::Summary &summary)
{
    if (!m_secondPass && summary.duplicates > 0 && !summary.cancelled) {
        QStringList again;
        for (const auto &o : summary.outcomes) {
            if (o.kind == Kind::Duplicate)
                again << o.path;
        }
        const bool add =
            m_unattended
                ? m_addDuplicates
                : QMessageBox::question(m_dialogParent, tr("Already in this proceeding"),
                                        tr("%n file(s) have the same content as documents already "
                                           "in %1. Add them as new documents anyway?",
                                           nullptr, int(again.size()))
                                            .arg(m_reference),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        if (add) {
            m_firstPass = summary;
            m_secondPass = true;
            m_importer->start(m_proceedingId, again, casework::DocumentFiling::Duplicates::AddAsNewDocument);
            return;
        }
    }
    Importer::Summary total = summary;
    if (m_secondPass) {
        // The first pass counted these as duplicates; the second filed them.
        total = m_firstPass;
        total.duplicates -= summary.imported + summary.failed;
        total.imported += summary.imported;
        total.failed += summary.failed;
        total.pages += summary.pages;
        total.outcomes += summary.outcomes;
    }
    m_box->hide();
    report(total);
    Q_EMIT finished(m_proceedingId, total);
}

void ImportController::report(const Importer::Summary &summary)
{
    QString text = tr("Imported into %1: %n document(s)", nullptr, summary.imported).arg(m_reference);
    if (summary.newVersions > 0)
        text += QLatin1Char('\n') + tr("New versions of existing documents: %1").arg(summary.newVersions);
    if (summary.duplicates > 0)
        text += QLatin1Char('\n') + tr("Skipped, already in the proceeding: %1").arg(summary.duplicates);
    if (summary.cancelled)
        text += QLatin1Char('\n') + tr("The import was cancelled; the files filed until then are kept.");
    QStringList details;
    for (const auto &o : summary.outcomes) {
        if (o.kind == Kind::Failed || !o.message.isEmpty())
            details << QFileInfo(o.path).fileName() + QStringLiteral(": ") + o.message;
    }
    if (summary.failed > 0)
        text += QLatin1Char('\n') + tr("Not imported: %1 (see details)").arg(summary.failed);
    if (m_unattended)
        return;
    QMessageBox box(summary.failed > 0 ? QMessageBox::Warning : QMessageBox::Information, tr("Import finished"), text,
                    QMessageBox::Ok, m_dialogParent);
    box.setObjectName(QStringLiteral("importSummary"));
    if (!details.isEmpty())
        box.setDetailedText(details.join(QLatin1Char('\n')));
    box.exec();
}

}  // namespace aw::ui
