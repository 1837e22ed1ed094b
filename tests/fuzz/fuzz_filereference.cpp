// SPDX-License-Identifier: GPL-3.0-or-later
// References are typed and pasted by users and come in from other systems; patterns come from
// office settings. Input: pattern, newline, suffix, newline, reference text. Whatever parses must
// format and parse back to the same parts.
#include "core/filereference.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList parts = input.split(QLatin1Char('\n'));
    aw::core::FileReferencePattern pattern;
    QString text = input;
    if (parts.size() >= 3) {
        if (auto custom = aw::core::FileReferencePattern::create(parts[0], parts[1]))
            pattern = custom.value();
        text = parts.mid(2).join(QLatin1Char('\n'));
    }
    const auto parsed = pattern.parse(text);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const auto again = pattern.parse(pattern.format(parsed.value()));
    if (!again || !(again.value() == parsed.value()))
        std::abort();
    return 0;
}
