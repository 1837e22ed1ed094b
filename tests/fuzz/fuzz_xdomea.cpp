// SPDX-License-Identifier: GPL-3.0-or-later
// xdomea messages come from other authorities and the archive: any bytes must be read into a
// message or refused with a reason, never crash, never expand an entity; what the reader accepts
// must be writable again and read back the same; the schema check must answer too.
#include "xdomea/reader.h"
#include "xdomea/schemas.h"
#include "xdomea/writer.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto message = aw::xdomea::readMessage(xml);
    if (!message) {
        if (message.error().message.isEmpty())
            std::abort();
    } else {
        // Written and read again, the message keeps its shape.
        const auto again = aw::xdomea::readMessage(aw::xdomea::writeMessage(message.value()));
        if (!again || again->caseFiles.size() != message->caseFiles.size() ||
            again->verdicts.size() != message->verdicts.size() || again->outcomes.size() != message->outcomes.size() ||
            again->header.processId != message->header.processId)
            std::abort();
    }
    for (const auto version : {aw::xdomea::SchemaVersion::V300, aw::xdomea::SchemaVersion::V310}) {
        const auto valid = aw::xdomea::validateMessage(xml, version);
        if (!valid && valid.error().message.isEmpty())
            std::abort();
    }
    return 0;
}
