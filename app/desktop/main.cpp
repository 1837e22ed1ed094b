// SPDX-License-Identifier: GPL-3.0-or-later
// aktenwerk: the caseworker's desktop application.
#include "casework/demo.h"
#include "civilstatus/demoregisters.h"
#include "intake/demointake.h"
#include "intake/watchfolder.h"
#include "storage/casefilerepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/store.h"
#include "ui/certificateactions.h"
#include "ui/certificaterequestdialog.h"
#include "ui/conflictsdialog.h"
#include "ui/detailpane.h"
#include "ui/inboxpane.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/myworkpane.h"
#include "ui/settingsdialog.h"
#include "ui/startupreport.h"
#include "ui/storecheck.h"
#include "ui/storeopening.h"
#include "ui/userpicker.h"
#include "xdomea/demodisposal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Aktenwerk"));
    QApplication::setApplicationName(QStringLiteral("aktenwerk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Aktenwerk"));
    QApplication::setApplicationVersion(QStringLiteral(AKTENWERK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("de.aktenwerk.Aktenwerk"));
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/aktenwerk-%1.png").arg(size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Aktenwerk – electronic case files"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("The store folder."),
                                         QStringLiteral("DIR"), aw::storage::Store::defaultDir());
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Sign in as this user (login)."),
                                        QStringLiteral("LOGIN"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Seed an empty store with a demo office."));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("de or en."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the main window once it has loaded, then quit."), QStringLiteral("FILE"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QStringLiteral("Start on this view: mywork (default when signed in), inbox, files or search; with "
                       "--screenshot also settings or conflicts (the dialog over the window)."),
        QStringLiteral("VIEW"));
    const QCommandLineOption openOption(
        QStringLiteral("open"), QStringLiteral("Open the proceeding or case file with this reference (Aktenzeichen)."),
        QStringLiteral("REFERENCE"));
    const QCommandLineOption requestOption(
        QStringLiteral("certificate-request"),
        QStringLiteral("With --open PROCEEDING: open its certificate request (Urkundenanforderung) too."));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QStringLiteral("Start on the search view and search for this."),
                                          QStringLiteral("QUERY"));
    parser.addOptions({storeOption, userOption, demoOption, languageOption, screenshotOption, viewOption, openOption,
                       requestOption, searchOption});
    parser.process(app);

    QSettings settings;
    aw::ui::installTranslations(app, parser.isSet(languageOption)
                                         ? parser.value(languageOption)
                                         : settings.value(QStringLiteral("language")).toString());

    // The integrity check takes about a second on a big store: it runs on a worker once the window is
    // there (see StoreCheck below); a damaged store is then kept from changing. A store of an older
    // version is checked and upgraded first, on a worker too, with a note when that takes a while.
    auto store =
        aw::ui::openStoreShowingProgress(parser.value(storeOption), aw::storage::Database::OpenMode::CreateIfMissing,
                                         aw::storage::Database::Integrity::CheckLater);
    if (!store) {
        QMessageBox::critical(nullptr, QObject::tr("Aktenwerk"), store.error().message);
        return 1;
    }
    if (parser.isSet(demoOption)) {
        // Seeding is a one-off of a few hundred small writes; an empty store has nothing to show
        // meanwhile, so it runs before the window opens.
        auto files = aw::storage::CaseFileRepository(store.value()->connection()).all();
        if (files && files->isEmpty()) {
            // Seeding writes, so the (here quick) check comes first.
            if (auto intact = store.value()->database().checkIntegrity(); !intact) {
                QMessageBox::critical(nullptr, QObject::tr("Aktenwerk"), intact.error().message);
                return 1;
            }
            auto seeded = aw::casework::seedDemo(store.value());
            auto intake = seeded ? aw::intake::seedDemoIntake(store.value())
                                 : aw::core::Result<aw::intake::DemoIntakeReport>(seeded.error());
            auto registers =
                intake ? aw::civilstatus::seedDemoRegisters(store.value()) : aw::core::Result<int>(intake.error());
            auto disposal = registers ? aw::xdomea::seedDemoDisposal(store.value()) : registers;
            if (!disposal) {
                QMessageBox::critical(nullptr, QObject::tr("Aktenwerk"), disposal.error().message);
                return 1;
            }
        }
    }

    // Who is working: --user, else on a store with users the one the user picks (the last one
    // preselected; Cancel opens read-only). A screenshot run never waits on a dialog and takes the
    // last user.
    QString userId;
    const QString lastUser = settings.value(QStringLiteral("lastUser")).toString();
    const aw::storage::OrgRepository org(store.value()->connection());
    auto hasActiveUsers = [&org] {
        auto users = org.users();
        return users && std::any_of(users->cbegin(), users->cend(), [](const auto &u) { return u.active; });
    };
    if (parser.isSet(userOption) || parser.isSet(screenshotOption)) {
        const QString login = parser.isSet(userOption) ? parser.value(userOption) : lastUser;
        if (!login.isEmpty()) {
            auto user = org.userByLogin(login);
            if (user) {
                userId = user->id;
                settings.setValue(QStringLiteral("lastUser"), login);
            } else if (parser.isSet(userOption)) {
                QMessageBox::critical(nullptr, QObject::tr("Aktenwerk"), user.error().message);
                return 1;
            }
        }
    } else if (hasActiveUsers()) {
        aw::ui::UserPicker picker(store.value(), lastUser);
        picker.setCancelText(QObject::tr("&Read only"),
                             QObject::tr("Open the store without choosing a user: you can look, not change."));
        if (picker.exec() == QDialog::Accepted) {
            userId = picker.userId();
            settings.setValue(QStringLiteral("lastUser"), picker.login());
        }
    }

    // --open: a proceeding's reference, else a case file's; shown once the file plan is there.
    QString openProceeding, openCaseFile;
    if (parser.isSet(openOption)) {
        const QString reference = parser.value(openOption).trimmed();
        if (auto p = aw::storage::ProceedingRepository(store.value()->connection()).byReference(reference))
            openProceeding = p->id;
        else if (auto f = aw::storage::CaseFileRepository(store.value()->connection()).byReference(reference))
            openCaseFile = f->id;
        else {
            QMessageBox::critical(nullptr, QObject::tr("Aktenwerk"),
                                  QObject::tr("No proceeding or case file has the reference “%1”.").arg(reference));
            return 1;
        }
    }

    aw::ui::MainWindow window(store.value(), userId);
    if (qEnvironmentVariableIsSet("AKTENWERK_REPORT_STARTUP"))
        new aw::ui::StartupReport(&window);
    window.show();
    // After the file plan has loaded (or failed to), so that the check does not compete with the
    // window's first reads for the CPU.
    auto *storeCheck = new aw::ui::StoreCheck(&window, store.value());
    QObject::connect(&window, &aw::ui::MainWindow::filePlanLoaded, storeCheck, &aw::ui::StoreCheck::start,
                     Qt::SingleShotConnection);
    QObject::connect(&window, &aw::ui::MainWindow::loadFailed, storeCheck, &aw::ui::StoreCheck::start,
                     Qt::SingleShotConnection);

    // The office's (or the user's) watch folder feeds the Posteingang while the application runs.
    std::unique_ptr<aw::intake::WatchFolder> watch;
    const QString watchFolder = settings.value(QStringLiteral("intake/watchFolder")).toString();
    if (!watchFolder.isEmpty() && !userId.isEmpty()) {
        watch = std::make_unique<aw::intake::WatchFolder>(store.value(), userId, watchFolder);
        QObject::connect(watch.get(), &aw::intake::WatchFolder::received, &window,
                         [&window](const QString &path, const QString &status, const QString &problem) {
                             window.inboxPane()->reload();
                             window.statusBar()->showMessage(
                                 problem.isEmpty()
                                     ? QObject::tr("Received into the inbox: %1").arg(QFileInfo(path).fileName())
                                     : QObject::tr("Quarantined: %1 – %2").arg(QFileInfo(path).fileName(), problem),
                                 8000);
                             Q_UNUSED(status)
                         });
        QObject::connect(watch.get(), &aw::intake::WatchFolder::failed, &window,
                         [&window](const QString &message) { window.statusBar()->showMessage(message); });
        watch->start();
    }
    // A clerk's day starts with their work; without a user, with the file plan.
    const QString view = parser.isSet(viewOption)     ? parser.value(viewOption)
                         : parser.isSet(searchOption) ? QStringLiteral("search")
                         : userId.isEmpty()           ? QStringLiteral("files")
                                                      : QStringLiteral("mywork");
    const bool opening = !openProceeding.isEmpty() || !openCaseFile.isEmpty();
    if (opening) {
        QObject::connect(
            &window, &aw::ui::MainWindow::filePlanLoaded, &window,
            [&window, openProceeding, openCaseFile] {
                if (!openProceeding.isEmpty())
                    window.showProceeding(openProceeding);
                else
                    window.showCaseFile(openCaseFile);
            },
            Qt::SingleShotConnection);
        if (!openProceeding.isEmpty() && parser.isSet(requestOption)) {
            QObject::connect(
                &window, &aw::ui::MainWindow::proceedingShown, &window,
                [&window] {
                    if (auto *open = window.findChild<QAction *>(QStringLiteral("openCertificateRequestAction")))
                        open->trigger();
                },
                Qt::SingleShotConnection);
        }
    } else if (view == QLatin1String("inbox"))
        window.showInbox();
    else if (view == QLatin1String("mywork"))
        window.showMyWork();
    else if (view == QLatin1String("search") || view == QLatin1String("searches")) {
        window.showSearch();
        if (parser.isSet(searchOption))
            window.searchPane()->search(parser.value(searchOption));
    }
    if (parser.isSet(screenshotOption)) {
        // For documentation and the package test: wait until the view is shown, then save.
        const QString file = parser.value(screenshotOption);
        auto save = [&window, file] {
            QTimer::singleShot(500, &window, [&window, file] {
                const bool saved = window.grab().save(file, "PNG");
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        auto *certificates = window.findChild<aw::ui::CertificateActions *>();
        if (!openProceeding.isEmpty() && parser.isSet(requestOption) && certificates) {
            // The request view, once it shows its request.
            QObject::connect(
                certificates, &aw::ui::CertificateActions::opened, &window,
                [file](QWidget *view) {
                    auto *dialog = qobject_cast<aw::ui::CertificateRequestDialog *>(view);
                    QObject::connect(
                        dialog, &aw::ui::CertificateRequestDialog::loaded, dialog,
                        [dialog, file] {
                            QTimer::singleShot(300, dialog, [dialog, file] {
                                QCoreApplication::exit(dialog->grab().save(file, "PNG") ? 0 : 1);
                            });
                        },
                        Qt::SingleShotConnection);
                },
                Qt::SingleShotConnection);
        } else if (!openProceeding.isEmpty())
            QObject::connect(&window, &aw::ui::MainWindow::proceedingShown, &window, save, Qt::SingleShotConnection);
        else if (opening)
            QObject::connect(window.detailPane(), &aw::ui::DetailPane::loaded, &window, save, Qt::SingleShotConnection);
        else if (view == QLatin1String("inbox"))
            QObject::connect(window.inboxPane(), &aw::ui::InboxPane::previewShown, &window, save,
                             Qt::SingleShotConnection);
        else if (view == QLatin1String("mywork"))
            QObject::connect(window.myWorkPane(), &aw::ui::MyWorkPane::loaded, &window, save, Qt::SingleShotConnection);
        else if (view == QLatin1String("settings") || view == QLatin1String("conflicts")) {
            // A dialog over the window, saved once it shows what it read.
            auto saveDialog = [file](QDialog *dialog) {
                QTimer::singleShot(
                    300, dialog, [dialog, file] { QCoreApplication::exit(dialog->grab().save(file, "PNG") ? 0 : 1); });
            };
            if (view == QLatin1String("settings")) {
                auto *dialog = new aw::ui::SettingsDialog(store.value(), userId, &window);
                QObject::connect(dialog, &aw::ui::SettingsDialog::loaded, dialog,
                                 [dialog, saveDialog] { saveDialog(dialog); });
                dialog->show();
            } else {
                auto *dialog = new aw::ui::ConflictsDialog(store.value(), userId, &window);
                QObject::connect(dialog, &aw::ui::ConflictsDialog::loaded, dialog,
                                 [dialog, saveDialog] { saveDialog(dialog); });
                dialog->show();
            }
        } else
            QObject::connect(&window, &aw::ui::MainWindow::filePlanLoaded, &window, save, Qt::SingleShotConnection);
    }
    return app.exec();
}
