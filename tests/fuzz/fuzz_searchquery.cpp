// SPDX-License-Identifier: GPL-3.0-or-later
// Search queries are typed by users and come from saved searches and the command line. Whatever
// the text, parsing ends with clauses or a message, and its words analyse without trouble.
#include "search/query.h"
#include "storage/analyzer.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = aw::search::parseQuery(input);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (parsed->groups.isEmpty())
        std::abort();
    static aw::storage::Analyzer analyzer;
    for (const auto &group : parsed->groups) {
        if (group.isEmpty())
            std::abort();
        for (const auto &clause : group) {
            for (const auto &token : analyzer.tokens(clause.text)) {
                if (token.word.empty() || token.word.size() > aw::storage::Analyzer::MaxWordBytes)
                    std::abort();
                (void)analyzer.stem(token.word);
            }
        }
    }
    return 0;
}
