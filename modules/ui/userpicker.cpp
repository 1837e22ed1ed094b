// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/userpicker.h"

#include "core/permissions.h"
#include "storage/orgrepository.h"
#include "ui/storeworker.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QDir>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace aw::ui {

using core::Result;

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int LoginRole = Qt::UserRole + 2;
constexpr int SearchRole = Qt::UserRole + 3;

struct Candidate
{
    storage::User user;
    QList<std::pair<core::Role, QString>> roles;  // role and unit name, per membership
};

Result<QList<Candidate>> readCandidates(const std::shared_ptr<storage::Store> &store)
{
    const storage::OrgRepository org(store->connection());
    auto units = org.units();
    if (!units)
        return units.error();
    QHash<QString, QString> unitNames;
    for (const storage::OrgUnit &unit : units.value())
        unitNames.insert(unit.id, unit.name);
    auto users = org.users();
    if (!users)
        return users.error();
    QList<Candidate> out;
    for (const storage::User &user : users.value()) {
        if (!user.active)
            continue;
        auto memberships = org.memberships(user.id);
        if (!memberships)
            return memberships.error();
        Candidate candidate{user, {}};
        for (const storage::Membership &m : memberships.value())
            candidate.roles.append({m.role, unitNames.value(m.orgUnitId, m.orgUnitId)});
        out.append(candidate);
    }
    return out;
}

// Lower case without accents, so that "mul" finds "Müller" and "yilmaz" finds "Yılmaz".
QString folded(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c == QChar(0x0131))  // dotless i
            out += QLatin1Char('i');
        else if (c == QChar(0x00DF))  // sharp s
            out += QLatin1String("ss");
        else
            out += c;
    }
    return out;
}

}  // namespace

UserPicker::UserPicker(std::shared_ptr<storage::Store> store, const QString &preselectLogin, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_preselect(preselectLogin)
    , m_intro(new QLabel(this))
    , m_chooser(new QWidget(this))
    , m_filter(new QLineEdit(m_chooser))
    , m_list(new QListWidget(m_chooser))
    , m_status(new QLabel(this))
    , m_command(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("userPicker"));
    setWindowTitle(tr("Who is working?"));
    resize(640, 440);

    m_intro->setObjectName(QStringLiteral("userPickerIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Choose yourself. What you do is recorded under your name, and you see the work of your "
                        "units."));

    m_filter->setObjectName(QStringLiteral("userFilter"));
    m_filter->setAccessibleName(tr("Filter users"));
    m_filter->setPlaceholderText(tr("Type part of a name, login or unit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setAccessibleName(tr("Users"));
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);

    m_status->setObjectName(QStringLiteral("userPickerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_command->setObjectName(QStringLiteral("userPickerCommand"));
    m_command->setAccessibleName(tr("Command that creates the first user"));
    m_command->setReadOnly(true);
    m_command->hide();

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Start"));
    ok->setObjectName(QStringLiteral("userPickerOk"));
    ok->setAccessibleName(tr("Start as the chosen user"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("userPickerCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    m_buttons->setObjectName(QStringLiteral("userPickerButtons"));

    auto *filterLabel = new QLabel(tr("&Find:"), m_chooser);
    filterLabel->setBuddy(m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *chooser = new QVBoxLayout(m_chooser);
    chooser->setContentsMargins(0, 0, 0, 0);
    chooser->addLayout(filterRow);
    chooser->addWidget(m_list, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_chooser, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_command);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &UserPicker::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &UserPicker::updateOk);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!userId().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_filter->setFocus();
    updateOk();
    load();
}

QString UserPicker::login() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(LoginRole).toString() : QString();
}

QString UserPicker::userId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(IdRole).toString() : QString();
}

void UserPicker::setCancelText(const QString &text, const QString &toolTip)
{
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(text);
    cancel->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    cancel->setToolTip(toolTip);
}

bool UserPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys in the filter field move through the list, so typing and choosing need no Tab.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void UserPicker::load()
{
    m_status->setText(tr("Reading the users …"));
    runOnStore<QList<Candidate>>(this, m_store, &readCandidates, [this](const Result<QList<Candidate>> &read) {
        if (!read) {
            m_status->setText(tr("The users could not be read: %1").arg(read.error().message));
            Q_EMIT loaded(-1);
            return;
        }
        QList<Candidate> candidates = read.value();
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(candidates.begin(), candidates.end(), [&collator](const Candidate &a, const Candidate &b) {
            return collator.compare(a.user.displayName, b.user.displayName) < 0;
        });
        m_list->clear();
        QListWidgetItem *preselected = nullptr;
        for (const Candidate &c : candidates) {
            // One role in several units reads "Supervisor, Kundenzentrum Nord and Kundenzentrum Süd".
            QList<core::Role> order;
            QMap<core::Role, QStringList> unitsByRole;
            for (const auto &[role, unit] : c.roles) {
                if (!order.contains(role))
                    order << role;
                unitsByRole[role] << unit;
            }
            QStringList roles;
            for (core::Role role : order)
                roles << tr("%1, %2", "role, units")
                             .arg(core::roleTitle(role), QLocale().createSeparatedList(unitsByRole.value(role)));
            const QString who = tr("%1 (%2)", "name (login)").arg(c.user.displayName, c.user.login);
            const QString text = roles.isEmpty()
                                     ? tr("%1 – no unit").arg(who)
                                     : tr("%1 – %2", "who – roles").arg(who, roles.join(QLatin1String("; ")));
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(IdRole, c.user.id);
            item->setData(LoginRole, c.user.login);
            item->setData(SearchRole, folded(text));
            item->setToolTip(text);
            if (c.user.login == m_preselect)
                preselected = item;
        }
        if (candidates.isEmpty()) {
            // Nothing to choose from: the way out instead of an empty list.
            m_chooser->hide();
            m_intro->hide();
            m_status->setText(tr("This store has no users yet, so Aktenwerk can only open it read-only. The "
                                 "registry creates the first user (a registrar) on the command line:"));
            m_command->setText(QStringLiteral("aktenwerk-cli --store \"%1\" init --user LOGIN")
                                   .arg(QDir::toNativeSeparators(m_store->dir())));
            m_command->setCursorPosition(0);
            m_command->show();
            m_command->setFocus();
        } else {
            m_status->clear();
        }
        m_status->setVisible(!m_status->text().isEmpty());
        if (candidates.isEmpty())
            resize(width(), heightForWidth(width()));
        applyFilter();
        if (preselected && !preselected->isHidden())
            m_list->setCurrentItem(preselected);
        if (QListWidgetItem *current = m_list->currentItem())
            m_list->scrollToItem(current);
        updateOk();
        Q_EMIT loaded(int(candidates.size()));
    });
}

void UserPicker::applyFilter()
{
    const QStringList words = folded(m_filter->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString text = item->data(SearchRole).toString();
        const bool shown =
            std::all_of(words.cbegin(), words.cend(), [&text](const QString &word) { return text.contains(word); });
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    QListWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden())
        m_list->setCurrentItem(firstShown);
    if (m_list->count() > 0 && !firstShown) {
        m_status->setText(tr("Nobody matches “%1”.").arg(m_filter->text()));
        m_status->setVisible(true);
    } else if (m_list->count() > 0) {
        m_status->clear();
        m_status->setVisible(false);
    }
    updateOk();
}

void UserPicker::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!userId().isEmpty());
}

}  // namespace aw::ui
