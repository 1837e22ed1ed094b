// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "civilstatus/names.h"
#include "civilstatus/register.h"

#include <QByteArray>

namespace aw::civilstatus {

// The civil registers of a Standesamt as the clerk uses them: import of the register index,
// search by number or by names and dates, reading one entry. Only members of the unit that keeps
// the registers read them; importing is for its supervisors and the registry, and is audited.
class Registers
{
public:
    explicit Registers(casework::Session session)
        : m_session(std::move(session))
    {}

    struct ImportReport
    {
        int added = 0;
        int updated = 0;  // an entry of the same office and number with other content
        int unchanged = 0;
    };
    // All or nothing: a bad line refuses the whole file with its line number.
    core::Result<ImportReport> importCsv(const QString &unitId, const QByteArray &csv);

    struct Query
    {
        QString unitId;
        QString number;  // "G 334/2020"; when it parses, the entry of that number is the only answer
        NameQuery name;
        int limit = 20;
    };
    struct Candidate
    {
        RegisterEntry entry;
        int score = 0;  // matchScore() of the best-fitting person; numbers found by number score 1000
    };
    // Best first. Empty when nothing fits; Invalid when the query gives nothing to search by.
    core::Result<QList<Candidate>> search(const Query &query) const;

    core::Result<RegisterEntry> entry(const QString &id) const;
    core::Result<int> count(const QString &unitId) const;

private:
    casework::Session m_session;
};

}  // namespace aw::civilstatus
