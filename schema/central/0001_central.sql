-- SPDX-License-Identifier: GPL-3.0-or-later
-- The central store: units and who works in them, case files, and the change log every client
-- pulls from. Clients never write tables: they call the functions in aw_api (SECURITY DEFINER,
-- fixed search_path), which check the caller's units. Row-level security lets a user read only
-- their units' rows; closed (archived) case files only as a supervisor or registrar there.
-- Run by the owner (the administrator) through `aktenwerk-cli central init`.

-- Group roles; each user logs in as a role of their own that is a member of one of these.
-- Roles belong to the whole server, so they may exist already (another database, an earlier run).
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['aw_clerk', 'aw_supervisor', 'aw_registrar'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

CREATE SCHEMA aw_api;

CREATE TABLE aw.org_unit (
    id    text PRIMARY KEY,
    code  text NOT NULL UNIQUE,
    name  text NOT NULL
);

-- Which login works in which unit, and as what.
CREATE TABLE aw.membership (
    login    name NOT NULL,
    unit_id  text NOT NULL REFERENCES aw.org_unit (id),
    role     text NOT NULL CHECK (role IN ('clerk', 'supervisor', 'registrar')),
    PRIMARY KEY (login, unit_id)
);

-- The global order of changes: clients pull what is after the last number they saw.
CREATE SEQUENCE aw.change_seq;

CREATE TABLE aw.case_file (
    id          uuid PRIMARY KEY,  -- made by the client, so that offline work needs no server
    unit_id     text NOT NULL REFERENCES aw.org_unit (id),
    reference   text NOT NULL UNIQUE,
    subject     text NOT NULL,
    status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    archived    boolean NOT NULL DEFAULT false,
    revision    bigint NOT NULL,  -- 1 when made, one more with every change
    change_seq  bigint NOT NULL   -- the change that made this revision
);

CREATE TABLE aw.change (
    seq          bigint PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    login        name NOT NULL,
    object_type  text NOT NULL,
    object_id    uuid NOT NULL,
    unit_id      text NOT NULL REFERENCES aw.org_unit (id),
    revision     bigint NOT NULL,
    data         jsonb NOT NULL
);
CREATE INDEX change_unit ON aw.change (unit_id, seq);

-- May the logged-in user read rows of this unit (archived ones: only supervisors and registrars)?
-- SECURITY DEFINER: it reads the memberships for the policies, whoever asks.
CREATE FUNCTION aw.may_read(p_unit text, p_archived boolean) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM aw.membership m
                   WHERE m.login = session_user AND m.unit_id = p_unit
                     AND (NOT p_archived OR m.role IN ('supervisor', 'registrar')))
$$;

ALTER TABLE aw.membership ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON aw.membership FOR SELECT USING (login = session_user);
ALTER TABLE aw.case_file ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON aw.case_file FOR SELECT USING (aw.may_read(unit_id, archived));
-- A change is read as its object is: a closed file's changes only by supervisors and registrars.
CREATE FUNCTION aw.may_read_change(p_unit text, p_object uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT aw.may_read(p_unit, coalesce((SELECT f.archived FROM aw.case_file f WHERE f.id = p_object), false))
$$;
ALTER TABLE aw.change ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON aw.change FOR SELECT USING (aw.may_read_change(unit_id, object_id));

REVOKE ALL ON ALL TABLES IN SCHEMA aw FROM PUBLIC;
REVOKE ALL ON FUNCTION aw.may_read(text, boolean), aw.may_read_change(text, uuid) FROM PUBLIC;
GRANT USAGE ON SCHEMA aw, aw_api TO aw_clerk, aw_supervisor, aw_registrar;
GRANT SELECT ON aw.org_unit, aw.membership, aw.case_file, aw.change TO aw_clerk, aw_supervisor, aw_registrar;
GRANT EXECUTE ON FUNCTION aw.may_read(text, boolean), aw.may_read_change(text, uuid)
    TO aw_clerk, aw_supervisor, aw_registrar;

-- The unit of `p_code` if the logged-in user works in it; refused otherwise.
CREATE FUNCTION aw.member_unit(p_code text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    u text;
BEGIN
    SELECT o.id INTO u FROM aw.org_unit o JOIN aw.membership m ON m.unit_id = o.id
        WHERE o.code = p_code AND m.login = session_user;
    IF u IS NULL THEN
        RAISE EXCEPTION 'not a member of unit %', p_code USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN u;
END
$$;
REVOKE ALL ON FUNCTION aw.member_unit(text) FROM PUBLIC;

-- A new case file in a unit of the caller's; returns its change's number.
CREATE FUNCTION aw_api.create_case_file(p_id uuid, p_unit_code text, p_reference text, p_subject text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    u text := aw.member_unit(p_unit_code);
    s bigint := nextval('aw.change_seq');
BEGIN
    INSERT INTO aw.case_file (id, unit_id, reference, subject, revision, change_seq)
        VALUES (p_id, u, p_reference, p_subject, 1, s);
    INSERT INTO aw.change (seq, login, object_type, object_id, unit_id, revision, data)
        VALUES (s, session_user, 'case_file', p_id, u, 1,
                jsonb_build_object('reference', p_reference, 'subject', p_subject));
    RETURN s;
END
$$;

-- A new subject for a case file, based on revision p_base: applied only if that is still the
-- current one; otherwise refused as a conflict (SQLSTATE 40001), so nobody's edit is overwritten.
CREATE FUNCTION aw_api.set_case_file_subject(p_id uuid, p_base bigint, p_subject text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    f aw.case_file;
    s bigint;
BEGIN
    SELECT * INTO f FROM aw.case_file WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT aw.may_read(f.unit_id, f.archived) THEN
        RAISE EXCEPTION 'no such case file' USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM aw.member_unit((SELECT code FROM aw.org_unit WHERE id = f.unit_id));
    IF f.archived THEN
        RAISE EXCEPTION 'the case file is archived' USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF f.revision <> p_base THEN
        RAISE EXCEPTION 'conflict: case file is at revision %, the change was based on %', f.revision, p_base
            USING ERRCODE = 'serialization_failure';
    END IF;
    s := nextval('aw.change_seq');
    UPDATE aw.case_file SET subject = p_subject, revision = f.revision + 1, change_seq = s WHERE id = p_id;
    INSERT INTO aw.change (seq, login, object_type, object_id, unit_id, revision, data)
        VALUES (s, session_user, 'case_file', p_id, f.unit_id, f.revision + 1,
                jsonb_build_object('subject', p_subject));
    RETURN s;
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA aw_api FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA aw_api TO aw_clerk, aw_supervisor, aw_registrar;
