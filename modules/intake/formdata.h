// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace aw::intake {

// The form data of an XML submission as a JSON tree (elements → objects, repeated elements →
// lists, attributes → "@name", text → values). Refuses any document type declaration or entity
// reference: nothing is ever expanded. `name` is the file name for messages.
core::Result<QJsonValue> xmlToJson(const QByteArray &bytes, const QString &name);

// The applicant's name, found in form data by the usual keys (antragsteller, applicant, …).
QString findApplicant(const QJsonValue &value, int depth = 0);

}  // namespace aw::intake
