// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/letter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QPen>
#include <QRegularExpression>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <vector>

using aw::core::Result;

namespace aw::documents {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::documents::Letter)
};

// The printed wording of a letter is German whatever language the user interface speaks: these
// are official letters of a German authority, so they are constants here, not tr() texts.
const QString kReferenceLabel = QStringLiteral("Aktenzeichen");
const QString kDateLabel = QStringLiteral("Datum");
const QString kPhoneLabel = QStringLiteral("Telefon");
const QString kEmailLabel = QStringLiteral("E-Mail");
const QString kHoursLabel = QStringLiteral("Sprechzeiten");
const QString kPageOf = QStringLiteral("Seite %1 von %2");
const QString kDateFormat = QStringLiteral("dd.MM.yyyy");

// ---- placeholders ----

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_');
}

// Only spaces and tabs may surround a key: a line break inside braces is a template mistake.
QStringView trimBlanks(QStringView text)
{
    auto blank = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
    while (!text.isEmpty() && blank(text.front()))
        text = text.mid(1);
    while (!text.isEmpty() && blank(text.back()))
        text.chop(1);
    return text;
}

int lineAt(const QString &text, qsizetype position)
{
    return int(QStringView(text).left(position).count(QLatin1Char('\n'))) + 1;
}

// A short piece of the template for an error message, so a long paragraph is not quoted whole.
QString excerpt(const QString &text, qsizetype from)
{
    constexpr qsizetype maxLength = 30;
    QString piece = text.mid(from, maxLength).section(QLatin1Char('\n'), 0, 0);
    if (from + piece.size() < text.size())
        piece += QChar(0x2026);
    return piece;
}

// ---- layout ----

// DIN 5008 form B, in millimetres from the top left corner of an A4 page.
constexpr double kTextLeft = 25.0;
constexpr double kTextRight = 190.0;
constexpr double kAddressLeft = 20.0;
constexpr double kAddressTop = 45.0;
constexpr double kAddressWidth = 85.0;
constexpr double kAddressHeight = 45.0;
constexpr double kNoticeZone = 17.7;  // sender line and postal notes above the address proper
constexpr double kInfoLeft = 125.0;
constexpr double kInfoTop = 50.0;
constexpr double kHeadTop = 12.0;
constexpr double kFirstBodyTop = 98.5;
constexpr double kNextBodyTop = 25.0;
constexpr double kBodyBottom = 272.0;
constexpr double kFooterTop = 280.0;

const QString kFontFamily = QStringLiteral("DejaVu Sans");

QFont letterFont(double points)
{
    QFont font(kFontFamily);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    return font;
}

QString escapedLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed().toHtmlEscaped();
    return lines.join(QLatin1String("<br/>"));
}

// A laid-out piece of rich text on the writer's coordinates (device pixels).
std::unique_ptr<QTextDocument> layoutHtml(QPaintDevice *device, const QString &html, double width, double points)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(letterFont(points));
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    doc->setHtml(html);
    doc->setTextWidth(width);
    // Layout is lazy: asking for the size finishes it, so every block's lines exist for pagination.
    doc->size();
    return doc;
}

void drawWhole(QPainter &painter, QTextDocument &doc, QPointF origin)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.save();
    painter.translate(origin);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

// Draws the lines of `doc` that lie inside [from, to) (document coordinates) at `origin`, one by
// one. Clipping would not do: the text cut off would still be in the PDF, found by search and text
// extraction on the wrong page (and the layout's own clip draws one line too many).
void drawSlice(QPainter &painter, QTextDocument &doc, QPointF origin, double from, double to)
{
    painter.save();
    painter.setPen(Qt::black);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QPointF position = layout->position();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const double top = position.y() + line.y();
            if (top >= from && top < to)  // a line belongs to the page its top is on
                line.draw(&painter, origin + QPointF(position.x(), position.y() - from));
        }
    }
    painter.restore();
}

// Where a page may end: after the line ending at `end`; the next page starts at `nextStart`.
struct Break
{
    double end = 0;
    double nextStart = 0;
    bool good = true;  // false where it would leave a single line of a paragraph alone
};

std::vector<Break> breaksOf(QTextDocument &doc)
{
    struct Line
    {
        double top, bottom;
        int blockNumber, index, count;
    };
    std::vector<Line> lines;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const double top = layout->position().y();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines.push_back(
                {top + line.y(), top + line.y() + line.height(), block.blockNumber(), i, layout->lineCount()});
        }
    }
    const int lastBlock = doc.blockCount() - 1;
    std::vector<Break> breaks;
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
        const Line &line = lines[i];
        const bool sameBlock = lines[i + 1].blockNumber == line.blockNumber;
        // No orphans or widows; the closing and the signatory stay together.
        const bool good =
            !sameBlock || (line.blockNumber != lastBlock && line.index >= 1 && line.index <= line.count - 3);
        breaks.push_back({line.bottom, lines[i + 1].top, good});
    }
    return breaks;
}

// Cuts the body into page slices [from, to): the first page has less room than the others.
std::vector<std::pair<double, double>> paginate(QTextDocument &doc, double firstHeight, double nextHeight)
{
    const std::vector<Break> breaks = breaksOf(doc);
    const double total = doc.size().height();
    std::vector<std::pair<double, double>> slices;
    double from = 0;
    while (true) {
        const double room = slices.empty() ? firstHeight : nextHeight;
        if (total - from <= room) {
            slices.emplace_back(from, total);
            return slices;
        }
        const Break *good = nullptr;
        const Break *any = nullptr;
        for (const Break &b : breaks) {
            if (b.end <= from || b.end > from + room)
                continue;
            any = &b;
            if (b.good)
                good = &b;
        }
        const Break *chosen = good ? good : any;
        if (!chosen) {  // a single line taller than a page: cannot happen with our fonts, but end
            slices.emplace_back(from, from + room);
            from += room;
            continue;
        }
        slices.emplace_back(from, chosen->end);
        from = chosen->nextStart;
    }
}

QString bodyHtml(const QString &subject, const QString &body, const QString &closing, const QString &signatory)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p style=\"margin-top:0px; margin-bottom:30px;\"><b>") % escapedLines(subject) %
            QStringLiteral("</b></p>");
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n[ \\t]*\\n"));
    QString normalised = body;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList paragraphs = normalised.split(paragraphBreak, Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<p style=\"margin-top:0px; margin-bottom:15px;\">") %
                escapedLines(paragraph.trimmed()) % QStringLiteral("</p>");
    }
    // Room for a handwritten signature between the closing and the printed name.
    html += QStringLiteral("<p style=\"margin-top:0px; margin-bottom:0px;\">") % escapedLines(closing) %
            QStringLiteral("<br/><br/><br/>") % escapedLines(signatory) % QStringLiteral("</p>");
    html += QStringLiteral("</body></html>");
    return html;
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            kept << part.trimmed().toHtmlEscaped();
    return kept.join(separator);
}

QString letterheadHtml(const Letterhead &head)
{
    QString html = QStringLiteral("<div align=\"right\">");
    html += QStringLiteral("<span style=\"font-size:15pt; font-weight:bold;\">") % escapedLines(head.authority) %
            QStringLiteral("</span><br/>");
    if (!head.unit.trimmed().isEmpty())
        html += QStringLiteral("<span style=\"font-size:11pt;\">") % escapedLines(head.unit) %
                QStringLiteral("</span><br/>");
    html += QStringLiteral("<span style=\"font-size:8pt; color:#444444;\">") %
            joinNonEmpty({head.street, head.city}, QStringLiteral("<br/>")) % QStringLiteral("</span>");
    html += QStringLiteral("</div>");
    return html;
}

// Label above value: an e-mail address or opening hours need the block's whole width.
QString infoEntry(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral(
               "<p style=\"margin-top:0px; margin-bottom:4px;\"><span style=\"font-size:7pt; color:#555555;\">") %
           label.toHtmlEscaped() % QStringLiteral("</span><br/>") % escapedLines(value) % QStringLiteral("</p>");
}

QString infoHtml(const Letter &letter)
{
    return infoEntry(kReferenceLabel, letter.reference) % infoEntry(kDateLabel, letter.date.toString(kDateFormat)) %
           infoEntry(kPhoneLabel, letter.head.phone) % infoEntry(kEmailLabel, letter.head.email) %
           infoEntry(kHoursLabel, letter.head.openingHours);
}

// The sender line above the address must stay one line: it shrinks down to 5 pt before it wraps.
std::unique_ptr<QTextDocument> layoutSenderLine(QPaintDevice *device, const Letterhead &head, double width)
{
    const QString sender =
        joinNonEmpty({head.authority, head.unit, head.street, head.city}, QStringLiteral(" \u00b7 "));
    const QString html = QStringLiteral("<p style=\"margin:0px;\"><u>") % sender % QStringLiteral("</u></p>");
    std::unique_ptr<QTextDocument> doc;
    for (double points = 7.0; points >= 5.0; points -= 0.5) {
        doc = layoutHtml(device, html, width, points);
        if (doc->begin().layout()->lineCount() <= 1)
            break;
    }
    return doc;
}

}  // namespace

Result<QString> fillPlaceholders(const QString &templateText, const QHash<QString, QString> &values)
{
    static const QLatin1String open("{{");
    static const QLatin1String close("}}");
    QString result;
    result.reserve(templateText.size());
    QStringList missing;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = templateText.indexOf(open, from);
        if (start < 0) {
            result += QStringView(templateText).mid(from);
            break;
        }
        result += QStringView(templateText).mid(from, start - from);
        if (QStringView(templateText).mid(start, 4) == QLatin1String("{{{{"))
            return core::invalid(Text::tr("line %1: “{{{{” is not a placeholder; write a placeholder as {{name}}")
                                     .arg(lineAt(templateText, start)));
        const qsizetype end = templateText.indexOf(close, start + open.size());
        if (end < 0)
            return core::invalid(Text::tr("line %1: the placeholder “%2” is not closed with “}}”")
                                     .arg(lineAt(templateText, start))
                                     .arg(excerpt(templateText, start)));
        const QStringView key =
            trimBlanks(QStringView(templateText).mid(start + open.size(), end - start - open.size()));
        if (key.isEmpty() || !std::all_of(key.begin(), key.end(), isKeyChar))
            return core::invalid(Text::tr("line %1: “%2” is not a placeholder; names may contain only letters, "
                                          "digits, dots and underscores, as in {{name}}")
                                     .arg(lineAt(templateText, start))
                                     .arg(end + close.size() - start <= 40
                                              ? templateText.mid(start, end + close.size() - start)
                                              : excerpt(templateText, start)));
        const auto value = values.constFind(key.toString());
        if (value == values.constEnd()) {
            if (!missing.contains(key))
                missing << key.toString();
        } else {
            result += *value;  // literally: never scanned for placeholders again
        }
        from = end + close.size();
    }
    if (!missing.isEmpty()) {
        for (QString &key : missing)
            key = QStringLiteral("{{") % key % QStringLiteral("}}");
        return core::invalid(Text::tr("no value for %n placeholder(s): %1", nullptr, int(missing.size()))
                                 .arg(missing.join(QLatin1String(", "))));
    }
    return result;
}

Result<void> renderLetter(const Letter &letter, QIODevice &out)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return core::invalid(Text::tr("letters can only be rendered in a graphical application (fonts are needed)"));
    if (!out.isOpen() || !out.isWritable())
        return core::ioError(Text::tr("the letter cannot be written: the output is not open for writing"));
    if (letter.recipient.trimmed().isEmpty())
        return core::invalid(Text::tr("the letter has no recipient"));
    if (!letter.date.isValid())
        return core::invalid(Text::tr("the letter has no valid date"));
    const Result<QString> subject = fillPlaceholders(letter.subject, letter.values);
    if (!subject)
        return core::invalid(Text::tr("subject: %1").arg(subject.error().message));
    const Result<QString> body = fillPlaceholders(letter.body, letter.values);
    if (!body)
        return core::invalid(Text::tr("text: %1").arg(body.error().message));

    QPdfWriter writer(&out);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(1200);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(subject->trimmed().isEmpty() ? letter.reference : subject->trimmed());
    writer.setCreator(QStringLiteral("Aktenwerk"));

    const double dotsPerMm = writer.resolution() / 25.4;
    auto mm = [dotsPerMm](double millimetres) { return millimetres * dotsPerMm; };

    // The first page's fixed parts, laid out first: a tall info block pushes the text down.
    auto head = layoutHtml(&writer, letterheadHtml(letter.head), mm(kTextRight - kInfoLeft), 9);
    auto sender = layoutSenderLine(&writer, letter.head, mm(kAddressWidth - 5));
    auto address = layoutHtml(&writer, escapedLines(letter.recipient), mm(kAddressWidth - 5), 10);
    auto info = layoutHtml(&writer, infoHtml(letter), mm(kTextRight - kInfoLeft), 9);
    if (address->size().height() > mm(kAddressHeight - kNoticeZone))
        return core::invalid(Text::tr("the address does not fit the envelope window: use at most six short lines"));
    const double firstBodyTop = std::max(mm(kFirstBodyTop), mm(kInfoTop + 6) + info->size().height());

    auto text = layoutHtml(&writer, bodyHtml(*subject, *body, letter.closing, letter.signatory),
                           mm(kTextRight - kTextLeft), 10);
    const auto slices = paginate(*text, mm(kBodyBottom) - firstBodyTop, mm(kBodyBottom - kNextBodyTop));
    const int pages = int(slices.size());

    QPainter painter;
    if (!painter.begin(&writer))
        return core::ioError(Text::tr("the letter cannot be written: the PDF could not be started"));

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            painter.end();
            return core::ioError(Text::tr("the letter cannot be written: no new page"));
        }
        if (page == 0) {
            drawWhole(painter, *head, {mm(kInfoLeft), mm(kHeadTop)});
            const double senderTop = mm(kAddressTop + kNoticeZone - 1.5) - sender->size().height();
            drawWhole(painter, *sender, {mm(kAddressLeft + 5), senderTop});
            drawWhole(painter, *address, {mm(kAddressLeft + 5), mm(kAddressTop + kNoticeZone)});
            drawWhole(painter, *info, {mm(kInfoLeft), mm(kInfoTop)});

            // Fold marks (105 and 210 mm) and the punch mark (148.5 mm) at the left edge.
            painter.save();
            painter.setPen(QPen(Qt::gray, mm(0.2)));
            for (double y : {105.0, 210.0})
                painter.drawLine(QPointF(mm(3), mm(y)), QPointF(mm(8), mm(y)));
            painter.drawLine(QPointF(mm(3), mm(148.5)), QPointF(mm(10), mm(148.5)));
            painter.restore();
        } else {
            const QString line = joinNonEmpty({letter.head.authority, letter.head.unit}, QStringLiteral(" \u00b7 ")) %
                                 QStringLiteral(" \u2014 ") % kReferenceLabel % QLatin1Char(' ') %
                                 letter.reference.toHtmlEscaped() % QStringLiteral(" \u2014 ") %
                                 letter.date.toString(kDateFormat);
            auto header =
                layoutHtml(&writer, QStringLiteral("<p style=\"color:#555555;\">") % line % QStringLiteral("</p>"),
                           mm(kTextRight - kTextLeft), 8);
            drawWhole(painter, *header, {mm(kTextLeft), mm(12)});
        }

        const double top = page == 0 ? firstBodyTop : mm(kNextBodyTop);
        drawSlice(painter, *text, {mm(kTextLeft), top}, slices[size_t(page)].first, slices[size_t(page)].second);

        if (pages > 1) {
            auto footer = layoutHtml(&writer,
                                     QStringLiteral("<p align=\"right\">") % kPageOf.arg(page + 1).arg(pages) %
                                         QStringLiteral("</p>"),
                                     mm(kTextRight - kTextLeft), 8);
            drawWhole(painter, *footer, {mm(kTextLeft), mm(kFooterTop)});
        }
    }
    if (!painter.end())
        return core::ioError(Text::tr("the letter cannot be written: the PDF could not be finished"));
    return {};
}

Result<QByteArray> renderLetterToBytes(const Letter &letter)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Result<void> rendered = renderLetter(letter, buffer);
    if (!rendered)
        return rendered.error();
    buffer.close();
    return bytes;
}

}  // namespace aw::documents
