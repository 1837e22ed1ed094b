// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/store.h"

#include <memory>

namespace aw::intake {

struct DemoIntakeReport
{
    int rules = 0;        // routing rules added
    int submissions = 0;  // packages received into the Posteingang
    int quarantined = 0;  // of those, kept back with the reason
    int filed = 0;        // of those, routed into case files
    int caseFiles = 0;    // made by routing, with their proceedings and documents
    int proceedings = 0;
    int documents = 0;
};

// Fills the demo office's Posteingang: its routing rules (seedDemoRules), then a few online
// applications received as the registry ("registratur") receives them, through the real Inbox:
// certificate requests, residence registrations, a birth, one broken package that stays in
// quarantine, and one certificate request that the Standesamt has already routed into a case
// file. Needs the office of casework::seedDemo. Like seedDemo, it refuses (and changes nothing)
// when the Posteingang already holds submissions or routing rules.
core::Result<DemoIntakeReport> seedDemoIntake(const std::shared_ptr<storage::Store> &store);

}  // namespace aw::intake
