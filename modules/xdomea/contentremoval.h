// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/unitofwork.h"
#include "xdomea/exchangerepository.h"

namespace aw::xdomea {

// Removes what a case file holds once it has left the office (archived, handed over, destroyed):
// its documents with every version, their text in the index, and the notes and resubmissions of
// the file, its proceedings and documents. The case file and its proceedings stay, with `record`
// (documents and bytes counted here) as the audited account of what left and where. The blobs
// are left to the orphan sweep. No permission check: the caller's. Inside the caller's work.
core::Result<DisposedCaseFile> removeContent(storage::UnitOfWork &work, DisposedCaseFile record);

}  // namespace aw::xdomea
