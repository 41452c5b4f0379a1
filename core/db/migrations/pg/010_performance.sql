-- PostgreSQL counterpart of ../010_performance.sql: per case and per subtree, closing period and
-- month, the instalments performed and the agreements performed voluntarily by their "done"
-- day, kept by plpgsql triggers in the transaction of the change. The meaning is the same.

CREATE TABLE stats_done_case (
    case_id     TEXT NOT NULL,
    done_on     TEXT NOT NULL,
    org         TEXT NOT NULL,
    closed_on   TEXT NOT NULL,
    instalments BIGINT NOT NULL,
    agreements  BIGINT NOT NULL,
    PRIMARY KEY (case_id, done_on)
);
CREATE INDEX stats_done_case_day ON stats_done_case(done_on, org, closed_on);
CREATE INDEX stats_done_case_closed ON stats_done_case(closed_on, org, done_on);

CREATE TABLE stats_done (
    org_code    TEXT NOT NULL,
    grain       TEXT NOT NULL,
    period      TEXT NOT NULL,
    done_month  TEXT NOT NULL,
    instalments BIGINT NOT NULL,
    agreements  BIGINT NOT NULL,
    PRIMARY KEY (org_code, grain, period, done_month)
);

-- What a case adds now: its instalments by done day, and its agreement (the two may share a
-- day). Nothing is done while one of the days it is the latest of is missing.
CREATE VIEW stats_case_done AS
SELECT case_id, done_on, org, closed_on, COUNT(*) AS instalments, 0 AS agreements
FROM (SELECT c.id AS case_id, c.closed_org AS org, c.closed_on,
             (SELECT CASE WHEN MIN(p.paid_on) IS NULL THEN NULL
                          ELSE GREATEST(i.due_on, MIN(p.paid_on)) END
              FROM payments p
              WHERE p.obligation_id = i.obligation_id
                AND (SELECT SUM(q.amount_fen) FROM payments q
                     WHERE q.obligation_id = i.obligation_id AND q.paid_on <= p.paid_on)
                    >= (SELECT SUM(j.amount_fen) FROM instalments j
                        WHERE j.obligation_id = i.obligation_id AND j.seq <= i.seq)) AS done_on
      FROM cases c JOIN agreements a ON a.case_id = c.id
      JOIN obligations o ON o.case_id = a.case_id JOIN instalments i ON i.obligation_id = o.id
      WHERE c.status = 'settled' AND c.closed_org IS NOT NULL AND c.closed_on IS NOT NULL) AS k
WHERE done_on IS NOT NULL
GROUP BY case_id, done_on, org, closed_on
UNION ALL
SELECT case_id, GREATEST(last_due, COALESCE(paid_off, last_due)), org, closed_on, 0, 1
FROM (SELECT c.id AS case_id, c.closed_org AS org, c.closed_on,
             (SELECT MAX(i.due_on) FROM obligations o JOIN instalments i
              ON i.obligation_id = o.id WHERE o.case_id = c.id) AS last_due,
             (SELECT MAX(o.paid_off_on) FROM obligations o
              WHERE o.case_id = c.id AND o.amount_fen > 0) AS paid_off
      FROM cases c JOIN agreements a ON a.case_id = c.id
      WHERE c.status = 'settled' AND c.closed_org IS NOT NULL AND c.closed_on IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM confirmations f WHERE f.case_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM obligations o WHERE o.case_id = c.id
                        AND o.amount_fen > 0 AND o.paid_off_on IS NULL)) AS v
WHERE last_due IS NOT NULL;

-- Adds (1) or takes out (-1) a case's stored rows in the subtree counts.
CREATE FUNCTION stats_done_apply(p_case TEXT, p_sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stats_done AS k (org_code, grain, period, done_month, instalments, agreements)
    SELECT a.code, g.grain, substr(s.closed_on, 1, g.len), substr(s.done_on, 1, 7),
           p_sign * SUM(s.instalments), p_sign * SUM(s.agreements)
    FROM stats_done_case s
    JOIN organisations o ON o.code = s.org
    JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
    CROSS JOIN (VALUES ('y', 4), ('m', 7)) AS g(grain, len)
    WHERE s.case_id = p_case
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (org_code, grain, period, done_month) DO UPDATE
        SET instalments = k.instalments + excluded.instalments,
            agreements = k.agreements + excluded.agreements;
END;
$$;

-- Brings a case's rows up to date: out with what it added, in with what it adds now.
CREATE FUNCTION stats_done_refresh(p_case TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_case IS NULL THEN
        RETURN;
    END IF;
    PERFORM stats_done_apply(p_case, -1);
    DELETE FROM stats_done_case WHERE case_id = p_case;
    INSERT INTO stats_done_case (case_id, done_on, org, closed_on, instalments, agreements)
    SELECT case_id, done_on, MIN(org), MIN(closed_on), SUM(instalments), SUM(agreements)
    FROM stats_case_done WHERE case_id = p_case GROUP BY case_id, done_on;
    PERFORM stats_done_apply(p_case, 1);
END;
$$;

CREATE FUNCTION stats_done_by_case_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM stats_done_refresh(OLD.case_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.case_id IS DISTINCT FROM OLD.case_id) THEN
        PERFORM stats_done_refresh(NEW.case_id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION stats_done_by_obligation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM stats_done_refresh((SELECT case_id FROM obligations WHERE id = OLD.obligation_id));
    END IF;
    IF TG_OP = 'INSERT'
       OR (TG_OP = 'UPDATE' AND NEW.obligation_id IS DISTINCT FROM OLD.obligation_id) THEN
        PERFORM stats_done_refresh((SELECT case_id FROM obligations WHERE id = NEW.obligation_id));
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION stats_done_by_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM stats_done_refresh(NEW.id);
    ELSE
        PERFORM stats_done_refresh(OLD.id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER stats_done_case_insert AFTER INSERT ON cases
FOR EACH ROW WHEN (NEW.status = 'settled') EXECUTE FUNCTION stats_done_by_case();
CREATE TRIGGER stats_done_case_update AFTER UPDATE OF closed_org, closed_on, status ON cases
FOR EACH ROW WHEN (OLD.closed_org IS DISTINCT FROM NEW.closed_org
                   OR OLD.closed_on IS DISTINCT FROM NEW.closed_on
                   OR OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION stats_done_by_case();
CREATE TRIGGER stats_done_case_delete AFTER DELETE ON cases
FOR EACH ROW EXECUTE FUNCTION stats_done_by_case();
CREATE TRIGGER stats_done_agreement AFTER INSERT OR DELETE ON agreements
FOR EACH ROW EXECUTE FUNCTION stats_done_by_case_id();
CREATE TRIGGER stats_done_obligation
AFTER INSERT OR DELETE OR UPDATE OF case_id, amount_fen, paid_off_on ON obligations
FOR EACH ROW EXECUTE FUNCTION stats_done_by_case_id();
CREATE TRIGGER stats_done_instalment
AFTER INSERT OR DELETE OR UPDATE OF obligation_id, seq, due_on, amount_fen ON instalments
FOR EACH ROW EXECUTE FUNCTION stats_done_by_obligation();
CREATE TRIGGER stats_done_payment
AFTER INSERT OR DELETE OR UPDATE OF case_id, obligation_id, paid_on, amount_fen ON payments
FOR EACH ROW EXECUTE FUNCTION stats_done_by_case_id();
CREATE TRIGGER stats_done_confirmation AFTER INSERT OR DELETE ON confirmations
FOR EACH ROW EXECUTE FUNCTION stats_done_by_case_id();

-- Backfill.
INSERT INTO stats_done_case (case_id, done_on, org, closed_on, instalments, agreements)
SELECT case_id, done_on, MIN(org), MIN(closed_on), SUM(instalments), SUM(agreements)
FROM stats_case_done GROUP BY case_id, done_on;

INSERT INTO stats_done (org_code, grain, period, done_month, instalments, agreements)
SELECT a.code, g.grain, substr(s.closed_on, 1, g.len), substr(s.done_on, 1, 7),
       SUM(s.instalments), SUM(s.agreements)
FROM stats_done_case s
JOIN organisations o ON o.code = s.org
JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
CROSS JOIN (VALUES ('y', 4), ('m', 7)) AS g(grain, len)
GROUP BY 1, 2, 3, 4;
