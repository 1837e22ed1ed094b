// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QTemporaryDir>

namespace aw::test {

// Call first in initTestCase(): test mode for QStandardPaths, so no test touches the user's data.
void isolate();

// The error message of a failed result, empty for a good one: for QVERIFY2 messages, which Qt 6.4
// builds even when the check passes (so never call error() there directly).
template <typename T>
QString why(const core::Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

// UTF-8 text for test data with umlauts, under QT_NO_CAST_FROM_ASCII.
inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A fresh temporary directory that is removed at the end of the test.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

}  // namespace aw::test
