// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/writer.h"

#include <QXmlStreamWriter>

namespace aw::xdomea {

namespace {

class Writer
{
public:
    Writer(QByteArray *out, const Message &message)
        : m_xml(out)
        , m_message(message)
        , m_ns(namespaceUri(message.version))
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void write()
    {
        m_xml.writeStartDocument();
        m_xml.writeNamespace(m_ns, QStringLiteral("xdomea"));
        m_xml.writeStartElement(m_ns, elementName(m_message.header.type));
        writeHeader();
        switch (m_message.header.type) {
        case MessageType::Transfer:
        case MessageType::Offer:
        case MessageType::Disposal:
            for (const RecordCaseFile &file : m_message.caseFiles) {
                start(QStringLiteral("Schriftgutobjekt"));
                writeCaseFile(file);
                m_xml.writeEndElement();
            }
            break;
        case MessageType::Evaluation:
            for (const Verdict &verdict : m_message.verdicts) {
                start(QStringLiteral("BewertetesObjekt"));
                text(QStringLiteral("ID"), verdict.objectId);
                start(QStringLiteral("Aussonderungsart"));
                writeDisposal(verdict.decision);
                m_xml.writeEndElement();
                m_xml.writeEndElement();
            }
            break;
        case MessageType::TransferImported:
        case MessageType::DisposalImported:
            writeOutcomes();
            break;
        default:
            break;
        }
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    void start(const QString &name) { m_xml.writeStartElement(m_ns, name); }
    void text(const QString &name, const QString &value) { m_xml.writeTextElement(m_ns, name, value); }
    void optionalText(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            text(name, value);
    }
    void date(const QString &name, const QDate &value)
    {
        if (value.isValid())
            text(name, value.toString(Qt::ISODate));
    }
    void boolean(const QString &name, bool value) { text(name, value ? QStringLiteral("1") : QStringLiteral("0")); }
    // A code of an xdomea code list: <X listURI=… listVersionID=…><code>…</code></X>. The code
    // element is unqualified (XÖV code type).
    void code(const QString &name, const QString &list, const QString &listVersion, const QString &value)
    {
        start(name);
        if (!list.isEmpty())
            m_xml.writeAttribute(QStringLiteral("listURI"), list);
        m_xml.writeAttribute(QStringLiteral("listVersionID"), listVersion);
        m_xml.writeTextElement(QStringLiteral("code"), value);
        m_xml.writeEndElement();
    }

    void writeParty(const QString &name, const Party &party)
    {
        start(name);
        start(QStringLiteral("Institution"));
        text(QStringLiteral("Name"), party.institution);
        m_xml.writeEndElement();
        if (!party.unit.isEmpty()) {
            start(QStringLiteral("Organisationseinheit"));
            text(QStringLiteral("Name"), party.unit);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeHeader()
    {
        const Header &h = m_message.header;
        start(QStringLiteral("Kopf"));
        text(QStringLiteral("ProzessID"), h.processId);
        code(QStringLiteral("Nachrichtentyp"), QStringLiteral("urn:xoev-de:xdomea:codeliste:nachrichtentyp"),
             QStringLiteral("2.0"), typeCode(h.type));
        text(QStringLiteral("Erstellungszeitpunkt"), h.createdAt.toUTC().toString(Qt::ISODate));
        writeParty(QStringLiteral("Absender"), h.sender);
        writeParty(QStringLiteral("Empfaenger"), h.recipient);
        start(QStringLiteral("SendendesSystem"));
        text(QStringLiteral("Produktname"), QStringLiteral("Aktenwerk"));
        m_xml.writeEndElement();
        optionalText(QStringLiteral("Hinweis"), h.note);
        // The type-specific tail of the header: what the sender asks the recipient to confirm.
        switch (h.type) {
        case MessageType::Transfer:
            boolean(QStringLiteral("Importbestaetigung"), true);
            boolean(QStringLiteral("Empfangsbestaetigung"), true);
            break;
        case MessageType::Disposal:
            boolean(QStringLiteral("Importbestaetigung"), true);
            boolean(QStringLiteral("RueckmeldungArchivkennung"), true);
            boolean(QStringLiteral("Empfangsbestaetigung"), true);
            break;
        case MessageType::Offer:
        case MessageType::Evaluation:
            boolean(QStringLiteral("Empfangsbestaetigung"), true);
            break;
        default:
            break;
        }
        m_xml.writeEndElement();
    }

    void writeDisposal(core::DisposalDecision decision)
    {
        code(QStringLiteral("Aussonderungsart"), QStringLiteral("urn:xoev-de:xdomea:codeliste:aussonderungsart"),
             QStringLiteral("1.0"), QString(core::disposalLetter(decision)));
    }

    void writeIdentification(const QString &id, int position = 0)
    {
        start(QStringLiteral("Identifikation"));
        text(QStringLiteral("ID"), id);
        if (position > 0)
            text(QStringLiteral("NummerImUebergeordnetenContainer"), QString::number(position));
        m_xml.writeEndElement();
    }

    void writePeriod(const QDate &begin, const QDate &end)
    {
        if (!begin.isValid() && !end.isValid())
            return;
        start(QStringLiteral("Laufzeit"));
        date(QStringLiteral("Beginn"), begin);
        date(QStringLiteral("Ende"), end);
        m_xml.writeEndElement();
    }

    void writeCaseFile(const RecordCaseFile &file)
    {
        start(QStringLiteral("Akte"));
        writeIdentification(file.id);
        start(QStringLiteral("AllgemeineMetadaten"));
        optionalText(QStringLiteral("Betreff"), file.subject);
        optionalText(QStringLiteral("Kennzeichen"), file.reference);
        optionalText(QStringLiteral("Federfuehrung"), file.unitName);
        if (!file.planCode.isEmpty()) {
            start(QStringLiteral("Aktenplaneinheit"));
            text(QStringLiteral("Kennzeichen"), file.planCode);
            optionalText(QStringLiteral("Inhaltsangabe"), file.planTitle);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        if (file.retention || file.disposal || file.retentionUntil.isValid()) {
            start(QStringLiteral("ArchivspezifischeMetadaten"));
            if (file.retention) {
                start(QStringLiteral("Aufbewahrungsdauer"));
                if (file.retention->isPermanent())
                    boolean(QStringLiteral("Unbefristet"), true);
                else
                    text(QStringLiteral("AnzahlJahre"), QString::number(file.retention->years));
                m_xml.writeEndElement();
            }
            if (file.disposal) {
                start(QStringLiteral("Aussonderungsart"));
                writeDisposal(*file.disposal);
                m_xml.writeEndElement();
            }
            date(QStringLiteral("Aufbewahrungsende"), file.retentionUntil);
            m_xml.writeEndElement();
        }
        writePeriod(file.begin, file.end);
        if (!file.proceedings.isEmpty()) {
            start(QStringLiteral("Akteninhalt"));
            for (const RecordProceeding &p : file.proceedings)
                writeProceeding(p);
            m_xml.writeEndElement();
        }
        boolean(QStringLiteral("ZdA"), file.closed);
        if (file.closed)
            date(QStringLiteral("ZdADatum"), file.end);
        m_xml.writeEndElement();
    }

    void writeProceeding(const RecordProceeding &p)
    {
        start(QStringLiteral("Vorgang"));
        writeIdentification(p.id);
        start(QStringLiteral("AllgemeineMetadaten"));
        optionalText(QStringLiteral("Betreff"), p.subject);
        optionalText(QStringLiteral("Kennzeichen"), p.reference);
        m_xml.writeEndElement();
        boolean(QStringLiteral("ZdA"), p.closed);
        if (p.closed)
            date(QStringLiteral("ZdADatum"), p.end);
        writePeriod(p.begin, p.end);
        if (m_message.header.type != MessageType::Offer) {
            int position = 0;
            for (const RecordDocument &d : p.documents)
                writeDocument(d, ++position);
        }
        m_xml.writeEndElement();
    }

    void writeDocument(const RecordDocument &d, int position)
    {
        start(QStringLiteral("Dokument"));
        writeIdentification(d.id, position);
        start(QStringLiteral("AllgemeineMetadaten"));
        optionalText(QStringLiteral("Betreff"), d.title);
        m_xml.writeEndElement();
        switch (d.direction) {
        case storage::Direction::In:
            date(QStringLiteral("Posteingangsdatum"), d.date);
            break;
        case storage::Direction::Out:
            date(QStringLiteral("Postausgangsdatum"), d.date);
            break;
        case storage::Direction::Internal:
            date(QStringLiteral("DatumDesSchreibens"), d.date);
            break;
        }
        for (const RecordVersion &v : d.versions) {
            start(QStringLiteral("Version"));
            text(QStringLiteral("Nummer"), QString::number(v.number));
            start(QStringLiteral("Format"));
            code(QStringLiteral("Name"), QStringLiteral("urn:xoev-de:xdomea:codeliste:dateiformat"),
                 QStringLiteral("1.0"), v.file.formatCode);
            optionalText(QStringLiteral("SonstigerName"), v.file.otherFormat);
            // Version of the file format: not known for what clients upload.
            text(QStringLiteral("Version"), QString());
            start(QStringLiteral("Primaerdokument"));
            text(QStringLiteral("Dateiname"), v.file.fileName);
            optionalText(QStringLiteral("DateinameOriginal"), v.file.originalName);
            optionalText(QStringLiteral("Ersteller"), v.file.createdBy);
            if (v.file.createdAt.isValid())
                text(QStringLiteral("DatumUhrzeit"), v.file.createdAt.toUTC().toString(Qt::ISODate));
            m_xml.writeEndElement();
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeOutcomes()
    {
        const bool disposal = m_message.header.type == MessageType::DisposalImported;
        for (const Outcome &o : m_message.outcomes) {
            start(disposal ? QStringLiteral("AusgesondertesSGO") : QStringLiteral("AbgegebenesObjekt"));
            text(QStringLiteral("IDSGO"), o.objectId);
            boolean(QStringLiteral("Erfolgreich"), o.ok);
            for (const QString &e : o.errors)
                text(QStringLiteral("Fehlermeldung"), e);
            if (disposal)
                optionalText(QStringLiteral("Archivkennung"), o.archiveId);
            m_xml.writeEndElement();
        }
    }

    QXmlStreamWriter m_xml;
    const Message &m_message;
    QString m_ns;
};

}  // namespace

QByteArray writeMessage(const Message &message)
{
    QByteArray out;
    Writer(&out, message).write();
    return out;
}

}  // namespace aw::xdomea
