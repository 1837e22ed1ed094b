-- SPDX-License-Identifier: GPL-3.0-or-later
-- File references (Aktenzeichen) unique across all clients, offline included. The running number
-- of a reference counts per file-plan code and year. A client reserves a block of numbers while
-- online and takes its new case files' numbers from it, also offline; the server accepts a new
-- case file only with a number from a block of the caller's, and each number only once.

CREATE TABLE aw.sequence_next (
    plan_code  text NOT NULL,
    year       integer NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    next       integer NOT NULL,
    PRIMARY KEY (plan_code, year)
);

CREATE TABLE aw.sequence_block (
    plan_code    text NOT NULL,
    year         integer NOT NULL,
    first        integer NOT NULL,
    last         integer NOT NULL CHECK (last >= first),
    login        name NOT NULL,
    reserved_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_code, year, first)
);
ALTER TABLE aw.sequence_block ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON aw.sequence_block FOR SELECT USING (login = session_user);
REVOKE ALL ON aw.sequence_next, aw.sequence_block FROM PUBLIC;
GRANT SELECT ON aw.sequence_block TO aw_clerk, aw_supervisor, aw_registrar;

ALTER TABLE aw.case_file
    ADD COLUMN plan_code text,
    ADD COLUMN year integer,
    ADD COLUMN sequence integer,
    ADD UNIQUE (plan_code, year, sequence);

-- A block of p_count running numbers for a file-plan code and year, for the caller alone; returns
-- the first. Reservations of the same code and year wait for each other (the counter's row lock).
CREATE FUNCTION aw_api.reserve_numbers(p_plan_code text, p_year integer, p_count integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    f integer;
BEGIN
    IF p_count IS NULL OR p_count NOT BETWEEN 1 AND 1000 THEN
        RAISE EXCEPTION 'a block holds 1 to 1000 numbers' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM aw.membership WHERE login = session_user) THEN
        RAISE EXCEPTION 'only members of a unit reserve numbers' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO aw.sequence_next AS s (plan_code, year, next) VALUES (p_plan_code, p_year, 1 + p_count)
        ON CONFLICT (plan_code, year) DO UPDATE SET next = s.next + p_count
        RETURNING s.next - p_count INTO f;
    INSERT INTO aw.sequence_block (plan_code, year, first, last, login)
        VALUES (p_plan_code, p_year, f, f + p_count - 1, session_user);
    RETURN f;
END
$$;

-- A new case file takes its running number from a block of the caller's.
DROP FUNCTION aw_api.create_case_file(uuid, text, text, text);
CREATE FUNCTION aw_api.create_case_file(p_id uuid, p_unit_code text, p_plan_code text, p_year integer,
                                        p_sequence integer, p_reference text, p_subject text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    u text := aw.member_unit(p_unit_code);
    s bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM aw.sequence_block b
                   WHERE b.login = session_user AND b.plan_code = p_plan_code AND b.year = p_year
                     AND p_sequence BETWEEN b.first AND b.last) THEN
        RAISE EXCEPTION 'number % of %/% is not in a block reserved by %', p_sequence, p_plan_code, p_year, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    s := nextval('aw.change_seq');
    INSERT INTO aw.case_file (id, unit_id, reference, subject, revision, change_seq, plan_code, year, sequence)
        VALUES (p_id, u, p_reference, p_subject, 1, s, p_plan_code, p_year, p_sequence);
    INSERT INTO aw.change (seq, login, object_type, object_id, unit_id, revision, data)
        VALUES (s, session_user, 'case_file', p_id, u, 1,
                jsonb_build_object('reference', p_reference, 'subject', p_subject));
    RETURN s;
END
$$;

REVOKE ALL ON FUNCTION aw_api.reserve_numbers(text, integer, integer),
    aw_api.create_case_file(uuid, text, text, integer, integer, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aw_api.reserve_numbers(text, integer, integer),
    aw_api.create_case_file(uuid, text, text, integer, integer, text, text)
    TO aw_clerk, aw_supervisor, aw_registrar;
