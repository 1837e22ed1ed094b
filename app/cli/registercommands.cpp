// SPDX-License-Identifier: GPL-3.0-or-later
#include "registercommands.h"

#include "civilstatus/registercsv.h"
#include "civilstatus/registers.h"
#include "storage/orgrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using aw::core::Result;

namespace aw::cli {

namespace {

// `register search` QUERY: a register number ("G 334/2020"), or "Lastname [Firstnames]
// [dd.MM.yyyy]" ("Lastname, Firstnames" when the family name has several words).
civilstatus::Registers::Query registerQuery(const QString &text)
{
    civilstatus::Registers::Query query;
    const QString simplified = text.simplified();
    if (simplified.contains(u'/')) {
        query.number = simplified;  // Registers explains a number it cannot read
        return query;
    }
    QStringList words = simplified.split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QDate date = QDate::fromString(words.last(), QStringLiteral("d.M.yyyy"));
        if (!date.isValid())
            date = QDate::fromString(words.last(), Qt::ISODate);
        if (date.isValid()) {
            query.name.birthDate = date;
            words.removeLast();
        }
    }
    const QString names = words.join(u' ');
    if (const qsizetype comma = names.indexOf(u','); comma >= 0) {
        query.name.lastName = names.left(comma).trimmed();
        query.name.firstNames = names.mid(comma + 1).trimmed();
    } else if (!words.isEmpty()) {
        query.name.lastName = words.first();
        query.name.firstNames = words.mid(1).join(u' ');
    }
    return query;
}

QString personRoleKey(civilstatus::PersonRole role)
{
    switch (role) {
    case civilstatus::PersonRole::Principal:
        return QStringLiteral("principal");
    case civilstatus::PersonRole::Parent:
        return QStringLiteral("parent");
    case civilstatus::PersonRole::Spouse:
        return QStringLiteral("spouse");
    }
    return {};
}

QJsonObject registerCandidateJson(const civilstatus::Registers::Candidate &candidate)
{
    const civilstatus::RegisterEntry &e = candidate.entry;
    QJsonArray persons;
    for (const civilstatus::RegisterPerson &p : e.persons)
        persons.append(QJsonObject{{QStringLiteral("role"), personRoleKey(p.role)},
                                   {QStringLiteral("firstNames"), p.firstNames},
                                   {QStringLiteral("lastName"), p.lastName},
                                   {QStringLiteral("birthName"), p.birthName},
                                   {QStringLiteral("birthDate"), p.birthDate.toString(Qt::ISODate)},
                                   {QStringLiteral("birthPlace"), p.birthPlace},
                                   {QStringLiteral("deathDate"), p.deathDate.toString(Qt::ISODate)}});
    QJsonArray blocks;
    for (const auto &[block, name] : {std::pair{civilstatus::Block::Adoption, "Adoption"},
                                      std::pair{civilstatus::Block::GenderEntry, "Geschlechtseintrag"},
                                      std::pair{civilstatus::Block::Information, "Auskunftssperre"}}) {
        if (e.hasBlock(block))
            blocks.append(QLatin1String(name));
    }
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("number"), e.number.toString()},
                       {QStringLiteral("officeNumber"), e.officeNumber},
                       {QStringLiteral("officeName"), e.officeName},
                       {QStringLiteral("eventDate"), e.eventDate.toString(Qt::ISODate)},
                       {QStringLiteral("eventPlace"), e.eventPlace},
                       {QStringLiteral("persons"), persons},
                       {QStringLiteral("laterEntries"), int(e.laterEntries.size())},
                       {QStringLiteral("blocks"), blocks},
                       {QStringLiteral("score"), candidate.score}};
}

// The units to search the registers of: --unit, else every unit the user is a member of.
Result<QStringList> registerUnits(const Context &ctx, const QString &userId)
{
    storage::OrgRepository org(ctx.store->connection());
    if (!ctx.options.unit.isEmpty()) {
        auto unit = org.unitByCode(ctx.options.unit);
        if (!unit)
            return unit.error();
        return QStringList{unit->id};
    }
    auto memberships = org.memberships(userId);
    if (!memberships)
        return memberships.error();
    QStringList units;
    for (const storage::Membership &m : memberships.value()) {
        if (!units.contains(m.orgUnitId))
            units.append(m.orgUnitId);
    }
    if (units.isEmpty())
        return core::invalid(QStringLiteral("Name the Standesamt with --unit CODE."));
    return units;
}

}  // namespace

QString registerUsage()
{
    return QStringLiteral("  register import FILE --unit CODE  import a register index (CSV) into the Standesamt\n"
                          "                           with that unit code; one bad line refuses the whole file\n"
                          "  register search [--unit CODE] NUMBER|LASTNAME [FIRSTNAMES] [DD.MM.YYYY]\n"
                          "                           find register entries by number (G 334/2020) or by names\n");
}

int cmdRegister(Context &ctx)
{
    const QStringList &args = ctx.options.args;
    const QString sub = args.value(1);
    if (sub == QLatin1String("import")) {
        if (args.size() != 3 || ctx.options.unit.isEmpty())
            return fail(QStringLiteral("usage: register import FILE.csv --unit CODE"), 2);
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        auto unit = storage::OrgRepository(ctx.store->connection()).unitByCode(ctx.options.unit);
        if (!unit)
            return fail(unit.error());
        QFile file(args[2]);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("Cannot read %1: %2").arg(args[2], file.errorString()));
        // One byte more than allowed is enough for the parser to refuse a file that is too large.
        const QByteArray csv = file.read(civilstatus::MaxRegisterCsvBytes + 1);
        auto report = civilstatus::Registers({ctx.store, user.value()}).importCsv(unit->id, csv);
        if (!report)
            return fail(report.error());
        const int total = report->added + report->updated + report->unchanged;
        if (ctx.options.json)
            printJson(QJsonObject{{QStringLiteral("imported"), total},
                                  {QStringLiteral("added"), report->added},
                                  {QStringLiteral("updated"), report->updated},
                                  {QStringLiteral("unchanged"), report->unchanged}});
        else
            out() << "Imported " << total << " register entries (" << report->added << " new, " << report->updated
                  << " updated, " << report->unchanged << " unchanged)." << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("search") && args.size() >= 3) {
        auto user = ctx.userId(true);
        if (!user)
            return fail(user.error());
        auto units = registerUnits(ctx, user.value());
        if (!units)
            return fail(units.error());
        civilstatus::Registers registers({ctx.store, user.value()});
        auto query = registerQuery(args.mid(2).join(u' '));
        QList<civilstatus::Registers::Candidate> found;
        for (const QString &unitId : units.value()) {
            query.unitId = unitId;
            auto candidates = registers.search(query);
            if (!candidates)
                return fail(candidates.error());
            found += candidates.value();
        }
        std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
        if (found.size() > query.limit)
            found.resize(query.limit);
        if (ctx.options.json) {
            QJsonArray array;
            for (const auto &candidate : std::as_const(found))
                array.append(registerCandidateJson(candidate));
            printJson(array);
        } else {
            for (const auto &candidate : std::as_const(found)) {
                QStringList persons;
                for (const civilstatus::RegisterPerson &p : candidate.entry.persons)
                    persons.append(p.fullName());
                out() << candidate.entry.number.toString() << '\t' << persons.join(QStringLiteral(", ")) << '\t'
                      << candidate.entry.eventDate.toString(QStringLiteral("dd.MM.yyyy")) << Qt::endl;
            }
            if (found.isEmpty())
                err() << "No register entry fits." << Qt::endl;
        }
        return 0;
    }
    return fail(QStringLiteral("usage: register import FILE.csv --unit CODE | register search [--unit CODE] "
                               "NUMBER|LASTNAME [FIRSTNAMES] [DD.MM.YYYY]"),
                2);
}

}  // namespace aw::cli
