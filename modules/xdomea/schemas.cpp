// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/schemas.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <climits>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <memory>
#include <mutex>

// libxml2 is used without any global error handler: every context gets its own structured handler,
// so nothing is printed to stderr and threads do not see each other's errors. Only the reading of
// the embedded .xsd files themselves could still reach libxml2's default output; they are ours and
// checked by the tests.

namespace aw::xdomea {

using core::Result;

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::xdomea::Schemas)
};

// A complaint about a code list names every allowed value; the start is what a user needs.
constexpr qsizetype kMaxComplaint = 400;

struct DocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
struct ParserCtxtFree
{
    void operator()(xmlParserCtxt *ctxt) const { xmlFreeParserCtxt(ctxt); }
};
struct ValidCtxtFree
{
    void operator()(xmlSchemaValidCtxt *ctxt) const { xmlSchemaFreeValidCtxt(ctxt); }
};
struct SchemaParserCtxtFree
{
    void operator()(xmlSchemaParserCtxt *ctxt) const { xmlSchemaFreeParserCtxt(ctxt); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// The first error libxml2 reports; later ones mostly follow from it. Warnings are not refusals.
struct FirstError
{
    bool seen = false;
    int line = 0;
    QString file;
    QString message;
};

void keepFirst(FirstError *first, const xmlError *error)
{
    if (first->seen || !error || error->level < XML_ERR_ERROR)
        return;
    first->seen = true;
    first->line = error->line;
    first->file = QString::fromUtf8(error->file);
    first->message = QString::fromUtf8(error->message).trimmed();
}

void onSchemaError(void *data, xmlErrorPtr error)
{
    keepFirst(static_cast<FirstError *>(data), error);
}

// What the parser callbacks share; reached through the parser context's _private pointer.
struct ParseState
{
    FirstError error;
    int doctypeLine = 0;  // 0: no DOCTYPE
};

ParseState *stateOf(void *parserCtxt)
{
    return static_cast<ParseState *>(static_cast<xmlParserCtxt *>(parserCtxt)->_private);
}

void onParseError(void *parserCtxt, xmlErrorPtr error)
{
    keepFirst(&stateOf(parserCtxt)->error, error);
}

// Called as soon as `<!DOCTYPE name …` has been read, before any declaration inside it. Stopping
// here means no entity is ever declared, so none can be expanded (billion laughs) or loaded (XXE).
void onDoctype(void *parserCtxt, const xmlChar *, const xmlChar *, const xmlChar *)
{
    stateOf(parserCtxt)->doctypeLine = qMax(1, xmlSAX2GetLineNumber(parserCtxt));
    xmlStopParser(static_cast<xmlParserCtxt *>(parserCtxt));
}

void initLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

// libxml2 resolves xs:include and xs:import against the file system, so the embedded schemas are
// written out once per process with their relative layout (3.1.0/…, xoev/xoev-code.xsd). The
// directory lives until the process ends. Returns its path, or empty and *error.
QString extractedSchemas(QString *error)
{
    static QTemporaryDir dir;
    static QString failure;
    static std::once_flag once;
    std::call_once(once, [] {
        if (!dir.isValid()) {
            failure = dir.errorString();
            return;
        }
        const QDir root(QStringLiteral(":/xdomea"));
        QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = dir.filePath(root.relativeFilePath(source));
            if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target)) {
                failure = Text::tr("cannot write %1").arg(target);
                return;
            }
        }
    });
    *error = failure;
    return failure.isEmpty() ? dir.path() : QString();
}

// A compiled schema is read-only while validating, so one per version serves every thread. It is
// never freed: it lives as long as the process.
struct CompiledSchema
{
    std::once_flag once;
    xmlSchemaPtr schema = nullptr;
    QString error;
};

void compile(SchemaVersion version, CompiledSchema &out)
{
    QString error;
    const QString dir = extractedSchemas(&error);
    if (dir.isEmpty()) {
        out.error = error;
        return;
    }
    const QString main = dir + u'/' + versionName(version) + QStringLiteral("/xdomea.xsd");
    std::unique_ptr<xmlSchemaParserCtxt, SchemaParserCtxtFree> parser(
        xmlSchemaNewParserCtxt(QFile::encodeName(main).constData()));
    if (!parser) {
        out.error = Text::tr("out of memory");
        return;
    }
    FirstError first;
    xmlSchemaSetParserStructuredErrors(parser.get(), onSchemaError, &first);
    out.schema = xmlSchemaParse(parser.get());
    if (!out.schema) {
        out.error = first.seen ? Text::tr("%1 (line %2 of %3)")
                                     .arg(first.message, QString::number(first.line), QFileInfo(first.file).fileName())
                               : Text::tr("the schema does not compile");
    }
}

CompiledSchema &compiled(SchemaVersion version)
{
    static CompiledSchema schemas[2];
    return schemas[version == SchemaVersion::V300 ? 0 : 1];
}

QString complaint(QString message, SchemaVersion version)
{
    // Every element of a valid message is in the version's namespace; naming it adds only noise.
    message.remove(u'{' + namespaceUri(version) + u'}');
    if (message.size() > kMaxComplaint)
        message = message.left(kMaxComplaint) + QChar(0x2026);
    return message;
}

Result<DocPtr> parse(const QByteArray &xml, SchemaVersion version)
{
    std::unique_ptr<xmlParserCtxt, ParserCtxtFree> ctxt(xmlNewParserCtxt());
    if (!ctxt)
        return core::ioError(Text::tr("Out of memory while reading the xdomea message."));
    ParseState state;
    ctxt->_private = &state;
    ctxt->sax->serror = onParseError;
    ctxt->sax->internalSubset = onDoctype;
    // No XML_PARSE_NOENT, DTDLOAD or HUGE: nothing outside the message is read, no entity replaced.
    DocPtr doc(xmlCtxtReadMemory(ctxt.get(), xml.constData(), int(xml.size()), nullptr, nullptr, XML_PARSE_NONET));
    if (state.doctypeLine > 0 || (doc && (doc->intSubset || doc->extSubset))) {
        return core::refused(Text::tr("xdomea messages must not contain a DOCTYPE (document type declaration), and "
                                      "this one does (line %1). Aktenwerk refuses them to rule out entity attacks.")
                                 .arg(qMax(1, state.doctypeLine)));
    }
    if (!doc || state.error.seen || !ctxt->wellFormed) {
        const QString why = state.error.seen ? complaint(state.error.message, version) : Text::tr("unknown error");
        return core::invalid(Text::tr("The xdomea message is not well-formed XML (line %1): %2")
                                 .arg(QString::number(state.error.line), why));
    }
    return Result<DocPtr>(std::move(doc));
}

}  // namespace

QString versionName(SchemaVersion v)
{
    switch (v) {
    case SchemaVersion::V300:
        return QStringLiteral("3.0.0");
    case SchemaVersion::V310:
        return QStringLiteral("3.1.0");
    }
    return {};
}

QString namespaceUri(SchemaVersion v)
{
    return QStringLiteral("urn:xoev-de:xdomea:schema:") + versionName(v);
}

std::optional<SchemaVersion> versionFromNamespace(const QString &uri)
{
    for (SchemaVersion v : {SchemaVersion::V300, SchemaVersion::V310}) {
        if (uri == namespaceUri(v))
            return v;
    }
    return std::nullopt;
}

Result<void> validateMessage(const QByteArray &xml, SchemaVersion version)
{
    if (xml.trimmed().isEmpty())
        return core::invalid(Text::tr("The xdomea message is empty."));
    if (xml.size() > INT_MAX)
        return core::invalid(Text::tr("The xdomea message is too large to be checked (more than 2 GB)."));
    initLibxml();

    CompiledSchema &schema = compiled(version);
    std::call_once(schema.once, [&] { compile(version, schema); });
    if (!schema.schema) {
        return core::ioError(Text::tr("Aktenwerk cannot load its own xdomea %1 schema, so no message can be checked. "
                                      "This is a fault of the installation, not of the message: %2")
                                 .arg(versionName(version), schema.error));
    }

    auto doc = parse(xml, version);
    if (!doc)
        return doc.error();

    std::unique_ptr<xmlSchemaValidCtxt, ValidCtxtFree> ctxt(xmlSchemaNewValidCtxt(schema.schema));
    if (!ctxt)
        return core::ioError(Text::tr("Out of memory while checking the xdomea message."));
    FirstError first;
    xmlSchemaSetValidStructuredErrors(ctxt.get(), onSchemaError, &first);
    const int rc = xmlSchemaValidateDoc(ctxt.get(), doc.value().get());
    if (rc == 0)
        return {};
    if (!first.seen) {
        return core::ioError(
            Text::tr("The xdomea message could not be checked against the schema %1 (libxml2 error %2).")
                .arg(versionName(version), QString::number(rc)));
    }
    return core::invalid(
        Text::tr("The xdomea message does not match the schema %1 (line %2): %3")
            .arg(versionName(version), QString::number(first.line), complaint(first.message, version)));
}

}  // namespace aw::xdomea
