// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

namespace aw::documents {

// One PDF, opened with Poppler (the only place Poppler is used). Safe to call from several
// threads: every Poppler call is serialised by the object's own mutex, as Poppler documents are
// not thread-safe. Bad input (encrypted, truncated, not a PDF) never crashes: open() reports it.
class PdfDocument
{
public:
    enum class Status
    {
        Ok,
        Encrypted,  // needs a password; stored but cannot be read or indexed
        Damaged,    // truncated or corrupt; Poppler cannot read it
        NotPdf,     // does not start like a PDF
    };

    struct Opened
    {
        Status status = Status::Damaged;
        QString problem;                        // translated; empty when Ok
        std::unique_ptr<PdfDocument> document;  // set when Ok
    };

    // Loads from a file (memory-mapped by Poppler, so large files do not fill memory) or from bytes.
    static Opened open(const QString &path);
    static Opened openData(const QByteArray &data);
    ~PdfDocument();

    int pageCount() const;
    QSizeF pageSize(int page) const;  // in points (1/72 inch); invalid for a bad page number

    // Renders `page` at `scale` (1.0 = 72 dpi) turned by `rotation` degrees (0, 90, 180, 270).
    // Returns a null image for a bad page number.
    QImage render(int page, double scale, int rotation = 0) const;

    QString text(int page) const;  // the page's text in reading order
    // Where `needle` occurs on `page`, case-insensitive, in points on the unrotated page.
    QList<QRectF> find(int page, const QString &needle) const;
    // The text inside `area` (points, unrotated page), for copying a selection.
    QString textIn(int page, const QRectF &area) const;

private:
    struct Private;
    explicit PdfDocument(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

}  // namespace aw::documents
