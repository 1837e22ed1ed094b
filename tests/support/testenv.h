// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace aw::test {

// Call first in initTestCase(): test mode for QStandardPaths, so no test touches the user's data.
void isolate();

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
