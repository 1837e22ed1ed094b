// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/session.h"

#include "storage/orgrepository.h"

namespace aw::casework {

core::Result<core::Actor> Session::actor() const
{
    return storage::OrgRepository(db()).actor(m_userId);
}

core::Result<void> Session::permit(core::Action action, const core::Target &target) const
{
    auto who = actor();
    if (!who)
        return who.error();
    const core::Decision decision = core::decide(who.value(), action, target);
    if (!decision)
        return core::refused(decision.reason);
    return {};
}

}  // namespace aw::casework
