-- SPDX-License-Identifier: GPL-3.0-or-later
-- Full text of documents and substring search over references (Aktenzeichen).

-- What text extraction found for each version: its state and page count.
CREATE TABLE document_text (
    document_id  TEXT NOT NULL,
    n            INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('indexed', 'empty', 'encrypted', 'damaged', 'not_text')),
    PRIMARY KEY (document_id, n),
    FOREIGN KEY (document_id, n) REFERENCES document_version(document_id, n)
);

-- The stable row number of each document in text_index (FTS5 finds rows fast only by rowid).
CREATE TABLE text_index_key (
    id           INTEGER PRIMARY KEY,
    document_id  TEXT NOT NULL UNIQUE REFERENCES document(id)
);

-- One row per document (rowid = text_index_key.id): its newest version's text, with title,
-- proceeding subject and reference, written in the same transaction as the version.
CREATE VIRTUAL TABLE text_index USING fts5(
    document_id UNINDEXED,
    title,
    subject,
    reference,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Trigram index for substrings of references of case files and proceedings ("12/2026").
CREATE VIRTUAL TABLE reference_index USING fts5(
    reference,
    object_type UNINDEXED,
    object_id UNINDEXED,
    tokenize = 'trigram'
);
INSERT INTO reference_index (reference, object_type, object_id)
    SELECT reference, 'case_file', id FROM case_file;
INSERT INTO reference_index (reference, object_type, object_id)
    SELECT reference, 'proceeding', id FROM proceeding;

CREATE TRIGGER case_file_reference_indexed AFTER INSERT ON case_file
BEGIN
    INSERT INTO reference_index (reference, object_type, object_id) VALUES (NEW.reference, 'case_file', NEW.id);
END;
CREATE TRIGGER proceeding_reference_indexed AFTER INSERT ON proceeding
BEGIN
    INSERT INTO reference_index (reference, object_type, object_id) VALUES (NEW.reference, 'proceeding', NEW.id);
END;
-- A proceeding moved to another case file gets a new reference; its subject may change too.
CREATE TRIGGER proceeding_reference_changed AFTER UPDATE OF reference, subject ON proceeding
BEGIN
    UPDATE reference_index SET reference = NEW.reference
        WHERE object_type = 'proceeding' AND object_id = NEW.id;
    UPDATE text_index SET reference = NEW.reference, subject = NEW.subject
        WHERE rowid IN (SELECT k.id FROM text_index_key k JOIN document d ON d.id = k.document_id
                        WHERE d.proceeding_id = NEW.id);
END;
