// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/store.h"

#include <memory>

namespace aw::casework {

struct DemoReport
{
    int units = 0;
    int users = 0;
    int nodes = 0;
    int caseFiles = 0;
    int proceedings = 0;
    int documents = 0;
};

// Seeds an empty store with a demo district office: units (Standesamt, Kundenzentrum Nord and
// Süd, Registratur), users in every role, a file plan with Standesamt and Kundenzentrum parts,
// case files with proceedings, notes and resubmissions. Goes through the services, so every
// record is audited like real work. Refuses a store that already holds case files.
core::Result<DemoReport> seedDemo(const std::shared_ptr<storage::Store> &store);

}  // namespace aw::casework
