-- SPDX-License-Identifier: GPL-3.0-or-later
-- xdomea exchange: Abgabe to and from other authorities, Aussonderung to the state archive.

-- One exchange, named by its ProzessID: every message of one transfer or disposal belongs to it.
CREATE TABLE xdomea_process (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('transfer_out', 'transfer_in', 'disposal')),
    partner     TEXT NOT NULL DEFAULT '',  -- the other authority or the archive
    state       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES user(id),
    updated_at  TEXT NOT NULL
);

-- Every message sent or received, its XML kept in the blob store as it was.
CREATE TABLE xdomea_message (
    id            TEXT PRIMARY KEY,
    process_id    TEXT NOT NULL REFERENCES xdomea_process(id),
    type          TEXT NOT NULL,  -- '0401' … '0507'
    direction     TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    at            TEXT NOT NULL,
    by_user       TEXT NOT NULL REFERENCES user(id),
    xml_sha256    TEXT NOT NULL,
    package_name  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX xdomea_message_process ON xdomea_message(process_id, at);

-- The case files of an exchange. object_id is the Akte's ID in the messages (our case file id
-- for what we send, the sender's for what we receive); decision and outcome are the archive's.
CREATE TABLE xdomea_item (
    process_id    TEXT NOT NULL REFERENCES xdomea_process(id),
    object_id     TEXT NOT NULL,
    case_file_id  TEXT NOT NULL REFERENCES case_file(id),
    decision      TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'A', 'V', 'B')),
    outcome       TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'ok', 'failed')),
    archive_id    TEXT NOT NULL DEFAULT '',
    remark        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (process_id, object_id)
);
CREATE INDEX xdomea_item_case_file ON xdomea_item(case_file_id);
CREATE INDEX xdomea_item_object ON xdomea_item(object_id);

-- What left the store: a case file whose content went to the archive or to another authority, or
-- was destroyed. The case file and its proceedings stay as the record of it; documents, versions,
-- text, notes and resubmissions are gone.
CREATE TABLE disposed_case_file (
    case_file_id  TEXT PRIMARY KEY REFERENCES case_file(id),
    how           TEXT NOT NULL CHECK (how IN ('archived', 'destroyed', 'transferred')),
    process_id    TEXT REFERENCES xdomea_process(id),
    archive_id    TEXT NOT NULL DEFAULT '',
    recipient     TEXT NOT NULL DEFAULT '',
    documents     INTEGER NOT NULL,
    bytes         INTEGER NOT NULL,
    at            TEXT NOT NULL,
    by_user       TEXT NOT NULL REFERENCES user(id)
);
