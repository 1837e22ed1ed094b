// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingsdialog.h"

#include "casework/session.h"
#include "civilstatus/fees.h"
#include "intake/acknowledgement.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "ui/centralsettingsbox.h"
#include "ui/storeworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace aw::ui {

using core::Result;

namespace {

const QString LanguageKey = QStringLiteral("language");
const QString StorePathKey = QStringLiteral("store/path");
const QString WatchFolderKey = QStringLiteral("intake/watchFolder");
const QString OutgoingFolderKey = QStringLiteral("intake.outgoingFolder");
const QString AcknowledgeKey = QStringLiteral("intake.acknowledgeOnFiling");
// The Behörde as the sender of xdomea messages (transfers, offers to the archive).
const QString AuthorityKey = QStringLiteral("office.name");
// The Standesamt's certificates: the issuing office, the place before the date, the fee schedule.
const QStringList RegistryKeys{QStringLiteral("civilstatus.office"), QStringLiteral("civilstatus.place"),
                               QStringLiteral("civilstatus.feeSchedule")};

// What the dialog shows from the store, read on a worker.
struct Snapshot
{
    QString userName;  // "Maria Müller (mmueller)", empty without a user
    bool canEdit = false;
    QString outgoing;         // as set, may be empty
    QString outgoingDefault;  // where acknowledgements go when nothing is set
    bool acknowledge = true;
    QStringList registry;  // values of RegistryKeys
    QString authority;
};

Result<Snapshot> readSnapshot(const std::shared_ptr<storage::Store> &store, const QString &userId)
{
    Snapshot snapshot;
    if (!userId.isEmpty()) {
        auto user = storage::OrgRepository(store->connection()).user(userId);
        if (!user)
            return user.error();
        snapshot.userName = SettingsDialog::tr("%1 (%2)", "name (login)").arg(user->displayName, user->login);
        // The registry's right; a refusal (or a failure to read the user) means read-only.
        snapshot.canEdit = casework::Session(store, userId).permit(core::Action::ManageFilePlan).ok();
    }
    snapshot.outgoing = store->setting(OutgoingFolderKey).trimmed();
    if (snapshot.outgoing.isEmpty())
        snapshot.outgoingDefault = QDir::toNativeSeparators(intake::outgoingFolder(*store));
    snapshot.acknowledge = store->setting(AcknowledgeKey, QStringLiteral("true")) == QLatin1String("true");
    for (const QString &key : RegistryKeys)
        snapshot.registry << store->setting(key).trimmed();
    snapshot.authority = store->setting(AuthorityKey).trimmed();
    return snapshot;
}

QString expandHome(const QString &path)
{
    QString out = QDir::fromNativeSeparators(path.trimmed());
    if (out == QLatin1String("~") || out.startsWith(QLatin1String("~/")))
        out.replace(0, 1, QDir::homePath());
    return out;
}

// Why `typed` cannot serve as a folder Aktenwerk writes into, or empty when it can: it exists and
// is writable, or the nearest existing folder above it is (Aktenwerk creates the rest when it first
// needs it). A relative path is taken relative to `base`, or refused without one.
QString folderProblem(const QString &typed, const QString &base = {})
{
    QString path = expandHome(typed);
    if (path.isEmpty())
        return {};
    if (QDir::isRelativePath(path)) {
        if (base.isEmpty())
            return SettingsDialog::tr("Give the full path of the folder, e.g. %1.")
                .arg(QDir::toNativeSeparators(QDir::home().filePath(path)));
        path = QDir(base).absoluteFilePath(path);
    }
    path = QDir::cleanPath(path);
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir())
            return SettingsDialog::tr("“%1” is a file, not a folder.").arg(shown);
        if (!info.isWritable())
            return SettingsDialog::tr("Aktenwerk may not write into “%1”.").arg(shown);
        return {};
    }
    QString ancestor = path;
    for (;;) {
        const QString parent = QFileInfo(ancestor).path();
        if (parent == ancestor)
            break;
        ancestor = parent;
        if (QFileInfo::exists(ancestor))
            break;
    }
    const QFileInfo above(ancestor);
    const QString aboveShown = QDir::toNativeSeparators(ancestor);
    if (!above.exists())
        return SettingsDialog::tr("“%1” does not exist and cannot be created.").arg(shown);
    if (!above.isDir())
        return SettingsDialog::tr("“%1” cannot be created: “%2” is a file, not a folder.").arg(shown, aboveShown);
    if (!above.isWritable())
        return SettingsDialog::tr("“%1” cannot be created: Aktenwerk may not write into “%2”.").arg(shown, aboveShown);
    return {};
}

enum class Field
{
    None,
    StoreFolder,
    WatchFolder,
    OutgoingFolder,
    FeeSchedule
};

struct SaveRequest
{
    QString storeFolder;
    QString watchFolder;
    bool writeOffice = false;
    QString outgoing;  // empty: the default
    bool acknowledge = true;
    bool outgoingChanged = false;
    bool acknowledgeChanged = false;
    QStringList registry;  // values of RegistryKeys
    QStringList registryRead;
    QString authority;
    QString authorityRead;
};

// A folder refused before anything was written: which field, and why.
struct Refusal
{
    Field field = Field::None;
    QString message;
};

// Checks every folder and writes the office settings (one transaction). Nothing is written
// unless every folder is acceptable.
Result<Refusal> saveOnWorker(const std::shared_ptr<storage::Store> &store, const QString &userId,
                             const SaveRequest &request)
{
    if (QString problem = folderProblem(request.storeFolder); !problem.isEmpty())
        return Refusal{Field::StoreFolder, SettingsDialog::tr("Store folder: %1").arg(problem)};
    if (QString problem = folderProblem(request.watchFolder); !problem.isEmpty())
        return Refusal{Field::WatchFolder, SettingsDialog::tr("Watch folder: %1").arg(problem)};
    if (!request.writeOffice ||
        (!request.outgoingChanged && !request.acknowledgeChanged && request.registry == request.registryRead &&
         request.authority == request.authorityRead))
        return Refusal{};
    if (QString problem = folderProblem(request.outgoing, store->dir()); !problem.isEmpty())
        return Refusal{Field::OutgoingFolder, SettingsDialog::tr("Outgoing folder: %1").arg(problem)};
    // A fee schedule that cannot be read would stop every certificate: refused before saving.
    if (const QString fees = request.registry.value(2); !fees.isEmpty()) {
        if (auto schedule = civilstatus::FeeSchedule::fromFile(fees); !schedule)
            return Refusal{Field::FeeSchedule, SettingsDialog::tr("Fee schedule: %1").arg(schedule.error().message)};
    }
    if (auto ok = casework::Session(store, userId).permit(core::Action::ManageFilePlan); !ok)
        return ok.error();
    // Office settings change the work of everybody: each change is audited with who made it.
    storage::UnitOfWork work(store->connection(), userId);
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto set = [&](const QString &key, const QString &value) -> Result<void> {
        if (auto ok = store->setSetting(key, value); !ok)
            return ok.error();
        return work.record(QStringLiteral("setting.change"), QStringLiteral("store_setting"), key,
                           {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    };
    if (request.outgoingChanged) {
        if (auto ok = set(OutgoingFolderKey, request.outgoing); !ok)
            return ok.error();
    }
    if (request.acknowledgeChanged) {
        if (auto ok = set(AcknowledgeKey, request.acknowledge ? QStringLiteral("true") : QStringLiteral("false")); !ok)
            return ok.error();
    }
    if (request.authority != request.authorityRead) {
        if (auto ok = set(AuthorityKey, request.authority); !ok)
            return ok.error();
    }
    for (qsizetype i = 0; i < RegistryKeys.size(); ++i) {
        if (request.registry.value(i) == request.registryRead.value(i))
            continue;
        if (auto ok = set(RegistryKeys.at(i), request.registry.value(i)); !ok)
            return ok.error();
    }
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return Refusal{};
}

QLabel *hintLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QPushButton *chooseButton(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(SettingsDialog::tr("Choose …"), parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

// A field with its explanation right below it.
QVBoxLayout *withHint(QWidget *field, QLabel *hint)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(hint);
    return column;
}

QVBoxLayout *withHint(QLayout *field, QLabel *hint)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addLayout(field);
    column->addWidget(hint);
    return column;
}

// Lets a label wrap a long path at its separators (a label breaks lines only between words).
QString breakable(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('/'), QStringLiteral("/\u200B"));
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\u200B"));
    return out;
}

QHBoxLayout *folderRow(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(button);
    return row;
}

}  // namespace

SettingsDialog::SettingsDialog(std::shared_ptr<storage::Store> store, QString userId, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_userId(std::move(userId))
    , m_user(new QLabel(this))
    , m_authority(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_storeFolder(new QLineEdit(this))
    , m_storeChoose(chooseButton(QStringLiteral("storeFolderChoose"), tr("Choose the store folder"), this))
    , m_watchFolder(new QLineEdit(this))
    , m_watchChoose(chooseButton(QStringLiteral("watchFolderChoose"), tr("Choose the watch folder"), this))
    , m_outgoingFolder(new QLineEdit(this))
    , m_outgoingChoose(chooseButton(QStringLiteral("outgoingFolderChoose"), tr("Choose the outgoing folder"), this))
    , m_acknowledge(new QCheckBox(tr("Send the &acknowledgement of receipt right after filing"), this))
    , m_registryOffice(new QLineEdit(this))
    , m_registryPlace(new QLineEdit(this))
    , m_feeSchedule(new QLineEdit(this))
    , m_feeChoose(chooseButton(QStringLiteral("feeScheduleChoose"), tr("Choose the fee schedule"), this))
    , m_officeNote(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_central(new CentralSettingsBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(660);

    const QSettings settings;
    m_centralRead = CentralConnection::load();
    m_central->setValue(m_centralRead);
    m_languageRead = settings.value(LanguageKey).toString();
    m_storePathRead = settings.value(StorePathKey).toString();
    m_watchFolderRead = settings.value(WatchFolderKey).toString();

    m_user->setObjectName(QStringLiteral("settingsUser"));
    m_user->setTextFormat(Qt::PlainText);
    m_user->setText(m_userId.isEmpty() ? tr("Nobody (read-only)") : tr("Reading …"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_languageRead)));

    m_storeFolder->setObjectName(QStringLiteral("storeFolderEdit"));
    m_storeFolder->setAccessibleName(tr("Store folder"));
    m_storeFolder->setText(QDir::toNativeSeparators(m_storePathRead));
    m_storeFolder->setPlaceholderText(m_storePathRead.isEmpty() ? QDir::toNativeSeparators(storage::Store::defaultDir())
                                                                : tr("Empty: the standard folder"));
    m_storeFolder->setClearButtonEnabled(true);

    m_watchFolder->setObjectName(QStringLiteral("watchFolderEdit"));
    m_watchFolder->setAccessibleName(tr("Watch folder for the inbox"));
    m_watchFolder->setText(QDir::toNativeSeparators(m_watchFolderRead));
    m_watchFolder->setPlaceholderText(tr("None"));
    m_watchFolder->setClearButtonEnabled(true);

    m_outgoingFolder->setObjectName(QStringLiteral("outgoingFolderEdit"));
    m_outgoingFolder->setAccessibleName(tr("Outgoing folder"));
    m_outgoingFolder->setToolTip(tr("A relative path is taken relative to the store folder."));
    m_authority->setObjectName(QStringLiteral("authorityEdit"));
    m_authority->setAccessibleName(tr("Authority (sender in xdomea messages)"));
    m_authority->setPlaceholderText(tr("e.g. Bezirksamt Mitte"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeOnFilingCheck"));
    m_acknowledge->setAccessibleName(tr("Send the acknowledgement of receipt right after filing"));
    m_acknowledge->setChecked(true);

    m_registryOffice->setObjectName(QStringLiteral("registryOfficeEdit"));
    m_registryOffice->setAccessibleName(tr("Issuing Standesamt"));
    m_registryOffice->setPlaceholderText(tr("e.g. Standesamt Göttingen"));
    m_registryPlace->setObjectName(QStringLiteral("registryPlaceEdit"));
    m_registryPlace->setAccessibleName(tr("Place of issue"));
    m_registryPlace->setPlaceholderText(tr("e.g. Göttingen"));
    m_feeSchedule->setObjectName(QStringLiteral("feeScheduleEdit"));
    m_feeSchedule->setAccessibleName(tr("Fee schedule"));
    m_feeSchedule->setPlaceholderText(tr("None: 12,00 € the first copy, 6,00 € each further one"));
    m_feeSchedule->setClearButtonEnabled(true);

    m_officeNote->setObjectName(QStringLiteral("officeSettingsNote"));
    m_officeNote->setWordWrap(true);
    m_officeNote->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("settingsOk"));
    ok->setAccessibleName(tr("Save the settings"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("settingsCancel"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *own = new QGroupBox(tr("Your settings on this computer"), this);
    own->setObjectName(QStringLiteral("ownSettings"));
    auto *ownForm = new QFormLayout(own);
    ownForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    ownForm->setVerticalSpacing(12);
    auto *userLabel = new QLabel(tr("User:"), own);
    ownForm->addRow(userLabel, withHint(m_user, hintLabel(tr("Aktenwerk asks who is working at each start."),
                                                          QStringLiteral("userHint"), own)));
    auto *languageLabel = new QLabel(tr("&Language:"), own);
    languageLabel->setBuddy(m_language);
    ownForm->addRow(languageLabel, withHint(m_language, hintLabel(tr("Applies after a restart."),
                                                                  QStringLiteral("languageHint"), own)));
    auto *storeLabel = new QLabel(tr("&Store folder:"), own);
    storeLabel->setBuddy(m_storeFolder);
    ownForm->addRow(storeLabel, withHint(folderRow(m_storeFolder, m_storeChoose),
                                         hintLabel(tr("Applies at the next start. Open now: %1")
                                                       .arg(breakable(QDir::toNativeSeparators(m_store->dir()))),
                                                   QStringLiteral("storeFolderHint"), own)));
    auto *watchLabel = new QLabel(tr("&Watch folder:"), own);
    watchLabel->setBuddy(m_watchFolder);
    ownForm->addRow(watchLabel, withHint(folderRow(m_watchFolder, m_watchChoose),
                                         hintLabel(tr("Optional. Online applications (ZIP packages) put here are "
                                                      "received into the inbox. Applies at the next start."),
                                                   QStringLiteral("watchFolderHint"), own)));

    auto *office = new QGroupBox(tr("Office settings (for everybody working with this store)"), this);
    office->setObjectName(QStringLiteral("officeSettings"));
    auto *officeForm = new QFormLayout(office);
    officeForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    officeForm->setVerticalSpacing(12);
    auto *authorityLabel = new QLabel(tr("Aut&hority:"), office);
    authorityLabel->setBuddy(m_authority);
    officeForm->addRow(authorityLabel,
                       withHint(m_authority, hintLabel(tr("The sender named in xdomea messages: case files handed "
                                                          "to another authority, offers to the archive."),
                                                       QStringLiteral("authorityHint"), office)));
    auto *outgoingLabel = new QLabel(tr("&Outgoing folder:"), office);
    outgoingLabel->setBuddy(m_outgoingFolder);
    officeForm->addRow(outgoingLabel,
                       withHint(folderRow(m_outgoingFolder, m_outgoingChoose),
                                hintLabel(tr("Acknowledgements of receipt are handed over here to be sent (e-mail, "
                                             "De-Mail, or print for the post)."),
                                          QStringLiteral("outgoingFolderHint"), office)));
    officeForm->addRow(QString(), m_acknowledge);
    auto *registryOfficeLabel = new QLabel(tr("Standesa&mt:"), office);
    registryOfficeLabel->setBuddy(m_registryOffice);
    officeForm->addRow(registryOfficeLabel,
                       withHint(m_registryOffice, hintLabel(tr("The issuing office printed on certificates."),
                                                            QStringLiteral("registryOfficeHint"), office)));
    auto *registryPlaceLabel = new QLabel(tr("&Place of issue:"), office);
    registryPlaceLabel->setBuddy(m_registryPlace);
    officeForm->addRow(registryPlaceLabel, m_registryPlace);
    auto *feeLabel = new QLabel(tr("&Fee schedule:"), office);
    feeLabel->setBuddy(m_feeSchedule);
    officeForm->addRow(feeLabel, withHint(folderRow(m_feeSchedule, m_feeChoose),
                                          hintLabel(tr("A JSON file with the certificate fees and the day they apply "
                                                       "from (see the README). It is checked before saving."),
                                                    QStringLiteral("feeScheduleHint"), office)));
    officeForm->addRow(m_officeNote);
    // The fields of both groups line up although they are in two forms.
    int labelWidth = 0;
    const auto labels = {userLabel,     languageLabel,       storeLabel,         watchLabel, authorityLabel,
                         outgoingLabel, registryOfficeLabel, registryPlaceLabel, feeLabel};
    for (QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(own);
    layout->addWidget(office);
    layout->addWidget(m_central);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_status->hide();

    setTabOrder(m_language, m_storeFolder);
    setTabOrder(m_storeFolder, m_storeChoose);
    setTabOrder(m_storeChoose, m_watchFolder);
    setTabOrder(m_watchFolder, m_watchChoose);
    setTabOrder(m_watchChoose, m_authority);
    setTabOrder(m_authority, m_outgoingFolder);
    setTabOrder(m_outgoingFolder, m_outgoingChoose);
    setTabOrder(m_outgoingChoose, m_acknowledge);
    setTabOrder(m_acknowledge, m_registryOffice);
    setTabOrder(m_registryOffice, m_registryPlace);
    setTabOrder(m_registryPlace, m_feeSchedule);
    setTabOrder(m_feeSchedule, m_feeChoose);
    m_language->setFocus();

    connect(m_storeChoose, &QPushButton::clicked, this, [this] { chooseFolder(m_storeFolder, tr("Store folder")); });
    connect(m_watchChoose, &QPushButton::clicked, this,
            [this] { chooseFolder(m_watchFolder, tr("Watch folder for the inbox")); });
    connect(m_outgoingChoose, &QPushButton::clicked, this,
            [this] { chooseFolder(m_outgoingFolder, tr("Outgoing folder")); });
    connect(m_feeChoose, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Fee schedule"), expandHome(m_feeSchedule->text()),
                                                            tr("Fee schedule (*.json)"));
        if (!chosen.isEmpty())
            m_feeSchedule->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateOfficeEditable();
    load();
}

void SettingsDialog::reject()
{
    // A save under way finishes its transaction anyway; closing now would hide its outcome.
    if (!m_busy)
        QDialog::reject();
}

void SettingsDialog::load()
{
    m_officeNote->setText(tr("Reading the office settings …"));
    runOnStore<Snapshot>(
        this, m_store,
        [userId = m_userId](const std::shared_ptr<storage::Store> &store) { return readSnapshot(store, userId); },
        [this](const Result<Snapshot> &snapshot) {
            m_loaded = true;
            if (!snapshot) {
                m_canEditOffice = false;
                if (!m_userId.isEmpty())
                    m_user->setText(tr("Unknown"));
                m_officeNote->setText(tr("The office settings could not be read: %1").arg(snapshot.error().message));
                updateOfficeEditable();
                Q_EMIT loaded();
                return;
            }
            if (!m_userId.isEmpty())
                m_user->setText(snapshot->userName);
            m_canEditOffice = snapshot->canEdit;
            m_outgoingRead = snapshot->outgoing;
            m_acknowledgeRead = snapshot->acknowledge;
            m_outgoingFolder->setText(QDir::toNativeSeparators(snapshot->outgoing));
            m_outgoingFolder->setPlaceholderText(snapshot->outgoing.isEmpty()
                                                     ? snapshot->outgoingDefault
                                                     : tr("Empty: the folder “ausgang” in the store folder"));
            m_acknowledge->setChecked(snapshot->acknowledge);
            m_registryRead = snapshot->registry;
            m_registryOffice->setText(m_registryRead.value(0));
            m_registryPlace->setText(m_registryRead.value(1));
            m_feeSchedule->setText(QDir::toNativeSeparators(m_registryRead.value(2)));
            m_authorityRead = snapshot->authority;
            m_authority->setText(m_authorityRead);
            m_officeNote->setText(m_canEditOffice ? QString()
                                                  : tr("Only the registry (Registratur) may change these settings."));
            updateOfficeEditable();
            Q_EMIT loaded();
        });
}

void SettingsDialog::updateOfficeEditable()
{
    const bool editable = m_loaded && m_canEditOffice && !m_busy;
    m_outgoingFolder->setReadOnly(!editable);
    m_outgoingFolder->setClearButtonEnabled(editable);
    m_outgoingChoose->setEnabled(editable);
    m_acknowledge->setEnabled(editable);
    for (QLineEdit *edit : {m_authority, m_registryOffice, m_registryPlace, m_feeSchedule})
        edit->setReadOnly(!editable);
    m_feeSchedule->setClearButtonEnabled(editable);
    m_feeChoose->setEnabled(editable);
    m_officeNote->setVisible(!m_officeNote->text().isEmpty());
    fitHeight();
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_language, m_storeFolder, m_storeChoose, m_watchFolder,
                                                       m_watchChoose, m_buttons})
        w->setEnabled(!busy);
    updateOfficeEditable();
}

void SettingsDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(breakable(text));
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #a4262c; }") : QString());
    m_status->setVisible(!text.isEmpty());
    fitHeight();
}

void SettingsDialog::fitHeight()
{
    // A window is sized by its size hint, which takes wrapped text at a guessed width; make room for
    // every line at the actual width.
    layout()->activate();
    if (const int needed = heightForWidth(width()); needed > height())
        resize(width(), needed);
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void SettingsDialog::chooseFolder(QLineEdit *edit, const QString &title)
{
    QString start = expandHome(edit->text().isEmpty() ? edit->placeholderText() : edit->text());
    if (edit == m_outgoingFolder && QDir::isRelativePath(start))
        start = QDir(m_store->dir()).absoluteFilePath(start);
    while (!start.isEmpty() && !QFileInfo(start).isDir() && QFileInfo(start).path() != start)
        start = QFileInfo(start).path();
    const QString chosen = QFileDialog::getExistingDirectory(this, title, start);
    if (!chosen.isEmpty())
        edit->setText(QDir::toNativeSeparators(chosen));
}

void SettingsDialog::save()
{
    if (m_busy)
        return;
    if (const QString problem = m_central->problem(); !problem.isEmpty()) {
        showStatus(problem, true);
        Q_EMIT saveFailed(problem);
        return;
    }
    SaveRequest request;
    request.storeFolder = m_storeFolder->text().trimmed();
    request.watchFolder = m_watchFolder->text().trimmed();
    request.writeOffice = m_loaded && m_canEditOffice;
    request.outgoing = QDir::fromNativeSeparators(m_outgoingFolder->text().trimmed());
    request.acknowledge = m_acknowledge->isChecked();
    request.outgoingChanged = request.outgoing != m_outgoingRead;
    request.acknowledgeChanged = request.acknowledge != m_acknowledgeRead;
    request.registry = {m_registryOffice->text().trimmed(), m_registryPlace->text().trimmed(),
                        expandHome(QDir::fromNativeSeparators(m_feeSchedule->text().trimmed()))};
    request.registryRead = m_registryRead;
    request.authority = m_authority->text().trimmed();
    request.authorityRead = m_authorityRead;
    if (!request.registryRead.isEmpty() && request.registry.value(2) == expandHome(request.registryRead.value(2)))
        request.registry[2] = request.registryRead.value(2);  // unchanged, as it was written

    showStatus(tr("Saving …"));
    setBusy(true);
    runOnStore<Refusal>(
        this, m_store,
        [userId = m_userId, request](const std::shared_ptr<storage::Store> &store) {
            return saveOnWorker(store, userId, request);
        },
        [this](const Result<Refusal> &outcome) {
            setBusy(false);
            QString problem;
            if (!outcome)
                problem = tr("The office settings could not be saved: %1").arg(outcome.error().message);
            else
                problem = outcome->message;
            if (problem.isEmpty() && !saveLocal())
                problem = tr("Your settings could not be written (%1).")
                              .arg(QDir::toNativeSeparators(QSettings().fileName()));
            if (!problem.isEmpty()) {
                showStatus(problem, true);
                if (outcome) {
                    QLineEdit *field = outcome->field == Field::StoreFolder      ? m_storeFolder
                                       : outcome->field == Field::WatchFolder    ? m_watchFolder
                                       : outcome->field == Field::OutgoingFolder ? m_outgoingFolder
                                       : outcome->field == Field::FeeSchedule    ? m_feeSchedule
                                                                                 : nullptr;
                    if (field) {
                        field->setFocus();
                        field->selectAll();
                    }
                }
                Q_EMIT saveFailed(problem);
                return;
            }
            showStatus({});
            accept();
        });
}

bool SettingsDialog::saveLocal()
{
    // Only what was changed is written: an unchanged value may come from the office's system-wide
    // configuration, which a copy in the user's own file would then hide.
    QSettings settings;
    auto write = [&settings](const QString &key, const QString &value, const QString &read) {
        if (value == read)
            return;
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    };
    write(LanguageKey, m_language->currentData().toString(), m_languageRead);
    auto folder = [](const QString &text) {
        const QString path = expandHome(text);
        return path.isEmpty() ? path : QDir::cleanPath(path);
    };
    const QString storeFolder = m_storeFolder->text().trimmed();
    if (storeFolder != QDir::toNativeSeparators(m_storePathRead))
        write(StorePathKey, folder(storeFolder), m_storePathRead);
    const QString watchFolder = m_watchFolder->text().trimmed();
    if (watchFolder != QDir::toNativeSeparators(m_watchFolderRead))
        write(WatchFolderKey, folder(watchFolder), m_watchFolderRead);
    const CentralConnection central = m_central->value();
    m_centralChanged = !(central == m_centralRead);
    if (m_centralChanged)
        central.save();
    settings.sync();
    return settings.status() == QSettings::NoError;
}

}  // namespace aw::ui
