// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "civilstatus/register.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace aw::civilstatus {

// The key a name is stored and looked up by: the name key without umlaut dots, and "ae", "oe",
// "ue" written as one vowel, so Müller, Mueller and Muller meet. Coarse on purpose (Bauer meets
// Baur): it only narrows the candidates; matchScore() then judges each.
QString searchKey(const QString &name);

// The register index in the local store (tables register_entry, register_person,
// register_later_entry). No permission checks: the services do them.
class RegisterRepository
{
public:
    explicit RegisterRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Inserts the entry with its persons and later entries, or replaces them when an entry of the
    // same office and number exists (its id is kept, rev + 1). `entry.id` empty: a new id.
    // Returns the stored entry.
    core::Result<RegisterEntry> save(const QString &unitId, RegisterEntry entry);
    core::Result<RegisterEntry> get(const QString &id) const;
    core::Result<QString> unitOf(const QString &entryId) const;
    // The entry of `number` in a register of `unitId` (any office number), or NotFound.
    core::Result<RegisterEntry> byNumber(const QString &unitId, const RegisterNumber &number) const;
    // The entry with the same office and number, if any (for imports).
    core::Result<std::optional<RegisterEntry>> find(const QString &officeNumber, const RegisterNumber &number) const;
    // Ids of entries of `unitId` with a person whose family or birth name has one of `keys` (searchKey), and (if
    // valid) the given birth date; at most `limit`.
    core::Result<QStringList> idsByNameKeys(const QString &unitId, const QStringList &keys, const QDate &birthDate,
                                            int limit) const;
    // Ids of entries of `unitId` with a person born on `birthDate`; at most `limit`.
    core::Result<QStringList> idsByBirthDate(const QString &unitId, const QDate &birthDate, int limit) const;
    core::Result<int> count(const QString &unitId) const;

private:
    QSqlDatabase m_db;
};

}  // namespace aw::civilstatus
