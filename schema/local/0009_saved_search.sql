-- SPDX-License-Identifier: GPL-3.0-or-later
-- Searches a user keeps under a name; shared with one of their units, its members see them too.
CREATE TABLE saved_search (
    id              TEXT PRIMARY KEY,
    owner_id        TEXT NOT NULL REFERENCES user(id),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    query           TEXT NOT NULL,
    scope           TEXT NOT NULL CHECK (scope IN ('mine', 'units', 'archive')),
    shared_unit_id  TEXT REFERENCES org_unit(id),
    created_at      TEXT NOT NULL,
    UNIQUE (owner_id, name)
);
CREATE INDEX saved_search_shared ON saved_search(shared_unit_id);
