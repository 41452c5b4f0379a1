-- PostgreSQL counterpart of ../008_dashboard.sql: exact summary counts for the statistics,
-- kept by plpgsql triggers in the transaction of the change, and the indexes for partial
-- months, open cases and instalments due later. The tables and their meaning are the same.

CREATE TABLE stats_counts (
    org_code        TEXT NOT NULL,
    grain           TEXT NOT NULL,
    fact            TEXT NOT NULL,
    dim             TEXT NOT NULL,
    period          TEXT NOT NULL,
    value           TEXT NOT NULL,
    cases           BIGINT NOT NULL,
    amount_fen      BIGINT NOT NULL,
    cycle_days      BIGINT NOT NULL,
    agreements      BIGINT NOT NULL,
    agreement_fen   BIGINT NOT NULL,
    instalments     BIGINT NOT NULL,
    inst_agreements BIGINT NOT NULL,
    PRIMARY KEY (org_code, grain, dim, period, fact, value)
);

CREATE TABLE stats_cycle (
    org_code TEXT NOT NULL,
    grain    TEXT NOT NULL,
    period   TEXT NOT NULL,
    fact     TEXT NOT NULL,
    days     INTEGER NOT NULL,
    cases    BIGINT NOT NULL,
    PRIMARY KEY (org_code, grain, period, fact, days)
);

-- Adds a change (negative numbers subtract) to the organisation's subtree rows for the year
-- and the month of p_on, for the total and, when not NULL, the category and the source.
CREATE FUNCTION stats_apply(p_org TEXT, p_on TEXT, p_fact TEXT, p_category TEXT, p_source TEXT,
                            p_cases BIGINT, p_amount BIGINT, p_cycle BIGINT, p_agreements BIGINT,
                            p_agreement_fen BIGINT, p_instalments BIGINT,
                            p_inst_agreements BIGINT, p_hist_days INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_org IS NULL OR p_on IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO stats_counts AS k (org_code, grain, fact, dim, period, value, cases, amount_fen,
                                   cycle_days, agreements, agreement_fen, instalments,
                                   inst_agreements)
    SELECT a.code, g.grain, p_fact, d.dim, substr(p_on, 1, g.len), d.value, p_cases, p_amount,
           p_cycle, p_agreements, p_agreement_fen, p_instalments, p_inst_agreements
    FROM organisations o
    JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
    CROSS JOIN (VALUES ('y', 4), ('m', 7)) AS g(grain, len)
    CROSS JOIN (VALUES ('', ''), ('c', p_category), ('s', p_source)) AS d(dim, value)
    WHERE o.code = p_org AND d.value IS NOT NULL
    ON CONFLICT (org_code, grain, dim, period, fact, value) DO UPDATE
        SET cases = k.cases + excluded.cases, amount_fen = k.amount_fen + excluded.amount_fen,
            cycle_days = k.cycle_days + excluded.cycle_days,
            agreements = k.agreements + excluded.agreements,
            agreement_fen = k.agreement_fen + excluded.agreement_fen,
            instalments = k.instalments + excluded.instalments,
            inst_agreements = k.inst_agreements + excluded.inst_agreements;
    IF p_hist_days IS NOT NULL THEN
        INSERT INTO stats_cycle AS k (org_code, grain, period, fact, days, cases)
        SELECT a.code, g.grain, substr(p_on, 1, g.len), p_fact, p_hist_days, p_cases
        FROM organisations o
        JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
        CROSS JOIN (VALUES ('y', 4), ('m', 7)) AS g(grain, len)
        WHERE o.code = p_org
        ON CONFLICT (org_code, grain, period, fact, days) DO UPDATE
            SET cases = k.cases + excluded.cases;
    END IF;
END;
$$;

CREATE FUNCTION stats_days(p_from TEXT, p_to TEXT) RETURNS INTEGER
LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(p_to AS date) - CAST(p_from AS date) $$;

-- Adds (p_sign 1) or takes out (-1) one case's closing, with its agreement figures as they are
-- now, when the case is closed.
CREATE FUNCTION stats_closing(c cases, p_sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    n_agreements BIGINT := 0;
    n_fen BIGINT := 0;
    n_instalments BIGINT := 0;
    n_inst_agreements BIGINT := 0;
    d INTEGER;
BEGIN
    IF c.closed_org IS NULL OR c.closed_on IS NULL
       OR c.status NOT IN ('settled', 'failed', 'withdrawn', 'filed', 'not_accepted') THEN
        RETURN;
    END IF;
    IF c.status = 'settled' THEN
        SELECT COUNT(*), COALESCE(SUM(a.amount_fen), 0) INTO n_agreements, n_fen
        FROM agreements a WHERE a.case_id = c.id;
        SELECT COUNT(*) INTO n_instalments FROM agreements a
        JOIN obligations o ON o.case_id = a.case_id JOIN instalments i ON i.obligation_id = o.id
        WHERE a.case_id = c.id;
        SELECT COUNT(*) INTO n_inst_agreements FROM agreements a WHERE a.case_id = c.id
        AND EXISTS (SELECT 1 FROM obligations o JOIN instalments i ON i.obligation_id = o.id
                    WHERE o.case_id = a.case_id);
    END IF;
    d := stats_days(c.received_on, c.closed_on);
    PERFORM stats_apply(c.closed_org, c.closed_on, c.status, c.category, c.source, p_sign,
                        p_sign * c.amount_fen, p_sign * d, p_sign * n_agreements, p_sign * n_fen,
                        p_sign * n_instalments, p_sign * n_inst_agreements, d);
END;
$$;

CREATE FUNCTION stats_case_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM stats_apply(NEW.registering_org, NEW.received_on, 'registered', NEW.category,
                            NEW.source, 1, 0, 0, 0, 0, 0, 0, NULL);
        PERFORM stats_closing(NEW, 1);
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        IF OLD.registering_org IS DISTINCT FROM NEW.registering_org
           OR OLD.received_on IS DISTINCT FROM NEW.received_on
           OR OLD.category IS DISTINCT FROM NEW.category
           OR OLD.source IS DISTINCT FROM NEW.source THEN
            PERFORM stats_apply(OLD.registering_org, OLD.received_on, 'registered', OLD.category,
                                OLD.source, -1, 0, 0, 0, 0, 0, 0, NULL);
            PERFORM stats_apply(NEW.registering_org, NEW.received_on, 'registered', NEW.category,
                                NEW.source, 1, 0, 0, 0, 0, 0, 0, NULL);
        END IF;
        IF OLD.closed_org IS DISTINCT FROM NEW.closed_org
           OR OLD.closed_on IS DISTINCT FROM NEW.closed_on
           OR OLD.status IS DISTINCT FROM NEW.status
           OR OLD.category IS DISTINCT FROM NEW.category
           OR OLD.source IS DISTINCT FROM NEW.source
           OR OLD.amount_fen IS DISTINCT FROM NEW.amount_fen
           OR OLD.received_on IS DISTINCT FROM NEW.received_on THEN
            PERFORM stats_closing(OLD, -1);
            PERFORM stats_closing(NEW, 1);
        END IF;
        RETURN NEW;
    END IF;
    -- BEFORE DELETE: the agreement rows deleted with the case are still there to be taken out.
    PERFORM stats_apply(OLD.registering_org, OLD.received_on, 'registered', OLD.category,
                        OLD.source, -1, 0, 0, 0, 0, 0, 0, NULL);
    PERFORM stats_closing(OLD, -1);
    RETURN OLD;
END;
$$;

CREATE TRIGGER stats_case_insert AFTER INSERT ON cases
FOR EACH ROW EXECUTE FUNCTION stats_case_trigger();
CREATE TRIGGER stats_case_update AFTER UPDATE ON cases
FOR EACH ROW EXECUTE FUNCTION stats_case_trigger();
CREATE TRIGGER stats_case_delete BEFORE DELETE ON cases
FOR EACH ROW EXECUTE FUNCTION stats_case_trigger();

-- Agreements, obligations and instalments count while the whole chain up to a settled case
-- exists: the row that completes it adds what hangs below, the row that breaks it first (BEFORE
-- DELETE, so cascades find it broken) takes it out.
CREATE FUNCTION stats_settled_apply(p_case TEXT, p_agreements BIGINT, p_fen BIGINT,
                                    p_instalments BIGINT, p_inst_agreements BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    c cases;
BEGIN
    IF p_agreements = 0 AND p_fen = 0 AND p_instalments = 0 AND p_inst_agreements = 0 THEN
        RETURN;
    END IF;
    SELECT * INTO c FROM cases WHERE id = p_case;
    IF NOT FOUND OR c.status <> 'settled' OR c.closed_org IS NULL OR c.closed_on IS NULL THEN
        RETURN;
    END IF;
    PERFORM stats_apply(c.closed_org, c.closed_on, 'settled', c.category, c.source, 0, 0, 0,
                        p_agreements, p_fen, p_instalments, p_inst_agreements, NULL);
END;
$$;

CREATE FUNCTION stats_agreement_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n BIGINT;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM stats_settled_apply(NEW.case_id, 0, NEW.amount_fen - OLD.amount_fen, 0, 0);
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT COUNT(*) INTO n FROM obligations o JOIN instalments i ON i.obligation_id = o.id
        WHERE o.case_id = NEW.case_id;
        PERFORM stats_settled_apply(NEW.case_id, 1, NEW.amount_fen, n,
                                    CASE WHEN n > 0 THEN 1 ELSE 0 END);
        RETURN NEW;
    END IF;
    SELECT COUNT(*) INTO n FROM obligations o JOIN instalments i ON i.obligation_id = o.id
    WHERE o.case_id = OLD.case_id;
    PERFORM stats_settled_apply(OLD.case_id, -1, -OLD.amount_fen, -n,
                                CASE WHEN n > 0 THEN -1 ELSE 0 END);
    RETURN OLD;
END;
$$;

CREATE TRIGGER stats_agreement_insert AFTER INSERT ON agreements
FOR EACH ROW EXECUTE FUNCTION stats_agreement_trigger();
CREATE TRIGGER stats_agreement_update AFTER UPDATE OF amount_fen ON agreements
FOR EACH ROW EXECUTE FUNCTION stats_agreement_trigger();
CREATE TRIGGER stats_agreement_delete BEFORE DELETE ON agreements
FOR EACH ROW EXECUTE FUNCTION stats_agreement_trigger();

-- n = this obligation's instalments, t = all instalments of the agreement (after an insert,
-- before a delete): the agreement gains or loses "has instalments" when n = t > 0.
CREATE FUNCTION stats_obligation_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r obligations;
    n BIGINT;
    t BIGINT;
    s INTEGER;
BEGIN
    IF TG_OP = 'INSERT' THEN
        r := NEW;
        s := 1;
    ELSE
        r := OLD;
        s := -1;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM agreements WHERE case_id = r.case_id) THEN
        RETURN r;
    END IF;
    SELECT COUNT(*) INTO n FROM instalments WHERE obligation_id = r.id;
    SELECT COUNT(*) INTO t FROM obligations o JOIN instalments i ON i.obligation_id = o.id
    WHERE o.case_id = r.case_id;
    IF n > 0 THEN
        PERFORM stats_settled_apply(r.case_id, 0, 0, s * n, CASE WHEN n = t THEN s ELSE 0 END);
    END IF;
    RETURN r;
END;
$$;

CREATE TRIGGER stats_obligation_insert AFTER INSERT ON obligations
FOR EACH ROW EXECUTE FUNCTION stats_obligation_trigger();
CREATE TRIGGER stats_obligation_delete BEFORE DELETE ON obligations
FOR EACH ROW EXECUTE FUNCTION stats_obligation_trigger();

-- Deleting: row by row before each row goes (a BEFORE trigger sees the rows of the statement
-- deleted so far), t = the agreement's instalments still there including this one.
CREATE FUNCTION stats_instalment_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    k TEXT;
    t BIGINT;
BEGIN
    SELECT o.case_id INTO k FROM obligations o JOIN agreements a ON a.case_id = o.case_id
    WHERE o.id = OLD.obligation_id;
    IF k IS NULL THEN
        RETURN OLD;
    END IF;
    SELECT COUNT(*) INTO t FROM obligations o JOIN instalments i ON i.obligation_id = o.id
    WHERE o.case_id = k;
    PERFORM stats_settled_apply(k, 0, 0, -1, CASE WHEN t = 1 THEN -1 ELSE 0 END);
    RETURN OLD;
END;
$$;

-- Inserting: once per statement with the new rows, since AFTER row triggers would all see
-- every row of a multi-row insert: n new instalments of an agreement that has t now.
CREATE FUNCTION stats_instalments_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r RECORD;
    t BIGINT;
BEGIN
    FOR r IN SELECT o.case_id AS k, COUNT(*) AS n FROM stats_new_instalments i
             JOIN obligations o ON o.id = i.obligation_id
             JOIN agreements a ON a.case_id = o.case_id GROUP BY o.case_id LOOP
        SELECT COUNT(*) INTO t FROM obligations o JOIN instalments i ON i.obligation_id = o.id
        WHERE o.case_id = r.k;
        PERFORM stats_settled_apply(r.k, 0, 0, r.n, CASE WHEN t = r.n THEN 1 ELSE 0 END);
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE TRIGGER stats_instalment_insert AFTER INSERT ON instalments
REFERENCING NEW TABLE AS stats_new_instalments
FOR EACH STATEMENT EXECUTE FUNCTION stats_instalments_inserted();
CREATE TRIGGER stats_instalment_delete BEFORE DELETE ON instalments
FOR EACH ROW EXECUTE FUNCTION stats_instalment_deleted();

-- Acceptances (the workflow accepts a case at most once) and transfers sent.
CREATE FUNCTION stats_accept_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.action = 'accept' THEN
            PERFORM stats_apply(NEW.before_org, NEW.on_date, 'accepted', NULL, NULL, 1, 0, 0, 0,
                                0, 0, 0, NULL);
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.action = 'accept' THEN
        PERFORM stats_apply(OLD.before_org, OLD.on_date, 'accepted', NULL, NULL, -1, 0, 0, 0, 0,
                            0, 0, NULL);
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER stats_accept_insert AFTER INSERT ON case_events
FOR EACH ROW EXECUTE FUNCTION stats_accept_trigger();
CREATE TRIGGER stats_accept_delete BEFORE DELETE ON case_events
FOR EACH ROW EXECUTE FUNCTION stats_accept_trigger();

CREATE FUNCTION stats_referral_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.from_org IS NOT DISTINCT FROM NEW.from_org
       AND OLD.sent_on IS NOT DISTINCT FROM NEW.sent_on AND OLD.kind IS NOT DISTINCT FROM NEW.kind
    THEN
        RETURN NEW;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM stats_apply(OLD.from_org, OLD.sent_on, OLD.kind, NULL, NULL, -1, 0, 0, 0, 0, 0,
                            0, NULL);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM stats_apply(NEW.from_org, NEW.sent_on, NEW.kind, NULL, NULL, 1, 0, 0, 0, 0, 0, 0,
                            NULL);
        RETURN NEW;
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER stats_referral_insert AFTER INSERT ON referrals
FOR EACH ROW EXECUTE FUNCTION stats_referral_trigger();
CREATE TRIGGER stats_referral_update AFTER UPDATE ON referrals
FOR EACH ROW EXECUTE FUNCTION stats_referral_trigger();
CREATE TRIGGER stats_referral_delete BEFORE DELETE ON referrals
FOR EACH ROW EXECUTE FUNCTION stats_referral_trigger();

-- When the instalments of the agreements counted above fall due (see ../008_dashboard.sql).
CREATE TABLE stats_due (
    org_code        TEXT NOT NULL,
    grain           TEXT NOT NULL,
    period          TEXT NOT NULL,
    due_month       TEXT NOT NULL,
    instalments     BIGINT NOT NULL,
    last_agreements BIGINT NOT NULL,
    PRIMARY KEY (org_code, grain, period, due_month)
);

CREATE FUNCTION stats_due_apply(p_org TEXT, p_on TEXT, p_due TEXT, p_n BIGINT, p_last BIGINT)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_org IS NULL OR p_on IS NULL OR p_due IS NULL OR (p_n = 0 AND p_last = 0) THEN
        RETURN;
    END IF;
    INSERT INTO stats_due AS k (org_code, grain, period, due_month, instalments, last_agreements)
    SELECT a.code, g.grain, substr(p_on, 1, g.len), substr(p_due, 1, 7), p_n, p_last
    FROM organisations o
    JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
    CROSS JOIN (VALUES ('y', 4), ('m', 7)) AS g(grain, len)
    WHERE o.code = p_org
    ON CONFLICT (org_code, grain, period, due_month) DO UPDATE
        SET instalments = k.instalments + excluded.instalments,
            last_agreements = k.last_agreements + excluded.last_agreements;
END;
$$;

-- The closing key of a settled case with an agreement (NULLs otherwise).
CREATE FUNCTION stats_due_key(p_case TEXT, OUT o_org TEXT, OUT o_on TEXT)
LANGUAGE plpgsql AS $$
BEGIN
    SELECT c.closed_org, c.closed_on INTO o_org, o_on FROM cases c
    JOIN agreements a ON a.case_id = c.id
    WHERE c.id = p_case AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL;
END;
$$;

-- Adds (1) or takes out (-1) all instalments of a case's agreement and its last due date.
CREATE FUNCTION stats_due_case(p_case TEXT, p_org TEXT, p_on TEXT, p_sign INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r RECORD;
    last TEXT;
BEGIN
    IF p_org IS NULL OR p_on IS NULL
       OR NOT EXISTS (SELECT 1 FROM agreements WHERE case_id = p_case) THEN
        RETURN;
    END IF;
    FOR r IN SELECT i.due_on, COUNT(*) AS n FROM obligations o
             JOIN instalments i ON i.obligation_id = o.id WHERE o.case_id = p_case
             GROUP BY i.due_on LOOP
        PERFORM stats_due_apply(p_org, p_on, r.due_on, p_sign * r.n, 0);
    END LOOP;
    SELECT MAX(i.due_on) INTO last FROM obligations o JOIN instalments i
    ON i.obligation_id = o.id WHERE o.case_id = p_case;
    PERFORM stats_due_apply(p_org, p_on, last, 0, p_sign);
END;
$$;

CREATE FUNCTION stats_due_case_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status = 'settled' THEN
            PERFORM stats_due_case(NEW.id, NEW.closed_org, NEW.closed_on, 1);
        END IF;
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        IF (OLD.status = 'settled' OR NEW.status = 'settled')
           AND (OLD.closed_org IS DISTINCT FROM NEW.closed_org
                OR OLD.closed_on IS DISTINCT FROM NEW.closed_on
                OR OLD.status IS DISTINCT FROM NEW.status) THEN
            IF OLD.status = 'settled' THEN
                PERFORM stats_due_case(OLD.id, OLD.closed_org, OLD.closed_on, -1);
            END IF;
            IF NEW.status = 'settled' THEN
                PERFORM stats_due_case(NEW.id, NEW.closed_org, NEW.closed_on, 1);
            END IF;
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = 'settled' THEN
        PERFORM stats_due_case(OLD.id, OLD.closed_org, OLD.closed_on, -1);
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER stats_due_case_insert AFTER INSERT ON cases
FOR EACH ROW EXECUTE FUNCTION stats_due_case_trigger();
CREATE TRIGGER stats_due_case_update AFTER UPDATE ON cases
FOR EACH ROW EXECUTE FUNCTION stats_due_case_trigger();
CREATE TRIGGER stats_due_case_delete BEFORE DELETE ON cases
FOR EACH ROW EXECUTE FUNCTION stats_due_case_trigger();

CREATE FUNCTION stats_due_agreement_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    k RECORD;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT * INTO k FROM stats_due_key(NEW.case_id);
        PERFORM stats_due_case(NEW.case_id, k.o_org, k.o_on, 1);
        RETURN NEW;
    END IF;
    SELECT * INTO k FROM stats_due_key(OLD.case_id);
    PERFORM stats_due_case(OLD.case_id, k.o_org, k.o_on, -1);
    RETURN OLD;
END;
$$;

CREATE TRIGGER stats_due_agreement_insert AFTER INSERT ON agreements
FOR EACH ROW EXECUTE FUNCTION stats_due_agreement_trigger();
CREATE TRIGGER stats_due_agreement_delete BEFORE DELETE ON agreements
FOR EACH ROW EXECUTE FUNCTION stats_due_agreement_trigger();

-- An obligation moves the instalments of its due dates and the agreement's last due date
-- (out with the last date before the change, in with the one after).
CREATE FUNCTION stats_due_obligation_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r obligations;
    s INTEGER;
    k RECORD;
    d RECORD;
    others TEXT;
    everything TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        r := NEW;
        s := 1;
    ELSE
        r := OLD;
        s := -1;
    END IF;
    SELECT * INTO k FROM stats_due_key(r.case_id);
    IF k.o_org IS NULL THEN
        RETURN r;
    END IF;
    FOR d IN SELECT due_on, COUNT(*) AS n FROM instalments WHERE obligation_id = r.id
             GROUP BY due_on LOOP
        PERFORM stats_due_apply(k.o_org, k.o_on, d.due_on, s * d.n, 0);
    END LOOP;
    SELECT MAX(i.due_on) INTO others FROM obligations o JOIN instalments i
    ON i.obligation_id = o.id WHERE o.case_id = r.case_id AND o.id <> r.id;
    SELECT MAX(i.due_on) INTO everything FROM obligations o JOIN instalments i
    ON i.obligation_id = o.id WHERE o.case_id = r.case_id;
    IF s = 1 THEN
        PERFORM stats_due_apply(k.o_org, k.o_on, others, 0, -1);
        PERFORM stats_due_apply(k.o_org, k.o_on, everything, 0, 1);
    ELSE
        PERFORM stats_due_apply(k.o_org, k.o_on, everything, 0, -1);
        PERFORM stats_due_apply(k.o_org, k.o_on, others, 0, 1);
    END IF;
    RETURN r;
END;
$$;

CREATE TRIGGER stats_due_obligation_insert AFTER INSERT ON obligations
FOR EACH ROW EXECUTE FUNCTION stats_due_obligation_trigger();
CREATE TRIGGER stats_due_obligation_delete BEFORE DELETE ON obligations
FOR EACH ROW EXECUTE FUNCTION stats_due_obligation_trigger();

CREATE FUNCTION stats_due_instalment_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    c TEXT;
    k RECORD;
    others TEXT;
    everything TEXT;
BEGIN
    SELECT case_id INTO c FROM obligations WHERE id = OLD.obligation_id;
    IF c IS NULL THEN
        RETURN OLD;
    END IF;
    SELECT * INTO k FROM stats_due_key(c);
    IF k.o_org IS NULL THEN
        RETURN OLD;
    END IF;
    PERFORM stats_due_apply(k.o_org, k.o_on, OLD.due_on, -1, 0);
    SELECT MAX(i.due_on) INTO everything FROM obligations o JOIN instalments i
    ON i.obligation_id = o.id WHERE o.case_id = c;
    SELECT MAX(i.due_on) INTO others FROM obligations o JOIN instalments i
    ON i.obligation_id = o.id WHERE o.case_id = c AND i.id <> OLD.id;
    PERFORM stats_due_apply(k.o_org, k.o_on, everything, 0, -1);
    PERFORM stats_due_apply(k.o_org, k.o_on, others, 0, 1);
    RETURN OLD;
END;
$$;

CREATE FUNCTION stats_due_instalments_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    c RECORD;
    d RECORD;
    k RECORD;
    others TEXT;
    everything TEXT;
BEGIN
    FOR c IN SELECT DISTINCT o.case_id FROM stats_due_new i
             JOIN obligations o ON o.id = i.obligation_id LOOP
        SELECT * INTO k FROM stats_due_key(c.case_id);
        CONTINUE WHEN k.o_org IS NULL;
        FOR d IN SELECT i.due_on, COUNT(*) AS n FROM stats_due_new i
                 JOIN obligations o ON o.id = i.obligation_id WHERE o.case_id = c.case_id
                 GROUP BY i.due_on LOOP
            PERFORM stats_due_apply(k.o_org, k.o_on, d.due_on, d.n, 0);
        END LOOP;
        SELECT MAX(i.due_on) INTO others FROM obligations o JOIN instalments i
        ON i.obligation_id = o.id WHERE o.case_id = c.case_id
        AND i.id NOT IN (SELECT id FROM stats_due_new);
        SELECT MAX(i.due_on) INTO everything FROM obligations o JOIN instalments i
        ON i.obligation_id = o.id WHERE o.case_id = c.case_id;
        PERFORM stats_due_apply(k.o_org, k.o_on, others, 0, -1);
        PERFORM stats_due_apply(k.o_org, k.o_on, everything, 0, 1);
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE TRIGGER stats_due_instalment_insert AFTER INSERT ON instalments
REFERENCING NEW TABLE AS stats_due_new
FOR EACH STATEMENT EXECUTE FUNCTION stats_due_instalments_inserted();
CREATE TRIGGER stats_due_instalment_delete BEFORE DELETE ON instalments
FOR EACH ROW EXECUTE FUNCTION stats_due_instalment_deleted();

INSERT INTO stats_due (org_code, grain, period, due_month, instalments, last_agreements)
SELECT a.code, g.grain, substr(s.on_date, 1, g.len), substr(s.due_on, 1, 7), SUM(s.n),
       SUM(s.last_agreements)
FROM (SELECT c.closed_org AS org, c.closed_on AS on_date, i.due_on, COUNT(*) AS n,
             0 AS last_agreements
      FROM cases c JOIN agreements a ON a.case_id = c.id JOIN obligations o
      ON o.case_id = a.case_id JOIN instalments i ON i.obligation_id = o.id
      WHERE c.status = 'settled' AND c.closed_org IS NOT NULL AND c.closed_on IS NOT NULL
      GROUP BY c.id, c.closed_org, c.closed_on, i.due_on
      UNION ALL
      SELECT c.closed_org, c.closed_on, MAX(i.due_on), 0, 1
      FROM cases c JOIN agreements a ON a.case_id = c.id JOIN obligations o
      ON o.case_id = a.case_id JOIN instalments i ON i.obligation_id = o.id
      WHERE c.status = 'settled' AND c.closed_org IS NOT NULL AND c.closed_on IS NOT NULL
      GROUP BY c.id, c.closed_org, c.closed_on) s
JOIN organisations o ON o.code = s.org
JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
CROSS JOIN (VALUES ('y', 4), ('m', 7)) AS g(grain, len)
GROUP BY 1, 2, 3, 4;

-- Backfill: per organisation and month first, then spread over subtrees, years, dimensions.
CREATE TEMPORARY TABLE stats_stage (
    org TEXT, month TEXT, fact TEXT, category TEXT, source TEXT, cases BIGINT,
    amount_fen BIGINT, cycle_days BIGINT, agreements BIGINT, agreement_fen BIGINT,
    instalments BIGINT, inst_agreements BIGINT
) ON COMMIT DROP;
INSERT INTO stats_stage
SELECT registering_org, substr(received_on, 1, 7), 'registered', category, source, COUNT(*),
       0, 0, 0, 0, 0, 0
FROM cases GROUP BY 1, 2, 4, 5;
INSERT INTO stats_stage
SELECT c.closed_org, substr(c.closed_on, 1, 7), c.status, c.category, c.source, COUNT(*),
       SUM(c.amount_fen), SUM(stats_days(c.received_on, c.closed_on)),
       SUM(COALESCE(ag.n, 0)), SUM(COALESCE(ag.fen, 0)), SUM(COALESCE(ins.n, 0)),
       SUM(CASE WHEN ins.n > 0 AND ag.n > 0 THEN 1 ELSE 0 END)
FROM cases c
LEFT JOIN (SELECT case_id, COUNT(*) AS n, SUM(amount_fen) AS fen FROM agreements
           GROUP BY case_id) ag ON ag.case_id = c.id AND c.status = 'settled'
LEFT JOIN (SELECT o.case_id, COUNT(*) AS n FROM obligations o
           JOIN instalments i ON i.obligation_id = o.id GROUP BY o.case_id) ins
       ON ins.case_id = c.id AND c.status = 'settled' AND ag.n > 0
WHERE c.closed_org IS NOT NULL AND c.closed_on IS NOT NULL
  AND c.status IN ('settled', 'failed', 'withdrawn', 'filed', 'not_accepted')
GROUP BY 1, 2, 3, 4, 5;
INSERT INTO stats_stage
SELECT before_org, substr(on_date, 1, 7), 'accepted', NULL, NULL, COUNT(*), 0, 0, 0, 0, 0, 0
FROM case_events WHERE action = 'accept' AND before_org IS NOT NULL GROUP BY 1, 2;
INSERT INTO stats_stage
SELECT from_org, substr(sent_on, 1, 7), kind, NULL, NULL, COUNT(*), 0, 0, 0, 0, 0, 0
FROM referrals GROUP BY 1, 2, 3;

INSERT INTO stats_counts (org_code, grain, fact, dim, period, value, cases, amount_fen,
                          cycle_days, agreements, agreement_fen, instalments, inst_agreements)
SELECT a.code, g.grain, s.fact, d.dim, substr(s.month, 1, g.len),
       CASE d.dim WHEN 'c' THEN s.category WHEN 's' THEN s.source ELSE '' END,
       SUM(s.cases), SUM(s.amount_fen), SUM(s.cycle_days), SUM(s.agreements),
       SUM(s.agreement_fen), SUM(s.instalments), SUM(s.inst_agreements)
FROM stats_stage s
JOIN organisations o ON o.code = s.org
JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
CROSS JOIN (VALUES ('y', 4), ('m', 7)) AS g(grain, len)
CROSS JOIN (VALUES (''), ('c'), ('s')) AS d(dim)
WHERE d.dim = '' OR (d.dim = 'c' AND s.category IS NOT NULL)
   OR (d.dim = 's' AND s.source IS NOT NULL)
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO stats_cycle (org_code, grain, period, fact, days, cases)
SELECT a.code, g.grain, substr(s.month, 1, g.len), s.fact, s.days, SUM(s.n)
FROM (SELECT closed_org AS org, substr(closed_on, 1, 7) AS month, status AS fact,
             stats_days(received_on, closed_on) AS days, COUNT(*) AS n
      FROM cases
      WHERE closed_org IS NOT NULL AND closed_on IS NOT NULL
        AND status IN ('settled', 'failed', 'withdrawn', 'filed', 'not_accepted')
      GROUP BY 1, 2, 3, 4) s
JOIN organisations o ON o.code = s.org
JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
CROSS JOIN (VALUES ('y', 4), ('m', 7)) AS g(grain, len)
GROUP BY 1, 2, 3, 4, 5;

CREATE INDEX cases_stats_received ON cases(received_on, registering_org, category, source);
CREATE INDEX cases_stats_closed ON cases(closed_on, closed_org, status, category, source,
                                         amount_fen, received_on) WHERE closed_on IS NOT NULL;
CREATE INDEX cases_stats_open ON cases(status, handling_org, category, source, accepted_on,
                                       received_on)
    WHERE status IN ('registered', 'in_mediation', 'referred', 'delegated');
CREATE INDEX case_events_accept ON case_events(on_date, before_org, case_id)
    WHERE action = 'accept';
CREATE INDEX referrals_sent ON referrals(sent_on, from_org, kind);
CREATE INDEX instalments_due ON instalments(due_on, obligation_id);
CREATE INDEX payments_obligation ON payments(obligation_id, paid_on, amount_fen);
CREATE INDEX feedback_received ON feedback(received_on, case_id);
