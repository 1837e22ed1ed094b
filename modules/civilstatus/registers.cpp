// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/registers.h"

#include "civilstatus/registercsv.h"
#include "civilstatus/registerrepository.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

using aw::core::Result;

namespace aw::civilstatus {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::civilstatus::Registers)
};

constexpr int NumberScore = 1000;

}  // namespace

Result<Registers::ImportReport> Registers::importCsv(const QString &unitId, const QByteArray &csv)
{
    if (auto ok = m_session.permit(core::Action::ImportRegister, {unitId, {}, false}); !ok)
        return ok.error();
    auto entries = parseRegisterCsv(csv);
    if (!entries)
        return entries.error();
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    RegisterRepository repository(work.db());
    ImportReport report;
    for (const RegisterEntry &entry : entries.value()) {
        auto existing = repository.find(entry.officeNumber, entry.number);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            auto owner = repository.unitOf(existing->value().id);
            if (!owner)
                return owner.error();
            if (owner.value() != unitId)
                return core::conflict(Text::tr("The entry %1 of office %2 is kept by another unit. Nothing was "
                                               "imported.")
                                          .arg(entry.number.toString(), entry.officeNumber));
            if (existing->value().sameContent(entry)) {
                ++report.unchanged;
                continue;
            }
        }
        auto saved = repository.save(unitId, entry);
        if (!saved)
            return saved.error();
        ++(existing->has_value() ? report.updated : report.added);
    }
    if (auto ok = work.record(QStringLiteral("register.import"), QStringLiteral("org_unit"), unitId,
                              {{QStringLiteral("added"), report.added},
                               {QStringLiteral("updated"), report.updated},
                               {QStringLiteral("unchanged"), report.unchanged}});
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return report;
}

Result<QList<Registers::Candidate>> Registers::search(const Query &query) const
{
    if (auto ok = m_session.permit(core::Action::ReadRegister, {query.unitId, {}, false}); !ok)
        return ok.error();
    RegisterRepository repository(m_session.db());
    QList<Candidate> found;
    if (!query.number.trimmed().isEmpty()) {
        const auto number = RegisterNumber::parse(query.number);
        if (!number)
            return core::invalid(
                Text::tr("“%1” is not a register number. Write it like G 334/2020 (register letter G, E, L or S, "
                         "number, year).")
                    .arg(query.number.trimmed()));
        auto entry = repository.byNumber(query.unitId, *number);
        if (!entry && entry.error().code != core::Error::Code::NotFound)
            return entry.error();
        if (entry)
            found.append({entry.value(), NumberScore});
        return found;
    }
    const QString key = searchKey(query.name.lastName);
    if (key.isEmpty() && !query.name.birthDate.isValid())
        return core::invalid(Text::tr("Give a register number, or a family name or a date of birth to search by."));
    const int limit = std::clamp(query.limit, 1, 200);
    // Read more than asked for: the keys are coarse, the score decides.
    auto ids = key.isEmpty() ? repository.idsByBirthDate(query.unitId, query.name.birthDate, limit * 10)
                             : repository.idsByNameKeys(query.unitId, {key}, query.name.birthDate, limit * 10);
    if (!ids)
        return ids.error();
    for (const QString &id : ids.value()) {
        auto entry = repository.get(id);
        if (!entry)
            return entry.error();
        int best = 0;
        for (const RegisterPerson &p : entry->persons) {
            if (p.role == PersonRole::Parent)
                continue;
            best = std::max(best, matchScore(query.name, p.firstNames, p.lastName, p.birthName, p.birthDate));
        }
        if (best > 0)
            found.append({entry.value(), best});
    }
    std::stable_sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.entry.number.year > b.entry.number.year;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

Result<RegisterEntry> Registers::entry(const QString &id) const
{
    RegisterRepository repository(m_session.db());
    auto unit = repository.unitOf(id);
    if (!unit)
        return unit.error();
    if (auto ok = m_session.permit(core::Action::ReadRegister, {unit.value(), {}, false}); !ok)
        return ok.error();
    return repository.get(id);
}

Result<int> Registers::count(const QString &unitId) const
{
    if (auto ok = m_session.permit(core::Action::ReadRegister, {unitId, {}, false}); !ok)
        return ok.error();
    return RegisterRepository(m_session.db()).count(unitId);
}

}  // namespace aw::civilstatus
