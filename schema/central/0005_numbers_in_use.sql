-- SPDX-License-Identifier: GPL-3.0-or-later
-- Numbers in use. Proceedings are numbered within their case file by each client, also offline,
-- so two clients may give the same number (and so the same reference). Before a new or moved proceeding is pushed,
-- the client asks which number is free in its case file: the one it has, or the one after the
-- highest there (counting proceedings the caller cannot read, too). NULL when the case file is
-- unknown or not the caller's to read. A number taken between the question and the push is refused
-- by the unique reference (23505) and asked about again at the next sync.
CREATE FUNCTION aw_api.free_proceeding_number(p_case_file uuid, p_proceeding uuid, p_number integer)
RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    f aw.record;
BEGIN
    SELECT * INTO f FROM aw.record x WHERE x.id = p_case_file AND x.object_type = 'case_file';
    IF NOT FOUND OR NOT aw.may_read(f.unit_id, f.archived) THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM aw.record x
                   WHERE x.object_type = 'proceeding' AND x.parent_id = p_case_file AND x.id <> p_proceeding
                     AND (x.data ->> 'number')::integer = p_number) THEN
        RETURN p_number;
    END IF;
    RETURN (SELECT max((x.data ->> 'number')::integer) + 1 FROM aw.record x
            WHERE x.object_type = 'proceeding' AND x.parent_id = p_case_file AND x.id <> p_proceeding);
END
$$;

REVOKE ALL ON FUNCTION aw_api.free_proceeding_number(uuid, uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aw_api.free_proceeding_number(uuid, uuid, integer) TO aw_clerk, aw_supervisor, aw_registrar;

-- A case file made before its store first synced has a reference of that store's own numbering, not
-- a number from a block. Before it is sent, the client asks whether another record has that
-- reference already (one the caller may read or not); if so, it gives the file a number from a
-- block of the caller's.
CREATE FUNCTION aw_api.reference_taken(p_reference text, p_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM aw.record x
                   WHERE x.object_type IN ('case_file', 'proceeding') AND x.data ->> 'reference' = p_reference
                     AND x.id <> p_id)
$$;

REVOKE ALL ON FUNCTION aw_api.reference_taken(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aw_api.reference_taken(text, uuid) TO aw_clerk, aw_supervisor, aw_registrar;
