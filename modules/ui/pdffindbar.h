// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

namespace aw::ui {

// The find bar under the PDF pages: a search field, previous/next, "n of m" and a close button.
// It only asks; the viewer searches.
class PdfFindBar : public QWidget
{
    Q_OBJECT

public:
    PdfFindBar(QAction *previous, QAction *next, QWidget *parent = nullptr);

    QString text() const;
    void activate();  // shows the bar and selects the search text
    void setStatus(const QString &status);

Q_SIGNALS:
    // The text to search for changed (typing pauses briefly) or Return was pressed on a new text.
    void searchRequested(const QString &text);
    // Return on the text already searched for.
    void nextRequested();
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();

    QLineEdit *m_edit;
    QLabel *m_status;
    QToolButton *m_close;
    QTimer m_typing;
    QString m_searched;
};

}  // namespace aw::ui
