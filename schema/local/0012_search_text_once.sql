-- SPDX-License-Identifier: GPL-3.0-or-later
-- The text of documents is kept once. Before, the store held it three times over: in text_index
-- (an older FTS5 table with its own unicode61 index, which only tests still searched) and in
-- search_text, which stored its own copy beside its index. Now search_content holds each indexed
-- object's words once, and search_text is an FTS5 index over it (an "external content" table), kept
-- by the triggers below. The trigram index of references (reference_index) now numbers its rows as
-- search_object and names each row's case file.
--
-- Rows of search_content past search_state.cursor up to built_until are not in the index yet: the
-- triggers leave them to the index upkeep (SearchIndex::update), which reads them in batches.

CREATE TABLE search_content (
    id         INTEGER PRIMARY KEY,  -- search_object.id
    title      TEXT NOT NULL DEFAULT '',
    subject    TEXT NOT NULL DEFAULT '',
    reference  TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT ''
);

-- The words of each object as the triggers write them: documents with their proceeding's subject
-- and reference, proceedings and case files with their own.
INSERT INTO search_content (id, title, subject, reference, body)
SELECT o.id, coalesce(d.title, ''),
       coalesce(CASE o.object_type WHEN 'case_file' THEN c.subject ELSE p.subject END, ''),
       coalesce(CASE o.object_type WHEN 'case_file' THEN c.reference ELSE p.reference END, ''),
       coalesce((SELECT t.body FROM text_index_key k JOIN text_index t ON t.rowid = k.id
                 WHERE k.document_id = d.id), '')
FROM search_object o
LEFT JOIN document d ON o.object_type = 'document' AND d.id = o.object_id
LEFT JOIN proceeding p ON p.id = o.proceeding_id
LEFT JOIN case_file c ON c.id = o.case_file_id;

DROP TRIGGER search_case_file_insert;
DROP TRIGGER search_case_file_text;
DROP TRIGGER search_case_file_delete;
DROP TRIGGER search_proceeding_insert;
DROP TRIGGER search_proceeding_text;
DROP TRIGGER search_proceeding_delete;
DROP TRIGGER search_document_insert;
DROP TRIGGER search_document_text;
DROP TRIGGER search_document_delete;
DROP TRIGGER proceeding_reference_changed;
DROP TRIGGER case_file_reference_indexed;
DROP TRIGGER proceeding_reference_indexed;
DROP TABLE reference_index;
DROP TABLE search_text;
DROP TABLE text_index;
DROP TABLE text_index_key;

CREATE VIRTUAL TABLE search_text USING fts5(title, subject, reference, body,
    content = 'search_content', content_rowid = 'id', tokenize = 'aktenwerk');

-- References for substring search (trigrams), each row numbered as its object in search_object and
-- with its case file, so that a search for a part of a reference (az:) needs no lookup per
-- proceeding found, and a changed reference is found by its row.
CREATE VIRTUAL TABLE reference_index USING fts5(reference, object_type UNINDEXED, object_id UNINDEXED,
    case_file_id UNINDEXED, tokenize = 'trigram');
INSERT INTO reference_index (rowid, reference, object_type, object_id, case_file_id)
    SELECT o.id, c.reference, 'case_file', c.id, c.id
    FROM case_file c JOIN search_object o ON o.object_type = 'case_file' AND o.object_id = c.id;
INSERT INTO reference_index (rowid, reference, object_type, object_id, case_file_id)
    SELECT o.id, p.reference, 'proceeding', p.id, p.case_file_id
    FROM proceeding p JOIN search_object o ON o.object_type = 'proceeding' AND o.object_id = p.id;

-- Everything is indexed again from search_content, in batches, when the store is next opened.
UPDATE search_state SET built_until = (SELECT coalesce(max(id), 0) FROM search_object), cursor = 0;

-- The index follows search_content. An external-content index is told what to remove: the row's
-- words as they were indexed.
CREATE TRIGGER search_content_insert AFTER INSERT ON search_content
    WHEN NEW.id <= (SELECT cursor FROM search_state) OR NEW.id > (SELECT built_until FROM search_state)
BEGIN
    INSERT INTO search_text (rowid, title, subject, reference, body)
    VALUES (NEW.id, NEW.title, NEW.subject, NEW.reference, NEW.body);
END;
CREATE TRIGGER search_content_update AFTER UPDATE ON search_content
    WHEN OLD.id <= (SELECT cursor FROM search_state) OR OLD.id > (SELECT built_until FROM search_state)
BEGIN
    INSERT INTO search_text (search_text, rowid, title, subject, reference, body)
    VALUES ('delete', OLD.id, OLD.title, OLD.subject, OLD.reference, OLD.body);
    INSERT INTO search_text (rowid, title, subject, reference, body)
    VALUES (NEW.id, NEW.title, NEW.subject, NEW.reference, NEW.body);
END;
CREATE TRIGGER search_content_delete AFTER DELETE ON search_content
    WHEN OLD.id <= (SELECT cursor FROM search_state) OR OLD.id > (SELECT built_until FROM search_state)
BEGIN
    INSERT INTO search_text (search_text, rowid, title, subject, reference, body)
    VALUES ('delete', OLD.id, OLD.title, OLD.subject, OLD.reference, OLD.body);
END;

-- Case files.
CREATE TRIGGER search_case_file_insert AFTER INSERT ON case_file
BEGIN
    INSERT INTO search_object (object_type, object_id, case_file_id, unit_id, node_id, status, type, archived, date)
    VALUES ('case_file', NEW.id, NEW.id, NEW.owner_unit_id, NEW.node_id, NEW.status, 'case_file',
            NEW.status = 'closed', substr(NEW.opened_at, 1, 10));
    INSERT INTO search_content (id, subject, reference)
    VALUES ((SELECT id FROM search_object WHERE object_type = 'case_file' AND object_id = NEW.id), NEW.subject,
            NEW.reference);
    INSERT INTO reference_index (rowid, reference, object_type, object_id, case_file_id)
    VALUES ((SELECT id FROM search_object WHERE object_type = 'case_file' AND object_id = NEW.id), NEW.reference,
            'case_file', NEW.id, NEW.id);
END;
CREATE TRIGGER search_case_file_text AFTER UPDATE OF subject, reference ON case_file
    WHEN OLD.subject IS NOT NEW.subject OR OLD.reference IS NOT NEW.reference
BEGIN
    UPDATE search_content SET subject = NEW.subject, reference = NEW.reference
        WHERE id = (SELECT id FROM search_object WHERE object_type = 'case_file' AND object_id = NEW.id);
END;
CREATE TRIGGER search_case_file_delete AFTER DELETE ON case_file
BEGIN
    DELETE FROM reference_index
        WHERE rowid = (SELECT id FROM search_object WHERE object_type = 'case_file' AND object_id = OLD.id);
    DELETE FROM search_content
        WHERE id = (SELECT id FROM search_object WHERE object_type = 'case_file' AND object_id = OLD.id);
    DELETE FROM search_object WHERE object_type = 'case_file' AND object_id = OLD.id;
END;

-- Proceedings; their documents carry their subject and reference.
CREATE TRIGGER search_proceeding_insert AFTER INSERT ON proceeding
BEGIN
    INSERT INTO search_object (object_type, object_id, case_file_id, proceeding_id, unit_id, node_id, assignee_id,
                               status, type, archived, date)
    SELECT 'proceeding', NEW.id, c.id, NEW.id, c.owner_unit_id, c.node_id, NEW.assignee_id, NEW.status, 'proceeding',
           c.status = 'closed', substr(NEW.created_at, 1, 10)
    FROM case_file c WHERE c.id = NEW.case_file_id;
    INSERT INTO search_content (id, subject, reference)
    VALUES ((SELECT id FROM search_object WHERE object_type = 'proceeding' AND object_id = NEW.id), NEW.subject,
            NEW.reference);
    INSERT INTO reference_index (rowid, reference, object_type, object_id, case_file_id)
    VALUES ((SELECT id FROM search_object WHERE object_type = 'proceeding' AND object_id = NEW.id), NEW.reference,
            'proceeding', NEW.id, NEW.case_file_id);
END;
CREATE TRIGGER search_proceeding_text AFTER UPDATE OF subject, reference ON proceeding
    WHEN OLD.subject IS NOT NEW.subject OR OLD.reference IS NOT NEW.reference
BEGIN
    UPDATE search_content SET subject = NEW.subject, reference = NEW.reference
        WHERE id IN (SELECT id FROM search_object WHERE proceeding_id = NEW.id);
END;
CREATE TRIGGER search_proceeding_delete AFTER DELETE ON proceeding
BEGIN
    DELETE FROM reference_index
        WHERE rowid = (SELECT id FROM search_object WHERE object_type = 'proceeding' AND object_id = OLD.id);
    DELETE FROM search_content
        WHERE id = (SELECT id FROM search_object WHERE object_type = 'proceeding' AND object_id = OLD.id);
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
    INSERT INTO search_content (id, title, subject, reference)
    SELECT (SELECT id FROM search_object WHERE object_type = 'document' AND object_id = NEW.id), NEW.title,
           p.subject, p.reference
    FROM proceeding p WHERE p.id = NEW.proceeding_id;
END;
CREATE TRIGGER search_document_text AFTER UPDATE OF title, proceeding_id ON document
    WHEN OLD.title IS NOT NEW.title OR OLD.proceeding_id IS NOT NEW.proceeding_id
BEGIN
    UPDATE search_content
        SET (title, subject, reference) = (SELECT NEW.title, p.subject, p.reference FROM proceeding p
                                           WHERE p.id = NEW.proceeding_id)
        WHERE id = (SELECT id FROM search_object WHERE object_type = 'document' AND object_id = NEW.id);
END;
CREATE TRIGGER search_document_delete AFTER DELETE ON document
BEGIN
    DELETE FROM search_content
        WHERE id = (SELECT id FROM search_object WHERE object_type = 'document' AND object_id = OLD.id);
    DELETE FROM search_object WHERE object_type = 'document' AND object_id = OLD.id;
END;

-- A proceeding moved to another case file, or a case file or proceeding renumbered by the sync, is
-- found by its new reference (case files were not before).
CREATE TRIGGER proceeding_reference_changed AFTER UPDATE OF reference, case_file_id ON proceeding
    WHEN OLD.reference IS NOT NEW.reference OR OLD.case_file_id IS NOT NEW.case_file_id
BEGIN
    UPDATE reference_index SET reference = NEW.reference, case_file_id = NEW.case_file_id
        WHERE rowid = (SELECT id FROM search_object WHERE object_type = 'proceeding' AND object_id = NEW.id);
END;
CREATE TRIGGER case_file_reference_changed AFTER UPDATE OF reference ON case_file
    WHEN OLD.reference IS NOT NEW.reference
BEGIN
    UPDATE reference_index SET reference = NEW.reference
        WHERE rowid = (SELECT id FROM search_object WHERE object_type = 'case_file' AND object_id = NEW.id);
END;
