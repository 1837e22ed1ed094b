// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/unitofwork.h"
#include "xdomea/exchangerepository.h"
#include "xdomea/message.h"

#include <QStringList>

#include <functional>

namespace aw::xdomea {

struct Confirmed
{
    QStringList left;    // case files whose content left the store now
    QStringList failed;  // case files the recipient could not take in
};

// Applies an import confirmation (0402 from an authority, 0506 from the archive) to the items of
// its exchange: records every object's outcome (and archive id), and removes the content of each
// file taken in, recorded as `fate` with the process's partner as recipient. An object that is
// not one of the `expected` items refuses the whole confirmation. A file confirmed twice is
// recorded once. Inside the caller's work.
core::Result<Confirmed> applyConfirmation(storage::UnitOfWork &work, const Process &process, QList<Item> &items,
                                          const QList<Outcome> &outcomes, Fate fate,
                                          const std::function<bool(const Item &)> &expected, const QString &userId);

}  // namespace aw::xdomea
