-- SPDX-License-Identifier: GPL-3.0-or-later
-- Standesamt: the index of the civil registers (Personenstandsregister) and certificate requests
-- (Urkundenanforderungen).

-- One register entry, e.g. "G 334/2020" of Standesamt 03159. The unit is the Standesamt that keeps
-- the register; only its members read it.
CREATE TABLE register_entry (
    id             TEXT PRIMARY KEY,
    unit_id        TEXT NOT NULL REFERENCES org_unit(id),
    kind           TEXT NOT NULL CHECK (kind IN ('G', 'E', 'L', 'S')),
    entry_number   INTEGER NOT NULL CHECK (entry_number > 0),
    entry_year     INTEGER NOT NULL,
    office_number  TEXT NOT NULL DEFAULT '',
    office_name    TEXT NOT NULL DEFAULT '',
    event_date     TEXT,
    event_place    TEXT NOT NULL DEFAULT '',
    blocks         INTEGER NOT NULL DEFAULT 0,  -- 1 adoption, 2 gender entry, 4 information block
    rev            INTEGER NOT NULL DEFAULT 1,
    UNIQUE (office_number, kind, entry_year, entry_number)
);
CREATE INDEX register_entry_number ON register_entry(kind, entry_number, entry_year);

-- The persons of an entry. The keys are the names folded for German matching (Müller = Mueller).
CREATE TABLE register_person (
    entry_id     TEXT NOT NULL REFERENCES register_entry(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('principal', 'parent', 'spouse')),
    first_names  TEXT NOT NULL DEFAULT '',
    last_name    TEXT NOT NULL DEFAULT '',
    birth_name   TEXT NOT NULL DEFAULT '',
    sex          TEXT NOT NULL DEFAULT '',
    birth_date   TEXT,
    birth_place  TEXT NOT NULL DEFAULT '',
    death_date   TEXT,
    last_key     TEXT NOT NULL DEFAULT '',
    birth_key    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, position)
);
CREATE INDEX register_person_last ON register_person(last_key);
CREATE INDEX register_person_birth_name ON register_person(birth_key) WHERE birth_key <> '';
CREATE INDEX register_person_born ON register_person(birth_date);

-- Folgebeurkundungen: later notes on an entry, in their order.
CREATE TABLE register_later_entry (
    entry_id  TEXT NOT NULL REFERENCES register_entry(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    date      TEXT,
    text      TEXT NOT NULL,
    PRIMARY KEY (entry_id, position)
);

-- A request for a certificate. It is worked in its own proceeding, which holds the documents
-- (application, certificate or refusal letter); the request holds what the decision rests on.
CREATE TABLE certificate_request (
    id                     TEXT PRIMARY KEY,
    proceeding_id          TEXT NOT NULL UNIQUE REFERENCES proceeding(id),
    channel                TEXT NOT NULL CHECK (channel IN ('online', 'counter')),
    status                 TEXT NOT NULL CHECK (status IN ('received', 'checking', 'query', 'issued', 'sent',
                                                           'collected', 'refused')),
    certificate_type       TEXT NOT NULL,
    copies                 INTEGER NOT NULL CHECK (copies BETWEEN 1 AND 20),
    without_parents        INTEGER NOT NULL DEFAULT 0,
    delivery               TEXT NOT NULL CHECK (delivery IN ('post', 'pickup')),
    purpose                TEXT NOT NULL DEFAULT '',
    requester_first_names  TEXT NOT NULL DEFAULT '',
    requester_last_name    TEXT NOT NULL DEFAULT '',
    requester_birth_date   TEXT,
    requester_address      TEXT NOT NULL DEFAULT '',   -- one line per envelope line
    requester_email        TEXT NOT NULL DEFAULT '',
    relation               TEXT NOT NULL,
    interest               TEXT NOT NULL DEFAULT 'none',
    wanted_first_names     TEXT NOT NULL DEFAULT '',
    wanted_last_name       TEXT NOT NULL DEFAULT '',
    wanted_birth_date      TEXT,
    wanted_number          TEXT NOT NULL DEFAULT '',   -- the register number as the requester gave it
    register_entry_id      TEXT REFERENCES register_entry(id),
    fee_cents              INTEGER NOT NULL DEFAULT 0,
    paid_cents             INTEGER NOT NULL DEFAULT 0,
    payment_reference      TEXT NOT NULL DEFAULT '',
    clerk_decision         TEXT NOT NULL DEFAULT '' CHECK (clerk_decision IN ('', 'granted', 'refused')),
    clerk_justification    TEXT NOT NULL DEFAULT '',
    outcome_note           TEXT NOT NULL DEFAULT '',   -- the reason of a refusal, the query asked
    document_id            TEXT REFERENCES document(id),  -- the certificate or refusal letter
    received_at            TEXT NOT NULL,
    rev                    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX certificate_request_status ON certificate_request(status, received_at);
