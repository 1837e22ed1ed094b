// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xdomea/message.h"

#include <QByteArray>

namespace aw::xdomea {

// The XML of a message (UTF-8, prefix `xdomea`), elements in the order the schema's sequences
// demand. Writes what the message type carries: Schriftgutobjekte for 0401/0501/0503 (0501
// without documents: the offer lists files and proceedings), verdicts for 0502, outcomes for
// 0402/0506, only the header for the receipts.
QByteArray writeMessage(const Message &message);

}  // namespace aw::xdomea
