// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/documentfiling.h"
#include "core/result.h"
#include "storage/blobstore.h"

namespace aw::documents {

// Makes one file ready for filing: stores its bytes (streamed, hashed), determines its type and
// extracts its text (PDF with Poppler, plain text directly). Thread-safe; run many at once.
// Fails only for files that cannot be read or are empty; unreadable content is stored and marked.
core::Result<casework::PreparedFile> prepareFile(storage::BlobStore &blobs, const QString &path);

// Upper bound of text kept per document for the index (characters, about 400 dense pages): what
// lies beyond is stored but not searchable. FTS5 snippets cost grows steeply with the matches
// in one row, so a whole 5,000-page file in one row would make common words slow to show.
constexpr qsizetype MaxIndexedText = 1024 * 1024;

}  // namespace aw::documents
