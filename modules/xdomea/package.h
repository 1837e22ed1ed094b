// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "packages/safezip.h"
#include "storage/blobstore.h"
#include "xdomea/message.h"

#include <functional>
#include <optional>

namespace aw::xdomea {

// Writes the package of a message into `outDir`: a ZIP named `<ProzessID>_<Nachrichtentyp>.zip`
// with the XML of the same base name and every primary file the message names at the root, read
// from the blob store by the file's sha256. Returns the path of the ZIP. Written under a temporary
// name first: a failure leaves nothing behind, an existing package is never overwritten.
core::Result<QString> writePackage(const Message &message, const storage::BlobStore &blobs, const QString &outDir);

// A package from outside, opened with the safe ZIP reader, its message validated against the
// official schema of its version and read. The primary files stay in the ZIP until extracted.
struct Package
{
    QString path;
    QByteArray xml;
    Message message;
    std::optional<packages::SafeZip> zip;
};

// Refuses, with a reason the user can act on: a ZIP the safe reader refuses; a name that is not
// `<ProzessID>_<Nachrichtentyp>.zip`; no XML of that base name; an XML that is not well-formed,
// has a DOCTYPE or does not match the schema; a header whose ProzessID or type differ from the
// name; a primary file named in the message but missing in the ZIP, named twice, or not of the
// form `<uuid>_<name>`; files in the ZIP that the message does not name.
core::Result<Package> openPackage(const QString &zipPath);

// Every primary file a message names, in document order.
QList<const PrimaryFile *> primaryFiles(const Message &message);

}  // namespace aw::xdomea
