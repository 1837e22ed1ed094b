// SPDX-License-Identifier: GPL-3.0-or-later
// xdomea in the real main window, offscreen: a supervisor hands a case file over (Abgabe 0401),
// a second office takes it in through the receive dialog and its import confirmation (0402) is
// read back; the registry offers a file past its retention to the archive (0501) and destroys one
// marked V from the disposal view; a clerk is not offered the disposal view.
#include "casework/casefileservice.h"
#include "casework/documentservice.h"
#include "casework/proceedingservice.h"
#include "civilstatus/demoregisters.h"
#include "intake/demointake.h"
#include "storage/auditlog.h"
#include "storage/casefilerepository.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "support/demooffice.h"
#include "support/modal.h"
#include "support/testenv.h"
#include "ui/auditdescription.h"
#include "ui/detailpane.h"
#include "ui/disposaldialog.h"
#include "ui/duefiletree.h"
#include "ui/formdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/receivetransferdialog.h"
#include "ui/xdomeaactions.h"
#include "xdomea/demodisposal.h"
#include "xdomea/disposals.h"
#include "xdomea/exchangerepository.h"
#include "xdomea/package.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace aw;
using test::s;
using test::whenShown;

namespace {

// Every interactive widget of `dialog` has an object and an accessible name, and no mnemonic is
// used twice in it.
void checkKeyboard(QWidget *dialog)
{
    QSet<QChar> keys;
    const auto claim = [&keys](const QString &text) {
        const int at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size())
            return true;
        const QChar key = text.at(at + 1).toLower();
        if (keys.contains(key))
            return false;
        keys.insert(key);
        return true;
    };
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            QVERIFY2(claim(label->text()), qPrintable(label->text()));
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            QVERIFY2(claim(button->text()), qPrintable(button->text()));
        if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractScrollArea *>(w->parentWidget()) ||
            w->window() != dialog)
            continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

constexpr int Slow = 20000;  // ms: packages are written and read with hashing and schema checks

}  // namespace

class TestXdomea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void supervisorHandsOverACaseFile();
    void secondOfficeTakesItIn();
    void registryOffersAndDestroysDueFiles();
    void archiveAnswersAndFilesAreHandedOver();
    void disposalIsTheRegistrysAlone();
    void disposalScreenshots();

private:
    // The main window of `office` as `login`, its file plan and the user's roles read.
    std::unique_ptr<ui::MainWindow> open(const std::shared_ptr<test::DemoOffice> &office, const char *login);
    // A closed case file of the Kundenzentrum Nord under `node` whose retention ended in 2000.
    QString pastRetention(const char *node, const QString &subject);
    QString unitId(const std::shared_ptr<test::DemoOffice> &office, const char *code) const;
    QString nodeId(const std::shared_ptr<test::DemoOffice> &office, const char *code) const;

    std::shared_ptr<test::DemoOffice> m_sender;
    std::shared_ptr<test::DemoOffice> m_receiver;
    QString m_caseFileId;  // handed over by the sender
    QString m_package;     // its 0401
};

void TestXdomea::initTestCase()
{
    test::isolate();
    QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    auto sender = test::DemoOffice::make();
    QVERIFY2(sender, qPrintable(test::why(sender)));
    m_sender = sender.value();
    auto receiver = test::DemoOffice::make();
    QVERIFY2(receiver, qPrintable(test::why(receiver)));
    m_receiver = receiver.value();
    QVERIFY(m_sender->store()->setSetting(s("office.name"), s("Bezirksamt Nord")));
    QVERIFY(m_receiver->store()->setSetting(s("office.name"), s("Bezirksamt Süd")));
}

void TestXdomea::cleanup()
{
    // Result boxes are left open by design; they go with their window.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(w))
            w->close();
    }
}

QString TestXdomea::unitId(const std::shared_ptr<test::DemoOffice> &office, const char *code) const
{
    auto unit = storage::OrgRepository(office->store()->connection()).unitByCode(QString::fromLatin1(code));
    return unit ? unit->id : QString();
}

QString TestXdomea::nodeId(const std::shared_ptr<test::DemoOffice> &office, const char *code) const
{
    auto v = storage::scalar(office->store()->connection(), s("SELECT id FROM file_plan_node WHERE code = ?"),
                             {QString::fromLatin1(code)});
    return v && v->isValid() ? v->toString() : QString();
}

std::unique_ptr<ui::MainWindow> TestXdomea::open(const std::shared_ptr<test::DemoOffice> &office, const char *login)
{
    auto window = std::make_unique<ui::MainWindow>(office->store(), office->userId(QString::fromLatin1(login)));
    auto *actions = window->findChild<ui::XdomeaActions *>();
    QSignalSpy ready(actions, &ui::XdomeaActions::ready);
    QSignalSpy planLoaded(window.get(), &ui::MainWindow::filePlanLoaded);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    if ((planLoaded.isEmpty() && !planLoaded.wait(Slow)) || (!actions->isReady() && !ready.wait(Slow)))
        return {};
    return window;
}

QString TestXdomea::pastRetention(const char *node, const QString &subject)
{
    const casework::Session lead(m_sender->store(), m_sender->userId(s("jfischer")));
    auto file = casework::CaseFileService(lead).create(nodeId(m_sender, node), subject, unitId(m_sender, "KZN"));
    if (!file)
        return {};
    auto p = casework::ProceedingService(lead).create(file->id, subject);
    QByteArray text = "Unterlagen";
    QBuffer content(&text);
    content.open(QIODevice::ReadOnly);
    if (!p ||
        !casework::DocumentService(lead).addDocument(p->id, s("Unterlagen"), storage::Direction::In, content,
                                                     s("unterlagen.txt"), s("text/plain")) ||
        !casework::ProceedingService(lead).close(p->id) || !casework::CaseFileService(lead).close(file->id))
        return {};
    if (!storage::exec(m_sender->store()->connection(),
                       s("UPDATE case_file SET retention_until = '2000-12-31' WHERE id = ?"), {file->id}))
        return {};
    return file->id;
}

void TestXdomea::supervisorHandsOverACaseFile()
{
    // A Gewerbe file of the Kundenzentrum Nord with one document.
    const casework::Session lead(m_sender->store(), m_sender->userId(s("jfischer")));
    auto file = casework::CaseFileService(lead).create(nodeId(m_sender, "3.3"), s("Gaststätte „Zum Löwen“"),
                                                       unitId(m_sender, "KZN"));
    QVERIFY2(file, qPrintable(test::why(file)));
    m_caseFileId = file->id;
    auto p = casework::ProceedingService(lead).create(file->id, s("Gaststättenerlaubnis"));
    QVERIFY(p);
    QByteArray text = "Antrag auf Gastst\xc3\xa4ttenerlaubnis";
    QBuffer content(&text);
    content.open(QIODevice::ReadOnly);
    QVERIFY(casework::DocumentService(lead).addDocument(p->id, s("Antrag"), storage::Direction::In, content,
                                                        s("antrag.txt"), s("text/plain")));

    auto window = open(m_sender, "jfischer");
    QVERIFY(window);
    auto *actions = window->findChild<ui::XdomeaActions *>();
    QAction *transfer = window->findChild<QAction *>(s("transferCaseFileAction"));
    QVERIFY(transfer && !transfer->isEnabled());  // nothing selected
    window->showCaseFile(m_caseFileId);
    QTRY_VERIFY_WITH_TIMEOUT(transfer->isEnabled(), Slow);

    // The action asks for the authority (required) and the folder.
    const QString folder = m_sender->file(s("abgabe"));
    whenShown<ui::FormDialog>(this, [folder](ui::FormDialog *dialog) {
        QCOMPARE(dialog->objectName(), s("transferDialog"));
        checkKeyboard(dialog);
        dialog->accept();  // no authority yet: refused in the dialog
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        dialog->findChild<QLineEdit *>(s("transferRecipient"))->setText(s("Bezirksamt Süd"));
        dialog->findChild<QLineEdit *>(s("transferFolderEdit"))->setText(folder);
        QTest::mouseClick(dialog->findChild<QPushButton *>(s("transferDialogOk")), Qt::LeftButton);
    });
    QSignalSpy message(actions, &ui::XdomeaActions::message);
    QSignalSpy failed(actions, &ui::XdomeaActions::failed);
    transfer->trigger();
    QVERIFY2(message.wait(Slow), failed.isEmpty() ? "no message" : qPrintable(failed.first().first().toString()));

    const QStringList packages = QDir(folder).entryList({s("*_Abgabe.Abgabe.0401.zip")}, QDir::Files);
    QCOMPARE(packages.size(), 1);
    m_package = QDir(folder).filePath(packages.first());
    QVERIFY2(message.first().first().toString().contains(QDir::toNativeSeparators(m_package)),
             qPrintable(message.first().first().toString()));
    auto *result = window->findChild<QMessageBox *>(s("xdomeaResult"));
    QVERIFY(result && result->text().contains(packages.first()));

    // A clerk of the unit may not hand files over: the action stays off for her.
    auto clerkWindow = open(m_sender, "aweber");
    QVERIFY(clerkWindow);
    clerkWindow->showCaseFile(m_caseFileId);
    QTRY_VERIFY_WITH_TIMEOUT(clerkWindow->caseFileView()->currentIndex().isValid(), Slow);
    QAction *clerkTransfer = clerkWindow->findChild<QAction *>(s("transferCaseFileAction"));
    QVERIFY(!clerkTransfer->isEnabled());
    QVERIFY(clerkTransfer->toolTip().contains(s("supervisor")));
}

void TestXdomea::secondOfficeTakesItIn()
{
    QVERIFY2(!m_package.isEmpty(), "needs supervisorHandsOverACaseFile");
    auto window = open(m_receiver, "jfischer");
    QVERIFY(window);
    auto *actions = window->findChild<ui::XdomeaActions *>();
    QSignalSpy shown(actions, &ui::XdomeaActions::receiveDialogShown);
    QSignalSpy message(actions, &ui::XdomeaActions::message);
    QSignalSpy failed(actions, &ui::XdomeaActions::failed);
    actions->importPackage(m_package);
    QVERIFY2(shown.wait(Slow), failed.isEmpty() ? "no dialog" : qPrintable(failed.first().first().toString()));
    auto *dialog = shown.first().first().value<ui::ReceiveTransferDialog *>();
    QVERIFY(dialog);

    // What comes, and nothing chosen yet for where it goes.
    const QString intro = dialog->findChild<QLabel *>(s("receiveTransferDialogIntro"))->text();
    QVERIFY2(intro.contains(s("Bezirksamt Nord")) && intro.contains(s("1 case file")) &&
                 intro.contains(s("1 document")),
             qPrintable(intro));
    checkKeyboard(dialog);
    auto *ok = dialog->findChild<QPushButton *>(s("receiveTransferDialogOk"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->receiptFolder(), QFileInfo(m_package).absolutePath());
    dialog->nodeCombo()->setCurrentIndex(dialog->nodeCombo()->findData(nodeId(m_receiver, "3.3")));
    QVERIFY(!ok->isEnabled());
    dialog->unitCombo()->setCurrentIndex(dialog->unitCombo()->findData(unitId(m_receiver, "KZS")));
    QVERIFY(ok->isEnabled());
    const QString receipts = m_receiver->file(s("quittungen"));
    dialog->findChild<QLineEdit *>(s("receiptFolderEdit"))->setText(receipts);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY2(message.wait(Slow), failed.isEmpty() ? "no message" : qPrintable(failed.first().first().toString()));
    const QString said = message.first().first().toString();
    // (Plural forms come with the English translation; until then "file(s)".)
    QVERIFY2(said.startsWith(s("1 case file")) && said.contains(s(" with 1 document")) &&
                 said.contains(s(" taken in from Bezirksamt Nord, Kundenzentrum Nord; import confirmation at ")),
             qPrintable(said));

    // The case file is there, owned by the Kundenzentrum Süd under 3.3, with a reference of its own.
    auto files = storage::CaseFileRepository(m_receiver->store()->connection()).all();
    QVERIFY(files);
    const auto taken = std::find_if(files->cbegin(), files->cend(), [](const storage::CaseFile &f) {
        return f.subject == s("Gaststätte „Zum Löwen“");
    });
    QVERIFY(taken != files->cend());
    QCOMPARE(taken->ownerUnitId, unitId(m_receiver, "KZS"));
    QCOMPARE(taken->nodeId, nodeId(m_receiver, "3.3"));
    const QStringList confirmations = QDir(receipts).entryList({s("*_Abgabe.ImportBestaetigen.0402.zip")});
    QCOMPARE(confirmations.size(), 1);
    QVERIFY(said.contains(confirmations.first()));

    // The sender reads the import confirmation: the transfer is confirmed, the file's content leaves.
    auto senderWindow = open(m_sender, "jfischer");
    QVERIFY(senderWindow);
    auto *senderActions = senderWindow->findChild<ui::XdomeaActions *>();
    QSignalSpy recorded(senderActions, &ui::XdomeaActions::message);
    senderActions->importPackage(QDir(receipts).filePath(confirmations.first()));
    QVERIFY(recorded.wait(Slow));
    QVERIFY2(recorded.first().first().toString().contains(s("confirmed by the recipient")),
             qPrintable(recorded.first().first().toString()));
}

void TestXdomea::registryOffersAndDestroysDueFiles()
{
    const QString keep = pastRetention("1.1", s("Geschäftsverteilungsplan 1990"));
    const QString destroy = pastRetention("3.4", s("Wohngeld Frau Lindner"));
    QVERIFY(!keep.isEmpty() && !destroy.isEmpty());

    auto window = open(m_sender, "registratur");
    QVERIFY(window);
    auto *actions = window->findChild<ui::XdomeaActions *>();
    QAction *disposal = window->findChild<QAction *>(s("disposalAction"));
    QVERIFY(disposal->isEnabled());
    QSignalSpy opened(actions, &ui::XdomeaActions::disposalOpened);
    disposal->trigger();
    QCOMPARE(opened.count(), 1);
    auto *dialog = opened.first().first().value<ui::DisposalDialog *>();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &ui::DisposalDialog::loaded);
    QVERIFY(loaded.wait(Slow));
    QCOMPARE(dialog->objectName(), s("disposalDialog"));
    checkKeyboard(dialog);

    // Grouped by the file plan's decision, with their counts.
    ui::DueFileTree *tree = dialog->fileTree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QVERIFY(tree->topLevelItem(0)->text(0).startsWith(s("Archive (A) – 1 file")));
    QVERIFY(tree->topLevelItem(1)->text(0).startsWith(s("Evaluate (B) – 0 file")));
    QVERIFY(tree->topLevelItem(2)->text(0).startsWith(s("Destroy (V) – 1 file")));
    QTreeWidgetItem *row = tree->topLevelItem(0)->child(0);
    QCOMPARE(row->data(ui::DueFileTree::Reference, Qt::UserRole).toString(), keep);
    QCOMPARE(row->text(ui::DueFileTree::Subject), s("Geschäftsverteilungsplan 1990"));
    QCOMPARE(row->text(ui::DueFileTree::Unit), s("Kundenzentrum Nord"));
    QCOMPARE(row->text(ui::DueFileTree::State), s("to be offered"));

    // Nothing ticked, nothing to do; the A file ticked may be offered, not destroyed.
    auto *offer = dialog->findChild<QPushButton *>(s("offerButton"));
    auto *destroyButton = dialog->findChild<QPushButton *>(s("destroyButton"));
    QVERIFY(!offer->isEnabled() && !destroyButton->isEnabled());
    row->setCheckState(ui::DueFileTree::Reference, Qt::Checked);
    QVERIFY(offer->isEnabled());
    QVERIFY(!destroyButton->isEnabled());

    // The offer asks for the archive (the usual one filled in) and the folder.
    const QString folder = m_sender->file(s("aussonderung"));
    whenShown<ui::FormDialog>(this, [folder](ui::FormDialog *ask) {
        QCOMPARE(ask->objectName(), s("offerDialog"));
        checkKeyboard(ask);
        auto *archive = ask->findChild<QLineEdit *>(s("offerArchive"));
        QCOMPARE(archive->text(), s("Landesarchiv"));
        archive->setText(s("Landesarchiv Niedersachsen"));
        ask->findChild<QLineEdit *>(s("offerFolderEdit"))->setText(folder);
        QTest::mouseClick(ask->findChild<QPushButton *>(s("offerDialogOk")), Qt::LeftButton);
    });
    QSignalSpy succeeded(dialog, &ui::DisposalDialog::succeeded);
    QSignalSpy failed(dialog, &ui::DisposalDialog::failed);
    loaded.clear();
    QTest::mouseClick(offer, Qt::LeftButton);
    QVERIFY2(succeeded.wait(Slow), failed.isEmpty() ? "no result" : qPrintable(failed.first().first().toString()));
    const QStringList offers = QDir(folder).entryList({s("*_Aussonderung.Anbieteverzeichnis.0501.zip")});
    QCOMPARE(offers.size(), 1);
    QVERIFY2(dialog->statusText().contains(offers.first()), qPrintable(dialog->statusText()));
    QCOMPARE(m_sender->store()->setting(s("xdomea.archive")), s("Landesarchiv Niedersachsen"));

    // Read again: one disposal, offered; the file says where it went.
    QVERIFY(loaded.wait(Slow));
    QTreeWidget *processes = dialog->processList();
    QCOMPARE(processes->topLevelItemCount(), 1);
    QCOMPARE(processes->topLevelItem(0)->text(1), s("Landesarchiv Niedersachsen"));
    QVERIFY2(processes->topLevelItem(0)->text(2).startsWith(s("offered")),
             qPrintable(processes->topLevelItem(0)->text(2)));
    QCOMPARE(processes->topLevelItem(0)->text(3), s("1"));
    row = tree->topLevelItem(0)->child(0);
    QVERIFY2(row->text(ui::DueFileTree::State).startsWith(s("offered on ")),
             qPrintable(row->text(ui::DueFileTree::State)));
    QVERIFY(row->toolTip(ui::DueFileTree::State).startsWith(s("Landesarchiv Niedersachsen")));
    QVERIFY(!offer->isEnabled());  // still ticked, but offered
    processes->setCurrentItem(processes->topLevelItem(0));
    QVERIFY(!dialog->findChild<QPushButton *>(s("handOverButton"))->isEnabled());  // not evaluated yet

    // The V file is destroyed after a confirmation that defaults to Cancel.
    tree->setChecked(destroy, true);
    QVERIFY(destroyButton->isEnabled());
    whenShown<QMessageBox>(this, [](QMessageBox *box) {
        QCOMPARE(box->objectName(), s("destroyConfirm"));
        QCOMPARE(box->defaultButton()->objectName(), s("destroyConfirmCancel"));
        QVERIFY(box->informativeText().contains(s("cannot be undone")));
        QVERIFY(box->informativeText().contains(s("Wohngeld Frau Lindner")));
        QTest::mouseClick(box->findChild<QPushButton *>(s("destroyConfirmOk")), Qt::LeftButton);
    });
    succeeded.clear();
    QTest::mouseClick(destroyButton, Qt::LeftButton);
    QVERIFY2(succeeded.wait(Slow), failed.isEmpty() ? "no result" : qPrintable(failed.last().first().toString()));
    const QString destroyed = succeeded.first().first().toString();
    QVERIFY2(destroyed.startsWith(s("1 case file")) && destroyed.contains(s(" destroyed with 1 document")),
             qPrintable(destroyed));
    auto documents = storage::scalar(m_sender->store()->connection(),
                                     s("SELECT count(*) FROM document d JOIN proceeding p ON p.id = d.proceeding_id "
                                       "WHERE p.case_file_id = ?"),
                                     {destroy});
    QCOMPARE(documents->toInt(), 0);
    QVERIFY(loaded.wait(Slow));
    QVERIFY(tree->topLevelItem(2)->text(0).startsWith(s("Destroy (V) – 0 file")));
    dialog->close();

    // Every xdomea step of this test reads as a sentence in the Protokoll.
    auto objects = storage::rows<QStringList>(
        storage::exec(m_sender->store()->connection(),
                      s("SELECT DISTINCT object_type, object_id FROM audit_event WHERE action LIKE 'xdomea.%' OR "
                        "action = 'case_file.dispose'")),
        [](const QSqlQuery &q) {
            return QStringList{q.value(0).toString(), q.value(1).toString()};
        });
    QVERIFY(objects && objects->size() >= 4);  // send, receipt, offer, and a file transferred and destroyed
    QSet<QString> described;
    for (const QStringList &object : objects.value()) {
        auto events = storage::AuditLog(m_sender->store()->connection()).forObject(object.value(0), object.value(1));
        QVERIFY(events);
        for (const storage::AuditEvent &event : events.value()) {
            const QString text = ui::describeAuditEvent(event, {});
            QVERIFY2(!text.isEmpty() && text != event.action, qPrintable(event.action));
            described.insert(event.action);
        }
    }
    for (const char *action : {"xdomea.send", "xdomea.receipt", "xdomea.offer", "case_file.dispose"})
        QVERIFY2(described.contains(QString::fromLatin1(action)), action);
}

void TestXdomea::archiveAnswersAndFilesAreHandedOver()
{
    // The disposal the previous test offered: the archive keeps its file.
    const QSqlDatabase db = m_sender->store()->connection();
    auto processes = xdomea::ExchangeRepository(db).processes(xdomea::ProcessKind::Disposal);
    QVERIFY2(processes && processes->size() == 1, "needs registryOffersAndDestroysDueFiles");
    const xdomea::Process offered = processes->first();
    auto items = xdomea::ExchangeRepository(db).items(offered.id);
    QVERIFY(items && items->size() == 1);
    const QString keep = items->first().caseFileId;

    auto window = open(m_sender, "registratur");
    QVERIFY(window);
    auto *actions = window->findChild<ui::XdomeaActions *>();
    QSignalSpy opened(actions, &ui::XdomeaActions::disposalOpened);
    window->findChild<QAction *>(s("disposalAction"))->trigger();
    auto *dialog = opened.first().first().value<ui::DisposalDialog *>();
    QSignalSpy loaded(dialog, &ui::DisposalDialog::loaded);
    QVERIFY(loaded.wait(Slow));
    QSignalSpy succeeded(dialog, &ui::DisposalDialog::succeeded);
    QSignalSpy failed(dialog, &ui::DisposalDialog::failed);

    // The archive's evaluation (0502), as it would send it.
    const QString inbox = m_sender->file(s("vom-archiv"));
    xdomea::Message evaluation;
    evaluation.header = {offered.id,
                         xdomea::MessageType::Evaluation,
                         QDateTime::currentDateTimeUtc(),
                         {offered.partner, {}},
                         {s("Bezirksamt Nord"), {}},
                         {}};
    evaluation.verdicts = {{keep, core::DisposalDecision::Archive}};
    auto answer = xdomea::writePackage(evaluation, m_sender->store()->blobs(), inbox);
    QVERIFY2(answer, qPrintable(test::why(answer)));
    loaded.clear();
    dialog->readAnswer(answer.value());
    QVERIFY2(succeeded.wait(Slow), failed.isEmpty() ? "no result" : qPrintable(failed.first().first().toString()));
    QVERIFY2(succeeded.first().first().toString().contains(s("keeps 1")), qPrintable(dialog->statusText()));
    QVERIFY(loaded.wait(Slow));

    // Evaluated: the hand-over (0503) writes the file with its documents.
    QTreeWidget *list = dialog->processList();
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(dialog->findChild<QPushButton *>(s("handOverButton"))->isEnabled());
    const QString outbox = m_sender->file(s("an-das-archiv"));
    succeeded.clear();
    loaded.clear();
    dialog->handOver(offered.id, outbox);
    QVERIFY2(succeeded.wait(Slow), failed.isEmpty() ? "no result" : qPrintable(failed.last().first().toString()));
    QCOMPARE(QDir(outbox).entryList({s("*_Aussonderung.Aussonderung.0503.zip")}).size(), 1);
    QVERIFY(loaded.wait(Slow));

    // The archive confirms the import (0506): the file's content leaves, its record stays.
    xdomea::Message confirmation;
    confirmation.header = {offered.id,
                           xdomea::MessageType::DisposalImported,
                           QDateTime::currentDateTimeUtc(),
                           {offered.partner, {}},
                           {s("Bezirksamt Nord"), {}},
                           {}};
    confirmation.outcomes = {{keep, true, {}, s("NLA HA Nds. 100 Nr. 7")}};
    auto confirmed = xdomea::writePackage(confirmation, m_sender->store()->blobs(), inbox);
    QVERIFY2(confirmed, qPrintable(test::why(confirmed)));
    succeeded.clear();
    loaded.clear();
    dialog->readAnswer(confirmed.value());
    QVERIFY2(succeeded.wait(Slow), failed.isEmpty() ? "no result" : qPrintable(failed.last().first().toString()));
    QVERIFY(loaded.wait(Slow));
    QVERIFY2(list->topLevelItem(0)->text(2).startsWith(s("completed")), qPrintable(list->topLevelItem(0)->text(2)));
    auto left = xdomea::ExchangeRepository(db).disposedRecord(keep);
    QVERIFY(left);
    QCOMPARE(left->archiveId, s("NLA HA Nds. 100 Nr. 7"));
    auto documents = storage::scalar(db,
                                     s("SELECT count(*) FROM document d JOIN proceeding p ON p.id = d.proceeding_id "
                                       "WHERE p.case_file_id = ?"),
                                     {keep});
    QCOMPARE(documents->toInt(), 0);
    dialog->close();

    // The unit's supervisor still finds the file, and its details say where it went.
    QUndoStack undo;
    ui::DetailPane pane(m_sender->store(), m_sender->userId(s("jfischer")), &undo);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy detail(&pane, &ui::DetailPane::loaded);
    pane.showCaseFile(keep);
    QVERIFY(detail.wait(Slow));
    const QString status = pane.findChild<QLabel *>(s("caseFileStatus"))->text();
    QVERIFY2(status.startsWith(s("archived: handed to ")) && status.contains(s("NLA HA Nds. 100 Nr. 7")),
             qPrintable(status));
}

void TestXdomea::disposalIsTheRegistrysAlone()
{
    for (const char *login : {"aweber", "jfischer"}) {
        auto window = open(m_sender, login);
        QVERIFY(window);
        QAction *disposal = window->findChild<QAction *>(s("disposalAction"));
        QVERIFY2(!disposal->isEnabled(), login);
        QVERIFY(disposal->toolTip().contains(s("registry")));
        QVERIFY(window->findChild<QAction *>(s("importXdomeaAction"))->isEnabled());
    }
}

void TestXdomea::disposalScreenshots()
{
    // For the documentation: AKTENWERK_SCREENSHOTS=DIR keeps pictures of the disposal view of the
    // demo office (as `aktenwerk --demo` seeds it), in German and English.
    const QString dir = qEnvironmentVariable("AKTENWERK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    auto office = test::DemoOffice::make();
    QVERIFY2(office, qPrintable(test::why(office)));
    QVERIFY(intake::seedDemoIntake(office.value()->store()));
    QVERIFY(civilstatus::seedDemoRegisters(office.value()->store()));
    QVERIFY(xdomea::seedDemoDisposal(office.value()->store()));
    // One file already offered, so that the list of disposals is not empty.
    const casework::Session registry(office.value()->store(), office.value()->userId(s("registratur")));
    auto due = xdomea::Disposals(registry).due(QDate::currentDate());
    QVERIFY(due);
    const auto evaluate = std::find_if(due->cbegin(), due->cend(), [](const xdomea::DueFile &f) {
        return f.planned == core::DisposalDecision::Evaluate;
    });
    QVERIFY(evaluate != due->cend());
    QVERIFY(xdomea::Disposals(registry).offer({evaluate->caseFileId}, {s("Landesarchiv (Demo)"), {}},
                                              office.value()->file(s("angebot")), QDate::currentDate()));
    const auto restore = qScopeGuard([] { ui::installTranslations(*qApp, QStringLiteral("en")); });
    for (const QString &language : {s("de"), s("en")}) {
        QCOMPARE(ui::installTranslations(*qApp, language), language);
        auto window = open(office.value(), "registratur");
        QVERIFY(window);
        auto *actions = window->findChild<ui::XdomeaActions *>();
        QSignalSpy opened(actions, &ui::XdomeaActions::disposalOpened);
        window->findChild<QAction *>(s("disposalAction"))->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog = opened.first().first().value<ui::DisposalDialog *>();
        QSignalSpy loaded(dialog, &ui::DisposalDialog::loaded);
        QVERIFY(loaded.wait(Slow));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(QDir(dir).filePath(s("disposal-%1.png").arg(language))));
        dialog->close();
    }
}

QTEST_MAIN(TestXdomea)
#include "tst_xdomea.moc"
