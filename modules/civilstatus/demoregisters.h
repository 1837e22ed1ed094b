// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/store.h"

#include <memory>

namespace aw::civilstatus {

// Fills the demo office's Standesamt with a register index (resources/civilstatus/
// demo-register.csv: the entries its sample certificate requests ask for, plus entries with
// adoption, gender-entry and information blocks, old marriages and deaths) and its settings:
// office "Standesamt Göttingen", certificates marked "Muster". Needs casework::seedDemo's office.
// Returns the number of entries imported.
core::Result<int> seedDemoRegisters(const std::shared_ptr<storage::Store> &store);

}  // namespace aw::civilstatus
