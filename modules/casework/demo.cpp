// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/demo.h"

#include "casework/casefileservice.h"
#include "casework/documentservice.h"
#include "casework/fileplanservice.h"
#include "casework/noteservice.h"
#include "casework/orgservice.h"
#include "casework/proceedingservice.h"
#include "storage/casefilerepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <optional>

using aw::core::Result;

namespace aw::casework {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::casework::Demo)
};

// The demo's file plan, as a registry would import it.
const char demoFilePlan[] = "code;title;retentionYears;disposal\n"
                            "1;Allgemeine Verwaltung;10;B\n"
                            "1.1;Organisation und Geschäftsverteilung;10;A\n"
                            "3;Bürgerdienste;10;B\n"
                            "3.1;Meldewesen;5;V\n"
                            "3.2;Pass- und Ausweiswesen;10;V\n"
                            "3.3;Gewerbeangelegenheiten;10;B\n"
                            "3.4;Wohngeld;6;V\n"
                            "5;Personenstandswesen;30;A\n"
                            "5.1;Geburten;110;A\n"
                            "5.2;Eheschließungen;80;A\n"
                            "5.3;Sterbefälle;30;A\n"
                            "5.4;Urkundenanforderungen;10;V\n";

struct DemoUser
{
    const char *login;
    const char *name;
    const char *unit;
    core::Role role;
};

const DemoUser demoUsers[] = {
    {"mmueller", "Maria Müller", "StA", core::Role::Clerk},
    {"tyilmaz", "Tarik Yılmaz", "StA", core::Role::Clerk},
    {"kschmidt", "Karin Schmidt", "StA", core::Role::Supervisor},
    {"aweber", "Anna Weber", "KZN", core::Role::Clerk},
    {"lnowak", "Lukas Nowak", "KZS", core::Role::Clerk},
    {"jfischer", "Jörg Fischer", "KZN", core::Role::Supervisor},
    {"jfischer", "Jörg Fischer", "KZS", core::Role::Supervisor},
};

struct DemoCase
{
    const char *node;
    const char *unit;
    const char *subject;
    const char *assignee;
    const char *proceedings[3];
};

const DemoCase demoCases[] = {
    {"5.1",
     "StA",
     "Geburt Emma Schulz, 03.02.2026",
     "mmueller",
     {"Geburtsanzeige Klinikum Nord", "Namenserklärung", "Geburtsurkunden (3 Stück)"}},
    {"5.1", "StA", "Geburt Noah Öztürk, 17.05.2026", "tyilmaz", {"Geburtsanzeige", "Vaterschaftsanerkennung", nullptr}},
    {"5.2",
     "StA",
     "Eheschließung Becker / Hoffmann",
     "mmueller",
     {"Anmeldung der Eheschließung", "Prüfung der Ehefähigkeit", nullptr}},
    {"5.3", "StA", "Sterbefall Walter Krause, 11.09.2026", "tyilmaz", {"Sterbefallanzeige", "Sterbeurkunden", nullptr}},
    {"5.4",
     "StA",
     "Urkundenanforderungen online 2026",
     "mmueller",
     {"Geburtsurkunde G 334/2020 (Antrag 4711)", "Eheurkunde E 88/2015 (Antrag 4719)",
      "Sterbeurkunde S 12/2024 (Antrag 4730)"}},
    {"3.1", "KZN", "Meldeangelegenheiten Familie Wagner", "aweber", {"Anmeldung Hauptwohnsitz", nullptr, nullptr}},
    {"3.2", "KZN", "Personalausweis Sabine Wolf", "aweber", {"Antrag Personalausweis", "Aushändigung", nullptr}},
    {"3.3",
     "KZS",
     "Gewerbeanmeldung Café Lindenblüte",
     "lnowak",
     {"Gewerbeanmeldung (online)", "Anforderung Führungszeugnis", nullptr}},
    {"3.4",
     "KZS",
     "Wohngeld Familie Jankowski",
     "lnowak",
     {"Erstantrag Wohngeld", "Nachforderung Unterlagen", nullptr}},
    {"3.4", "KZN", "Wohngeld Herr Demir", nullptr, {"Weiterleistungsantrag", nullptr, nullptr}},
};

// The first user who is a registrar somewhere, if any.
std::optional<QString> existingRegistrar(const storage::OrgRepository &org)
{
    auto users = org.users();
    if (!users)
        return std::nullopt;
    for (const storage::User &user : users.value()) {
        auto actor = org.actor(user.id);
        if (actor && actor->active && actor->hasRole(core::Role::Registrar))
            return user.id;
    }
    return std::nullopt;
}

}  // namespace

Result<DemoReport> seedDemo(const std::shared_ptr<storage::Store> &store)
{
    auto existing = storage::CaseFileRepository(store->connection()).all();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return core::conflict(
            Text::tr("The store already holds case files; the demo office is only seeded into an empty "
                     "store."));

    DemoReport report;
    storage::OrgRepository org(store->connection());
    // The registry does the setting up: an existing registrar (e.g. from `init`), else a new store's first.
    auto registrar = existingRegistrar(org);
    if (!registrar) {
        auto created =
            OrgService::bootstrap(*store, QStringLiteral("registratur"), QStringLiteral("Petra Registratur"));
        if (!created)
            return created.error();
        registrar = created.value().id;
        ++report.units;
        ++report.users;
    }
    const Session admin(store, registrar.value());
    OrgService orgService(admin);
    if (!org.userByLogin(QStringLiteral("registratur"))) {
        // The demo's documented registry login, in the unit of the registrar who set up the store.
        auto actor = org.actor(registrar.value());
        auto user = orgService.createUser(QStringLiteral("registratur"), QStringLiteral("Petra Registratur"));
        if (!actor || !user)
            return actor ? user.error() : actor.error();
        const auto membership = std::find_if(actor->memberships.cbegin(), actor->memberships.cend(),
                                             [](const core::Membership &m) { return m.role == core::Role::Registrar; });
        if (auto ok = orgService.addMembership(user->id, membership->orgUnitId, core::Role::Registrar); !ok)
            return ok.error();
        ++report.users;
    }

    QHash<QString, QString> unitIds;
    for (auto [code, name] : {std::pair{"StA", "Standesamt"}, std::pair{"KZN", "Kundenzentrum Nord"},
                              std::pair{"KZS", "Kundenzentrum Süd"}}) {
        auto unit = orgService.createUnit(QString::fromUtf8(code), QString::fromUtf8(name));
        if (!unit)
            return unit.error();
        unitIds.insert(unit->code, unit->id);
        ++report.units;
    }
    QHash<QString, QString> userIds;
    for (const DemoUser &u : demoUsers) {
        const QString login = QString::fromUtf8(u.login);
        if (!userIds.contains(login)) {
            auto user = orgService.createUser(login, QString::fromUtf8(u.name));
            if (!user)
                return user.error();
            userIds.insert(login, user->id);
            ++report.users;
        }
        if (auto ok = orgService.addMembership(userIds.value(login), unitIds.value(QString::fromUtf8(u.unit)), u.role);
            !ok)
            return ok.error();
    }

    QByteArray plan(demoFilePlan);
    QBuffer csv(&plan);
    csv.open(QIODevice::ReadOnly);
    auto imported = FilePlanService(admin).importCsv(csv);
    if (!imported)
        return imported.error();
    report.nodes = imported->created;

    const QDate today = QDate::currentDate();
    int i = 0;
    for (const DemoCase &c : demoCases) {
        ++i;
        const QString unitCode = QString::fromUtf8(c.unit);
        // The unit's supervisor opens the file and hands out the work.
        const QString supervisor = unitCode == QLatin1String("StA") ? userIds.value(QStringLiteral("kschmidt"))
                                                                    : userIds.value(QStringLiteral("jfischer"));
        const Session lead(store, supervisor);
        auto node = storage::FilePlanRepository(store->connection()).byCode(QString::fromUtf8(c.node));
        if (!node)
            return node.error();
        auto file = CaseFileService(lead).create(node->id, QString::fromUtf8(c.subject), unitIds.value(unitCode));
        if (!file)
            return file.error();
        ++report.caseFiles;
        const QString assignee = c.assignee ? userIds.value(QString::fromUtf8(c.assignee)) : QString();
        QString firstProceeding;
        for (int k = 0; k < 3 && c.proceedings[k]; ++k) {
            auto p = ProceedingService(lead).create(file->id, QString::fromUtf8(c.proceedings[k]),
                                                    today.addDays((i * 3 + k * 5) % 21 - 4), assignee);
            if (!p)
                return p.error();
            if (firstProceeding.isEmpty())
                firstProceeding = p->id;
            ++report.proceedings;
        }
        const Session worker(store, assignee.isEmpty() ? supervisor : assignee);
        if (auto ok =
                NoteService(worker).addNote(QStringLiteral("proceeding"), firstProceeding,
                                            QString::fromUtf8("Unterlagen vollständig, mit dem Register abgeglichen."));
            !ok)
            return ok.error();
        QByteArray letter = QStringLiteral("Bezirksamt – %1\n\nBetreff: %2\n\nIhr Antrag ist am %3 eingegangen und "
                                           "wird bearbeitet.\n")
                                .arg(QString::fromUtf8(c.unit == QByteArray("StA") ? "Standesamt" : "Kundenzentrum"),
                                     QString::fromUtf8(c.subject), QLocale(QLocale::German).toString(today))
                                .toUtf8();
        QBuffer content(&letter);
        content.open(QIODevice::ReadOnly);
        if (auto ok = DocumentService(worker).addDocument(
                firstProceeding, QString::fromUtf8("Eingangsbestätigung"), storage::Direction::Out, content,
                QStringLiteral("Eingangsbestaetigung.txt"), QStringLiteral("text/plain"));
            !ok)
            return ok.error();
        ++report.documents;
        if (auto ok =
                NoteService(worker).setResubmission(QStringLiteral("proceeding"), firstProceeding,
                                                    today.addDays(i % 4 - 1), QString::fromUtf8("Antwort prüfen"));
            !ok)
            return ok.error();
    }

    // One finished matter, closed (zdA) so that the archive is not empty.
    const Session lead(store, userIds.value(QStringLiteral("jfischer")));
    auto node = storage::FilePlanRepository(store->connection()).byCode(QStringLiteral("3.1"));
    if (!node)
        return node.error();
    auto done = CaseFileService(lead).create(node->id, QStringLiteral("Abmeldung ins Ausland, Familie Petrović"),
                                             unitIds.value(QStringLiteral("KZN")));
    if (!done)
        return done.error();
    auto p = ProceedingService(lead).create(done->id, QStringLiteral("Abmeldung (online)"));
    if (!p)
        return p.error();
    if (auto ok = ProceedingService(lead).close(p->id); !ok)
        return ok.error();
    if (auto ok = CaseFileService(lead).close(done->id); !ok)
        return ok.error();
    ++report.caseFiles;
    ++report.proceedings;
    return report;
}

}  // namespace aw::casework
