// SPDX-License-Identifier: GPL-3.0-or-later
// "Who is working?" and the settings dialog on the demo office: picking a user by typing and by
// keyboard, the registry's office settings in the store, a clerk's read-only view, refused folders.
#include "casework/demo.h"
#include "civilstatus/requests.h"
#include "core/permissions.h"
#include "intake/acknowledgement.h"
#include "intake/demointake.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "support/pdfmaker.h"
#include "support/testenv.h"
#include "ui/language.h"
#include "ui/settingsdialog.h"
#include "ui/userpicker.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace aw;
using test::s;
using test::why;

// A label's text without the break opportunities put into long paths.
QString statusText(const QLabel *label)
{
    return label->text().remove(QChar(0x200B));
}

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pickerListsFiltersAndPreselects();
    void pickerAcceptsByDoubleClick();
    void pickerWithoutUsersSaysHowToCreateOne();
    void registrarSavesOfficeAndOwnSettings();
    void officeSettingsReadOnlyForClerk();
    void registrarSetsTheStandesamtsCertificateSettings();
    void registrarSetsTheAuthorityOfXdomeaMessages();
    void refusesFoldersThatCannotBeCreated();
    void interactiveWidgetsHaveNames();

private:
    QString userId(const QString &login) const;
    int activeUsers() const;
    QStringList shownLogins(const ui::UserPicker &picker) const;
    // The settings dialog as `login`, shown and loaded.
    std::unique_ptr<ui::SettingsDialog> openSettings(const QString &login);
    void screenshot(QWidget *widget, const QString &name) const;
    void type(QWidget *widget, const QString &text) const;

    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<storage::Store> m_store;
};

void TestSettings::initTestCase()
{
    test::isolate();
    // As the application; without an organisation QSettings reports every write as failed.
    QCoreApplication::setOrganizationName(s("Aktenwerk"));
    QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
}

void TestSettings::init()
{
    QSettings().clear();
    m_dir = std::make_unique<test::TempDir>();
    auto store = storage::Store::open(m_dir->file(s("store")));
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();
    QVERIFY(casework::seedDemo(m_store).ok());
    auto intake = intake::seedDemoIntake(m_store);
    QVERIFY2(intake.ok(), qPrintable(why(intake)));
}

void TestSettings::cleanup()
{
    QSettings().clear();
    m_store.reset();
    m_dir.reset();
}

QString TestSettings::userId(const QString &login) const
{
    auto user = storage::OrgRepository(m_store->connection()).userByLogin(login);
    return user ? user->id : QString();
}

int TestSettings::activeUsers() const
{
    auto v = storage::scalar(m_store->connection(), s("SELECT count(*) FROM user WHERE active"));
    return v ? v->toInt() : -1;
}

QStringList TestSettings::shownLogins(const ui::UserPicker &picker) const
{
    QStringList logins;
    for (int row = 0; row < picker.userList()->count(); ++row) {
        const QListWidgetItem *item = picker.userList()->item(row);
        if (!item->isHidden())
            logins << item->text().section(QLatin1Char('('), 1).section(QLatin1Char(')'), 0, 0);
    }
    return logins;
}

std::unique_ptr<ui::SettingsDialog> TestSettings::openSettings(const QString &login)
{
    auto dialog = std::make_unique<ui::SettingsDialog>(m_store, userId(login));
    QSignalSpy loaded(dialog.get(), &ui::SettingsDialog::loaded);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()) || (loaded.isEmpty() && !loaded.wait(5000)))
        return {};
    return dialog;
}

void TestSettings::type(QWidget *widget, const QString &text) const
{
    // QTest::keyClicks takes ASCII only; an umlaut comes as the text of a key without a code.
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void TestSettings::screenshot(QWidget *widget, const QString &name) const
{
    // For the documentation: AKTENWERK_SCREENSHOTS=DIR keeps a picture of the dialog.
    if (const QString dir = qEnvironmentVariable("AKTENWERK_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestSettings::pickerListsFiltersAndPreselects()
{
    ui::UserPicker picker(m_store, s("kschmidt"));
    QSignalSpy loaded(&picker, &ui::UserPicker::loaded);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QApplication::setActiveWindow(&picker);
    QVERIFY(QTest::qWaitForWindowActive(&picker));
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().toInt(), activeUsers());
    QCOMPARE(picker.userList()->count(), activeUsers());
    QVERIFY(shownLogins(picker).contains(s("registratur")));

    // Name, login, role and unit; the last user is preselected.
    QCOMPARE(picker.login(), s("kschmidt"));
    QCOMPARE(picker.userId(), userId(s("kschmidt")));
    const QList<QListWidgetItem *> maria = picker.userList()->findItems(s("Maria Müller"), Qt::MatchStartsWith);
    QCOMPARE(maria.size(), 1);
    QCOMPARE(maria.first()->text(),
             s("Maria Müller (mmueller) – %1, Standesamt").arg(core::roleTitle(core::Role::Clerk)));
    // Somebody in two units shows both.
    const QList<QListWidgetItem *> joerg = picker.userList()->findItems(s("Jörg Fischer"), Qt::MatchStartsWith);
    QCOMPARE(joerg.size(), 1);
    QVERIFY2(joerg.first()->text().contains(s("Kundenzentrum Nord")) &&
                 joerg.first()->text().contains(s("Kundenzentrum Süd")),
             qPrintable(joerg.first()->text()));
    screenshot(&picker, s("user-picker.png"));

    // Typing filters (case and accents do not matter) and moves the choice to what is shown.
    QVERIFY(picker.filterField()->hasFocus());
    type(picker.filterField(), s("mül"));
    QCOMPARE(shownLogins(picker), QStringList{s("mmueller")});
    QCOMPARE(picker.login(), s("mmueller"));
    picker.filterField()->clear();
    type(picker.filterField(), s("YILMAZ"));
    QCOMPARE(shownLogins(picker), QStringList{s("tyilmaz")});
    picker.filterField()->clear();
    type(picker.filterField(), s("standesamt"));
    QCOMPARE(shownLogins(picker).size(), 3);

    // Nobody matches: nothing to start with.
    picker.filterField()->clear();
    type(picker.filterField(), s("zzz"));
    QVERIFY(shownLogins(picker).isEmpty());
    QVERIFY(picker.login().isEmpty());
    QVERIFY(!picker.findChild<QPushButton *>(s("userPickerOk"))->isEnabled());
    QVERIFY(picker.findChild<QLabel *>(s("userPickerStatus"))->isVisible());

    // Arrow keys in the filter move through the list; Enter accepts.
    picker.filterField()->clear();
    type(picker.filterField(), s("müller"));
    QCOMPARE(picker.login(), s("mmueller"));
    picker.filterField()->clear();
    type(picker.filterField(), s("standesamt"));
    const QString first = picker.login();
    QTest::keyClick(picker.filterField(), Qt::Key_Down);
    QVERIFY(picker.login() != first);
    QTest::keyClick(picker.filterField(), Qt::Key_Up);
    QCOMPARE(picker.login(), first);
    picker.filterField()->clear();
    type(picker.filterField(), s("mül"));
    QTest::keyClick(picker.filterField(), Qt::Key_Return);
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    QCOMPARE(picker.login(), s("mmueller"));
    QCOMPARE(picker.userId(), userId(s("mmueller")));
}

void TestSettings::pickerAcceptsByDoubleClick()
{
    ui::UserPicker picker(m_store, s("nobody-of-that-name"));
    QSignalSpy loaded(&picker, &ui::UserPicker::loaded);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QVERIFY(!loaded.isEmpty() || loaded.wait(5000));  // it may have come while the window was shown
    QVERIFY(!picker.login().isEmpty());               // somebody is chosen (the first), so Enter works right away
    const QList<QListWidgetItem *> tarik = picker.userList()->findItems(s("Tarik"), Qt::MatchStartsWith);
    QCOMPARE(tarik.size(), 1);
    QWidget *viewport = picker.userList()->viewport();
    const QPoint at = picker.userList()->visualItemRect(tarik.first()).center();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
    QTRY_VERIFY(!picker.isVisible());
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    QCOMPARE(picker.login(), s("tyilmaz"));
}

void TestSettings::pickerWithoutUsersSaysHowToCreateOne()
{
    test::TempDir dir;
    auto empty = storage::Store::open(dir.file(s("empty")));
    QVERIFY2(empty.ok(), qPrintable(why(empty)));
    ui::UserPicker picker(empty.value(), {});
    QSignalSpy loaded(&picker, &ui::UserPicker::loaded);
    picker.show();
    QVERIFY(!loaded.isEmpty() || loaded.wait(5000));  // it may have come while the window was shown
    QCOMPARE(loaded.first().first().toInt(), 0);
    const QLabel *status = picker.findChild<QLabel *>(s("userPickerStatus"));
    QVERIFY(status->isVisible());
    const QLineEdit *command = picker.findChild<QLineEdit *>(s("userPickerCommand"));
    QVERIFY(command->isVisible());
    QCOMPARE(command->text(),
             s("aktenwerk-cli --store \"%1\" init --user LOGIN").arg(QDir::toNativeSeparators(dir.file(s("empty")))));
    QVERIFY(!picker.userList()->isVisible());
    QVERIFY(!picker.findChild<QPushButton *>(s("userPickerOk"))->isEnabled());
    screenshot(&picker, s("user-picker-empty.png"));
}

void TestSettings::registrarSavesOfficeAndOwnSettings()
{
    QVERIFY(m_store->setting(s("intake.outgoingFolder")).isEmpty());
    auto dialog = openSettings(s("registratur"));
    QVERIFY(dialog);
    QVERIFY(dialog->canEditOffice());
    auto *outgoing = dialog->findChild<QLineEdit *>(s("outgoingFolderEdit"));
    auto *acknowledge = dialog->findChild<QCheckBox *>(s("acknowledgeOnFilingCheck"));
    auto *language = dialog->findChild<QComboBox *>(s("languageCombo"));
    auto *watch = dialog->findChild<QLineEdit *>(s("watchFolderEdit"));
    QVERIFY(outgoing && acknowledge && language && watch);
    QVERIFY(!outgoing->isReadOnly());
    QVERIFY(acknowledge->isEnabled() && acknowledge->isChecked());
    // Unset: the default shows as the placeholder.
    QVERIFY(outgoing->text().isEmpty());
    QCOMPARE(outgoing->placeholderText(), QDir::toNativeSeparators(intake::outgoingFolder(*m_store)));
    QVERIFY(!dialog->findChild<QLabel *>(s("officeSettingsNote"))->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(s("settingsUser"))->text(), s("Petra Registratur (registratur)"));
    screenshot(dialog.get(), s("settings-registratur.png"));

    // A folder that does not exist yet but can be created is fine.
    const QString out = QDir(m_dir->path()).filePath(s("transport/ausgang"));
    const QString inbox = QDir(m_dir->path()).filePath(s("eingang"));
    outgoing->setText(QDir::toNativeSeparators(out));
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    QVERIFY(!acknowledge->isChecked());
    language->setCurrentIndex(language->findData(s("de")));
    watch->setText(inbox);

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("settingsOk")), Qt::LeftButton);
    QTRY_VERIFY2(!accepted.isEmpty(), qPrintable(dialog->findChild<QLabel *>(s("settingsStatus"))->text()));
    QCOMPARE(m_store->setting(s("intake.outgoingFolder")), out);
    QCOMPARE(intake::outgoingFolder(*m_store), out);
    QCOMPARE(m_store->setting(s("intake.acknowledgeOnFiling")), s("false"));
    QSettings settings;
    QCOMPARE(settings.value(s("language")).toString(), s("de"));
    QCOMPARE(settings.value(s("intake/watchFolder")).toString(), inbox);
    // Untouched: the store folder stays unset (so an office-wide one still applies).
    QVERIFY(!settings.contains(s("store/path")));
    QVERIFY(!QFileInfo::exists(out));  // made when the first acknowledgement goes out

    // Read back as saved; switching the acknowledgement on again.
    dialog = openSettings(s("registratur"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(s("outgoingFolderEdit"))->text(), QDir::toNativeSeparators(out));
    acknowledge = dialog->findChild<QCheckBox *>(s("acknowledgeOnFilingCheck"));
    QVERIFY(!acknowledge->isChecked());
    QCOMPARE(dialog->findChild<QComboBox *>(s("languageCombo"))->currentData().toString(), s("de"));
    acknowledge->setChecked(true);
    QSignalSpy acceptedAgain(dialog.get(), &QDialog::accepted);
    dialog->save();
    QTRY_VERIFY2(!acceptedAgain.isEmpty(), qPrintable(dialog->findChild<QLabel *>(s("settingsStatus"))->text()));
    QCOMPARE(m_store->setting(s("intake.acknowledgeOnFiling")), s("true"));
    QCOMPARE(m_store->setting(s("intake.outgoingFolder")), out);

    // Each office change is in the audit log, with who made it: two, then one more.
    const auto changes = storage::scalar(
        m_store->connection(), s("SELECT count(*) FROM audit_event WHERE action = 'setting.change' AND actor = ?"),
        {storage::OrgRepository(m_store->connection()).userByLogin(s("registratur"))->id});
    QVERIFY(changes.ok());
    QCOMPARE(changes->toInt(), 3);
    auto findings = m_store->verify();
    QVERIFY(findings.ok() && findings->isEmpty());
}

void TestSettings::registrarSetsTheStandesamtsCertificateSettings()
{
    auto dialog = openSettings(s("registratur"));
    QVERIFY(dialog);
    auto *office = dialog->findChild<QLineEdit *>(s("registryOfficeEdit"));
    auto *place = dialog->findChild<QLineEdit *>(s("registryPlaceEdit"));
    auto *fees = dialog->findChild<QLineEdit *>(s("feeScheduleEdit"));
    QVERIFY(office && place && fees);
    QVERIFY(!office->isReadOnly() && !fees->isReadOnly());
    office->setText(s("Standesamt Göttingen"));
    place->setText(s("Göttingen"));

    // A fee schedule that cannot be read is refused, naming the problem, and nothing is saved.
    const QString bad = QDir(m_dir->path()).filePath(s("gebuehren-kaputt.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(R"({"rates": [{"type": "birth", "first": "12,00", "further": "6.00", "validFrom": "2024-01-01"}]})");
    badFile.close();
    fees->setText(QDir::toNativeSeparators(bad));
    QSignalSpy failed(dialog.get(), &ui::SettingsDialog::saveFailed);
    dialog->save();
    QTRY_VERIFY(!failed.isEmpty());
    QVERIFY2(failed.first().first().toString().contains(s("Fee schedule")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(fees->hasFocus() || !dialog->isActiveWindow());
    QVERIFY(m_store->setting(s("civilstatus.office")).isEmpty());

    // A good one is saved with the office and place, and certificates use them.
    const QString good = QDir(m_dir->path()).filePath(s("gebuehren.json"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(R"({"rates": [{"type": "birth", "first": "14.00", "further": "7.00", "validFrom": "2024-01-01"}]})");
    goodFile.close();
    fees->setText(QDir::toNativeSeparators(good));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    dialog->save();
    QTRY_VERIFY2(!accepted.isEmpty(), qPrintable(dialog->findChild<QLabel *>(s("settingsStatus"))->text()));
    QCOMPARE(m_store->setting(s("civilstatus.office")), s("Standesamt Göttingen"));
    QCOMPARE(m_store->setting(s("civilstatus.place")), s("Göttingen"));
    QCOMPARE(m_store->setting(s("civilstatus.feeSchedule")), good);
    auto settings = civilstatus::CertificateRequests::officeSettings(*m_store);
    QVERIFY(settings);
    QCOMPARE(settings->officeName, s("Standesamt Göttingen"));
    QCOMPARE(settings->fees.fee(civilstatus::CertificateType::Birth, 2, QDate(2026, 11, 30)).value(), 2100);

    // A clerk sees them read-only.
    dialog = openSettings(s("mmueller"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(s("registryOfficeEdit"))->text(), s("Standesamt Göttingen"));
    QVERIFY(dialog->findChild<QLineEdit *>(s("registryOfficeEdit"))->isReadOnly());
    QVERIFY(dialog->findChild<QLineEdit *>(s("feeScheduleEdit"))->isReadOnly());
    QVERIFY(!dialog->findChild<QPushButton *>(s("feeScheduleChoose"))->isEnabled());
}

void TestSettings::registrarSetsTheAuthorityOfXdomeaMessages()
{
    auto dialog = openSettings(s("registratur"));
    QVERIFY(dialog);
    auto *authority = dialog->findChild<QLineEdit *>(s("authorityEdit"));
    QVERIFY(authority);
    QVERIFY(!authority->isReadOnly());
    authority->setText(s("  Bezirksamt Mitte von Göttingen "));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    dialog->save();
    QTRY_VERIFY2(!accepted.isEmpty(), qPrintable(dialog->findChild<QLabel *>(s("settingsStatus"))->text()));
    QCOMPARE(m_store->setting(s("office.name")), s("Bezirksamt Mitte von Göttingen"));
    // Audited like every office setting.
    auto audited =
        storage::scalar(m_store->connection(), s("SELECT count(*) FROM audit_event WHERE action = 'setting.change' AND "
                                                 "object_id = 'office.name'"));
    QVERIFY(audited);
    QCOMPARE(audited->toInt(), 1);

    // A clerk sees it read-only.
    dialog = openSettings(s("mmueller"));
    QVERIFY(dialog);
    authority = dialog->findChild<QLineEdit *>(s("authorityEdit"));
    QCOMPARE(authority->text(), s("Bezirksamt Mitte von Göttingen"));
    QVERIFY(authority->isReadOnly());
}

void TestSettings::officeSettingsReadOnlyForClerk()
{
    QVERIFY(m_store->setSetting(s("intake.outgoingFolder"), s("/srv/ausgang")).ok());
    auto dialog = openSettings(s("mmueller"));
    QVERIFY(dialog);
    QVERIFY(!dialog->canEditOffice());
    auto *outgoing = dialog->findChild<QLineEdit *>(s("outgoingFolderEdit"));
    QCOMPARE(outgoing->text(), QDir::toNativeSeparators(s("/srv/ausgang")));
    QVERIFY(outgoing->isReadOnly());
    QVERIFY(!dialog->findChild<QPushButton *>(s("outgoingFolderChoose"))->isEnabled());
    auto *acknowledge = dialog->findChild<QCheckBox *>(s("acknowledgeOnFilingCheck"));
    QVERIFY(!acknowledge->isEnabled());
    QVERIFY(acknowledge->isChecked());
    const QLabel *note = dialog->findChild<QLabel *>(s("officeSettingsNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(s("registry")), qPrintable(note->text()));
    // The clerk's own settings are theirs to change.
    auto *language = dialog->findChild<QComboBox *>(s("languageCombo"));
    QVERIFY(language->isEnabled());
    screenshot(dialog.get(), s("settings-mmueller.png"));

    // Even text put into the read-only field is not written.
    outgoing->setText(s("/tmp/elsewhere"));
    language->setCurrentIndex(language->findData(s("en")));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    dialog->save();
    QTRY_VERIFY2(!accepted.isEmpty(), qPrintable(dialog->findChild<QLabel *>(s("settingsStatus"))->text()));
    QCOMPARE(m_store->setting(s("intake.outgoingFolder")), s("/srv/ausgang"));
    QCOMPARE(QSettings().value(s("language")).toString(), s("en"));

    // Without a user (read-only start) the same.
    auto nobody = std::make_unique<ui::SettingsDialog>(m_store, QString());
    QSignalSpy loaded(nobody.get(), &ui::SettingsDialog::loaded);
    nobody->show();
    QVERIFY(!loaded.isEmpty() || loaded.wait(5000));  // it may have come while the window was shown
    QVERIFY(!nobody->canEditOffice());
    QVERIFY(nobody->findChild<QLineEdit *>(s("outgoingFolderEdit"))->isReadOnly());
}

void TestSettings::refusesFoldersThatCannotBeCreated()
{
    const QString plain = m_dir->file(s("plain.txt"));
    QVERIFY(test::writeFile(plain, "not a folder"));
    const QString underFile = QDir(plain).filePath(s("sub"));

    auto dialog = openSettings(s("registratur"));
    QVERIFY(dialog);
    auto *watch = dialog->findChild<QLineEdit *>(s("watchFolderEdit"));
    auto *outgoing = dialog->findChild<QLineEdit *>(s("outgoingFolderEdit"));
    auto *store = dialog->findChild<QLineEdit *>(s("storeFolderEdit"));
    auto *status = dialog->findChild<QLabel *>(s("settingsStatus"));
    auto *ok = dialog->findChild<QPushButton *>(s("settingsOk"));
    QSignalSpy failed(dialog.get(), &ui::SettingsDialog::saveFailed);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);

    // A watch folder below a regular file.
    watch->setText(underFile);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    QVERIFY(dialog->isVisible());
    QVERIFY(accepted.isEmpty());
    QVERIFY(status->isVisible());
    QVERIFY2(statusText(status).contains(s("is a file, not a folder")), qPrintable(statusText(status)));
    QVERIFY(statusText(status).contains(QDir::toNativeSeparators(plain)));
    QVERIFY(watch->hasFocus());
    QVERIFY(ok->isEnabled());
    screenshot(dialog.get(), s("settings-refused.png"));
    QVERIFY(!QSettings().contains(s("intake/watchFolder")));

    // The file itself as the outgoing folder; nothing of the rest is written either.
    watch->clear();
    outgoing->setText(plain);
    dialog->findChild<QCheckBox *>(s("acknowledgeOnFilingCheck"))->setChecked(false);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    QVERIFY2(statusText(status).contains(s("Outgoing folder")), qPrintable(statusText(status)));
    QVERIFY(outgoing->hasFocus());
    QVERIFY(m_store->setting(s("intake.outgoingFolder")).isEmpty());
    QVERIFY(m_store->setting(s("intake.acknowledgeOnFiling")).isEmpty());

    // A relative store folder: which one would be meant depends on where Aktenwerk is started.
    outgoing->clear();
    store->setText(s("akten"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    QVERIFY2(statusText(status).contains(s("full path")), qPrintable(statusText(status)));
    QVERIFY(store->hasFocus());
    QVERIFY(!QSettings().contains(s("store/path")));
    QVERIFY(dialog->isVisible());

    // Corrected, it saves and closes.
    store->setText(QDir(m_dir->path()).filePath(s("new/store")));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY2(!accepted.isEmpty(), qPrintable(dialog->findChild<QLabel *>(s("settingsStatus"))->text()));
    QCOMPARE(QSettings().value(s("store/path")).toString(), QDir(m_dir->path()).filePath(s("new/store")));
    QCOMPARE(m_store->setting(s("intake.acknowledgeOnFiling")), s("false"));

    // Cancel writes nothing.
    dialog = openSettings(s("registratur"));
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(s("acknowledgeOnFilingCheck"))->setChecked(true);
    dialog->findChild<QLineEdit *>(s("storeFolderEdit"))->clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("settingsCancel")), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_store->setting(s("intake.acknowledgeOnFiling")), s("false"));
    QVERIFY(QSettings().contains(s("store/path")));
}

void TestSettings::interactiveWidgetsHaveNames()
{
    auto check = [](QWidget *dialog) {
        int checked = 0;
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            // Viewports of scroll areas, the editors of spin boxes and popups of combo boxes belong to
            // their owner widget (as in tst_accessibility).
            if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractScrollArea *>(w->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || w->window() != dialog)
                continue;
            if (w->objectName().isEmpty() || w->accessibleName().isEmpty()) {
                qWarning("unnamed: %s %s", w->metaObject()->className(), qPrintable(w->objectName()));
                return -1;
            }
            ++checked;
        }
        return checked;
    };
    ui::UserPicker picker(m_store, {});
    QSignalSpy loaded(&picker, &ui::UserPicker::loaded);
    picker.show();
    QVERIFY(!loaded.isEmpty() || loaded.wait(5000));  // it may have come while the window was shown
    QCOMPARE(check(&picker), 5);                      // filter, list, command (hidden), start, cancel

    auto dialog = openSettings(s("registratur"));
    QVERIFY(dialog);
    // 10, the Standesamt's office, place, fee schedule and its button, the authority, and the
    // central store's server, port, database, login and transport
    QCOMPARE(check(dialog.get()), 20);
}

QTEST_MAIN(TestSettings)
#include "tst_settingsdialog.moc"
