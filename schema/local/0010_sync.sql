-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sync with the central store. The store's sync id and the last change pulled are kept in
-- store_setting ('sync.client', 'sync.pulled').

-- The running number of a case file's reference, where the file has one of ours (files received
-- from elsewhere keep their foreign reference). The central store accepts a new case file only
-- with a number from a block the user reserved.
CREATE TABLE case_file_number (
    case_file_id  TEXT PRIMARY KEY REFERENCES case_file(id),
    plan_code     TEXT NOT NULL,
    year          INTEGER NOT NULL,
    sequence      INTEGER NOT NULL
);

-- Blocks of running numbers reserved centrally for this store's user; once a store syncs, new
-- case files take their numbers only from these, so that references stay unique offline too.
CREATE TABLE reference_block (
    plan_code  TEXT NOT NULL,
    year       INTEGER NOT NULL,
    first      INTEGER NOT NULL,
    last       INTEGER NOT NULL CHECK (last >= first),
    PRIMARY KEY (plan_code, year, first)
);

-- Each synced record's central revision and its fields as the central store had them then (JSON):
-- what the local row is compared with to find the fields changed here.
CREATE TABLE sync_object (
    object_id    TEXT PRIMARY KEY,
    object_type  TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    base         TEXT NOT NULL
);

-- A local change the central store did not apply because someone else changed the same fields
-- since: their values wait here until the user chooses; the local row keeps the user's values.
CREATE TABLE sync_conflict (
    object_id       TEXT PRIMARY KEY,
    object_type     TEXT NOT NULL,
    fields          TEXT NOT NULL,  -- JSON array of the clashing field names
    theirs          TEXT NOT NULL,  -- JSON object: the central record's fields
    their_revision  INTEGER NOT NULL,
    at              TEXT NOT NULL
);

-- Contents of pulled document versions still to fetch from the central store (kept across runs,
-- so a fetch broken off is taken up again).
CREATE TABLE sync_blob_wanted (
    sha256  TEXT PRIMARY KEY
);
