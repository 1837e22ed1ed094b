// SPDX-License-Identifier: GPL-3.0-or-later
// Register indexes come from the civil-status software or from spreadsheets: any bytes must give
// entries or a clear error, never a crash, and accepted entries must be valid.
#include "civilstatus/register.h"
#include "civilstatus/registercsv.h"

#include <cstdint>
#include <cstdlib>

namespace {

bool isValidEntry(const aw::civilstatus::RegisterEntry &entry)
{
    using namespace aw::civilstatus;
    if (entry.principal() == nullptr || RegisterNumber::parse(entry.number.toString()) != entry.number)
        return false;
    if (entry.blocks < 0 || entry.blocks > (int(Block::Adoption) | int(Block::GenderEntry) | int(Block::Information)))
        return false;
    if (entry.personsIn(PersonRole::Spouse).size() > 2 || entry.personsIn(PersonRole::Principal).size() > 1)
        return false;
    for (const RegisterPerson &person : entry.persons) {
        if (person.lastName.isEmpty())
            return false;
    }
    for (const LaterEntry &later : entry.laterEntries) {
        if (later.text.isEmpty())
            return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed =
        aw::civilstatus::parseRegisterCsv(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (parsed) {
        for (const auto &entry : parsed.value()) {
            if (!isValidEntry(entry))
                std::abort();
        }
    } else if (parsed.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
