// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/folderfield.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace aw::ui {

FolderField::FolderField(const QString &name, const QString &accessibleName, const QString &dialogTitle,
                         QWidget *parent)
    : QWidget(parent)
    , m_title(dialogTitle)
    , m_edit(new QLineEdit(this))
    , m_choose(new QPushButton(tr("…"), this))
{
    setObjectName(name);
    m_edit->setObjectName(name + QStringLiteral("Edit"));
    m_edit->setAccessibleName(accessibleName);
    m_edit->setClearButtonEnabled(true);
    m_choose->setObjectName(name + QStringLiteral("Choose"));
    m_choose->setAccessibleName(tr("Choose: %1").arg(accessibleName));
    m_choose->setToolTip(tr("Choose the folder"));
    m_choose->setAutoDefault(false);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_choose);
    setFocusProxy(m_edit);
    connect(m_choose, &QPushButton::clicked, this, &FolderField::choose);
    connect(m_edit, &QLineEdit::textChanged, this, &FolderField::pathChanged);
}

QString FolderField::path() const
{
    return QDir::fromNativeSeparators(m_edit->text().trimmed());
}

void FolderField::setPath(const QString &path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
}

QString FolderField::defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void FolderField::choose()
{
    QString start = path();
    // The dialog opens at the nearest folder that exists.
    while (!start.isEmpty() && !QFileInfo(start).isDir() && QFileInfo(start).path() != start)
        start = QFileInfo(start).path();
    const QString chosen = QFileDialog::getExistingDirectory(this, m_title, start);
    if (!chosen.isEmpty())
        setPath(chosen);
}

}  // namespace aw::ui
