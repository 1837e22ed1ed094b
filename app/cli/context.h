// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"
#include "core/result.h"
#include "storage/store.h"

#include <QJsonValue>
#include <QTextStream>

#include <memory>

// What every command of aktenwerk-cli works with: the options, the store, the acting user, and
// the one way to print results and errors.
namespace aw::cli {

QTextStream &out();
QTextStream &err();
// Prints "aktenwerk-cli: message" to stderr and returns `code` (1: failed, 2: usage).
int fail(const QString &message, int code = 1);
int fail(const core::Error &error);
void printJson(const QJsonValue &value);

struct Context
{
    const Options &options;
    std::shared_ptr<storage::Store> store;

    // The acting user: --user, else (for reading only) nobody in particular.
    core::Result<QString> userId(bool required) const;
};

}  // namespace aw::cli
