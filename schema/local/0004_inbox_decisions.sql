-- SPDX-License-Identifier: GPL-3.0-or-later
-- Posteingang decisions: who accepted, filed or rejected a submission, when and why, and when
-- its acknowledgement of receipt (Eingangsbestätigung) was handed to the outgoing folder.
ALTER TABLE submission ADD COLUMN decided_by TEXT REFERENCES user(id);
ALTER TABLE submission ADD COLUMN decided_at TEXT;
ALTER TABLE submission ADD COLUMN decision_note TEXT NOT NULL DEFAULT '';  -- the reason of a rejection
ALTER TABLE submission ADD COLUMN acknowledged_at TEXT;
