// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pdfpagerenderer.h"

#include <QAbstractListModel>
#include <QSizeF>

#include <memory>

namespace aw::documents {
class PdfDocument;
}

namespace aw::ui {

// One row per page for the thumbnail strip. A thumbnail is rendered only when the view asks for
// it (the rows it paints), on the thread pool; until then a blank sheet of the page's shape stands in.
class PdfThumbnailModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit PdfThumbnailModel(QObject *parent = nullptr);

    void setDocument(std::shared_ptr<documents::PdfDocument> document, const QList<QSizeF> &pageSizes);
    void setRotation(int degrees);
    QSize thumbnailBox() const { return m_box; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    PdfRenderKey keyFor(int page) const;

    PdfPageRenderer *m_renderer;
    QList<QSizeF> m_pageSizes;
    int m_rotation = 0;
    QSize m_box{96, 128};
};

}  // namespace aw::ui
