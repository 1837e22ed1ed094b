// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

namespace aw::cli {

// `central init | add-unit CODE NAME... | add-user LOGIN UNIT:ROLE...`, all with --db CONNINFO.
// They work on the central PostgreSQL store only, so they need no local store.
int cmdCentral(const Options &options);
QString centralUsage();

// `sync --db CONNINFO | sync conflicts | sync resolve ID [FIELD...]` on the local store.
struct Context;
int cmdSync(Context &ctx);

}  // namespace aw::cli
