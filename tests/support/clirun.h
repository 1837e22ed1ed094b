// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace aw::test {

// What one run of aktenwerk-cli did.
struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
    // For failure messages: everything the command said.
    QByteArray said() const;
};

// Runs the aktenwerk-cli binary `program` in `workDir` with HOME and the XDG folders under `home`
// (so it never sees the user's store) and without AKTENWERK_USER; gives up after a minute.
CliRun runCli(const QString &program, const QString &home, const QString &workDir, const QStringList &args);

}  // namespace aw::test
