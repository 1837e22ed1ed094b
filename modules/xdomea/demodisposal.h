// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/store.h"

#include <memory>

namespace aw::xdomea {

// Gives the demo office something to dispose of: four files of the Kundenzentrum Nord closed
// years ago, whose retention has ended (one each marked A and B, two marked V by the file plan),
// each with a proceeding and a document; and the authority and archive names of the xdomea
// messages. Needs casework::seedDemo's office. Returns the number of files added.
core::Result<int> seedDemoDisposal(const std::shared_ptr<storage::Store> &store);

}  // namespace aw::xdomea
