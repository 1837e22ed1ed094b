// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pdfthumbnailmodel.h"

#include "documents/pdfdocument.h"

#include <QPainter>

#include <algorithm>

namespace aw::ui {

PdfThumbnailModel::PdfThumbnailModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_renderer(new PdfPageRenderer(32 * 1024 * 1024, 1, this))
{
    connect(m_renderer, &PdfPageRenderer::rendered, this, [this](const PdfRenderKey &key) {
        if (key.page < rowCount() && key == keyFor(key.page))
            Q_EMIT dataChanged(index(key.page), index(key.page), {Qt::DecorationRole});
    });
}

void PdfThumbnailModel::setDocument(std::shared_ptr<documents::PdfDocument> document, const QList<QSizeF> &pageSizes)
{
    beginResetModel();
    m_renderer->setDocument(std::move(document));
    m_pageSizes = pageSizes;
    endResetModel();
}

void PdfThumbnailModel::setRotation(int degrees)
{
    if (degrees == m_rotation)
        return;
    m_rotation = degrees;
    m_renderer->dropStale();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

int PdfThumbnailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pageSizes.size());
}

PdfRenderKey PdfThumbnailModel::keyFor(int page) const
{
    QSizeF size = m_pageSizes.at(page);
    if (m_rotation % 180 != 0)
        size.transpose();
    const double scale = std::min(m_box.width() / size.width(), m_box.height() / size.height());
    return {page, m_rotation, std::max(1, qRound(scale * 1000.0))};
}

QVariant PdfThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int page = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(page + 1);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("Page %1").arg(page + 1);
    case Qt::DecorationRole: {
        const PdfRenderKey key = keyFor(page);
        if (const QImage *image = m_renderer->cached(key))
            return *image;
        // Asked for by the view because the row is painted: that is the moment to render it.
        m_renderer->request(key);
        QSizeF size = m_pageSizes.at(page);
        if (m_rotation % 180 != 0)
            size.transpose();
        QImage blank((size * key.scale()).toSize().expandedTo({1, 1}), QImage::Format_RGB32);
        blank.fill(Qt::white);
        QPainter painter(&blank);
        painter.setPen(QColor(190, 190, 190));
        painter.drawRect(blank.rect().adjusted(0, 0, -1, -1));
        return blank;
    }
    default:
        return {};
    }
}

}  // namespace aw::ui
