-- SPDX-License-Identifier: GPL-3.0-or-later
-- Document contents (blobs), named by their SHA-256 like in the local stores. A client uploads a
-- blob in chunks of up to 1 MiB, each its own call, so an upload broken off goes on from the
-- chunks stored; storing what is there already changes nothing. The server checks the whole blob
-- against its name before it counts as complete, and takes a document version only once its blob
-- is complete: the contents always arrive before the change that names them. A user reads the
-- chunks of a blob only if a document version they may read names it.

CREATE TABLE aw.blob (
    sha256    text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size      bigint NOT NULL CHECK (size BETWEEN 0 AND 4294967296),
    complete  boolean NOT NULL DEFAULT false
);

CREATE TABLE aw.blob_chunk (
    sha256  text NOT NULL REFERENCES aw.blob (sha256),
    n       integer NOT NULL CHECK (n >= 0),
    data    bytea NOT NULL CHECK (length(data) <= 1048576),
    PRIMARY KEY (sha256, n)
);

CREATE INDEX record_sha256 ON aw.record ((data ->> 'sha256')) WHERE object_type = 'document_version';

ALTER TABLE aw.blob ENABLE ROW LEVEL SECURITY;
ALTER TABLE aw.blob_chunk ENABLE ROW LEVEL SECURITY;
-- The subquery reads aw.record as the user, so its own policy applies.
CREATE POLICY readable ON aw.blob FOR SELECT USING (
    EXISTS (SELECT 1 FROM aw.record r WHERE r.object_type = 'document_version' AND r.data ->> 'sha256' = sha256));
CREATE POLICY readable ON aw.blob_chunk FOR SELECT USING (
    EXISTS (SELECT 1 FROM aw.record r WHERE r.object_type = 'document_version' AND r.data ->> 'sha256' = sha256));
REVOKE ALL ON aw.blob, aw.blob_chunk FROM PUBLIC;
GRANT SELECT ON aw.blob, aw.blob_chunk TO aw_clerk, aw_supervisor, aw_registrar;

-- How many chunks of the blob the server has (it takes them in order), and whether it is complete.
-- Any member of a unit may ask: the answer reveals no contents.
CREATE FUNCTION aw_api.blob_state(p_sha256 text, OUT chunks integer, OUT complete boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM aw.membership WHERE login = session_user) THEN
        RAISE EXCEPTION 'only members of a unit upload' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT b.complete, (SELECT count(*) FROM aw.blob_chunk c WHERE c.sha256 = b.sha256)
        INTO complete, chunks FROM aw.blob b WHERE b.sha256 = p_sha256;
    complete := coalesce(complete, false);
    chunks := coalesce(chunks, 0);
END
$$;

-- Stores chunk p_n of the blob p_sha256 of p_size bytes; the next chunk expected is returned. The
-- last chunk completes the blob if the bytes match their name; otherwise the chunks are dropped
-- and -1 is returned, so the client sends them anew.
CREATE FUNCTION aw_api.put_blob_chunk(p_sha256 text, p_size bigint, p_n integer, p_data bytea) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    b aw.blob;
    have integer;
    stored bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM aw.membership WHERE login = session_user) THEN
        RAISE EXCEPTION 'only members of a unit upload' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO aw.blob (sha256, size) VALUES (p_sha256, p_size) ON CONFLICT (sha256) DO NOTHING;
    SELECT * INTO b FROM aw.blob WHERE sha256 = p_sha256 FOR UPDATE;
    IF b.size <> p_size THEN
        RAISE EXCEPTION 'blob % has % bytes, not %', p_sha256, b.size, p_size USING ERRCODE = 'data_exception';
    END IF;
    SELECT count(*), coalesce(sum(length(data)), 0) INTO have, stored FROM aw.blob_chunk WHERE sha256 = p_sha256;
    IF b.complete OR p_n < have THEN
        RETURN have;  -- stored before (a chunk sent again after a broken connection)
    END IF;
    IF p_n > have THEN
        RAISE EXCEPTION 'chunk % of blob % comes before chunk %', p_n, p_sha256, have
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF stored + length(p_data) > p_size OR (length(p_data) < 1048576 AND stored + length(p_data) < p_size) THEN
        RAISE EXCEPTION 'chunk % of blob % has the wrong length', p_n, p_sha256 USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO aw.blob_chunk (sha256, n, data) VALUES (p_sha256, p_n, p_data);
    IF stored + length(p_data) = p_size THEN
        IF encode(sha256((SELECT string_agg(c.data, ''::bytea ORDER BY c.n) FROM aw.blob_chunk c
                          WHERE c.sha256 = p_sha256)), 'hex') IS DISTINCT FROM p_sha256 THEN
            DELETE FROM aw.blob_chunk WHERE sha256 = p_sha256;
            RETURN -1;  -- damaged on the way: dropped, to be sent anew
        END IF;
        UPDATE aw.blob SET complete = true WHERE sha256 = p_sha256;
    END IF;
    RETURN have + 1;
END
$$;

REVOKE ALL ON FUNCTION aw_api.blob_state(text), aw_api.put_blob_chunk(text, bigint, integer, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aw_api.blob_state(text), aw_api.put_blob_chunk(text, bigint, integer, bytea)
    TO aw_clerk, aw_supervisor, aw_registrar;

-- A document version is taken only once its contents are complete.
CREATE FUNCTION aw.version_has_blob() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.object_type = 'document_version' AND NOT EXISTS (
            SELECT 1 FROM aw.blob b WHERE b.sha256 = NEW.data ->> 'sha256' AND b.complete) THEN
        RAISE EXCEPTION 'the file % of this document version has not been uploaded', NEW.data ->> 'sha256'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER version_has_blob BEFORE INSERT ON aw.record FOR EACH ROW EXECUTE FUNCTION aw.version_has_blob();
