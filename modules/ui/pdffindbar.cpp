// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pdffindbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace aw::ui {

PdfFindBar::PdfFindBar(QAction *previous, QAction *next, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("pdfFindBar"));
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setAccessibleName(tr("Find in document"));
    m_edit->setPlaceholderText(tr("Find in document"));
    m_edit->setClearButtonEnabled(true);

    auto *previousButton = new QToolButton(this);
    previousButton->setObjectName(QStringLiteral("findPreviousButton"));
    previousButton->setDefaultAction(previous);
    previousButton->setAccessibleName(tr("Previous match"));
    previousButton->setFocusPolicy(Qt::TabFocus);
    auto *nextButton = new QToolButton(this);
    nextButton->setObjectName(QStringLiteral("findNextButton"));
    nextButton->setDefaultAction(next);
    nextButton->setAccessibleName(tr("Next match"));
    nextButton->setFocusPolicy(Qt::TabFocus);

    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000 0000")));

    m_close->setObjectName(QStringLiteral("findCloseButton"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    m_close->setFocusPolicy(Qt::TabFocus);
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previousButton);
    layout->addWidget(nextButton);
    layout->addWidget(m_status);
    layout->addWidget(m_close);
    setFocusProxy(m_edit);

    m_typing.setSingleShot(true);
    m_typing.setInterval(300);
    connect(&m_typing, &QTimer::timeout, this, [this] {
        if (m_edit->text() != m_searched) {
            m_searched = m_edit->text();
            Q_EMIT searchRequested(m_searched);
        }
    });
    connect(m_edit, &QLineEdit::textEdited, &m_typing, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &PdfFindBar::submit);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

QString PdfFindBar::text() const
{
    return m_edit->text();
}

void PdfFindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void PdfFindBar::setStatus(const QString &status)
{
    m_status->setText(status);
}

void PdfFindBar::submit()
{
    m_typing.stop();
    if (m_edit->text() == m_searched) {
        Q_EMIT nextRequested();
        return;
    }
    m_searched = m_edit->text();
    Q_EMIT searchRequested(m_searched);
}

void PdfFindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace aw::ui
