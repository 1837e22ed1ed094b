// SPDX-License-Identifier: GPL-3.0-or-later
// Every interactive widget of the main window (in each of its views) and of every dialog has an
// object name (for tests and automation) and an accessible name (for screen readers); every
// action of the menus is reachable by keyboard; the window works in a high-contrast palette.
#include "casework/proceedingservice.h"
#include "support/demooffice.h"
#include "support/testenv.h"
#include "ui/casedialogs.h"
#include "ui/fileintodialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/routingruleform.h"
#include "ui/routingrulesdialog.h"
#include "ui/settingsdialog.h"
#include "ui/userpicker.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStyle>
#include <QtTest>

using namespace aw;
using test::s;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowInEveryView();
    void dialogs();
    void menusAreKeyboardReachable_data();
    void menusAreKeyboardReachable();
    void highContrastPalette();

private:
    QString userId(const QString &login) const;
    // Fails naming the first interactive widget below `root` without an object or accessible name.
    void checkNames(QWidget *root, const QString &where);

    std::shared_ptr<test::DemoOffice> m_office;
    std::shared_ptr<storage::Store> m_store;
};

void TestAccessibility::initTestCase()
{
    test::isolate();
    QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    auto office = test::DemoOffice::make();
    QVERIFY2(office.ok(), qPrintable(test::why(office)));
    m_office = office.value();
    m_store = m_office->store();
}

QString TestAccessibility::userId(const QString &login) const
{
    return m_office->userId(login);
}

void TestAccessibility::checkNames(QWidget *root, const QString &where)
{
    int checked = 0;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        // Viewports of scroll areas belong to their area; popups and dialogs are checked on their own.
        if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractScrollArea *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || w->window() != root->window())
            continue;
        ++checked;
        const QString what = where + QStringLiteral(": ") + QString::fromLatin1(w->metaObject()->className()) +
                             QStringLiteral(" under ") + w->parentWidget()->objectName();
        QVERIFY2(!w->objectName().isEmpty(), qPrintable(what));
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(where + QStringLiteral(": ") + w->objectName()));
    }
    QVERIFY2(checked > 0, qPrintable(where + QStringLiteral(": nothing interactive found")));
}

void TestAccessibility::mainWindowInEveryView()
{
    ui::MainWindow window(m_store, userId(s("kschmidt")));
    QSignalSpy planLoaded(&window, &ui::MainWindow::filePlanLoaded);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(planLoaded.count(), 1);
    auto proceedings = casework::ProceedingService({m_store, userId(s("kschmidt"))}).listAll();
    QVERIFY(proceedings.ok() && !proceedings->isEmpty());
    QSignalSpy shown(&window, &ui::MainWindow::proceedingShown);
    window.showProceeding(proceedings->first().id);
    QTRY_COMPARE(shown.count(), 1);
    checkNames(&window, s("case files"));
    window.showInbox();
    checkNames(&window, s("inbox"));
    window.showMyWork();
    checkNames(&window, s("my work"));
}

void TestAccessibility::dialogs()
{
    const QList<ui::NamedId> people{{s("1"), s("Maria Müller")}, {s("2"), s("Tarik Yılmaz")}};
    const QList<ui::ObjectChoice> objects{{s("case_file"), s("1"), s("Akte 5.1-1/2026 – Geburt")},
                                          {s("proceeding"), s("2"), s("Vorgang 5.1-1/2026-0001 – Urkunde")}};
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ui::NewCaseFileDialog>(s("5.1 Geburten"), people));
    dialogs.push_back(std::make_unique<ui::NewProceedingDialog>(s("5.1-1/2026")));
    dialogs.push_back(std::make_unique<ui::AssignDialog>(s("5.1-1/2026-0001"), people, s("2")));
    dialogs.push_back(std::make_unique<ui::ResubmissionDialog>(objects));
    dialogs.push_back(std::make_unique<ui::NoteDialog>(objects));
    const QString registrar = userId(s("registratur"));
    dialogs.push_back(std::make_unique<ui::FileIntoDialog>(m_store, registrar, s("Antrag")));
    auto move = std::make_unique<ui::FileIntoDialog>(m_store, registrar, s("Antrag"));
    move->useForMove(s("5.1-1/2026-0001"), QString());
    dialogs.push_back(std::move(move));
    dialogs.push_back(std::make_unique<ui::SettingsDialog>(m_store, registrar));
    dialogs.push_back(std::make_unique<ui::RoutingRulesDialog>(m_store, registrar));
    dialogs.push_back(std::make_unique<ui::UserPicker>(m_store, s("kschmidt")));
    dialogs.push_back(std::make_unique<ui::RoutingRuleForm>(QList<storage::FilePlanNode>{}, QList<storage::OrgUnit>{},
                                                            QHash<QString, QString>{}));
    for (const auto &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY2(!dialog->objectName().isEmpty(), dialog->metaObject()->className());
        checkNames(dialog.get(), dialog->objectName());
        dialog->close();
    }
}

void TestAccessibility::menusAreKeyboardReachable_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << s("de");
    QTest::newRow("en") << s("en");
}

void TestAccessibility::menusAreKeyboardReachable()
{
    // Every menu has a mnemonic of its own; every entry has a mnemonic unique in its menu.
    QFETCH(QString, language);
    QCOMPARE(ui::installTranslations(*qApp, language), language);
    const auto restore = qScopeGuard([] { ui::installTranslations(*qApp, QStringLiteral("de")); });
    ui::MainWindow window(m_store, userId(s("kschmidt")));
    QSet<QChar> menuKeys;
    const auto mnemonic = [](const QString &text) {
        const int at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    for (QAction *menuAction : window.menuBar()->actions()) {
        const QChar key = mnemonic(menuAction->text());
        QVERIFY2(!key.isNull(), qPrintable(menuAction->text()));
        QVERIFY2(!menuKeys.contains(key), qPrintable(menuAction->text()));
        menuKeys.insert(key);
        QSet<QChar> entryKeys;
        for (QAction *entry : menuAction->menu()->actions()) {
            if (entry->isSeparator())
                continue;
            const QChar entryKey = mnemonic(entry->text());
            QVERIFY2(!entryKey.isNull(), qPrintable(entry->text()));
            QVERIFY2(!entryKeys.contains(entryKey), qPrintable(menuAction->text() + s(" → ") + entry->text()));
            entryKeys.insert(entryKey);
            QVERIFY2(!entry->objectName().isEmpty(), qPrintable(entry->text()));
        }
    }
    // No two enabled actions of the window share a shortcut (Qt would fire neither).
    QHash<QKeySequence, QString> owners;
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts()) {
            if (keys.isEmpty() || action->shortcutContext() != Qt::WindowShortcut)
                continue;
            QVERIFY2(!owners.contains(keys) || owners.value(keys) == action->objectName(),
                     qPrintable(keys.toString() + s(": ") + owners.value(keys) + s(" and ") + action->objectName()));
            owners.insert(keys, action->objectName());
        }
    }
}

void TestAccessibility::highContrastPalette()
{
    // White on black: every widget takes its colours from the palette, so text stays readable.
    const QPalette before = QApplication::palette();
    QPalette contrast;
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        contrast.setColor(group, QPalette::Window, Qt::black);
        contrast.setColor(group, QPalette::WindowText, Qt::white);
        contrast.setColor(group, QPalette::Base, Qt::black);
        contrast.setColor(group, QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
        contrast.setColor(group, QPalette::Text, Qt::white);
        contrast.setColor(group, QPalette::Button, Qt::black);
        contrast.setColor(group, QPalette::ButtonText, Qt::white);
        contrast.setColor(group, QPalette::Highlight, Qt::yellow);
        contrast.setColor(group, QPalette::HighlightedText, Qt::black);
    }
    QApplication::setPalette(contrast);
    {
        ui::MainWindow window(m_store, userId(s("kschmidt")));
        QSignalSpy planLoaded(&window, &ui::MainWindow::filePlanLoaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(planLoaded.count(), 1);
        // No widget overrides the palette with a fixed light background (a style sheet would).
        for (QWidget *w : window.findChildren<QWidget *>()) {
            QVERIFY2(w->styleSheet().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(w->palette().color(QPalette::Base) != Qt::white, qPrintable(w->objectName()));
        }
        if (const QString dir = qEnvironmentVariable("AKTENWERK_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(s("high-contrast.png"))));
    }
    QApplication::setPalette(before);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
