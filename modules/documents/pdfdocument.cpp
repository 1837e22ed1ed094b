// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/pdfdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QVariant>
#include <poppler-qt6.h>

#include <cmath>
#include <mutex>

namespace aw::documents {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::documents::PdfDocument)
};

Q_LOGGING_CATEGORY(lcPoppler, "aktenwerk.documents.poppler", QtWarningMsg)

// A PDF may have up to 1024 bytes of junk before its header (PDF 1.7, annex H).
constexpr qsizetype HeaderWindow = 1024;
// Bounds the memory of one rendered image (4 bytes a pixel): 100 megapixels are 400 MB.
constexpr double MaxPixels = 100.0 * 1000.0 * 1000.0;
// QPainter and the raster engine work with coordinates below 2^15 on each side.
constexpr double MaxSide = 32767.0;

bool looksLikePdf(const QByteArray &head)
{
    return head.left(HeaderWindow).contains("%PDF-");
}

// Poppler writes every syntax error of a damaged file to stderr; route it to a category that is
// silent unless asked for, so broken input does not flood the log.
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { qCDebug(lcPoppler).noquote() << message; }, QVariant());
    });
}

Poppler::Page::Rotation toRotation(int degrees)
{
    // Any angle is snapped to the nearest quarter turn, so -90 is 270 and 100 is 90.
    int quarter = int(std::lround(double(degrees % 360) / 90.0)) % 4;
    if (quarter < 0)
        quarter += 4;
    switch (quarter) {
    case 1:
        return Poppler::Page::Rotate90;
    case 2:
        return Poppler::Page::Rotate180;
    case 3:
        return Poppler::Page::Rotate270;
    default:
        return Poppler::Page::Rotate0;
    }
}

PdfDocument::Opened failure(PdfDocument::Status status, const QString &problem)
{
    PdfDocument::Opened opened;
    opened.status = status;
    opened.problem = problem;
    return opened;
}

QString notPdfProblem(bool empty)
{
    return empty ? Text::tr("The file is empty; it is not a PDF document.")
                 : Text::tr("The file is not a PDF document (it does not start like one); it was stored but cannot "
                            "be shown or searched.");
}

QString damagedProblem()
{
    return Text::tr("The PDF is damaged or incomplete and cannot be read; it was stored but cannot be shown or "
                    "searched. Ask the sender for a new copy.");
}

}  // namespace

struct PdfDocument::Private
{
    mutable QMutex mutex;
    std::unique_ptr<Poppler::Document> document;

    // Call with the mutex held.
    std::unique_ptr<Poppler::Page> page(int number) const
    {
        if (number < 0 || number >= document->numPages())
            return nullptr;
        return document->page(number);
    }

    // A nested class may use PdfDocument's private constructor.
    static Opened adopt(std::unique_ptr<Poppler::Document> document)
    {
        auto d = std::make_unique<Private>();
        d->document = std::move(document);
        Opened opened;
        opened.status = Status::Ok;
        opened.document.reset(new PdfDocument(std::move(d)));
        return opened;
    }
};

PdfDocument::PdfDocument(std::unique_ptr<Private> d)
    : d(std::move(d))
{}

PdfDocument::~PdfDocument() = default;

namespace {

// Shared by both ways of opening: what is wrong with what Poppler made of the bytes, or an empty
// problem when the document is usable (then its render hints are set).
PdfDocument::Opened classify(Poppler::Document *document)
{
    if (!document)
        return failure(PdfDocument::Status::Damaged, damagedProblem());
    if (document->isLocked())
        return failure(PdfDocument::Status::Encrypted,
                       Text::tr("The PDF is protected by a password; it was stored but cannot be shown or searched."));
    const int pages = document->numPages();
    if (pages <= 0)
        return failure(PdfDocument::Status::Damaged, damagedProblem());
    // Poppler repairs broken cross-reference tables, but a page tree it cannot follow yields
    // missing pages; such a file is treated as damaged rather than shown with holes.
    for (int i = 0; i < pages; ++i) {
        if (!document->page(i))
            return failure(PdfDocument::Status::Damaged, damagedProblem());
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    return {};
}

}  // namespace

PdfDocument::Opened PdfDocument::open(const QString &path)
{
    routePopplerMessages();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Status::Damaged, Text::tr("The file %1 could not be read: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(HeaderWindow);
    const bool empty = file.size() == 0;
    file.close();
    if (!looksLikePdf(head))
        return failure(Status::NotPdf, notPdfProblem(empty));
    auto document = Poppler::Document::load(path);
    Opened problem = classify(document.get());
    return problem.problem.isEmpty() ? Private::adopt(std::move(document)) : std::move(problem);
}

PdfDocument::Opened PdfDocument::openData(const QByteArray &data)
{
    routePopplerMessages();
    if (!looksLikePdf(data))
        return failure(Status::NotPdf, notPdfProblem(data.isEmpty()));
    // Poppler keeps a (shallow) copy of the bytes for the document's lifetime.
    auto document = Poppler::Document::loadFromData(data);
    Opened problem = classify(document.get());
    return problem.problem.isEmpty() ? Private::adopt(std::move(document)) : std::move(problem);
}

int PdfDocument::pageCount() const
{
    QMutexLocker lock(&d->mutex);
    return d->document->numPages();
}

QSizeF PdfDocument::pageSize(int page) const
{
    QMutexLocker lock(&d->mutex);
    const auto p = d->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

QImage PdfDocument::render(int page, double scale, int rotation) const
{
    if (!std::isfinite(scale) || scale <= 0.0)
        return {};
    QMutexLocker lock(&d->mutex);
    const auto p = d->page(page);
    if (!p)
        return {};
    const QSizeF size = p->pageSizeF();
    if (size.isEmpty())
        return {};
    // Cap the output so that a giant page (or a huge scale) cannot exhaust memory.
    double width = size.width() * scale;
    double height = size.height() * scale;
    if (width * height > MaxPixels) {
        const double shrink = std::sqrt(MaxPixels / (width * height));
        scale *= shrink;
        width *= shrink;
        height *= shrink;
    }
    if (width > MaxSide || height > MaxSide) {
        const double shrink = MaxSide / std::max(width, height);
        scale *= shrink;
    }
    const double dpi = 72.0 * scale;
    return p->renderToImage(dpi, dpi, -1, -1, -1, -1, toRotation(rotation));
}

QString PdfDocument::text(int page) const
{
    QMutexLocker lock(&d->mutex);
    const auto p = d->page(page);
    return p ? p->text(QRectF()) : QString();
}

QList<QRectF> PdfDocument::find(int page, const QString &needle) const
{
    if (needle.trimmed().isEmpty())
        return {};
    QMutexLocker lock(&d->mutex);
    const auto p = d->page(page);
    return p ? p->search(needle, Poppler::Page::IgnoreCase) : QList<QRectF>();
}

QString PdfDocument::textIn(int page, const QRectF &area) const
{
    // An empty rectangle would mean "the whole page" to Poppler, not "nothing".
    if (!area.isValid() || area.isEmpty())
        return {};
    QMutexLocker lock(&d->mutex);
    const auto p = d->page(page);
    return p ? p->text(area) : QString();
}

}  // namespace aw::documents
