// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The xdomea versions Aktenwerk speaks, and the check of a message against the official schema of
// its version (resources/xdomea, embedded), done with libxml2.
namespace aw::xdomea {

enum class SchemaVersion
{
    V300,
    V310,
};

QString versionName(SchemaVersion v);   // "3.0.0" / "3.1.0"
QString namespaceUri(SchemaVersion v);  // "urn:xoev-de:xdomea:schema:3.0.0" / "...:3.1.0"
std::optional<SchemaVersion> versionFromNamespace(const QString &uri);

// Checks one xdomea message (any message type) against the official schema of `version`. A
// message that is empty, not well-formed, has a DOCTYPE or does not match the schema is refused
// with a reason naming the line and the first problem. Thread-safe; each version's schema is
// compiled once per process, on first use.
core::Result<void> validateMessage(const QByteArray &xml, SchemaVersion version);

}  // namespace aw::xdomea
