// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/auditlog.h"

#include <QHash>
#include <QString>

namespace aw::ui {

// Names the audit events refer to by id, read with the events.
struct AuditNames
{
    QHash<QString, QString> users;      // display names by user id
    QHash<QString, QString> documents;  // titles by document id
};

// Who did it, as the Protokoll shows it: the user's display name, "system", or the id of a user
// who is no longer known.
QString auditActorName(const storage::AuditEvent &event, const AuditNames &names);

// What happened, in a sentence for the clerk ("Assigned to Maria Müller"). Unknown action codes
// are shown as they are.
QString describeAuditEvent(const storage::AuditEvent &event, const AuditNames &names);

}  // namespace aw::ui
