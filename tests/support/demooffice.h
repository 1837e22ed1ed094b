// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/store.h"
#include "support/testenv.h"

#include <QString>

#include <memory>

namespace aw::test {

// The demo district office (casework::seedDemo) in a store of its own in a temporary directory,
// for tests that drive the windows.
class DemoOffice
{
public:
    static core::Result<std::shared_ptr<DemoOffice>> make();

    const std::shared_ptr<storage::Store> &store() const { return m_store; }
    QString file(const QString &name) const { return m_dir.file(name); }
    // The id of the user with this login; empty when there is none.
    QString userId(const QString &login) const;

private:
    DemoOffice() = default;

    TempDir m_dir;
    std::shared_ptr<storage::Store> m_store;
};

}  // namespace aw::test
