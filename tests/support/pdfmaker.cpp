// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pdfmaker.h"

#include "documents/textpdf.h"

#include <QBuffer>
#include <QFile>
#include <QList>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace aw::test {

QByteArray makePdf(const QStringList &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(11);
    painter.setFont(font);
    const QRect area = painter.viewport().adjusted(200, 200, -200, -200);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(area, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, pages.at(i));
    }
    painter.end();
    return bytes;
}

QByteArray makeTextPdf(const QStringList &lines, int linesPerPage)
{
    return documents::textPdf(lines, linesPerPage);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.flush();
}

}  // namespace aw::test
