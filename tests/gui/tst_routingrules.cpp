// SPDX-License-Identifier: GPL-3.0-or-later
// The registry's routing rules dialog on a demo store: the table, adding (also after an error in
// the form), editing and removing rules by mouse and keyboard, and a clerk's read-only view.
#include "casework/demo.h"
#include "intake/inbox.h"
#include "intake/routing.h"
#include "intake/samples.h"
#include "packages/safezip.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "support/testenv.h"
#include "ui/language.h"
#include "ui/routingruleform.h"
#include "ui/routingrulesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace aw;
using aw::test::s;
using aw::test::why;
using aw::ui::RoutingRulesDialog;

class TestRoutingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsAllRules();
    void registryAddsARule();
    void formKeepsInputOnError();
    void registryEditsARuleByKeyboard();
    void registryRemovesARule();
    void clerkOnlyReads();

private:
    void open(const QString &login);
    QString id(const QString &sql, const QString &value) const;
    QList<intake::RoutingRule> storedRules(const QString &serviceKey = {}) const;
    int row(const QString &serviceKey, int position) const;
    void selectRow(int row);
    ui::RoutingRuleForm *openForm() const;
    QTableWidget *table() const { return m_dialog->findChild<QTableWidget *>(s("routingRuleTable")); }
    QPushButton *button(const char *name) const { return m_dialog->findChild<QPushButton *>(s(name)); }

    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<storage::Store> m_store;
    std::unique_ptr<RoutingRulesDialog> m_dialog;
};

void TestRoutingRules::initTestCase()
{
    test::isolate();
    ui::installTranslations(*qApp, s("en"));
}

void TestRoutingRules::init()
{
    m_dir = std::make_unique<test::TempDir>();
    auto store = storage::Store::open(m_dir->file(s("store")));
    QVERIFY2(store.ok(), qPrintable(why(store)));
    m_store = store.value();
    QVERIFY(casework::seedDemo(m_store).ok());
    auto rules = intake::seedDemoRules(m_store);
    QVERIFY2(rules.ok(), qPrintable(why(rules)));
    QCOMPARE(rules.value(), 4);
    // One application in the Posteingang, so that its service has a name.
    const QString zip = m_dir->file(s("request.zip"));
    QVERIFY(packages::writeZip(zip, intake::samples::submissionFiles(intake::samples::Kind::CertificateRequest)));
    const QString clerk = storage::OrgRepository(m_store->connection()).userByLogin(s("mmueller"))->id;
    auto received = intake::Inbox({m_store, clerk}).receive(zip);
    QVERIFY2(received.ok(), qPrintable(why(received)));
}

void TestRoutingRules::cleanup()
{
    m_dialog.reset();
    if (m_store) {
        const auto findings = m_store->verify();
        QVERIFY(findings.ok() && findings->isEmpty());
    }
    m_store.reset();
    m_dir.reset();
}

void TestRoutingRules::open(const QString &login)
{
    const QString userId = storage::OrgRepository(m_store->connection()).userByLogin(login)->id;
    m_dialog = std::make_unique<RoutingRulesDialog>(m_store, userId);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QTRY_COMPARE(table()->rowCount(), int(storedRules().size()));
    QTRY_VERIFY(!m_dialog->findChild<QLabel *>(s("routingRulesStatus"))->text().startsWith(s("Loading")));
    // For the documentation: AKTENWERK_SCREENSHOTS=DIR keeps a picture of the dialog.
    if (const QString dir = qEnvironmentVariable("AKTENWERK_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(m_dialog->grab().save(QDir(dir).filePath(s("routing-rules-%1.png").arg(login))));
}

QString TestRoutingRules::id(const QString &sql, const QString &value) const
{
    const auto v = storage::scalar(m_store->connection(), sql, {value});
    return v ? v->toString() : QString();
}

QList<intake::RoutingRule> TestRoutingRules::storedRules(const QString &serviceKey) const
{
    const QString registry = storage::OrgRepository(m_store->connection()).userByLogin(s("registratur"))->id;
    auto rules = intake::Routing({m_store, registry}).rules(serviceKey);
    return rules ? rules.value() : QList<intake::RoutingRule>{};
}

int TestRoutingRules::row(const QString &serviceKey, int position) const
{
    for (int r = 0; r < table()->rowCount(); ++r) {
        if (table()->item(r, RoutingRulesDialog::ServiceKey)->text() == serviceKey &&
            table()->item(r, RoutingRulesDialog::Position)->text() == QString::number(position))
            return r;
    }
    return -1;
}

void TestRoutingRules::selectRow(int row)
{
    table()->setFocus();
    table()->setCurrentCell(row, 0);
}

ui::RoutingRuleForm *TestRoutingRules::openForm() const
{
    const auto forms = m_dialog->findChildren<ui::RoutingRuleForm *>();
    for (ui::RoutingRuleForm *form : forms) {
        if (form->isVisible())
            return form;
    }
    return nullptr;
}

void TestRoutingRules::showsAllRules()
{
    open(s("registratur"));
    QCOMPARE(table()->rowCount(), 4);
    const int request = row(s("99115004001000"), 1);
    QVERIFY(request >= 0);
    const QString serviceName = id(s("SELECT service_name FROM submission WHERE service_key = ?"), s("99115004001000"));
    QVERIFY(!serviceName.isEmpty());
    QCOMPARE(table()->item(request, RoutingRulesDialog::ServiceName)->text(), serviceName);
    QVERIFY(table()->item(request, RoutingRulesDialog::Node)->text().startsWith(s("5.4 ")));
    QCOMPARE(table()->item(request, RoutingRulesDialog::Unit)->text(),
             id(s("SELECT name FROM org_unit WHERE code = ?"), s("StA")));
    QCOMPARE(table()->item(request, RoutingRulesDialog::Subject)->text(), s("Urkundenanforderung {{applicant}}"));
    // The birth has two targets, numbered; nobody has applied for it yet.
    const int birth = row(s("99115003001000"), 2);
    QVERIFY(birth >= 0);
    QVERIFY(table()->item(birth, RoutingRulesDialog::ServiceName)->text().isEmpty());
    QVERIFY(button("addRuleButton")->isEnabled());
    QVERIFY(button("editRuleButton")->isEnabled());
    QVERIFY(button("removeRuleButton")->isEnabled());
    for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
        if (w->focusPolicy() != Qt::NoFocus && (qobject_cast<QAbstractButton *>(w) || w == table())) {
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
}

void TestRoutingRules::registryAddsARule()
{
    open(s("registratur"));
    QTest::mouseClick(button("addRuleButton"), Qt::LeftButton);
    QTRY_VERIFY(openForm());
    ui::RoutingRuleForm *form = openForm();
    auto *key = form->findChild<QLineEdit *>(s("routingRuleServiceKey"));
    auto *node = form->findChild<QComboBox *>(s("routingRuleNode"));
    auto *unit = form->findChild<QComboBox *>(s("routingRuleUnit"));
    auto *subject = form->findChild<QLineEdit *>(s("routingRuleSubject"));
    auto *ok = form->findChild<QPushButton *>(s("routingRuleOk"));
    QVERIFY(key && node && unit && subject && ok);
    QVERIFY(!ok->isEnabled());
    // The validator keeps out what is no digit and stops at 14.
    QTest::keyClicks(key, s("9911x50010010001234"));
    QCOMPARE(key->text(), s("99115001001000"));
    QVERIFY(form->findChild<QLabel *>(s("routingRuleServiceName"))->text().contains(s("No application")));
    const QString nodeId = id(s("SELECT id FROM file_plan_node WHERE code = ?"), s("5.4"));
    const QString unitId = id(s("SELECT id FROM org_unit WHERE code = ?"), s("KZN"));
    node->setCurrentIndex(node->findData(nodeId));
    unit->setCurrentIndex(unit->findData(unitId));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(subject, s("Meldebescheinigung {{applicant}}"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY(!openForm());
    QTRY_COMPARE(table()->rowCount(), 5);
    const auto rules = storedRules(s("99115001001000"));
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(1).position, 2);
    QCOMPARE(rules.at(1).nodeId, nodeId);
    QCOMPARE(rules.at(1).ownerUnitId, unitId);
    QCOMPARE(rules.at(1).subjectTemplate, s("Meldebescheinigung {{applicant}}"));
    // The new rule is selected.
    QCOMPARE(table()->currentRow(), row(s("99115001001000"), 2));
    // Ctrl+N opens the form as well (once the dialog is the active window again).
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QTest::keyClick(table(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(openForm());
    QTest::keyClick(openForm(), Qt::Key_Escape);
    QTRY_VERIFY(!openForm());
    QCOMPARE(storedRules().size(), 5);
}

void TestRoutingRules::formKeepsInputOnError()
{
    open(s("registratur"));
    QTest::keyClick(table(), Qt::Key_Insert);
    QTRY_VERIFY(openForm());
    ui::RoutingRuleForm *form = openForm();
    auto *key = form->findChild<QLineEdit *>(s("routingRuleServiceKey"));
    auto *node = form->findChild<QComboBox *>(s("routingRuleNode"));
    auto *unit = form->findChild<QComboBox *>(s("routingRuleUnit"));
    auto *subject = form->findChild<QLineEdit *>(s("routingRuleSubject"));
    auto *error = form->findChild<QLabel *>(s("routingRuleError"));
    QTest::keyClicks(key, s("99115004001000"));
    QVERIFY(form->findChild<QLabel *>(s("routingRuleServiceName"))
                ->text()
                .contains(id(s("SELECT service_name FROM submission WHERE service_key = ?"), s("99115004001000"))));
    node->setCurrentIndex(0);
    unit->setCurrentIndex(0);
    QTest::keyClicks(subject, s("Antrag {{antragsteller}}"));
    QTest::mouseClick(form->findChild<QPushButton *>(s("routingRuleOk")), Qt::LeftButton);

    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(s("antragsteller")), qPrintable(error->text()));
    QCOMPARE(openForm(), form);
    QCOMPARE(key->text(), s("99115004001000"));
    QCOMPARE(subject->text(), s("Antrag {{antragsteller}}"));
    QCOMPARE(storedRules().size(), 4);

    subject->clear();
    QTest::keyClicks(subject, s("Antrag {{applicant}}"));
    QTest::mouseClick(form->findChild<QPushButton *>(s("routingRuleOk")), Qt::LeftButton);
    QTRY_VERIFY(!openForm());
    QTRY_COMPARE(table()->rowCount(), 5);
    QCOMPARE(storedRules(s("99115004001000")).size(), 2);
}

void TestRoutingRules::registryEditsARuleByKeyboard()
{
    open(s("registratur"));
    const intake::RoutingRule before = storedRules(s("99115001001000")).first();
    selectRow(row(s("99115001001000"), 1));
    QTest::keyClick(table(), Qt::Key_Return);
    QTRY_VERIFY(openForm());
    ui::RoutingRuleForm *form = openForm();
    auto *key = form->findChild<QLineEdit *>(s("routingRuleServiceKey"));
    auto *unit = form->findChild<QComboBox *>(s("routingRuleUnit"));
    auto *subject = form->findChild<QLineEdit *>(s("routingRuleSubject"));
    QCOMPARE(key->text(), before.serviceKey);
    QVERIFY(key->isReadOnly());
    QCOMPARE(form->nodeId(), before.nodeId);
    QCOMPARE(unit->currentData().toString(), before.ownerUnitId);
    QCOMPARE(subject->text(), before.subjectTemplate);

    const QString sta = id(s("SELECT id FROM org_unit WHERE code = ?"), s("StA"));
    unit->setCurrentIndex(unit->findData(sta));
    subject->selectAll();
    QTest::keyClicks(subject, s("Wohnungsanmeldung {{applicant}} vom {{date}}"));
    QTest::keyClick(subject, Qt::Key_Return);  // the form's OK is its default button

    QTRY_VERIFY(!openForm());
    QTRY_COMPARE(table()->item(row(s("99115001001000"), 1), RoutingRulesDialog::Subject)->text(),
                 s("Wohnungsanmeldung {{applicant}} vom {{date}}"));
    const intake::RoutingRule after = storedRules(s("99115001001000")).first();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.nodeId, before.nodeId);
    QCOMPARE(after.ownerUnitId, sta);
    QCOMPARE(after.subjectTemplate, s("Wohnungsanmeldung {{applicant}} vom {{date}}"));
    QCOMPARE(id(s("SELECT count(*) FROM audit_event WHERE action = ?"), s("routing_rule.update")), s("1"));
    QCOMPARE(table()->currentRow(), row(s("99115001001000"), 1));
}

void TestRoutingRules::registryRemovesARule()
{
    open(s("registratur"));
    const auto birth = storedRules(s("99115003001000"));
    QCOMPARE(birth.size(), 2);

    // Cancelled first: nothing happens.
    selectRow(row(s("99115003001000"), 1));
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->findChild<QPushButton *>(s("removeRuleCancel"))->click();
    });
    QTest::mouseClick(button("removeRuleButton"), Qt::LeftButton);
    QCOMPARE(storedRules().size(), 4);

    // Del and the confirmation's Remove.
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), s("removeRuleConfirmation"));
        asked = true;
        box->findChild<QPushButton *>(s("removeRuleConfirm"))->click();
    });
    QTest::keyClick(table(), Qt::Key_Delete);
    QVERIFY(asked);
    QTRY_COMPARE(table()->rowCount(), 3);
    const auto left = storedRules(s("99115003001000"));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, birth.at(1).id);
    QCOMPARE(left.first().position, 1);
    QCOMPARE(table()->item(row(s("99115003001000"), 1), RoutingRulesDialog::Subject)->text(),
             birth.at(1).subjectTemplate);
    // The neighbour is selected.
    QCOMPARE(table()->currentRow(), row(s("99115003001000"), 1));
}

void TestRoutingRules::clerkOnlyReads()
{
    open(s("mmueller"));
    QCOMPARE(table()->rowCount(), 4);
    for (const char *name : {"addRuleButton", "editRuleButton", "removeRuleButton"}) {
        QVERIFY2(!button(name)->isEnabled(), name);
        QVERIFY2(button(name)->toolTip().contains(s("registry")), qPrintable(button(name)->toolTip()));
    }
    QVERIFY(button("closeButton")->isEnabled());
    QVERIFY(m_dialog->findChild<QLabel *>(s("routingRulesStatus"))->text().contains(s("registry")));
    selectRow(0);
    QTest::keyClick(table(), Qt::Key_Insert);
    QTest::keyClick(table(), Qt::Key_Return);
    QTest::keyClick(table(), Qt::Key_Delete);  // would block on a confirmation if it asked
    QTest::qWait(50);
    QVERIFY(!openForm());
    QCOMPARE(storedRules().size(), 4);
    QTest::mouseClick(button("closeButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestRoutingRules)
#include "tst_routingrules.moc"
