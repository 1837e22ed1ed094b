-- SPDX-License-Identifier: GPL-3.0-or-later
-- The search index: one row per case file, proceeding and document, with what searches filter
-- and count by (search_object) and its words (search_text, FTS5 with the `aktenwerk` tokenizer:
-- folded words and German stems). Triggers keep both in the transaction of every change, so the
-- index never drifts from the store. What existed before this migration is indexed afterwards in
-- batches (search_state), with progress, resumable; until then searches find only what is done.

-- Row numbers follow the dates, so the newest hits come first when reading the index backwards.
CREATE TABLE search_object (
    id             INTEGER PRIMARY KEY,
    object_type    TEXT NOT NULL CHECK (object_type IN ('case_file', 'proceeding', 'document')),
    object_id      TEXT NOT NULL,
    case_file_id   TEXT NOT NULL,
    proceeding_id  TEXT,
    unit_id        TEXT NOT NULL,
    node_id        TEXT NOT NULL,
    assignee_id    TEXT,
    status         TEXT NOT NULL,  -- of the proceeding (case file: its own)
    type           TEXT NOT NULL,  -- case_file, proceeding, or the document's direction
    archived       INTEGER NOT NULL CHECK (archived IN (0, 1)),
    date           TEXT NOT NULL,  -- opened, created, received (yyyy-MM-dd)
    UNIQUE (object_type, object_id)
);
CREATE INDEX search_object_case_file ON search_object(case_file_id);
CREATE INDEX search_object_proceeding ON search_object(proceeding_id);
CREATE INDEX search_object_unit ON search_object(unit_id, archived);
CREATE INDEX search_object_assignee ON search_object(assignee_id);

CREATE VIRTUAL TABLE search_text USING fts5(title, subject, reference, body, tokenize = 'aktenwerk');

-- Rows up to built_until existed before the index; those up to cursor are in search_text.
CREATE TABLE search_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    built_until  INTEGER NOT NULL,
    cursor       INTEGER NOT NULL
);

INSERT INTO search_object (object_type, object_id, case_file_id, proceeding_id, unit_id, node_id, assignee_id,
                           status, type, archived, date)
SELECT kind, object_id, case_file_id, proceeding_id, unit_id, node_id, assignee_id, status, type, archived, date
FROM (
    SELECT 'case_file' AS kind, c.id AS object_id, c.id AS case_file_id, NULL AS proceeding_id,
           c.owner_unit_id AS unit_id, c.node_id AS node_id, NULL AS assignee_id, c.status AS status,
           'case_file' AS type, c.status = 'closed' AS archived, substr(c.opened_at, 1, 10) AS date, 0 AS rank
    FROM case_file c
    UNION ALL
    SELECT 'proceeding', p.id, c.id, p.id, c.owner_unit_id, c.node_id, p.assignee_id, p.status, 'proceeding',
           c.status = 'closed', substr(p.created_at, 1, 10), 1
    FROM proceeding p JOIN case_file c ON c.id = p.case_file_id
    UNION ALL
    SELECT 'document', d.id, c.id, p.id, c.owner_unit_id, c.node_id, p.assignee_id, p.status, d.direction,
           c.status = 'closed', substr(d.received_at, 1, 10), 2
    FROM document d JOIN proceeding p ON p.id = d.proceeding_id JOIN case_file c ON c.id = p.case_file_id
)
ORDER BY date, rank;
INSERT INTO search_state (id, built_until, cursor) VALUES (1, (SELECT coalesce(max(id), 0) FROM search_object), 0);

-- Case files.
CREATE TRIGGER search_case_file_insert AFTER INSERT ON case_file
BEGIN
    INSERT INTO search_object (object_type, object_id, case_file_id, unit_id, node_id, status, type, archived, date)
    VALUES ('case_file', NEW.id, NEW.id, NEW.owner_unit_id, NEW.node_id, NEW.status, 'case_file',
            NEW.status = 'closed', substr(NEW.opened_at, 1, 10));
    INSERT INTO search_text (rowid, title, subject, reference, body)
    VALUES ((SELECT id FROM search_object WHERE object_type = 'case_file' AND object_id = NEW.id), '', NEW.subject,
            NEW.reference, '');
END;
CREATE TRIGGER search_case_file_update AFTER UPDATE ON case_file
BEGIN
    UPDATE search_object SET unit_id = NEW.owner_unit_id, node_id = NEW.node_id, archived = NEW.status = 'closed'
        WHERE case_file_id = NEW.id;
    UPDATE search_object SET status = NEW.status, date = substr(NEW.opened_at, 1, 10)
        WHERE object_type = 'case_file' AND object_id = NEW.id;
END;
CREATE TRIGGER search_case_file_text AFTER UPDATE OF subject, reference ON case_file
    WHEN OLD.subject IS NOT NEW.subject OR OLD.reference IS NOT NEW.reference
BEGIN
    UPDATE search_text SET subject = NEW.subject, reference = NEW.reference
        WHERE rowid = (SELECT id FROM search_object WHERE object_type = 'case_file' AND object_id = NEW.id);
END;
CREATE TRIGGER search_case_file_delete AFTER DELETE ON case_file
BEGIN
    DELETE FROM search_text
        WHERE rowid = (SELECT id FROM search_object WHERE object_type = 'case_file' AND object_id = OLD.id);
    DELETE FROM search_object WHERE object_type = 'case_file' AND object_id = OLD.id;
END;

-- Proceedings; their documents carry their subject, reference, assignee and status.
CREATE TRIGGER search_proceeding_insert AFTER INSERT ON proceeding
BEGIN
    INSERT INTO search_object (object_type, object_id, case_file_id, proceeding_id, unit_id, node_id, assignee_id,
                               status, type, archived, date)
    SELECT 'proceeding', NEW.id, c.id, NEW.id, c.owner_unit_id, c.node_id, NEW.assignee_id, NEW.status, 'proceeding',
           c.status = 'closed', substr(NEW.created_at, 1, 10)
    FROM case_file c WHERE c.id = NEW.case_file_id;
    INSERT INTO search_text (rowid, title, subject, reference, body)
    VALUES ((SELECT id FROM search_object WHERE object_type = 'proceeding' AND object_id = NEW.id), '', NEW.subject,
            NEW.reference, '');
END;
CREATE TRIGGER search_proceeding_update AFTER UPDATE ON proceeding
BEGIN
    UPDATE search_object
        SET case_file_id = NEW.case_file_id, assignee_id = NEW.assignee_id, status = NEW.status,
            unit_id = (SELECT owner_unit_id FROM case_file WHERE id = NEW.case_file_id),
            node_id = (SELECT node_id FROM case_file WHERE id = NEW.case_file_id),
            archived = (SELECT status = 'closed' FROM case_file WHERE id = NEW.case_file_id)
        WHERE proceeding_id = NEW.id;
END;
CREATE TRIGGER search_proceeding_text AFTER UPDATE OF subject, reference ON proceeding
    WHEN OLD.subject IS NOT NEW.subject OR OLD.reference IS NOT NEW.reference
BEGIN
    UPDATE search_text SET subject = NEW.subject, reference = NEW.reference
        WHERE rowid IN (SELECT id FROM search_object WHERE proceeding_id = NEW.id);
END;
CREATE TRIGGER search_proceeding_delete AFTER DELETE ON proceeding
BEGIN
    DELETE FROM search_text
        WHERE rowid = (SELECT id FROM search_object WHERE object_type = 'proceeding' AND object_id = OLD.id);
    DELETE FROM search_object WHERE object_type = 'proceeding' AND object_id = OLD.id;
END;

-- Documents; their text arrives with each version (TextIndex::put).
CREATE TRIGGER search_document_insert AFTER INSERT ON document
BEGIN
    INSERT INTO search_object (object_type, object_id, case_file_id, proceeding_id, unit_id, node_id, assignee_id,
                               status, type, archived, date)
    SELECT 'document', NEW.id, c.id, p.id, c.owner_unit_id, c.node_id, p.assignee_id, p.status, NEW.direction,
           c.status = 'closed', substr(NEW.received_at, 1, 10)
    FROM proceeding p JOIN case_file c ON c.id = p.case_file_id WHERE p.id = NEW.proceeding_id;
    INSERT INTO search_text (rowid, title, subject, reference, body)
    SELECT (SELECT id FROM search_object WHERE object_type = 'document' AND object_id = NEW.id), NEW.title,
           p.subject, p.reference, ''
    FROM proceeding p WHERE p.id = NEW.proceeding_id;
END;
CREATE TRIGGER search_document_update AFTER UPDATE ON document
BEGIN
    UPDATE search_object
        SET (case_file_id, proceeding_id, unit_id, node_id, assignee_id, status, type, archived, date) =
            (SELECT c.id, p.id, c.owner_unit_id, c.node_id, p.assignee_id, p.status, NEW.direction,
                    c.status = 'closed', substr(NEW.received_at, 1, 10)
             FROM proceeding p JOIN case_file c ON c.id = p.case_file_id WHERE p.id = NEW.proceeding_id)
        WHERE object_type = 'document' AND object_id = NEW.id;
END;
CREATE TRIGGER search_document_text AFTER UPDATE OF title, proceeding_id ON document
    WHEN OLD.title IS NOT NEW.title OR OLD.proceeding_id IS NOT NEW.proceeding_id
BEGIN
    UPDATE search_text
        SET (title, subject, reference) = (SELECT NEW.title, p.subject, p.reference FROM proceeding p
                                           WHERE p.id = NEW.proceeding_id)
        WHERE rowid = (SELECT id FROM search_object WHERE object_type = 'document' AND object_id = NEW.id);
END;
CREATE TRIGGER search_document_delete AFTER DELETE ON document
BEGIN
    DELETE FROM search_text
        WHERE rowid = (SELECT id FROM search_object WHERE object_type = 'document' AND object_id = OLD.id);
    DELETE FROM search_object WHERE object_type = 'document' AND object_id = OLD.id;
END;
