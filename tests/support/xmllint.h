// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace aw::test {

// Whether the official xdomea schemas lie beside the checkout (../shared/xdomea, as in CI).
bool haveOfficialXdomeaSchemas();

// Validates `xml` with xmllint (Debian's libxml2-utils) against the official xdomea schema
// `version` ("3.0.0" or "3.1.0") from ../shared/xdomea, completed by the XÖV code type of
// resources/xdomea/xoev. Empty when valid, else xmllint's complaint.
QString xmllintXdomea(const QByteArray &xml, const QString &version);

}  // namespace aw::test
