-- SPDX-License-Identifier: GPL-3.0-or-later
-- The local store of Aktenwerk: organisation, file plan, case files and their contents,
-- the audit log and the outbox for sync. Ids are client-made UUIDs (text).

CREATE TABLE org_unit (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL
);

CREATE TABLE user (
    id           TEXT PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE membership (
    user_id      TEXT NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    org_unit_id  TEXT NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'registrar')),
    PRIMARY KEY (user_id, org_unit_id, role)
);

CREATE TABLE file_plan_node (
    id               TEXT PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    parent_id        TEXT REFERENCES file_plan_node(id),
    retention_years  INTEGER NOT NULL CHECK (retention_years = -1 OR retention_years BETWEEN 0 AND 200),
    disposal         TEXT NOT NULL CHECK (disposal IN ('A', 'V', 'B')),
    rev              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX file_plan_node_parent ON file_plan_node(parent_id);

-- Next running number of references per file-plan code and year.
CREATE TABLE reference_counter (
    plan_code  TEXT NOT NULL,
    year       INTEGER NOT NULL,
    next_seq   INTEGER NOT NULL,
    PRIMARY KEY (plan_code, year)
);

CREATE TABLE case_file (
    id               TEXT PRIMARY KEY,
    node_id          TEXT NOT NULL REFERENCES file_plan_node(id),
    reference        TEXT NOT NULL UNIQUE,
    subject          TEXT NOT NULL,
    owner_unit_id    TEXT NOT NULL REFERENCES org_unit(id),
    status           TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_at        TEXT NOT NULL,
    closed_at        TEXT,
    retention_until  TEXT,
    disposal         TEXT NOT NULL CHECK (disposal IN ('A', 'V', 'B')),
    next_proceeding  INTEGER NOT NULL DEFAULT 1,
    rev              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_file_node ON case_file(node_id);
CREATE INDEX case_file_unit ON case_file(owner_unit_id, status);

CREATE TABLE proceeding (
    id                    TEXT PRIMARY KEY,
    case_file_id          TEXT NOT NULL REFERENCES case_file(id),
    number                INTEGER NOT NULL,
    reference             TEXT NOT NULL UNIQUE,
    subject               TEXT NOT NULL,
    assignee_id           TEXT REFERENCES user(id),
    status                TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'waiting', 'closed')),
    due_at                TEXT,
    source_submission_id  TEXT,
    created_at            TEXT NOT NULL,
    closed_at             TEXT,
    rev                   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_file_id, number)
);
CREATE INDEX proceeding_assignee ON proceeding(assignee_id, status);

CREATE TABLE document (
    id             TEXT PRIMARY KEY,
    proceeding_id  TEXT NOT NULL REFERENCES proceeding(id),
    title          TEXT NOT NULL,
    direction      TEXT NOT NULL CHECK (direction IN ('in', 'out', 'internal')),
    received_at    TEXT NOT NULL,
    rev            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX document_proceeding ON document(proceeding_id);

-- Immutable: a changed document gets a new version.
CREATE TABLE document_version (
    document_id  TEXT NOT NULL REFERENCES document(id),
    n            INTEGER NOT NULL CHECK (n >= 1),
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    file_name    TEXT NOT NULL,
    mime         TEXT NOT NULL,
    size         INTEGER NOT NULL CHECK (size >= 0),
    pages        INTEGER,
    created_by   TEXT NOT NULL REFERENCES user(id),
    created_at   TEXT NOT NULL,
    PRIMARY KEY (document_id, n)
);
CREATE INDEX document_version_sha ON document_version(sha256);
CREATE TRIGGER document_version_immutable BEFORE UPDATE ON document_version
BEGIN
    SELECT RAISE(ABORT, 'document versions are immutable');
END;

CREATE TABLE note (
    id           TEXT PRIMARY KEY,
    object_type  TEXT NOT NULL CHECK (object_type IN ('case_file', 'proceeding', 'document')),
    object_id    TEXT NOT NULL,
    text         TEXT NOT NULL,
    author_id    TEXT NOT NULL REFERENCES user(id),
    at           TEXT NOT NULL
);
CREATE INDEX note_object ON note(object_type, object_id);

CREATE TABLE resubmission (
    id           TEXT PRIMARY KEY,
    object_type  TEXT NOT NULL CHECK (object_type IN ('case_file', 'proceeding')),
    object_id    TEXT NOT NULL,
    due_at       TEXT NOT NULL,
    user_id      TEXT NOT NULL REFERENCES user(id),
    note         TEXT NOT NULL DEFAULT '',
    done         INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    rev          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX resubmission_due ON resubmission(user_id, done, due_at);

-- Protokoll: append-only, each hash covers the previous one.
CREATE TABLE audit_event (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    details      TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_event_object ON audit_event(object_type, object_id);
-- The newest event, kept beside the chain so that removing events from the end is detected too.
CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    seq   INTEGER NOT NULL,
    hash  TEXT NOT NULL
);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Changes waiting to be pushed to the central store, in order. AUTOINCREMENT: a sequence number
-- is never handed out twice, even after the outbox has been emptied.
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    operation    TEXT NOT NULL,
    base_rev     INTEGER NOT NULL,
    payload      TEXT NOT NULL
);

-- Small settings of the store itself (e.g. the reference pattern).
CREATE TABLE store_setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
