// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/session.h"
#include "core/result.h"
#include "storage/store.h"

#include <QString>

namespace aw::intake {

// The acknowledgement of receipt (Eingangsbestätigung) of a filed online application: a letter
// (PDF/A) filed into the proceeding and handed, with the reply channel, to the outgoing folder,
// where the transport (e-mail, De-Mail, FINK, or print for the post) picks it up. Each
// acknowledgement is a folder `<yyyyMMdd-HHmmss UTC>-<submission id>/` holding
// `Eingangsbestaetigung.pdf` and `versand.json`; it appears whole (renamed into place) or not at all.
struct Acknowledgement
{
    QString folder;      // the folder handed to the transport
    QString pdfPath;     // the letter in it
    QString documentId;  // the letter as filed in the proceeding
};

// For a filed submission: renders the Eingangsbestätigung, files it as a document into the first
// proceeding the submission became, and hands it with the reply channel to the outgoing folder.
// Once per submission. The filing, the mark on the submission and its audit event commit together
// with the folder: when the commit fails the folder is removed again.
core::Result<Acknowledgement> acknowledge(const casework::Session &session, const QString &inboxEntryId);

// Where acknowledgements are handed over: the store setting "intake.outgoingFolder", else
// `<store dir>/ausgang`.
QString outgoingFolder(const storage::Store &store);

}  // namespace aw::intake
