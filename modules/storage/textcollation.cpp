// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/textcollation.h"

#include <QCollator>
#include <QString>
#include <sqlite3.h>

namespace aw::storage {

namespace {

QString fromSqlite(const void *text, int bytes)
{
    return QString::fromUtf8(static_cast<const char *>(text), bytes);
}

int compareText(void *collator, int leftBytes, const void *left, int rightBytes, const void *right)
{
    return static_cast<QCollator *>(collator)->compare(fromSqlite(left, leftBytes), fromSqlite(right, rightBytes));
}

void destroyCollator(void *collator)
{
    delete static_cast<QCollator *>(collator);
}

void foldText(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = sqlite3_value_text(argv[0]);
    const int bytes = sqlite3_value_bytes(argv[0]);
    const QByteArray folded = fromSqlite(text, bytes).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

}  // namespace

bool registerTextFunctions(sqlite3 *handle)
{
    if (!handle)
        return false;
    auto *collator = new QCollator;
    collator->setNumericMode(true);
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    const int collation =
        sqlite3_create_collation_v2(handle, "aw_text", SQLITE_UTF8, collator, compareText, destroyCollator);
    if (collation != SQLITE_OK)
        delete collator;  // SQLite calls the destructor only once the collation was taken
    const int fold = sqlite3_create_function_v2(handle, "aw_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                                foldText, nullptr, nullptr, nullptr);
    return collation == SQLITE_OK && fold == SQLITE_OK;
}

}  // namespace aw::storage
