-- Tiaojie schema version 5: scale. Indexes that serve every filtered keyset page, a trigram
-- full-text index over the searchable text of each case, and exact summary counts for list
-- totals and dashboards. Everything derived is kept by triggers, so it changes in the same
-- transaction as the rows it is derived from. See docs/scale.md.

-- Keyset pages are ordered by (received_on DESC, id DESC); these indexes give that order for
-- each filter (the indexes of version 1 mixed DESC and ASC and could not serve it).
DROP INDEX cases_handling;
DROP INDEX cases_status;
DROP INDEX cases_received;
CREATE INDEX cases_org_received ON cases(handling_org, received_on, id);
CREATE INDEX cases_org_status ON cases(handling_org, status, received_on, id);
CREATE INDEX cases_status_received ON cases(status, received_on, id);
CREATE INDEX cases_category_received ON cases(category, received_on, id);
CREATE INDEX cases_received_id ON cases(received_on, id);

-- Summary counts: cases and claimed amounts per handling organisation, month received
-- ('YYYY-MM'), status and category. A row exists only while it counts at least one case.
CREATE TABLE case_counts (
    org_code   TEXT NOT NULL,
    month      TEXT NOT NULL,
    status     TEXT NOT NULL,
    category   TEXT NOT NULL,
    cases      INTEGER NOT NULL,
    amount_fen INTEGER NOT NULL,
    PRIMARY KEY (org_code, status, category, month)
) WITHOUT ROWID;
CREATE INDEX case_counts_month ON case_counts(month, org_code, status, category, cases, amount_fen);

INSERT INTO case_counts (org_code, month, status, category, cases, amount_fen)
SELECT handling_org, substr(received_on, 1, 7), status, category, COUNT(*), SUM(amount_fen)
FROM cases GROUP BY 1, 2, 3, 4;

CREATE TRIGGER case_counts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO case_counts (org_code, month, status, category, cases, amount_fen)
    VALUES (NEW.handling_org, substr(NEW.received_on, 1, 7), NEW.status, NEW.category, 1,
            NEW.amount_fen)
    ON CONFLICT DO UPDATE SET cases = cases + 1, amount_fen = amount_fen + excluded.amount_fen;
END;

CREATE TRIGGER case_counts_update
AFTER UPDATE OF handling_org, received_on, status, category, amount_fen ON cases
WHEN OLD.handling_org IS NOT NEW.handling_org OR OLD.received_on IS NOT NEW.received_on
  OR OLD.status IS NOT NEW.status OR OLD.category IS NOT NEW.category
  OR OLD.amount_fen IS NOT NEW.amount_fen
BEGIN
    UPDATE case_counts SET cases = cases - 1, amount_fen = amount_fen - OLD.amount_fen
    WHERE org_code = OLD.handling_org AND month = substr(OLD.received_on, 1, 7)
      AND status = OLD.status AND category = OLD.category;
    DELETE FROM case_counts
    WHERE org_code = OLD.handling_org AND month = substr(OLD.received_on, 1, 7)
      AND status = OLD.status AND category = OLD.category AND cases = 0;
    INSERT INTO case_counts (org_code, month, status, category, cases, amount_fen)
    VALUES (NEW.handling_org, substr(NEW.received_on, 1, 7), NEW.status, NEW.category, 1,
            NEW.amount_fen)
    ON CONFLICT DO UPDATE SET cases = cases + 1, amount_fen = amount_fen + excluded.amount_fen;
END;

CREATE TRIGGER case_counts_delete AFTER DELETE ON cases BEGIN
    UPDATE case_counts SET cases = cases - 1, amount_fen = amount_fen - OLD.amount_fen
    WHERE org_code = OLD.handling_org AND month = substr(OLD.received_on, 1, 7)
      AND status = OLD.status AND category = OLD.category;
    DELETE FROM case_counts
    WHERE org_code = OLD.handling_org AND month = substr(OLD.received_on, 1, 7)
      AND status = OLD.status AND category = OLD.category AND cases = 0;
END;

-- Search. One document per case: number, title, facts and each party's name, ID number and
-- credit code, ASCII-lower-cased (as LIKE compares) and separated by two U+001F characters.
-- The separators end every field too, so each occurrence of a 1- or 2-character term begins
-- some trigram: short terms are found by expanding them through the vocabulary.
CREATE VIEW case_search_text AS
SELECT c.id AS case_id,
       lower(c.number) || char(31, 31) || lower(c.title) || char(31, 31) || lower(c.facts)
       || char(31, 31)
       || coalesce((SELECT group_concat(lower(p.name) || char(31, 31)
                                        || lower(coalesce(p.id_number, '')) || char(31, 31)
                                        || lower(coalesce(p.credit_code, '')), char(31, 31))
                    FROM parties p WHERE p.case_id = c.id), '')
       || char(31, 31) AS body
FROM cases c;

-- doc is an INTEGER PRIMARY KEY, so VACUUM keeps it (it may renumber the implicit rowids of
-- cases, which therefore cannot link the index to its case).
CREATE TABLE case_fts_docs (
    doc     INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE case_fts USING fts5(body, tokenize = 'trigram case_sensitive 1');
CREATE VIRTUAL TABLE case_fts_terms USING fts5vocab(case_fts, 'row');

INSERT INTO case_fts_docs (case_id) SELECT id FROM cases ORDER BY received_on, id;
INSERT INTO case_fts (rowid, body)
SELECT d.doc, t.body FROM case_fts_docs d JOIN case_search_text t ON t.case_id = d.case_id;

CREATE TRIGGER case_fts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO case_fts_docs (case_id) VALUES (NEW.id);
    INSERT INTO case_fts (rowid, body)
    VALUES (last_insert_rowid(), (SELECT body FROM case_search_text WHERE case_id = NEW.id));
END;

CREATE TRIGGER case_fts_update AFTER UPDATE OF number, title, facts ON cases
WHEN OLD.number IS NOT NEW.number OR OLD.title IS NOT NEW.title OR OLD.facts IS NOT NEW.facts
BEGIN
    UPDATE case_fts SET body = (SELECT body FROM case_search_text WHERE case_id = NEW.id)
    WHERE rowid = (SELECT doc FROM case_fts_docs WHERE case_id = NEW.id);
END;

CREATE TRIGGER case_fts_delete AFTER DELETE ON cases BEGIN
    DELETE FROM case_fts WHERE rowid = (SELECT doc FROM case_fts_docs WHERE case_id = OLD.id);
    DELETE FROM case_fts_docs WHERE case_id = OLD.id;
END;

CREATE TRIGGER case_fts_party_insert AFTER INSERT ON parties BEGIN
    UPDATE case_fts SET body = (SELECT body FROM case_search_text WHERE case_id = NEW.case_id)
    WHERE rowid = (SELECT doc FROM case_fts_docs WHERE case_id = NEW.case_id);
END;

CREATE TRIGGER case_fts_party_update AFTER UPDATE OF case_id, name, id_number, credit_code ON parties
BEGIN
    UPDATE case_fts SET body = (SELECT body FROM case_search_text WHERE case_id = OLD.case_id)
    WHERE rowid = (SELECT doc FROM case_fts_docs WHERE case_id = OLD.case_id);
    UPDATE case_fts SET body = (SELECT body FROM case_search_text WHERE case_id = NEW.case_id)
    WHERE rowid = (SELECT doc FROM case_fts_docs WHERE case_id = NEW.case_id);
END;

CREATE TRIGGER case_fts_party_delete AFTER DELETE ON parties BEGIN
    UPDATE case_fts SET body = (SELECT body FROM case_search_text WHERE case_id = OLD.case_id)
    WHERE rowid = (SELECT doc FROM case_fts_docs WHERE case_id = OLD.case_id);
END;
