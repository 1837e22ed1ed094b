// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace aw::test {

// An office whose clients sync with one central store. Every local store is set up alike (each
// with ids of its own): the units StA and KZN, the users anna, tarik (StA clerks), karin (StA
// supervisor) and bernd (KZN clerk), and the file plan nodes 5 and 5.1.
struct SyncOffice
{
    std::shared_ptr<storage::Store> store;
    QHash<QString, QString> userIds;  // by login
    QString unitSta;
    QString node51;

    static core::Result<SyncOffice> make(const QString &dir);
    // The same units and users in the central store (run as its administrator), each with `password`.
    static core::Result<void> setUpCentral(const QSqlDatabase &admin, const QString &password);
};

}  // namespace aw::test
