// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

namespace aw::cli {

// `xdomea export|import|due|destroy|processes`: Abgabe and Aussonderung from the command line.
int cmdXdomea(Context &ctx);
QString xdomeaUsage();

}  // namespace aw::cli
