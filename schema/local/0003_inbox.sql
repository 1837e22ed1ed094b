-- SPDX-License-Identifier: GPL-3.0-or-later
-- Posteingang: incoming online applications (FIT-Connect submissions) and the routing rules that
-- file them.

-- One received package. The package bytes are kept unchanged as a blob (package_sha256), also
-- when it was quarantined, so it can be retried or handed on.
CREATE TABLE submission (
    id               TEXT PRIMARY KEY,
    submission_id    TEXT UNIQUE,        -- FIT-Connect's id, when the metadata names one
    package_sha256   TEXT NOT NULL UNIQUE CHECK (length(package_sha256) = 64),
    package_name     TEXT NOT NULL,
    received_at      TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('new', 'quarantined', 'filed', 'rejected')),
    problem          TEXT NOT NULL DEFAULT '',
    service_key      TEXT NOT NULL DEFAULT '',
    service_name     TEXT NOT NULL DEFAULT '',
    applicant        TEXT NOT NULL DEFAULT '',
    metadata         TEXT NOT NULL DEFAULT '{}',  -- metadata.json as received (when readable)
    rev              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX submission_status ON submission(status, received_at);

-- Service key → where applications for it are filed. One key may have several targets (a birth:
-- name declaration, registration, certificates, …); they start linked proceedings.
CREATE TABLE routing_rule (
    id                TEXT PRIMARY KEY,
    service_key       TEXT NOT NULL CHECK (length(service_key) = 14),
    position          INTEGER NOT NULL DEFAULT 1,
    node_id           TEXT NOT NULL REFERENCES file_plan_node(id),
    owner_unit_id     TEXT NOT NULL REFERENCES org_unit(id),
    subject_template  TEXT NOT NULL,
    rev               INTEGER NOT NULL DEFAULT 1,
    UNIQUE (service_key, position)
);
