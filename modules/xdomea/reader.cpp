// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/reader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>

using aw::core::Error;
using aw::core::Result;

namespace aw::xdomea {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::xdomea::Reader)
};

constexpr int kMaxDepth = 64;
constexpr int kMaxElements = 2000000;

// The message as a small tree of local element names; what the mapping below walks.
struct Node
{
    QString name;
    QString text;
    qint64 line = 0;
    QList<Node> children;

    const Node *child(QLatin1String childName) const
    {
        for (const Node &c : children) {
            if (c.name == childName)
                return &c;
        }
        return nullptr;
    }
    QList<const Node *> all(QLatin1String childName) const
    {
        QList<const Node *> out;
        for (const Node &c : children) {
            if (c.name == childName)
                out.append(&c);
        }
        return out;
    }
    QString textOf(QLatin1String childName) const
    {
        const Node *c = child(childName);
        return c ? c->text.trimmed() : QString();
    }
    // The <code> of a code-list element below this one.
    QString codeOf(QLatin1String childName) const
    {
        const Node *c = child(childName);
        return c ? c->textOf(QLatin1String("code")) : QString();
    }
};

Result<Node> parseTree(const QByteArray &xml, QString *rootNamespace)
{
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(true);
    QList<Node> stack;
    Node root;
    int elements = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            return core::invalid(
                Text::tr("The xdomea message contains a DOCTYPE (line %1); xdomea messages must not declare one.")
                    .arg(reader.lineNumber()));
        if (token == QXmlStreamReader::EntityReference)
            return core::invalid(Text::tr("The xdomea message uses an entity (line %1).").arg(reader.lineNumber()));
        if (token == QXmlStreamReader::StartElement) {
            if (stack.size() >= kMaxDepth || ++elements > kMaxElements)
                return core::invalid(Text::tr("The xdomea message is nested too deeply or too large (line %1).")
                                         .arg(reader.lineNumber()));
            if (stack.isEmpty())
                *rootNamespace = reader.namespaceUri().toString();
            Node node;
            node.name = reader.name().toString();
            node.line = reader.lineNumber();
            stack.append(std::move(node));
        } else if (token == QXmlStreamReader::Characters && !stack.isEmpty()) {
            stack.last().text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            Node done = stack.takeLast();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
        }
    }
    if (reader.hasError())
        return core::invalid(Text::tr("The xdomea message is not well-formed XML (line %1): %2")
                                 .arg(reader.lineNumber())
                                 .arg(reader.errorString()));
    if (root.name.isEmpty())
        return core::invalid(Text::tr("The xdomea message is empty."));
    return root;
}

Error atLine(const Node &node, const QString &what)
{
    return core::invalid(Text::tr("The xdomea message cannot be taken in (line %1): %2").arg(node.line).arg(what));
}

QDate dateOf(const Node &node, QLatin1String name)
{
    const QString text = node.textOf(name);
    return text.isEmpty() ? QDate() : QDate::fromString(text.left(10), Qt::ISODate);
}

bool isTrue(const QString &text)
{
    return text == QLatin1String("true") || text == QLatin1String("1");
}

// Laufzeit/Beginn and Laufzeit/Ende below `node`, if given.
void readPeriod(const Node &node, QDate *begin, QDate *end)
{
    if (const Node *period = node.child(QLatin1String("Laufzeit"))) {
        *begin = dateOf(*period, QLatin1String("Beginn"));
        *end = dateOf(*period, QLatin1String("Ende"));
    }
}

Party partyOf(const Node *node)
{
    Party party;
    if (!node)
        return party;
    if (const Node *inst = node->child(QLatin1String("Institution")))
        party.institution = inst->textOf(QLatin1String("Name"));
    if (const Node *unit = node->child(QLatin1String("Organisationseinheit")))
        party.unit = unit->textOf(QLatin1String("Name"));
    return party;
}

QString idOf(const Node &node)
{
    const Node *ident = node.child(QLatin1String("Identifikation"));
    return ident ? ident->textOf(QLatin1String("ID")).toLower() : QString();
}

Result<RecordDocument> documentOf(const Node &node)
{
    RecordDocument d;
    d.id = idOf(node);
    if (const Node *meta = node.child(QLatin1String("AllgemeineMetadaten")))
        d.title = meta->textOf(QLatin1String("Betreff"));
    if (QDate in = dateOf(node, QLatin1String("Posteingangsdatum")); in.isValid()) {
        d.direction = storage::Direction::In;
        d.date = in;
    } else if (QDate out = dateOf(node, QLatin1String("Postausgangsdatum")); out.isValid()) {
        d.direction = storage::Direction::Out;
        d.date = out;
    } else {
        d.direction = storage::Direction::Internal;
        d.date = dateOf(node, QLatin1String("DatumDesSchreibens"));
    }
    for (const Node *v : node.all(QLatin1String("Version"))) {
        bool ok = false;
        const int number = v->textOf(QLatin1String("Nummer")).toInt(&ok);
        if (!ok || number < 1)
            return atLine(
                *v,
                Text::tr("the version number “%1” is not a positive number.").arg(v->textOf(QLatin1String("Nummer"))));
        // Several formats of one version (e.g. the original and a PDF/A rendition): Aktenwerk
        // keeps the first, which xdomea lists as the primary one.
        const Node *format = v->child(QLatin1String("Format"));
        const Node *primary = format ? format->child(QLatin1String("Primaerdokument")) : nullptr;
        if (!primary)
            return atLine(*v, Text::tr("version %1 has no primary file.").arg(number));
        RecordVersion version;
        version.number = number;
        version.file.formatCode = format->codeOf(QLatin1String("Name"));
        version.file.otherFormat = format->textOf(QLatin1String("SonstigerName"));
        version.file.fileName = primary->textOf(QLatin1String("Dateiname"));
        version.file.originalName = primary->textOf(QLatin1String("DateinameOriginal"));
        version.file.createdBy = primary->textOf(QLatin1String("Ersteller"));
        version.file.createdAt = QDateTime::fromString(primary->textOf(QLatin1String("DatumUhrzeit")), Qt::ISODate);
        d.versions.append(version);
    }
    std::sort(d.versions.begin(), d.versions.end(),
              [](const RecordVersion &a, const RecordVersion &b) { return a.number < b.number; });
    if (d.title.isEmpty())
        d.title = d.versions.isEmpty() ? Text::tr("Document") : d.versions.first().file.originalName;
    return d;
}

Result<RecordProceeding> proceedingOf(const Node &node)
{
    RecordProceeding p;
    p.id = idOf(node);
    if (const Node *meta = node.child(QLatin1String("AllgemeineMetadaten"))) {
        p.subject = meta->textOf(QLatin1String("Betreff"));
        p.reference = meta->textOf(QLatin1String("Kennzeichen"));
    }
    readPeriod(node, &p.begin, &p.end);
    p.closed = isTrue(node.textOf(QLatin1String("ZdA")));
    if (!node.all(QLatin1String("Teilvorgang")).isEmpty())
        return atLine(node, Text::tr("sub-proceedings (Teilvorgänge) are not supported."));
    for (const Node *d : node.all(QLatin1String("Dokument"))) {
        auto document = documentOf(*d);
        if (!document)
            return document.error();
        p.documents.append(document.value());
    }
    return p;
}

Result<RecordCaseFile> caseFileOf(const Node &node)
{
    RecordCaseFile f;
    f.id = idOf(node);
    if (const Node *meta = node.child(QLatin1String("AllgemeineMetadaten"))) {
        f.subject = meta->textOf(QLatin1String("Betreff"));
        f.reference = meta->textOf(QLatin1String("Kennzeichen"));
        f.unitName = meta->textOf(QLatin1String("Federfuehrung"));
        if (const Node *plan = meta->child(QLatin1String("Aktenplaneinheit"))) {
            f.planCode = plan->textOf(QLatin1String("Kennzeichen"));
            f.planTitle = plan->textOf(QLatin1String("Inhaltsangabe"));
        }
    }
    if (const Node *archive = node.child(QLatin1String("ArchivspezifischeMetadaten"))) {
        if (const Node *keep = archive->child(QLatin1String("Aufbewahrungsdauer"))) {
            const QString years = keep->textOf(QLatin1String("AnzahlJahre"));
            if (!years.isEmpty()) {
                if (auto period = core::RetentionPeriod::fromYears(years.toInt()))
                    f.retention = period.value();
            } else if (!keep->textOf(QLatin1String("Unbefristet")).isEmpty()) {
                f.retention = core::RetentionPeriod{core::RetentionPeriod::Permanent};
            }
        }
        if (const Node *kind = archive->child(QLatin1String("Aussonderungsart")))
            f.disposal = core::disposalFromLetter(kind->codeOf(QLatin1String("Aussonderungsart")));
        f.retentionUntil = dateOf(*archive, QLatin1String("Aufbewahrungsende"));
    }
    readPeriod(node, &f.begin, &f.end);
    f.closed = isTrue(node.textOf(QLatin1String("ZdA")));
    if (const QDate closedOn = dateOf(node, QLatin1String("ZdADatum")); closedOn.isValid())
        f.end = closedOn;
    if (const Node *content = node.child(QLatin1String("Akteninhalt"))) {
        if (!content->all(QLatin1String("Teilakte")).isEmpty())
            return atLine(*content, Text::tr("sub-files (Teilakten) are not supported."));
        if (!content->all(QLatin1String("Dokument")).isEmpty())
            return atLine(*content, Text::tr("documents directly in a case file, outside a proceeding, are not "
                                             "supported."));
        for (const Node *p : content->all(QLatin1String("Vorgang"))) {
            auto proceeding = proceedingOf(*p);
            if (!proceeding)
                return proceeding.error();
            f.proceedings.append(proceeding.value());
        }
    }
    return f;
}

}  // namespace

Result<Message> readMessage(const QByteArray &xml)
{
    QString ns;
    auto tree = parseTree(xml, &ns);
    if (!tree)
        return tree.error();
    const Node &root = tree.value();
    Message message;
    const auto version = versionFromNamespace(ns);
    if (!version)
        return core::invalid(
            Text::tr("This is not an xdomea 3.0.0 or 3.1.0 message (namespace “%1”).").arg(ns.left(200)));
    message.version = *version;
    const auto type = typeFromElement(root.name);
    if (!type)
        return core::invalid(
            Text::tr("Aktenwerk does not take in xdomea messages of the kind “%1”.").arg(root.name.left(200)));
    const Node *head = root.child(QLatin1String("Kopf"));
    if (!head)
        return atLine(root, Text::tr("the message has no header (Kopf)."));
    Header &h = message.header;
    h.type = *type;
    h.processId = head->textOf(QLatin1String("ProzessID")).toLower();
    h.createdAt = QDateTime::fromString(head->textOf(QLatin1String("Erstellungszeitpunkt")), Qt::ISODate);
    h.sender = partyOf(head->child(QLatin1String("Absender")));
    h.recipient = partyOf(head->child(QLatin1String("Empfaenger")));
    h.note = head->textOf(QLatin1String("Hinweis"));
    if (head->codeOf(QLatin1String("Nachrichtentyp")) != typeCode(*type))
        return atLine(*head, Text::tr("the header names message type “%1”, the message is a %2.")
                                 .arg(head->codeOf(QLatin1String("Nachrichtentyp")), typeCode(*type)));

    // Only what the message type carries is read, as writeMessage writes it.
    const bool carriesFiles =
        *type == MessageType::Transfer || *type == MessageType::Offer || *type == MessageType::Disposal;
    const auto objects = carriesFiles ? root.all(QLatin1String("Schriftgutobjekt")) : QList<const Node *>();
    for (const Node *object : objects) {
        const Node *akte = object->child(QLatin1String("Akte"));
        if (!akte)
            return atLine(*object, Text::tr("only whole case files (Akten) can be taken in, not single proceedings "
                                            "or documents."));
        auto file = caseFileOf(*akte);
        if (!file)
            return file.error();
        message.caseFiles.append(file.value());
    }
    const auto evaluated =
        *type == MessageType::Evaluation ? root.all(QLatin1String("BewertetesObjekt")) : QList<const Node *>();
    for (const Node *object : evaluated) {
        const Node *kind = object->child(QLatin1String("Aussonderungsart"));
        const auto decision =
            kind ? core::disposalFromLetter(kind->codeOf(QLatin1String("Aussonderungsart"))) : std::nullopt;
        if (!decision)
            return atLine(
                *object,
                Text::tr("the evaluation of %1 has no decision A, V or B.").arg(object->textOf(QLatin1String("ID"))));
        message.verdicts.append({object->textOf(QLatin1String("ID")).toLower(), *decision});
    }
    const auto outcomes = *type == MessageType::TransferImported   ? root.all(QLatin1String("AbgegebenesObjekt"))
                          : *type == MessageType::DisposalImported ? root.all(QLatin1String("AusgesondertesSGO"))
                                                                   : QList<const Node *>();
    for (const Node *object : outcomes) {
        Outcome o;
        o.objectId = object->textOf(QLatin1String("IDSGO")).toLower();
        o.ok = isTrue(object->textOf(QLatin1String("Erfolgreich")));
        for (const Node *e : object->all(QLatin1String("Fehlermeldung")))
            o.errors.append(e->text.trimmed());
        o.archiveId = object->textOf(QLatin1String("Archivkennung"));
        message.outcomes.append(o);
    }
    return message;
}

}  // namespace aw::xdomea
