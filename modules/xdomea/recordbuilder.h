// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "xdomea/message.h"

#include <QSqlDatabase>

namespace aw::xdomea {

// The xdomea record of one case file as the store holds it: metadata, file-plan unit, retention
// and disposal, proceedings, and with `withDocuments` every document version with its primary
// file, named `<uuid>_<name>` for the package. No permission check: the caller's.
core::Result<RecordCaseFile> buildRecord(const QSqlDatabase &db, const QString &caseFileId, bool withDocuments);

// A file name made safe for a package: no path separators or control characters, at most
// 120 characters, the extension kept.
QString safeFileName(const QString &name);

}  // namespace aw::xdomea
