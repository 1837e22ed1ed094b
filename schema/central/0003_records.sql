-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sync of case files and their contents. Every record (case file, proceeding, document, document
-- version, note) is one row of aw.record: its client-made id, its unit, the case file it belongs
-- to, a revision and its fields as JSON (units, file-plan nodes and users named by code and
-- login, which are the same in every local store). Clients change records only through
-- aw_api.push: a change names the revision it was based on; the server applies it if no field it
-- sets was changed by someone else since (disjoint edits merge) and answers "conflict" otherwise.
-- Each change also carries the client's id and its own running number, so that a change sent
-- twice (the connection broke before the answer came) is applied once. Changes get their numbers in
-- the order they commit (one writer of the change log at a time), so pulling after the last number
-- seen misses none.

CREATE TABLE aw.record (
    id            uuid PRIMARY KEY,
    object_type   text NOT NULL
        CHECK (object_type IN ('case_file', 'proceeding', 'document', 'document_version', 'note')),
    parent_id     uuid REFERENCES aw.record (id),  -- NULL for a case file
    case_file_id  uuid NOT NULL,                   -- itself for a case file
    unit_id       text NOT NULL REFERENCES aw.org_unit (id),
    archived      boolean NOT NULL DEFAULT false,  -- the case file is closed
    revision      bigint NOT NULL,
    change_seq    bigint NOT NULL,
    data          jsonb NOT NULL
);
CREATE INDEX record_case_file ON aw.record (case_file_id);
CREATE INDEX record_parent ON aw.record (parent_id);
CREATE UNIQUE INDEX record_reference ON aw.record ((data ->> 'reference'))
    WHERE object_type IN ('case_file', 'proceeding');
CREATE UNIQUE INDEX record_number ON aw.record ((data ->> 'plan'), ((data ->> 'year')::integer),
                                                ((data ->> 'sequence')::integer))
    WHERE object_type = 'case_file';

-- Case files made through migration 0001/0002's functions become records.
INSERT INTO aw.record (id, object_type, case_file_id, unit_id, archived, revision, change_seq, data)
    SELECT f.id, 'case_file', f.id, f.unit_id, f.archived, f.revision, f.change_seq,
           jsonb_build_object('unit', u.code, 'reference', f.reference, 'subject', f.subject, 'status', f.status,
                              'plan', f.plan_code, 'year', f.year, 'sequence', f.sequence)
    FROM aw.case_file f JOIN aw.org_unit u ON u.id = f.unit_id;

DROP POLICY readable ON aw.change;
DROP FUNCTION aw.may_read_change(text, uuid);
DROP FUNCTION aw_api.set_case_file_subject(uuid, bigint, text);
DROP FUNCTION aw_api.create_case_file(uuid, text, text, integer, integer, text, text);
DROP TABLE aw.case_file;

ALTER TABLE aw.change
    ADD COLUMN parent_id uuid,
    ADD COLUMN case_file_id uuid,
    ADD COLUMN archived boolean NOT NULL DEFAULT false,
    ADD COLUMN client uuid,
    ADD COLUMN client_seq bigint,
    ADD UNIQUE (client, client_seq);
UPDATE aw.change SET case_file_id = object_id WHERE object_type = 'case_file';
UPDATE aw.change c SET archived = r.archived FROM aw.record r WHERE r.id = c.object_id;
CREATE INDEX change_object ON aw.change (object_id, revision);
CREATE INDEX change_case_file ON aw.change (case_file_id);

-- Readable: rows of the user's units; of closed files only for supervisors and registrars. Two
-- uncorrelated subqueries, so that a pull of many rows reads the memberships once.
ALTER TABLE aw.record ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON aw.record FOR SELECT USING (
    (NOT archived AND unit_id IN (SELECT m.unit_id FROM aw.membership m WHERE m.login = session_user))
    OR (archived AND unit_id IN (SELECT m.unit_id FROM aw.membership m WHERE m.login = session_user
                                                   AND m.role IN ('supervisor', 'registrar'))));
CREATE POLICY readable ON aw.change FOR SELECT USING (
    (NOT archived AND unit_id IN (SELECT m.unit_id FROM aw.membership m WHERE m.login = session_user))
    OR (archived AND unit_id IN (SELECT m.unit_id FROM aw.membership m WHERE m.login = session_user
                                                   AND m.role IN ('supervisor', 'registrar'))));
REVOKE ALL ON aw.record FROM PUBLIC;
GRANT SELECT ON aw.record TO aw_clerk, aw_supervisor, aw_registrar;

-- The unit a user may write in: refused unless the caller works there.
CREATE FUNCTION aw.writable_unit(p_unit text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM aw.membership m WHERE m.unit_id = p_unit AND m.login = session_user) THEN
        RAISE EXCEPTION 'not a member of the unit of this record' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;
REVOKE ALL ON FUNCTION aw.writable_unit(text) FROM PUBLIC;

-- Applies one change of a client. p_base is the revision the change was based on (0: a new record),
-- p_data the fields it sets. Answers
--   outcome 'applied'   with the change's number and the record's new revision;
--   outcome 'duplicate' when this client's change p_client_seq was applied before (same answer,
--                        with the fields it set then in `data`);
--   outcome 'conflict'  with the fields someone else changed since p_base to another value, and
--                        the record's current revision and fields: nothing is applied.
-- Refused (raised): not a member of the unit (42501), an unknown or unreadable record or parent
-- (P0002), a change to a closed case file other than reopening it (55000), a reference or running
-- number taken already (23505), a running number outside the caller's blocks (42501).
CREATE FUNCTION aw_api.push(p_client uuid, p_client_seq bigint, p_type text, p_id uuid, p_parent uuid,
                            p_base bigint, p_data jsonb)
RETURNS TABLE (outcome text, seq bigint, revision bigint, fields text[], data jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r aw.record;
    parent aw.record;
    done aw.change;
    unit text;
    file uuid;
    s bigint;
    clashing text[];
    merged jsonb;
    was_archived boolean;
    now_archived boolean;
BEGIN
    IF p_client IS NULL OR p_client_seq IS NULL OR p_data IS NULL OR jsonb_typeof(p_data) <> 'object' THEN
        RAISE EXCEPTION 'a change needs its client, its number and its fields' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Changes are numbered in the order they commit: a transaction that writes the change log holds
    -- this lock until it ends. Otherwise a change numbered earlier but committed later would be
    -- missed by a client that pulled the later number in between.
    PERFORM pg_advisory_xact_lock(1096246080);
    SELECT * INTO done FROM aw.change c WHERE c.client = p_client AND c.client_seq = p_client_seq;
    IF FOUND THEN
        IF done.login <> session_user THEN
            RAISE EXCEPTION 'change % of client % was made by another user', p_client_seq, p_client
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF done.object_id <> p_id THEN
            RAISE EXCEPTION 'change % of client % was made to another record: was the store restored from a backup?',
                p_client_seq, p_client USING ERRCODE = 'unique_violation';
        END IF;
        RETURN QUERY SELECT 'duplicate'::text, done.seq, done.revision, NULL::text[], done.data;
        RETURN;
    END IF;

    IF p_parent IS NOT NULL THEN
        SELECT * INTO parent FROM aw.record x WHERE x.id = p_parent;
        IF NOT FOUND OR NOT aw.may_read(parent.unit_id, parent.archived) THEN
            RAISE EXCEPTION 'no such parent record %', p_parent USING ERRCODE = 'no_data_found';
        END IF;
    END IF;

    IF p_base = 0 THEN
        IF p_type = 'case_file' THEN
            IF p_parent IS NOT NULL THEN
                RAISE EXCEPTION 'a case file has no parent' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            unit := aw.member_unit(p_data ->> 'unit');
            -- A running number of ours comes from a block of the caller's; a file received from
            -- elsewhere (xdomea) keeps its foreign reference and has none.
            IF p_data ? 'sequence' AND NOT EXISTS (SELECT 1 FROM aw.sequence_block b
                           WHERE b.login = session_user AND b.plan_code = p_data ->> 'plan'
                             AND b.year = (p_data ->> 'year')::integer
                             AND (p_data ->> 'sequence')::integer BETWEEN b.first AND b.last) THEN
                RAISE EXCEPTION 'number % of %/% is not in a block reserved by %', p_data ->> 'sequence',
                    p_data ->> 'plan', p_data ->> 'year', session_user USING ERRCODE = 'insufficient_privilege';
            END IF;
            file := p_id;
        ELSE
            IF p_parent IS NULL THEN
                RAISE EXCEPTION 'a % needs its parent record', p_type USING ERRCODE = 'invalid_parameter_value';
            END IF;
            unit := parent.unit_id;
            file := parent.case_file_id;
            PERFORM aw.writable_unit(unit);
            IF parent.archived THEN
                RAISE EXCEPTION 'the case file is closed' USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
        END IF;
        s := nextval('aw.change_seq');
        INSERT INTO aw.record (id, object_type, parent_id, case_file_id, unit_id, revision, change_seq, data)
            VALUES (p_id, p_type, p_parent, file, unit, 1, s, p_data);
        INSERT INTO aw.change (seq, login, object_type, object_id, parent_id, case_file_id, unit_id, revision, data,
                               client, client_seq)
            VALUES (s, session_user, p_type, p_id, p_parent, file, unit, 1, p_data, p_client, p_client_seq);
        RETURN QUERY SELECT 'applied'::text, s, 1::bigint, NULL::text[], NULL::jsonb;
        RETURN;
    END IF;

    SELECT * INTO r FROM aw.record x WHERE x.id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT aw.may_read(r.unit_id, r.archived) OR r.object_type <> p_type THEN
        RAISE EXCEPTION 'no such record %', p_id USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM aw.writable_unit(r.unit_id);
    IF p_type = 'case_file' AND EXISTS (
            SELECT 1 FROM jsonb_each(p_data) e
            WHERE e.key IN ('unit', 'plan', 'year', 'sequence', 'reference') AND r.data -> e.key IS DISTINCT FROM e.value) THEN
        RAISE EXCEPTION 'a case file keeps its unit and its reference' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF r.archived AND NOT (p_type = 'case_file' AND p_data ->> 'status' IS NOT DISTINCT FROM 'open') THEN
        RAISE EXCEPTION 'the case file is closed' USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;

    IF p_base <> r.revision THEN
        SELECT array_agg(DISTINCT k.key ORDER BY k.key) INTO clashing
            FROM aw.change c, jsonb_object_keys(c.data) AS k(key)
            WHERE c.object_id = p_id AND c.revision > p_base AND p_data ? k.key
              AND r.data -> k.key IS DISTINCT FROM p_data -> k.key;
        IF clashing IS NOT NULL THEN
            RETURN QUERY SELECT 'conflict'::text, NULL::bigint, r.revision, clashing, r.data;
            RETURN;
        END IF;
    END IF;

    -- A proceeding may move to another case file of a unit of the caller's.
    file := r.case_file_id;
    unit := r.unit_id;
    IF p_parent IS NOT NULL AND p_parent IS DISTINCT FROM r.parent_id THEN
        IF p_type <> 'proceeding' OR parent.object_type <> 'case_file' THEN
            RAISE EXCEPTION 'only a proceeding moves, and only to a case file' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        PERFORM aw.writable_unit(parent.unit_id);
        IF parent.archived THEN
            RAISE EXCEPTION 'the case file is closed' USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        file := parent.case_file_id;
        unit := parent.unit_id;
        UPDATE aw.record x SET case_file_id = file, unit_id = unit
            WHERE x.id = p_id OR x.parent_id = p_id  -- its documents and notes
               OR x.parent_id IN (SELECT y.id FROM aw.record y WHERE y.parent_id = p_id);  -- their versions, notes
        UPDATE aw.change c SET case_file_id = file, unit_id = unit
            WHERE c.case_file_id = r.case_file_id AND c.object_id IN (SELECT x.id FROM aw.record x WHERE x.case_file_id = file);
    END IF;

    merged := r.data || p_data;
    s := nextval('aw.change_seq');
    was_archived := r.archived;
    now_archived := CASE WHEN p_type = 'case_file' THEN coalesce(merged ->> 'status', 'open') = 'closed'
                         ELSE r.archived END;
    UPDATE aw.record x SET data = merged, revision = r.revision + 1, change_seq = s, parent_id = coalesce(p_parent, r.parent_id)
        WHERE x.id = p_id;
    IF now_archived IS DISTINCT FROM was_archived THEN
        -- Closing hides the file, its contents and their history from clerks; the closing change
        -- itself stays readable, so that every client learns the file was closed.
        UPDATE aw.record x SET archived = now_archived WHERE x.case_file_id = p_id;
        UPDATE aw.change c SET archived = now_archived WHERE c.case_file_id = p_id;
    END IF;
    INSERT INTO aw.change (seq, login, object_type, object_id, parent_id, case_file_id, unit_id, revision, data,
                           client, client_seq, archived)
        VALUES (s, session_user, p_type, p_id, coalesce(p_parent, r.parent_id), file, unit, r.revision + 1, p_data,
                p_client, p_client_seq, was_archived AND now_archived);
    RETURN QUERY SELECT 'applied'::text, s, r.revision + 1, NULL::text[], NULL::jsonb;
END
$$;

REVOKE ALL ON FUNCTION aw_api.push(uuid, bigint, text, uuid, uuid, bigint, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aw_api.push(uuid, bigint, text, uuid, uuid, bigint, jsonb)
    TO aw_clerk, aw_supervisor, aw_registrar;
