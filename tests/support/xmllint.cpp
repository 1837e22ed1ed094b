// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/xmllint.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace aw::test {

namespace {

QString sharedDir()
{
    return QStringLiteral(AW_SHARED_XDOMEA);
}

}  // namespace

bool haveOfficialXdomeaSchemas()
{
    return QFileInfo::exists(sharedDir() + QStringLiteral("/3.1.0/xdomea.xsd"));
}

QString xmllintXdomea(const QByteArray &xml, const QString &version)
{
    // The official set imports ../xoev/xoev-code.xsd, which it does not ship: lay the two side by
    // side in a scratch folder as the schemas expect.
    QTemporaryDir dir;
    if (!dir.isValid() || !QDir(dir.path()).mkpath(version) || !QDir(dir.path()).mkpath(QStringLiteral("xoev")))
        return QStringLiteral("no scratch folder");
    const QDir official(sharedDir() + QLatin1Char('/') + version);
    for (const QString &name : official.entryList({QStringLiteral("*.xsd")}, QDir::Files)) {
        if (!QFile::copy(official.filePath(name), dir.filePath(version + QLatin1Char('/') + name)))
            return QStringLiteral("cannot copy %1").arg(name);
    }
    if (!QFile::copy(QStringLiteral(AW_RESOURCES_XDOMEA "/xoev/xoev-code.xsd"),
                     dir.filePath(QStringLiteral("xoev/xoev-code.xsd"))))
        return QStringLiteral("cannot copy xoev-code.xsd");
    QFile message(dir.filePath(QStringLiteral("message.xml")));
    if (!message.open(QIODevice::WriteOnly) || message.write(xml) != xml.size())
        return QStringLiteral("cannot write the message");
    message.close();

    QProcess lint;
    lint.start(QStringLiteral("xmllint"),
               {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                dir.filePath(version + QStringLiteral("/xdomea.xsd")), message.fileName()});
    if (!lint.waitForFinished(60000))
        return QStringLiteral("xmllint did not run: %1").arg(lint.errorString());
    if (lint.exitStatus() == QProcess::NormalExit && lint.exitCode() == 0)
        return {};
    return QString::fromUtf8(lint.readAllStandardError()).trimmed();
}

}  // namespace aw::test
