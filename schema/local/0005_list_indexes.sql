-- SPDX-License-Identifier: GPL-3.0-or-later
-- Indexes for the lists of the main window on big stores.
-- The number of case files per file-plan node, owning unit and status (the file plan's counts)
-- is read from this index alone instead of from every case file row.
CREATE INDEX case_file_counts ON case_file(node_id, owner_unit_id, status);
-- A proceeding's documents come in the order they are listed (received, title) without sorting
-- them all first; the index also serves every lookup by proceeding, so it replaces the old one.
CREATE INDEX document_proceeding_order ON document(proceeding_id, received_at, title);
DROP INDEX document_proceeding;
