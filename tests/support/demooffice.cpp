// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/demooffice.h"

#include "casework/demo.h"
#include "storage/orgrepository.h"

namespace aw::test {

core::Result<std::shared_ptr<DemoOffice>> DemoOffice::make()
{
    std::shared_ptr<DemoOffice> office(new DemoOffice);
    auto store = storage::Store::open(office->m_dir.file(QStringLiteral("store")));
    if (!store)
        return store.error();
    office->m_store = store.value();
    if (auto seeded = casework::seedDemo(office->m_store); !seeded)
        return seeded.error();
    return office;
}

QString DemoOffice::userId(const QString &login) const
{
    auto user = storage::OrgRepository(m_store->connection()).userByLogin(login);
    return user ? user->id : QString();
}

}  // namespace aw::test
