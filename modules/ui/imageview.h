// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QScrollArea>

class QVBoxLayout;

namespace aw::ui {

// Shows a scanned image (PNG, JPEG, TIFF with all its pages) as pages one below the other,
// fitted to the width. The file is decoded on a worker; large scans are scaled down while
// decoding, so memory stays bounded.
class ImageView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ImageView(QWidget *parent = nullptr);

    void showFile(const QString &path);
    void clear();
    int pageCount() const { return int(m_pages.size()); }

Q_SIGNALS:
    void pagesReady(int pages);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutPages();

    QWidget *m_canvas;
    QVBoxLayout *m_layout;
    QList<QImage> m_pages;
    quint64 m_request = 0;
};

}  // namespace aw::ui
