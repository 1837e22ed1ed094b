// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/registerrepository.h"

#include "civilstatus/names.h"
#include "storage/records.h"
#include "storage/sql.h"

#include <QCoreApplication>

using aw::core::Result;
using aw::storage::dateFromStored;
using aw::storage::exec;
using aw::storage::toStored;

namespace aw::civilstatus {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::civilstatus::RegisterRepository)
};

QString roleKey(PersonRole role)
{
    switch (role) {
    case PersonRole::Principal:
        return QStringLiteral("principal");
    case PersonRole::Parent:
        return QStringLiteral("parent");
    case PersonRole::Spouse:
        return QStringLiteral("spouse");
    }
    return QStringLiteral("principal");
}

PersonRole roleFromKey(const QString &key)
{
    if (key == QLatin1String("parent"))
        return PersonRole::Parent;
    if (key == QLatin1String("spouse"))
        return PersonRole::Spouse;
    return PersonRole::Principal;
}

QVariant storedDate(const QDate &date)
{
    return date.isValid() ? QVariant(toStored(date)) : QVariant();
}

const QString entryColumns = QStringLiteral(
    "SELECT id, kind, entry_number, entry_year, office_number, office_name, event_date, event_place, blocks, rev "
    "FROM register_entry ");

RegisterEntry entryFromRow(const QSqlQuery &q)
{
    RegisterEntry e;
    e.id = q.value(0).toString();
    const QString kind = q.value(1).toString();
    e.number.kind =
        registerKindFromLetter(kind.isEmpty() ? QLatin1Char('G') : kind.at(0)).value_or(RegisterKind::Birth);
    e.number.entry = q.value(2).toInt();
    e.number.year = q.value(3).toInt();
    e.officeNumber = q.value(4).toString();
    e.officeName = q.value(5).toString();
    e.eventDate = dateFromStored(q.value(6).toString());
    e.eventPlace = q.value(7).toString();
    e.blocks = q.value(8).toInt();
    e.rev = q.value(9).toInt();
    return e;
}

}  // namespace

QString searchKey(const QString &name)
{
    const QStringList keys = nameKeys(name);
    if (keys.isEmpty())
        return {};
    QString key = keys.last();
    key.replace(QLatin1String("ae"), QLatin1String("a"));
    key.replace(QLatin1String("oe"), QLatin1String("o"));
    key.replace(QLatin1String("ue"), QLatin1String("u"));
    return key;
}

Result<RegisterEntry> RegisterRepository::save(const QString &unitId, RegisterEntry entry)
{
    auto existing = find(entry.officeNumber, entry.number);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        entry.id = existing->value().id;
        entry.rev = existing->value().rev + 1;
        if (auto ok = storage::done(exec(
                m_db,
                QStringLiteral("UPDATE register_entry SET office_name = ?, event_date = ?, "
                               "event_place = ?, blocks = ?, rev = ? WHERE id = ?"),
                {entry.officeName, storedDate(entry.eventDate), entry.eventPlace, entry.blocks, entry.rev, entry.id}));
            !ok)
            return ok.error();
        for (const char *table : {"register_person", "register_later_entry"}) {
            if (auto ok = storage::done(exec(
                    m_db, QStringLiteral("DELETE FROM %1 WHERE entry_id = ?").arg(QLatin1String(table)), {entry.id}));
                !ok)
                return ok.error();
        }
    } else {
        if (entry.id.isEmpty())
            entry.id = storage::newId();
        entry.rev = 1;
        if (auto ok = storage::done(
                exec(m_db,
                     QStringLiteral(
                         "INSERT INTO register_entry (id, unit_id, kind, entry_number, entry_year, office_number, "
                         "office_name, event_date, event_place, blocks, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                         "?, ?)"),
                     storage::textsNotNull({entry.id, unitId, QString(registerLetter(entry.number.kind)),
                                            entry.number.entry, entry.number.year, entry.officeNumber, entry.officeName,
                                            storedDate(entry.eventDate), entry.eventPlace, entry.blocks, entry.rev})));
            !ok)
            return ok.error();
    }
    int position = 0;
    for (const RegisterPerson &p : entry.persons) {
        if (auto ok = storage::done(
                exec(m_db,
                     QStringLiteral("INSERT INTO register_person (entry_id, position, role, first_names, last_name, "
                                    "birth_name, sex, birth_date, birth_place, death_date, last_key, birth_key) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     storage::textsNotNull({entry.id, ++position, roleKey(p.role), p.firstNames, p.lastName,
                                            p.birthName, p.sex, storedDate(p.birthDate), p.birthPlace,
                                            storedDate(p.deathDate), searchKey(p.lastName), searchKey(p.birthName)})));
            !ok)
            return ok.error();
    }
    position = 0;
    for (const LaterEntry &later : entry.laterEntries) {
        if (auto ok = storage::done(exec(m_db,
                                         QStringLiteral("INSERT INTO register_later_entry (entry_id, position, date, "
                                                        "text) VALUES (?, ?, ?, ?)"),
                                         {entry.id, ++position, storedDate(later.date), later.text}));
            !ok)
            return ok.error();
    }
    return entry;
}

Result<RegisterEntry> RegisterRepository::get(const QString &id) const
{
    auto entry =
        storage::row<RegisterEntry>(exec(m_db, entryColumns + QStringLiteral("WHERE id = ?"), {id}), entryFromRow,
                                    Text::tr("There is no register entry with the id “%1”.").arg(id));
    if (!entry)
        return entry;
    auto persons = storage::rows<RegisterPerson>(
        exec(m_db,
             QStringLiteral("SELECT role, first_names, last_name, birth_name, sex, birth_date, birth_place, death_date "
                            "FROM register_person WHERE entry_id = ? ORDER BY position"),
             {id}),
        [](const QSqlQuery &q) {
            RegisterPerson p;
            p.role = roleFromKey(q.value(0).toString());
            p.firstNames = q.value(1).toString();
            p.lastName = q.value(2).toString();
            p.birthName = q.value(3).toString();
            p.sex = q.value(4).toString();
            p.birthDate = dateFromStored(q.value(5).toString());
            p.birthPlace = q.value(6).toString();
            p.deathDate = dateFromStored(q.value(7).toString());
            return p;
        });
    if (!persons)
        return persons.error();
    entry->persons = persons.value();
    auto later = storage::rows<LaterEntry>(
        exec(m_db, QStringLiteral("SELECT date, text FROM register_later_entry WHERE entry_id = ? ORDER BY position"),
             {id}),
        [](const QSqlQuery &q) {
            return LaterEntry{dateFromStored(q.value(0).toString()), q.value(1).toString()};
        });
    if (!later)
        return later.error();
    entry->laterEntries = later.value();
    return entry;
}

Result<QString> RegisterRepository::unitOf(const QString &entryId) const
{
    auto unit = storage::scalar(m_db, QStringLiteral("SELECT unit_id FROM register_entry WHERE id = ?"), {entryId});
    if (!unit)
        return unit.error();
    if (!unit->isValid())
        return core::notFound(Text::tr("There is no register entry with the id “%1”.").arg(entryId));
    return unit->toString();
}

Result<RegisterEntry> RegisterRepository::byNumber(const QString &unitId, const RegisterNumber &number) const
{
    auto id = storage::scalar(m_db,
                              QStringLiteral("SELECT id FROM register_entry WHERE unit_id = ? AND kind = ? AND "
                                             "entry_number = ? AND entry_year = ? ORDER BY office_number LIMIT 1"),
                              {unitId, QString(registerLetter(number.kind)), number.entry, number.year});
    if (!id)
        return id.error();
    if (!id->isValid())
        return core::notFound(Text::tr("The registers hold no entry %1.").arg(number.toString()));
    return get(id->toString());
}

Result<std::optional<RegisterEntry>> RegisterRepository::find(const QString &officeNumber,
                                                              const RegisterNumber &number) const
{
    auto id = storage::scalar(m_db,
                              QStringLiteral("SELECT id FROM register_entry WHERE office_number = ? AND kind = ? AND "
                                             "entry_number = ? AND entry_year = ?"),
                              {officeNumber, QString(registerLetter(number.kind)), number.entry, number.year});
    if (!id)
        return id.error();
    if (!id->isValid())
        return std::optional<RegisterEntry>();
    auto entry = get(id->toString());
    if (!entry)
        return entry.error();
    return std::optional<RegisterEntry>(entry.value());
}

Result<QStringList> RegisterRepository::idsByNameKeys(const QString &unitId, const QStringList &keys,
                                                      const QDate &birthDate, int limit) const
{
    if (keys.isEmpty())
        return QStringList();
    QString marks;
    for (qsizetype i = 0; i < keys.size(); ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    QVariantList values{unitId};
    for (const QString &key : keys)
        values << key;
    for (const QString &key : keys)
        values << key;
    QString sql =
        QStringLiteral("SELECT DISTINCT e.id FROM register_person p JOIN register_entry e ON e.id = p.entry_id "
                       "WHERE e.unit_id = ? AND (p.last_key IN (%1) OR p.birth_key IN (%1))")
            .arg(marks);
    if (birthDate.isValid()) {
        sql += QStringLiteral(" AND p.birth_date = ?");
        values << toStored(birthDate);
    }
    sql += QStringLiteral(" ORDER BY e.entry_year DESC, e.entry_number LIMIT ?");
    values << limit;
    return storage::rows<QString>(exec(m_db, sql, values), [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<QStringList> RegisterRepository::idsByBirthDate(const QString &unitId, const QDate &birthDate, int limit) const
{
    return storage::rows<QString>(
        exec(m_db,
             QStringLiteral("SELECT DISTINCT e.id FROM register_person p JOIN register_entry e ON e.id = p.entry_id "
                            "WHERE e.unit_id = ? AND p.birth_date = ? ORDER BY e.entry_year DESC LIMIT ?"),
             {unitId, toStored(birthDate), limit}),
        [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<int> RegisterRepository::count(const QString &unitId) const
{
    auto n = storage::scalar(m_db, QStringLiteral("SELECT count(*) FROM register_entry WHERE unit_id = ?"), {unitId});
    if (!n)
        return n.error();
    return n->toInt();
}

}  // namespace aw::civilstatus
