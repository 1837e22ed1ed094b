// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/package.h"

#include "xdomea/reader.h"
#include "xdomea/writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using aw::core::Result;

namespace aw::xdomea {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::xdomea::Package)
};

// The XML of a message is metadata only; 256 MB is far beyond any real one.
constexpr qint64 kMaxXmlBytes = qint64(256) * 1024 * 1024;

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern;
}

const QRegularExpression &primaryNamePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(_[^/\\\\]*)?$"));
    return pattern;
}

}  // namespace

QList<const PrimaryFile *> primaryFiles(const Message &message)
{
    QList<const PrimaryFile *> out;
    for (const RecordCaseFile &f : message.caseFiles) {
        for (const RecordProceeding &p : f.proceedings) {
            for (const RecordDocument &d : p.documents) {
                for (const RecordVersion &v : d.versions)
                    out.append(&v.file);
            }
        }
    }
    return out;
}

Result<QString> writePackage(const Message &message, const storage::BlobStore &blobs, const QString &outDir)
{
    const QString base = packageBaseName(message.header.processId, message.header.type);
    const QString zipPath = QDir(outDir).filePath(base + QStringLiteral(".zip"));
    if (QFileInfo::exists(zipPath))
        return core::conflict(Text::tr("The package “%1” already exists; it is not overwritten.").arg(zipPath));
    if (!QDir().mkpath(outDir))
        return core::ioError(Text::tr("The folder “%1” cannot be created.").arg(outDir));

    // The primary files are streamed from the blob store and checked against their hash on the way,
    // so a package of any size takes bounded memory and never carries a damaged file.
    QList<packages::ZipInput> entries;
    entries.append({base + QStringLiteral(".xml"), writeMessage(message), {}, {}, true});
    for (const PrimaryFile *file : primaryFiles(message)) {
        if (!blobs.contains(file->sha256))
            return core::notFound(Text::tr("The file “%1” is missing from the store.").arg(file->originalName));
        entries.append({file->fileName, {}, blobs.pathOf(file->sha256), file->sha256, isTextFormat(file->formatCode)});
    }
    if (auto ok = packages::writeZipFrom(zipPath, entries); !ok)
        return ok.error();
    return zipPath;
}

Result<Package> openPackage(const QString &zipPath)
{
    const QString fileName = QFileInfo(zipPath).fileName();
    static const QRegularExpression namePattern(QStringLiteral("^(.+)_([A-Za-z]+\\.[A-Za-z]+\\.(\\d{4}))\\.zip$"));
    const auto name = namePattern.match(fileName);
    if (!name.hasMatch() || !uuidPattern().match(name.captured(1)).hasMatch())
        return core::invalid(Text::tr("“%1” is not named like an xdomea package "
                                      "(<ProzessID>_<Nachrichtentyp>.zip, e.g. "
                                      "…_Abgabe.Abgabe.0401.zip).")
                                 .arg(fileName));
    const auto type = typeFromElement(name.captured(2));
    if (!type)
        return core::invalid(
            Text::tr("Aktenwerk does not take in xdomea messages of the kind “%1”.").arg(name.captured(2)));

    auto zip = packages::SafeZip::open(zipPath);
    if (!zip)
        return zip.error();
    const QString base = fileName.chopped(4);
    const QString xmlName = base + QStringLiteral(".xml");
    auto xml = zip->read(xmlName, kMaxXmlBytes);
    if (!xml) {
        if (xml.error().code == core::Error::Code::NotFound)
            return core::invalid(Text::tr("The package does not contain the message “%1”.").arg(xmlName));
        return xml.error();
    }

    // Our reader first: it refuses a DOCTYPE before libxml2 parses anything and tells the schema
    // version. Then the official schema, which names the line of the first problem.
    auto message = readMessage(xml.value());
    if (!message)
        return message.error();
    if (auto ok = validateMessage(xml.value(), message->version); !ok)
        return ok.error();
    const Header &h = message->header;
    if (h.processId.compare(name.captured(1), Qt::CaseInsensitive) != 0 || h.type != *type)
        return core::invalid(Text::tr("The package name “%1” does not match its message (ProzessID %2, type %3).")
                                 .arg(fileName, h.processId, typeCode(h.type)));

    QSet<QString> inZip;
    for (const packages::Entry &e : zip->entries()) {
        if (!e.isDirectory)
            inZip.insert(e.name);
    }
    QSet<QString> named;
    for (const PrimaryFile *file : primaryFiles(message.value())) {
        if (!primaryNamePattern().match(file->fileName).hasMatch())
            return core::invalid(
                Text::tr("The primary file name “%1” is not of the form <UUID>_<name>.").arg(file->fileName.left(200)));
        if (named.contains(file->fileName))
            return core::invalid(Text::tr("The message names the primary file “%1” twice.").arg(file->fileName));
        if (!inZip.contains(file->fileName))
            return core::invalid(Text::tr("The primary file “%1” named in the message is missing from the package.")
                                     .arg(file->fileName));
        named.insert(file->fileName);
    }
    inZip.remove(xmlName);
    inZip.subtract(named);
    if (!inZip.isEmpty())
        return core::invalid(
            Text::tr("The package contains “%1”, which its message does not name.").arg(*inZip.cbegin()));

    Package package;
    package.path = zipPath;
    package.xml = xml.value();
    package.message = std::move(message).value();
    package.zip.emplace(std::move(zip).value());
    return package;
}

}  // namespace aw::xdomea
