// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/formdata.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace aw::intake {

namespace {

// The texts stay in the submission's translation context: they are its messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::intake::Submission)
};

using core::Result;

// Bounds for XML form data: deeper or larger trees are not forms.
constexpr int MaxXmlDepth = 64;
constexpr int MaxXmlElements = 200000;

void insertChild(QJsonObject &parent, const QString &name, const QJsonValue &value)
{
    const auto existing = parent.constFind(name);
    if (existing == parent.constEnd()) {
        parent.insert(name, value);
        return;
    }
    QJsonArray list = existing->isArray() ? existing->toArray() : QJsonArray{*existing};
    list.append(value);
    parent.insert(name, list);
}

// No DTD, hence no entity declarations and no entity expansion: the only references left are the
// five predefined ones and character references, which QXmlStreamReader resolves without growth.
QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) == 0 && it->isString()) {
                const QString text = it->toString().simplified();
                if (!text.isEmpty())
                    return text;
            }
        }
    }
    return {};
}

QString nameOf(const QJsonValue &value, int depth = 0)
{
    if (value.isString())
        return value.toString().simplified();
    if (!value.isObject() || depth > 3)
        return {};
    const QJsonObject object = value.toObject();
    const QString given = firstString(object, {"vorname", "vornamen", "rufname", "firstName", "givenName"});
    const QString family =
        firstString(object, {"nachname", "familienname", "name", "lastName", "familyName", "surname"});
    if (!given.isEmpty() || !family.isEmpty())
        return QStringList{given, family}.join(QLatin1Char(' ')).trimmed();
    for (const char *key : {"name", "person", "natuerlichePerson", "naturalPerson"}) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) == 0) {
                const QString name = nameOf(*it, depth + 1);
                if (!name.isEmpty())
                    return name;
            }
        }
    }
    return {};
}

bool isApplicantKey(const QString &key)
{
    static const QStringList keys{QStringLiteral("antragsteller"), QStringLiteral("antragstellerin"),
                                  QStringLiteral("antragstellendeperson"), QStringLiteral("applicant"),
                                  QStringLiteral("anzeigendeperson")};
    return keys.contains(key.toLower());
}

}  // namespace

Result<QJsonValue> xmlToJson(const QByteArray &bytes, const QString &name)
{
    struct Node
    {
        QString name;
        QJsonObject object;
        QString text;
    };
    QXmlStreamReader xml(bytes);
    QList<Node> stack;
    QJsonObject root;
    int elements = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return core::refused(Text::tr("%1: XML with a document type declaration is not accepted").arg(name));
        case QXmlStreamReader::EntityReference:
            return core::refused(
                Text::tr("%1: the entity reference &%2; is not accepted").arg(name, xml.name().toString()));
        case QXmlStreamReader::StartElement: {
            if (stack.size() >= MaxXmlDepth)
                return core::invalid(
                    Text::tr("%1: the XML is nested deeper than %2 levels").arg(name).arg(MaxXmlDepth));
            if (++elements > MaxXmlElements)
                return core::invalid(Text::tr("%1: the XML has more than %2 elements").arg(name).arg(MaxXmlElements));
            Node node{xml.name().toString(), {}, {}};
            const auto attributes = xml.attributes();
            for (const QXmlStreamAttribute &attribute : attributes)
                node.object.insert(QLatin1Char('@') + attribute.name().toString(), attribute.value().toString());
            stack.append(std::move(node));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty() && !xml.isWhitespace())
                stack.last().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            Node node = stack.takeLast();
            QJsonValue value;
            if (node.object.isEmpty()) {
                value = node.text.trimmed();
            } else {
                if (!node.text.trimmed().isEmpty())
                    node.object.insert(QStringLiteral("#text"), node.text.trimmed());
                value = node.object;
            }
            insertChild(stack.isEmpty() ? root : stack.last().object, node.name, value);
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError()) {
        return core::invalid(
            Text::tr("%1 is not well-formed XML (line %2: %3)").arg(name).arg(xml.lineNumber()).arg(xml.errorString()));
    }
    if (root.isEmpty())
        return core::invalid(Text::tr("%1 has no root element").arg(name));
    return QJsonValue(root);
}

// --- applicant name -------------------------------------------------------------------------------

QString findApplicant(const QJsonValue &value, int depth)
{
    if (depth > 6)
        return {};
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        for (const QJsonValue &item : list) {
            const QString name = findApplicant(item, depth + 1);
            if (!name.isEmpty())
                return name;
        }
        return {};
    }
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isApplicantKey(it.key())) {
            const QJsonArray many = it->toArray();
            const QString name = nameOf(it->isArray() ? (many.isEmpty() ? QJsonValue() : many.at(0)) : *it);
            if (!name.isEmpty())
                return name;
        }
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString name = findApplicant(*it, depth + 1);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

}  // namespace aw::intake
