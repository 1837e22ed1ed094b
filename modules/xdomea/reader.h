// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "xdomea/message.h"

#include <QByteArray>

namespace aw::xdomea {

// Reads an xdomea 3.0.0 or 3.1.0 message of the Abgabe or Aussonderung family. Refuses anything
// with a DOCTYPE (no entity is ever declared, let alone expanded), other root elements, and
// messages whose content Aktenwerk cannot take in (e.g. a Vorgang without an Akte around it), with
// a reason naming the line. Schema validity is checked separately (validateMessage): a message
// from outside goes through both.
core::Result<Message> readMessage(const QByteArray &xml);

}  // namespace aw::xdomea
