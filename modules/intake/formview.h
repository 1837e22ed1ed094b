// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace aw::intake {

// One line of an application's form as the clerk reads it: a label and a value, or a group
// (label with fields below it).
struct FormField
{
    QString key;    // the field's name in the data, e.g. "geburtsdatum"
    QString label;  // e.g. "Geburtsdatum" (translated)
    QString value;  // empty for groups; dates as dd.MM.yyyy, true/false as ja/nein
    QList<FormField> children;
};

// Whether the form of this service (LeiKa key) has known labels.
bool isKnownForm(const QString &serviceKey);

// The form data as a readable form: for known services with the labels of their fields, for
// others a clean tree of the data's own names ("bisherigeWohnung" → "Bisherige Wohnung"). A lone
// XML root element is left out; lists become numbered groups or a joined value.
QList<FormField> readableForm(const QString &serviceKey, const QJsonValue &formData);

}  // namespace aw::intake
