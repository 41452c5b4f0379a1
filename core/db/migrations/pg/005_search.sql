-- PostgreSQL counterpart of ../005_search.sql: the keyset indexes, exact summary counts kept
-- by triggers, and search. FTS5 has no counterpart: each case's searchable text is kept in
-- case_search by triggers and indexed with pg_trgm (GIN), which serves LIKE '%term%'. Terms of
-- one or two characters cannot use trigrams; the same LIKE then reads the whole table and the
-- result is still exactly that of a LIKE scan. See docs/deployment.md.

DROP INDEX cases_handling;
DROP INDEX cases_status;
DROP INDEX cases_received;
CREATE INDEX cases_org_received ON cases(handling_org, received_on, id);
CREATE INDEX cases_org_status ON cases(handling_org, status, received_on, id);
CREATE INDEX cases_status_received ON cases(status, received_on, id);
CREATE INDEX cases_category_received ON cases(category, received_on, id);
CREATE INDEX cases_received_id ON cases(received_on, id);

CREATE TABLE case_counts (
    org_code   TEXT NOT NULL,
    month      TEXT NOT NULL,
    status     TEXT NOT NULL,
    category   TEXT NOT NULL,
    cases      BIGINT NOT NULL,
    amount_fen BIGINT NOT NULL,
    PRIMARY KEY (org_code, status, category, month)
);
CREATE INDEX case_counts_month ON case_counts(month, org_code, status, category, cases, amount_fen);

INSERT INTO case_counts (org_code, month, status, category, cases, amount_fen)
SELECT handling_org, substr(received_on, 1, 7), status, category, COUNT(*), SUM(amount_fen)
FROM cases GROUP BY 1, 2, 3, 4;

CREATE FUNCTION case_counts_add(p_org TEXT, p_received TEXT, p_status TEXT, p_category TEXT,
                                p_cases BIGINT, p_amount BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_cases > 0 THEN
        INSERT INTO case_counts AS k (org_code, month, status, category, cases, amount_fen)
        VALUES (p_org, substr(p_received, 1, 7), p_status, p_category, p_cases, p_amount)
        ON CONFLICT (org_code, status, category, month) DO UPDATE
            SET cases = k.cases + excluded.cases, amount_fen = k.amount_fen + excluded.amount_fen;
    ELSE
        UPDATE case_counts SET cases = cases + p_cases, amount_fen = amount_fen + p_amount
        WHERE org_code = p_org AND month = substr(p_received, 1, 7) AND status = p_status
          AND category = p_category;
        DELETE FROM case_counts
        WHERE org_code = p_org AND month = substr(p_received, 1, 7) AND status = p_status
          AND category = p_category AND cases = 0;
    END IF;
END;
$$;

CREATE FUNCTION case_counts_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM case_counts_add(OLD.handling_org, OLD.received_on, OLD.status, OLD.category,
                                -1, -OLD.amount_fen);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM case_counts_add(NEW.handling_org, NEW.received_on, NEW.status, NEW.category,
                                1, NEW.amount_fen);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER case_counts_insert AFTER INSERT ON cases
    FOR EACH ROW EXECUTE FUNCTION case_counts_trigger();
CREATE TRIGGER case_counts_update
AFTER UPDATE OF handling_org, received_on, status, category, amount_fen ON cases
    FOR EACH ROW
    WHEN (OLD.handling_org IS DISTINCT FROM NEW.handling_org
          OR OLD.received_on IS DISTINCT FROM NEW.received_on
          OR OLD.status IS DISTINCT FROM NEW.status OR OLD.category IS DISTINCT FROM NEW.category
          OR OLD.amount_fen IS DISTINCT FROM NEW.amount_fen)
    EXECUTE FUNCTION case_counts_trigger();
CREATE TRIGGER case_counts_delete AFTER DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION case_counts_trigger();

-- Search. One document per case: number, title, facts and each party's name, ID number and
-- credit code, ASCII letters lower-cased (as SQLite's LIKE compares; translate() does not
-- depend on the server's locale), separated by two U+001F characters.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION case_search_ascii_lower(t TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
$$;

CREATE FUNCTION case_search_body(p_case TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT case_search_ascii_lower(c.number) || chr(31) || chr(31)
           || case_search_ascii_lower(c.title) || chr(31) || chr(31)
           || case_search_ascii_lower(c.facts) || chr(31) || chr(31)
           || coalesce((SELECT string_agg(case_search_ascii_lower(p.name) || chr(31) || chr(31)
                                          || case_search_ascii_lower(coalesce(p.id_number, ''))
                                          || chr(31) || chr(31)
                                          || case_search_ascii_lower(coalesce(p.credit_code, '')),
                                          chr(31) || chr(31) ORDER BY p.seq)
                        FROM parties p WHERE p.case_id = c.id), '')
           || chr(31) || chr(31)
    FROM cases c WHERE c.id = p_case
$$;

CREATE TABLE case_search (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    body    TEXT NOT NULL
);
CREATE INDEX case_search_trgm ON case_search USING gin (body gin_trgm_ops);

INSERT INTO case_search (case_id, body) SELECT id, case_search_body(id) FROM cases;

CREATE FUNCTION case_search_refresh(p_case TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_case IS NULL OR NOT EXISTS (SELECT 1 FROM cases WHERE id = p_case) THEN
        RETURN;
    END IF;
    INSERT INTO case_search AS s (case_id, body) VALUES (p_case, case_search_body(p_case))
    ON CONFLICT (case_id) DO UPDATE SET body = excluded.body;
END;
$$;

CREATE FUNCTION case_search_case_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_search_refresh(NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER case_search_insert AFTER INSERT ON cases
    FOR EACH ROW EXECUTE FUNCTION case_search_case_trigger();
CREATE TRIGGER case_search_update AFTER UPDATE OF number, title, facts ON cases
    FOR EACH ROW
    WHEN (OLD.number IS DISTINCT FROM NEW.number OR OLD.title IS DISTINCT FROM NEW.title
          OR OLD.facts IS DISTINCT FROM NEW.facts)
    EXECUTE FUNCTION case_search_case_trigger();
-- Deleting a case removes its document through the foreign key's ON DELETE CASCADE.

CREATE FUNCTION case_search_party_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM case_search_refresh(OLD.case_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM case_search_refresh(NEW.case_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER case_search_party_insert AFTER INSERT ON parties
    FOR EACH ROW EXECUTE FUNCTION case_search_party_trigger();
CREATE TRIGGER case_search_party_update AFTER UPDATE OF case_id, name, id_number, credit_code
    ON parties FOR EACH ROW EXECUTE FUNCTION case_search_party_trigger();
CREATE TRIGGER case_search_party_delete AFTER DELETE ON parties
    FOR EACH ROW EXECUTE FUNCTION case_search_party_trigger();
