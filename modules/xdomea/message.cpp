// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/message.h"

#include <QFileInfo>
#include <QMimeDatabase>

#include <array>

namespace aw::xdomea {

namespace {

struct TypeRow
{
    MessageType type;
    const char *code;
    const char *name;
};

constexpr std::array<TypeRow, 10> kTypes{{
    {MessageType::Transfer, "0401", "Abgabe.Abgabe"},
    {MessageType::TransferImported, "0402", "Abgabe.ImportBestaetigen"},
    {MessageType::TransferReceived, "0403", "Abgabe.EmpfangBestaetigen"},
    {MessageType::Offer, "0501", "Aussonderung.Anbieteverzeichnis"},
    {MessageType::Evaluation, "0502", "Aussonderung.Bewertungsverzeichnis"},
    {MessageType::Disposal, "0503", "Aussonderung.Aussonderung"},
    {MessageType::OfferReceived, "0504", "Aussonderung.AnbietungEmpfangBestaetigen"},
    {MessageType::EvaluationReceived, "0505", "Aussonderung.BewertungEmpfangBestaetigen"},
    {MessageType::DisposalImported, "0506", "Aussonderung.AussonderungImportBestaetigen"},
    {MessageType::DisposalReceived, "0507", "Aussonderung.AussonderungEmpfangBestaetigen"},
}};

const TypeRow &rowOf(MessageType type)
{
    for (const TypeRow &row : kTypes) {
        if (row.type == type)
            return row;
    }
    return kTypes.front();
}

// The file formats of the xdomea Dateiformat code list (1.0) Aktenwerk may hold, by extension.
struct FormatRow
{
    const char *extension;
    const char *code;
    const char *mime;
};

constexpr std::array<FormatRow, 21> kFormats{{
    {"bmp", "001", "image/bmp"},
    {"csv", "002", "text/csv"},
    {"eml", "006", "message/rfc822"},
    {"htm", "007", "text/html"},
    {"html", "008", "text/html"},
    {"jpe", "009", "image/jpeg"},
    {"jpeg", "010", "image/jpeg"},
    {"jpg", "011", "image/jpeg"},
    {"msg", "012", "application/vnd.ms-outlook"},
    {"ods", "014", "application/vnd.oasis.opendocument.spreadsheet"},
    {"odt", "015", "application/vnd.oasis.opendocument.text"},
    {"pdf", "018", "application/pdf"},
    {"png", "019", "image/png"},
    {"rtf", "022", "application/rtf"},
    {"tif", "023", "image/tiff"},
    {"tiff", "024", "image/tiff"},
    {"xml", "030", "application/xml"},
    {"docx", "035", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"xlsx", "036", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"odp", "013", "application/vnd.oasis.opendocument.presentation"},
    {"txt", "045", "text/plain"},
}};

constexpr const char *kOtherFormat = "100";

}  // namespace

QString typeCode(MessageType type)
{
    return QString::fromLatin1(rowOf(type).code);
}

QString typeName(MessageType type)
{
    return QString::fromLatin1(rowOf(type).name);
}

QString elementName(MessageType type)
{
    return typeName(type) + QLatin1Char('.') + typeCode(type);
}

std::optional<MessageType> typeFromCode(const QString &code)
{
    for (const TypeRow &row : kTypes) {
        if (code == QLatin1String(row.code))
            return row.type;
    }
    return std::nullopt;
}

std::optional<MessageType> typeFromElement(const QString &name)
{
    for (const TypeRow &row : kTypes) {
        if (name == elementName(row.type))
            return row.type;
    }
    return std::nullopt;
}

QString packageBaseName(const QString &processId, MessageType type)
{
    return processId + QLatin1Char('_') + elementName(type);
}

FormatCode formatCodeFor(const QString &fileName, const QString &mime)
{
    QString extension = QFileInfo(fileName).suffix().toLower();
    if (extension.isEmpty() && !mime.isEmpty())
        extension = QMimeDatabase().mimeTypeForName(mime).preferredSuffix().toLower();
    for (const FormatRow &row : kFormats) {
        if (extension == QLatin1String(row.extension))
            return {QString::fromLatin1(row.code), {}};
    }
    return {QString::fromLatin1(kOtherFormat), extension.isEmpty() ? QStringLiteral("unbekannt") : extension};
}

bool isTextFormat(const QString &code)
{
    static const QStringList compressed{QStringLiteral("009"), QStringLiteral("010"), QStringLiteral("011"),
                                        QStringLiteral("013"), QStringLiteral("014"), QStringLiteral("015"),
                                        QStringLiteral("018"), QStringLiteral("019"), QStringLiteral("023"),
                                        QStringLiteral("024"), QStringLiteral("035"), QStringLiteral("036"),
                                        QStringLiteral("044")};
    return !compressed.contains(code);
}

QString mimeForFormatCode(const QString &code, const QString &fileName)
{
    for (const FormatRow &row : kFormats) {
        if (code == QLatin1String(row.code))
            return QString::fromLatin1(row.mime);
    }
    const QMimeType byName = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    return byName.isDefault() ? QString() : byName.name();
}

}  // namespace aw::xdomea
