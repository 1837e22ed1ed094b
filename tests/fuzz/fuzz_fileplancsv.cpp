// SPDX-License-Identifier: GPL-3.0-or-later
// File plan CSVs come from outside (spreadsheets, other systems): any bytes must give entries or
// a clear error, never a crash, and accepted entries must be valid.
#include "casework/fileplancsv.h"
#include "core/filereference.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed =
        aw::casework::parseFilePlanCsv(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (parsed) {
        for (const auto &line : parsed.value()) {
            if (!aw::core::isValidPlanCode(line.code) || line.title.isEmpty() || line.number < 1)
                std::abort();
        }
    } else if (parsed.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
