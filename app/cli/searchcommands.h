// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

namespace aw::cli {

// `search [--scope S] [--sort S] [--offset N] [--limit N] QUERY...` and `search --rebuild`.
int cmdSearch(Context &ctx);
QString searchUsage();

}  // namespace aw::cli
