// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documentpanel.h"

#include "documents/pdfdocument.h"
#include "ui/dates.h"
#include "ui/imageview.h"
#include "ui/pdfview.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace aw::ui {

DocumentPanel::DocumentPanel(std::shared_ptr<storage::Store> store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_versions(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_viewer(new PdfView(this))
    , m_images(new ImageView(this))
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_open(new QPushButton(tr("Open with the system's program"), this))
    , m_fetchAgain(new QPushButton(tr("&Fetch again"), this))
    , m_detailsPage(new QWidget(this))
{
    setObjectName(QStringLiteral("documentPanel"));
    m_versions->setObjectName(QStringLiteral("versionCombo"));
    m_versions->setAccessibleName(tr("Version"));
    m_viewer->setObjectName(QStringLiteral("pdfView"));
    m_message->setObjectName(QStringLiteral("documentMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setText(tr("Select a document to see it here."));
    m_open->setObjectName(QStringLiteral("openExternallyButton"));
    m_open->setAccessibleName(tr("Open with the system's program"));
    m_details->setObjectName(QStringLiteral("documentDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *details = new QVBoxLayout(m_detailsPage);
    details->addStretch();
    details->addWidget(m_details);
    details->addWidget(m_open, 0, Qt::AlignLeft);
    details->addWidget(m_fetchAgain, 0, Qt::AlignLeft);
    m_fetchAgain->setObjectName(QStringLiteral("fetchAgainButton"));
    m_fetchAgain->setAccessibleName(tr("Fetch the contents from the central store again"));
    m_fetchAgain->hide();
    connect(m_fetchAgain, &QPushButton::clicked, this, [this] { showVersion(m_versions->currentIndex()); });
    details->addStretch();

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_viewer);
    m_stack->addWidget(m_detailsPage);
    m_stack->addWidget(m_images);
    connect(m_images, &ImageView::pagesReady, this, [this](int pages) {
        if (pages == 0)
            m_stack->setCurrentWidget(m_detailsPage);  // not an image Qt can read: details instead
    });

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Version:"), this);
    label->setBuddy(m_versions);
    top->addWidget(label);
    top->addWidget(m_versions, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_versions, &QComboBox::currentIndexChanged, this, &DocumentPanel::showVersion);
    connect(m_open, &QPushButton::clicked, this, &DocumentPanel::openWithSystem);
    clear();
}

void DocumentPanel::clear()
{
    ++m_request;
    m_row = {};
    m_localPath.clear();
    const QSignalBlocker block(m_versions);
    m_versions->clear();
    m_versions->setEnabled(false);
    m_viewer->clear();
    m_images->clear();
    m_message->setText(tr("Select a document to see it here."));
    m_stack->setCurrentWidget(m_message);
}

void DocumentPanel::showDocument(const DocumentRow &row)
{
    m_row = row;
    m_localPath.clear();
    const QSignalBlocker block(m_versions);
    m_versions->clear();
    for (const storage::DocumentVersion &v : row.versions) {
        m_versions->addItem(tr("Version %1 – %2, %3").arg(v.n).arg(shortDateTime(v.createdAt), v.fileName));
    }
    m_versions->setEnabled(row.versions.size() > 1);
    m_versions->setCurrentIndex(int(row.versions.size()) - 1);
    showVersion(m_versions->currentIndex());
}

void DocumentPanel::showFile(const QString &path, const QString &name, const QString &mime)
{
    storage::DocumentVersion version;
    version.n = 1;
    version.fileName = name;
    version.mime = mime;
    version.size = QFileInfo(path).size();
    DocumentRow row;
    row.document.title = name;
    row.versions = {version};
    m_row = row;
    m_localPath = path;
    const QSignalBlocker block(m_versions);
    m_versions->clear();
    m_versions->addItem(name);
    m_versions->setEnabled(false);
    showVersion(0);
}

QString DocumentPanel::pathOf(const storage::DocumentVersion &version) const
{
    return m_localPath.isEmpty() ? m_store->blobs().pathOf(version.sha256) : m_localPath;
}

void DocumentPanel::showVersion(int index)
{
    if (index < 0 || index >= m_row.versions.size())
        return;
    const storage::DocumentVersion version = m_row.versions.at(index);
    const quint64 request = ++m_request;
    const bool newest = index == m_row.versions.size() - 1;
    m_fetchAgain->hide();
    m_open->show();
    if (m_localPath.isEmpty())
        m_details->setText(
            tr("<b>%1</b><br>%2<br>%3 bytes<br>SHA-256 %4%5")
                .arg(version.fileName.toHtmlEscaped(), version.mime, QLocale().toString(version.size), version.sha256,
                     newest ? QStringLiteral("<br>") + DocumentModel::remarkFor(m_row.textStatus) : QString()));
    else
        m_details->setText(tr("<b>%1</b><br>%2<br>%3 bytes<br>From the submission; not filed yet.")
                               .arg(version.fileName.toHtmlEscaped(), version.mime, QLocale().toString(version.size)));
    if (m_localPath.isEmpty() && !m_store->blobs().contains(version.sha256)) {
        m_viewer->clear();
        m_images->clear();
        m_message->setText(tr("The contents of “%1” are not in this store yet (those of archived case files are "
                              "kept in the central store). Fetching them …")
                               .arg(version.fileName));
        m_stack->setCurrentWidget(m_message);
        Q_EMIT fileWanted(version.sha256);
        return;
    }
    if (version.mime.startsWith(QLatin1String("image/"))) {
        m_viewer->clear();
        m_images->showFile(pathOf(version));
        m_stack->setCurrentWidget(m_images);
        Q_EMIT versionShown(version.n);
        return;
    }
    m_images->clear();
    if (version.mime != QLatin1String("application/pdf")) {
        m_viewer->clear();
        m_stack->setCurrentWidget(m_detailsPage);
        Q_EMIT versionShown(version.n);
        return;
    }
    m_message->setText(tr("Opening “%1” …").arg(version.fileName));
    m_stack->setCurrentWidget(m_message);
    auto *watcher = new QFutureWatcher<std::shared_ptr<documents::PdfDocument::Opened>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, version] {
        watcher->deleteLater();
        if (request != m_request)
            return;  // another document or version was chosen meanwhile
        auto opened = watcher->result();
        if (opened->status != documents::PdfDocument::Status::Ok) {
            m_details->setText(m_details->text() + QStringLiteral("<br><br>") + opened->problem.toHtmlEscaped());
            m_stack->setCurrentWidget(m_detailsPage);
        } else {
            m_viewer->setDocument(std::shared_ptr<documents::PdfDocument>(std::move(opened->document)));
            m_stack->setCurrentWidget(m_viewer);
        }
        Q_EMIT versionShown(version.n);
    });
    const QString path = pathOf(version);
    watcher->setFuture(QtConcurrent::run(
        [path] { return std::make_shared<documents::PdfDocument::Opened>(documents::PdfDocument::open(path)); }));
}

void DocumentPanel::fileArrived(const QString &sha256, const QString &problem)
{
    const int index = m_versions->currentIndex();
    if (!m_localPath.isEmpty() || index < 0 || index >= m_row.versions.size() ||
        m_row.versions.at(index).sha256 != sha256)
        return;  // another document or version was chosen meanwhile
    if (problem.isEmpty()) {
        showVersion(index);
        return;
    }
    // The details, why the contents are not here, and a way to try again.
    m_details->setText(m_details->text() + QStringLiteral("<br><br>") + problem.toHtmlEscaped());
    m_open->hide();
    m_fetchAgain->show();
    m_stack->setCurrentWidget(m_detailsPage);
    Q_EMIT versionShown(m_row.versions.at(index).n);
}

void DocumentPanel::openWithSystem()
{
    const int index = m_versions->currentIndex();
    if (index < 0 || index >= m_row.versions.size())
        return;
    const storage::DocumentVersion &v = m_row.versions.at(index);
    // A copy under its own name, so the system knows its type and the original is never touched.
    const QString key = v.sha256.isEmpty() ? QString::number(qHash(m_localPath), 16) : v.sha256.left(16);
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("aktenwerk-view/") + key);
    QDir().mkpath(dir);
    const QString copy = QDir(dir).filePath(QFileInfo(v.fileName).fileName());
    if (!QFile::exists(copy))
        QFile::copy(pathOf(v), copy);
    QDesktopServices::openUrl(QUrl::fromLocalFile(copy));
}

}  // namespace aw::ui
