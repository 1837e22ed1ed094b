// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/textpdf.h"

#include <QList>

namespace aw::documents {

QByteArray textPdf(const QStringList &lines, int linesPerPage)
{
    linesPerPage = qMax(1, linesPerPage);
    const int pages = qMax(1, int((lines.size() + linesPerPage - 1) / linesPerPage));
    QByteArray pdf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QList<qint64> offsets;
    auto object = [&](const QByteArray &body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    // Objects: 1 catalog, 2 page tree, 3 font, then per page: the page and its contents.
    QByteArray kids;
    for (int p = 0; p < pages; ++p)
        kids += QByteArray::number(4 + 2 * p) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    for (int p = 0; p < pages; ++p) {
        QByteArray content("BT /F1 11 Tf 14 TL 70 790 Td\n");
        for (qsizetype l = qsizetype(p) * linesPerPage; l < qsizetype(p + 1) * linesPerPage && l < lines.size(); ++l) {
            QByteArray text = lines.at(l).toLatin1();
            text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
            content += '(' + text + ") Tj T*\n";
        }
        content += "ET";
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
               "/Contents " +
               QByteArray::number(5 + 2 * p) + " 0 R >>");
        object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    }
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

}  // namespace aw::documents
