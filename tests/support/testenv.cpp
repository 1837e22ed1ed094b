// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testenv.h"

#include <QDir>
#include <QStandardPaths>
#include <QtTest>

namespace aw::test {

void isolate()
{
    QStandardPaths::setTestModeEnabled(true);
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(QString::fromLocal8Bit(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

TempDir::TempDir()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

}  // namespace aw::test
