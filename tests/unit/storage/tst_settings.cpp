// SPDX-License-Identifier: GPL-3.0-or-later
// Office-wide defaults in the system-wide configuration, overridden by the user's own settings.
#include "storage/store.h"
#include "support/testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultIsThePerUserDataDirectory();
    void officeWideDefaultApplies();
    void userSettingOverridesOfficeDefault();
    void homeIsExpanded();

private:
    void write(QSettings::Scope scope, const QString &value);

    aw::test::TempDir m_dir;
};

void TestSettings::initTestCase()
{
    aw::test::isolate();
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk"));
    QCoreApplication::setApplicationName(QStringLiteral("aktenwerk"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, m_dir.file(QStringLiteral("etc-xdg")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.file(QStringLiteral("user-config")));
}

void TestSettings::init()
{
    QDir(m_dir.file(QStringLiteral("etc-xdg"))).removeRecursively();
    QDir(m_dir.file(QStringLiteral("user-config"))).removeRecursively();
}

void TestSettings::write(QSettings::Scope scope, const QString &value)
{
    QSettings settings(scope, QStringLiteral("Aktenwerk"), QStringLiteral("aktenwerk"));
    settings.setValue(QStringLiteral("store/path"), value);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

void TestSettings::defaultIsThePerUserDataDirectory()
{
    const QString expected =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("store"));
    QCOMPARE(aw::storage::Store::defaultDir(), expected);
}

void TestSettings::officeWideDefaultApplies()
{
    write(QSettings::SystemScope, QStringLiteral("/srv/aktenwerk/store"));
    QCOMPARE(aw::storage::Store::defaultDir(), QStringLiteral("/srv/aktenwerk/store"));
}

void TestSettings::userSettingOverridesOfficeDefault()
{
    write(QSettings::SystemScope, QStringLiteral("/srv/aktenwerk/store"));
    write(QSettings::UserScope, QStringLiteral("/home/maria/akten/"));
    QCOMPARE(aw::storage::Store::defaultDir(), QStringLiteral("/home/maria/akten"));
}

void TestSettings::homeIsExpanded()
{
    write(QSettings::UserScope, QStringLiteral("~/Akten"));
    QCOMPARE(aw::storage::Store::defaultDir(), QDir::homePath() + QStringLiteral("/Akten"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
