// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

namespace aw::cli {

// `register import FILE.csv --unit CODE` and `register search [--unit CODE] NUMBER|LASTNAME …`:
// the Standesamt's register index.
int cmdRegister(Context &ctx);
QString registerUsage();

}  // namespace aw::cli
