// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

class QIODevice;

namespace aw::documents {

// Outgoing documents: letters from a template, laid out after DIN 5008 (form B) and written as
// PDF/A-1b for the electronic file. Rendering needs a QGuiApplication (fonts), not Widgets.

// The sending office, printed top right and in the sender line above the address.
struct Letterhead
{
    QString authority;  // "Bezirksamt Nord"
    QString unit;       // "Standesamt"
    QString street;
    QString city;  // with postcode: "20095 Hamburg"
    QString phone;
    QString email;
    QString openingHours;
};

struct Letter
{
    Letterhead head;
    QString recipient;  // address block, one line per line of the envelope window
    QString reference;  // Aktenzeichen
    QDate date;
    QString subject;  // Betreff; may contain placeholders
    // Template text with placeholders such as {{name}}; paragraphs are separated by blank lines,
    // a single line break stays a line break.
    QString body;
    QHash<QString, QString> values;  // what the placeholders in subject and body stand for
    QString closing = QStringLiteral("Mit freundlichen Grüßen");
    QString signatory;
};

// Replaces every {{key}} (key: letters, digits, '.' and '_'; spaces inside the braces allowed) with
// its value. Values are inserted as they are and never expanded again. Fails naming every key that
// has no value, or on a "{{" without "}}", "{{{{" or a malformed key, with the line it is on.
core::Result<QString> fillPlaceholders(const QString &templateText, const QHash<QString, QString> &values);

// Writes `letter` as a PDF/A-1b document (A4, one or more pages) to `out`, which must be open for
// writing. Nothing is written when the letter is incomplete or a placeholder has no value.
core::Result<void> renderLetter(const Letter &letter, QIODevice &out);
core::Result<QByteArray> renderLetterToBytes(const Letter &letter);

}  // namespace aw::documents
