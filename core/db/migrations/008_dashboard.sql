-- Tiaojie schema version 8: dashboards that stay fast over ten years. Exact summary counts of
-- everything the statistics aggregate (docs/metrics.md), kept by triggers in the transaction of
-- the change, and indexes for the rest (partial months, open cases, instalments due later).
-- See docs/scale.md, "Dashboards".
--
-- stats_counts: one row per subtree, period, fact and dimension value. org_code is the ROOT of a
-- subtree: a case counted for an organisation is added to that organisation and to every
-- organisation above it, so an area's figures are the rows of its root alone. grain 'y' rows
-- hold a calendar year (period 'YYYY'), grain 'm' rows a month ('YYYY-MM'); both are kept.
-- fact: registered (registering organisation, received_on), accepted (accept events: the
-- organisation before the event, on_date), refer / delegate (referrals: from_org, sent_on), and
-- the closing statuses settled / failed / withdrawn / filed / not_accepted (closed_org,
-- closed_on). dim '' is the total; 'c' the case's category and 's' its source (value).
-- For closing facts: amount_fen (amount in dispute), cycle_days (sum of closed_on −
-- received_on); for settled also agreements, agreement_fen (their amounts), instalments (of
-- the agreements' obligations) and inst_agreements (agreements with at least one instalment).
-- A row whose cases moved away stays at zero (it adds nothing; deleting it would cost every
-- change a second search of the rows it touched).
CREATE TABLE stats_counts (
    org_code        TEXT NOT NULL,
    grain           TEXT NOT NULL,
    fact            TEXT NOT NULL,
    dim             TEXT NOT NULL,
    period          TEXT NOT NULL,
    value           TEXT NOT NULL,
    cases           INTEGER NOT NULL,
    amount_fen      INTEGER NOT NULL,
    cycle_days      INTEGER NOT NULL,
    agreements      INTEGER NOT NULL,
    agreement_fen   INTEGER NOT NULL,
    instalments     INTEGER NOT NULL,
    inst_agreements INTEGER NOT NULL,
    PRIMARY KEY (org_code, grain, dim, period, fact, value)
) WITHOUT ROWID;

-- The distribution of cycle days (for the median) of the closing facts, per subtree root,
-- period and fact.
CREATE TABLE stats_cycle (
    org_code TEXT NOT NULL,
    grain    TEXT NOT NULL,
    period   TEXT NOT NULL,
    fact     TEXT NOT NULL,
    days     INTEGER NOT NULL,
    cases    INTEGER NOT NULL,
    PRIMARY KEY (org_code, grain, period, fact, days)
) WITHOUT ROWID;

-- A change of the counts: inserting into this view adds the row (negative numbers subtract) to
-- the organisation's subtree rows for the year and the month of on_date, for the total and,
-- when category / source are not NULL, for them. hist_days adds to the cycle distribution.
CREATE VIEW stats_delta AS
SELECT '' AS org, '' AS on_date, '' AS fact, '' AS category, '' AS source, 0 AS cases,
       0 AS amount_fen, 0 AS cycle_days, 0 AS agreements, 0 AS agreement_fen, 0 AS instalments,
       0 AS inst_agreements, 0 AS hist_days
WHERE 0;

CREATE TRIGGER stats_delta_apply INSTEAD OF INSERT ON stats_delta BEGIN
    INSERT INTO stats_counts (org_code, grain, fact, dim, period, value, cases, amount_fen,
                              cycle_days, agreements, agreement_fen, instalments, inst_agreements)
    SELECT a.code, g.grain, NEW.fact, d.dim, substr(NEW.on_date, 1, g.len), d.value, NEW.cases,
           NEW.amount_fen, NEW.cycle_days, NEW.agreements, NEW.agreement_fen, NEW.instalments,
           NEW.inst_agreements
    FROM organisations o
    JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
    JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g
    JOIN (SELECT '' AS dim, '' AS value UNION ALL SELECT 'c', NEW.category
          UNION ALL SELECT 's', NEW.source) d
    WHERE o.code = NEW.org AND d.value IS NOT NULL
    ON CONFLICT DO UPDATE SET cases = cases + excluded.cases,
        amount_fen = amount_fen + excluded.amount_fen,
        cycle_days = cycle_days + excluded.cycle_days,
        agreements = agreements + excluded.agreements,
        agreement_fen = agreement_fen + excluded.agreement_fen,
        instalments = instalments + excluded.instalments,
        inst_agreements = inst_agreements + excluded.inst_agreements;
    INSERT INTO stats_cycle (org_code, grain, period, fact, days, cases)
    SELECT a.code, g.grain, substr(NEW.on_date, 1, g.len), NEW.fact, NEW.hist_days, NEW.cases
    FROM organisations o
    JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
    JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g
    WHERE o.code = NEW.org AND NEW.hist_days IS NOT NULL
    ON CONFLICT DO UPDATE SET cases = cases + excluded.cases;
END;

-- What one case adds: its registration, and its closing with (when settled) the agreement,
-- the instalments of its obligations and whether it has any.
CREATE VIEW stats_case_closing AS
SELECT c.id AS case_id, c.closed_org AS org, c.closed_on AS on_date, c.status AS fact,
       c.category, c.source, c.amount_fen,
       CAST(julianday(c.closed_on) - julianday(c.received_on) AS INTEGER) AS days,
       CASE WHEN c.status = 'settled' THEN
           (SELECT COUNT(*) FROM agreements a WHERE a.case_id = c.id) ELSE 0 END AS agreements,
       CASE WHEN c.status = 'settled' THEN
           (SELECT COALESCE(SUM(a.amount_fen), 0) FROM agreements a WHERE a.case_id = c.id)
       ELSE 0 END AS agreement_fen,
       CASE WHEN c.status = 'settled' THEN
           (SELECT COUNT(*) FROM agreements a JOIN obligations o ON o.case_id = a.case_id
            JOIN instalments i ON i.obligation_id = o.id WHERE a.case_id = c.id) ELSE 0 END
           AS instalments,
       CASE WHEN c.status = 'settled' THEN
           (SELECT COUNT(*) FROM agreements a WHERE a.case_id = c.id AND EXISTS
                (SELECT 1 FROM obligations o JOIN instalments i ON i.obligation_id = o.id
                 WHERE o.case_id = a.case_id)) ELSE 0 END AS inst_agreements
FROM cases c
WHERE c.closed_org IS NOT NULL AND c.closed_on IS NOT NULL
  AND c.status IN ('settled', 'failed', 'withdrawn', 'filed', 'not_accepted');

CREATE TRIGGER stats_case_insert AFTER INSERT ON cases BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    VALUES (NEW.registering_org, NEW.received_on, 'registered', NEW.category, NEW.source, 1, 0,
            0, 0, 0, 0, 0, NULL);
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    SELECT org, on_date, fact, category, source, 1, amount_fen, days, agreements, agreement_fen,
           instalments, inst_agreements, days
    FROM stats_case_closing WHERE case_id = NEW.id;
END;

CREATE TRIGGER stats_case_update_registration
AFTER UPDATE OF registering_org, received_on, category, source ON cases
WHEN OLD.registering_org IS NOT NEW.registering_org OR OLD.received_on IS NOT NEW.received_on
  OR OLD.category IS NOT NEW.category OR OLD.source IS NOT NEW.source
BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    VALUES (OLD.registering_org, OLD.received_on, 'registered', OLD.category, OLD.source, -1, 0,
            0, 0, 0, 0, 0, NULL);
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    VALUES (NEW.registering_org, NEW.received_on, 'registered', NEW.category, NEW.source, 1, 0,
            0, 0, 0, 0, 0, NULL);
END;

-- The closing moves: the old closing is taken out with the agreement figures as they are now
-- (a change of the case row does not change its agreement), then the new one is added.
CREATE TRIGGER stats_case_update_closing
AFTER UPDATE OF closed_org, closed_on, status, category, source, amount_fen, received_on ON cases
WHEN OLD.closed_org IS NOT NEW.closed_org OR OLD.closed_on IS NOT NEW.closed_on
  OR OLD.status IS NOT NEW.status OR OLD.category IS NOT NEW.category
  OR OLD.source IS NOT NEW.source OR OLD.amount_fen IS NOT NEW.amount_fen
  OR OLD.received_on IS NOT NEW.received_on
BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    SELECT OLD.closed_org, OLD.closed_on, OLD.status, OLD.category, OLD.source, -1,
           -OLD.amount_fen, -(CAST(julianday(OLD.closed_on) - julianday(OLD.received_on) AS INTEGER)),
           -k.agreements, -k.agreement_fen, -k.instalments, -k.inst_agreements,
           CAST(julianday(OLD.closed_on) - julianday(OLD.received_on) AS INTEGER)
    FROM (SELECT
            CASE WHEN OLD.status = 'settled' THEN
                (SELECT COUNT(*) FROM agreements a WHERE a.case_id = OLD.id) ELSE 0 END AS agreements,
            CASE WHEN OLD.status = 'settled' THEN
                (SELECT COALESCE(SUM(a.amount_fen), 0) FROM agreements a WHERE a.case_id = OLD.id)
            ELSE 0 END AS agreement_fen,
            CASE WHEN OLD.status = 'settled' THEN
                (SELECT COUNT(*) FROM agreements a JOIN obligations o ON o.case_id = a.case_id
                 JOIN instalments i ON i.obligation_id = o.id WHERE a.case_id = OLD.id)
            ELSE 0 END AS instalments,
            CASE WHEN OLD.status = 'settled' THEN
                (SELECT COUNT(*) FROM agreements a WHERE a.case_id = OLD.id AND EXISTS
                    (SELECT 1 FROM obligations o JOIN instalments i ON i.obligation_id = o.id
                     WHERE o.case_id = a.case_id)) ELSE 0 END AS inst_agreements) k
    WHERE OLD.closed_org IS NOT NULL AND OLD.closed_on IS NOT NULL
      AND OLD.status IN ('settled', 'failed', 'withdrawn', 'filed', 'not_accepted');
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    SELECT org, on_date, fact, category, source, 1, amount_fen, days, agreements, agreement_fen,
           instalments, inst_agreements, days
    FROM stats_case_closing WHERE case_id = NEW.id;
END;

-- BEFORE: the agreement rows deleted with the case are still there to be taken out; when their
-- own triggers run the case is gone and they change nothing.
CREATE TRIGGER stats_case_delete BEFORE DELETE ON cases BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    VALUES (OLD.registering_org, OLD.received_on, 'registered', OLD.category, OLD.source, -1, 0,
            0, 0, 0, 0, 0, NULL);
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    SELECT org, on_date, fact, category, source, -1, -amount_fen, -days, -agreements,
           -agreement_fen, -instalments, -inst_agreements, days
    FROM stats_case_closing WHERE case_id = OLD.id;
END;

-- Agreements, obligations and instalments count while the whole chain up to a settled case
-- exists: whichever row completes the chain adds what hangs below it, whichever row breaks it
-- first (BEFORE DELETE, so cascades find it broken) takes it out.
CREATE TRIGGER stats_agreement_insert AFTER INSERT ON agreements BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    SELECT c.closed_org, c.closed_on, 'settled', c.category, c.source, 0, 0, 0, 1,
           NEW.amount_fen, n.instalments, CASE WHEN n.instalments > 0 THEN 1 ELSE 0 END, NULL
    FROM cases c, (SELECT COUNT(*) AS instalments FROM obligations o JOIN instalments i
                   ON i.obligation_id = o.id WHERE o.case_id = NEW.case_id) n
    WHERE c.id = NEW.case_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL;
END;

CREATE TRIGGER stats_agreement_update AFTER UPDATE OF amount_fen ON agreements
WHEN OLD.amount_fen IS NOT NEW.amount_fen
BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    SELECT c.closed_org, c.closed_on, 'settled', c.category, c.source, 0, 0, 0, 0,
           NEW.amount_fen - OLD.amount_fen, 0, 0, NULL
    FROM cases c
    WHERE c.id = NEW.case_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL;
END;

CREATE TRIGGER stats_agreement_delete BEFORE DELETE ON agreements BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    SELECT c.closed_org, c.closed_on, 'settled', c.category, c.source, 0, 0, 0, -1,
           -OLD.amount_fen, -n.instalments, CASE WHEN n.instalments > 0 THEN -1 ELSE 0 END, NULL
    FROM cases c, (SELECT COUNT(*) AS instalments FROM obligations o JOIN instalments i
                   ON i.obligation_id = o.id WHERE o.case_id = OLD.case_id) n
    WHERE c.id = OLD.case_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL;
END;

-- n = this obligation's instalments, t = all instalments of the agreement (after an insert,
-- before a delete): the agreement gains or loses "has instalments" when n = t > 0.
CREATE TRIGGER stats_obligation_insert AFTER INSERT ON obligations BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    SELECT c.closed_org, c.closed_on, 'settled', c.category, c.source, 0, 0, 0, 0, 0, k.n,
           CASE WHEN k.n > 0 AND k.n = k.t THEN 1 ELSE 0 END, NULL
    FROM cases c JOIN agreements a ON a.case_id = c.id,
         (SELECT (SELECT COUNT(*) FROM instalments i WHERE i.obligation_id = NEW.id) AS n,
                 (SELECT COUNT(*) FROM obligations o JOIN instalments i ON i.obligation_id = o.id
                  WHERE o.case_id = NEW.case_id) AS t) k
    WHERE c.id = NEW.case_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL AND k.n > 0;
END;

CREATE TRIGGER stats_obligation_delete BEFORE DELETE ON obligations BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    SELECT c.closed_org, c.closed_on, 'settled', c.category, c.source, 0, 0, 0, 0, 0, -k.n,
           CASE WHEN k.n > 0 AND k.n = k.t THEN -1 ELSE 0 END, NULL
    FROM cases c JOIN agreements a ON a.case_id = c.id,
         (SELECT (SELECT COUNT(*) FROM instalments i WHERE i.obligation_id = OLD.id) AS n,
                 (SELECT COUNT(*) FROM obligations o JOIN instalments i ON i.obligation_id = o.id
                  WHERE o.case_id = OLD.case_id) AS t) k
    WHERE c.id = OLD.case_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL AND k.n > 0;
END;

CREATE TRIGGER stats_instalment_insert AFTER INSERT ON instalments BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    SELECT c.closed_org, c.closed_on, 'settled', c.category, c.source, 0, 0, 0, 0, 0, 1,
           CASE WHEN (SELECT COUNT(*) FROM obligations o2 JOIN instalments i
                      ON i.obligation_id = o2.id WHERE o2.case_id = o.case_id) = 1
                THEN 1 ELSE 0 END, NULL
    FROM obligations o JOIN agreements a ON a.case_id = o.case_id JOIN cases c ON c.id = a.case_id
    WHERE o.id = NEW.obligation_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL;
END;

CREATE TRIGGER stats_instalment_delete BEFORE DELETE ON instalments BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    SELECT c.closed_org, c.closed_on, 'settled', c.category, c.source, 0, 0, 0, 0, 0, -1,
           CASE WHEN (SELECT COUNT(*) FROM obligations o2 JOIN instalments i
                      ON i.obligation_id = o2.id WHERE o2.case_id = o.case_id) = 1
                THEN -1 ELSE 0 END, NULL
    FROM obligations o JOIN agreements a ON a.case_id = o.case_id JOIN cases c ON c.id = a.case_id
    WHERE o.id = OLD.obligation_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL;
END;

-- Acceptances (the workflow accepts a case at most once) and transfers sent.
CREATE TRIGGER stats_accept_insert AFTER INSERT ON case_events
WHEN NEW.action = 'accept' AND NEW.before_org IS NOT NULL
BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    VALUES (NEW.before_org, NEW.on_date, 'accepted', NULL, NULL, 1, 0, 0, 0, 0, 0, 0, NULL);
END;

CREATE TRIGGER stats_accept_delete BEFORE DELETE ON case_events
WHEN OLD.action = 'accept' AND OLD.before_org IS NOT NULL
BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    VALUES (OLD.before_org, OLD.on_date, 'accepted', NULL, NULL, -1, 0, 0, 0, 0, 0, 0, NULL);
END;

CREATE TRIGGER stats_referral_insert AFTER INSERT ON referrals BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    VALUES (NEW.from_org, NEW.sent_on, NEW.kind, NULL, NULL, 1, 0, 0, 0, 0, 0, 0, NULL);
END;

CREATE TRIGGER stats_referral_update AFTER UPDATE OF from_org, sent_on, kind ON referrals
WHEN OLD.from_org IS NOT NEW.from_org OR OLD.sent_on IS NOT NEW.sent_on OR OLD.kind IS NOT NEW.kind
BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    VALUES (OLD.from_org, OLD.sent_on, OLD.kind, NULL, NULL, -1, 0, 0, 0, 0, 0, 0, NULL);
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    VALUES (NEW.from_org, NEW.sent_on, NEW.kind, NULL, NULL, 1, 0, 0, 0, 0, 0, 0, NULL);
END;

CREATE TRIGGER stats_referral_delete BEFORE DELETE ON referrals BEGIN
    INSERT INTO stats_delta (org, on_date, fact, category, source, cases, amount_fen, cycle_days,
                             agreements, agreement_fen, instalments, inst_agreements, hist_days)
    VALUES (OLD.from_org, OLD.sent_on, OLD.kind, NULL, NULL, -1, 0, 0, 0, 0, 0, 0, NULL);
END;

-- When the instalments of the agreements counted above fall due: per subtree root and closing
-- period (as stats_counts), the instalments due in each month, and the agreements whose last
-- instalment is due in that month. The figures of a reference day then need only the rows
-- after its month and the few instalments due in the rest of that month.
CREATE TABLE stats_due (
    org_code        TEXT NOT NULL,
    grain           TEXT NOT NULL,
    period          TEXT NOT NULL,
    due_month       TEXT NOT NULL,
    instalments     INTEGER NOT NULL,
    last_agreements INTEGER NOT NULL,
    PRIMARY KEY (org_code, grain, period, due_month)
) WITHOUT ROWID;

CREATE VIEW stats_due_delta AS
SELECT '' AS org, '' AS on_date, '' AS due_on, 0 AS instalments, 0 AS last_agreements WHERE 0;

CREATE TRIGGER stats_due_delta_apply INSTEAD OF INSERT ON stats_due_delta
WHEN NEW.due_on IS NOT NULL
BEGIN
    INSERT INTO stats_due (org_code, grain, period, due_month, instalments, last_agreements)
    SELECT a.code, g.grain, substr(NEW.on_date, 1, g.len), substr(NEW.due_on, 1, 7),
           NEW.instalments, NEW.last_agreements
    FROM organisations o
    JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
    JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g
    WHERE o.code = NEW.org
    ON CONFLICT DO UPDATE SET instalments = instalments + excluded.instalments,
        last_agreements = last_agreements + excluded.last_agreements;
END;

-- One case's instalments by due date, and its last due date, for its closing (when settled
-- with an agreement).
CREATE VIEW stats_case_due AS
SELECT c.id AS case_id, c.closed_org AS org, c.closed_on AS on_date, i.due_on, COUNT(*) AS n,
       0 AS last_agreements
FROM cases c JOIN agreements a ON a.case_id = c.id JOIN obligations o ON o.case_id = a.case_id
JOIN instalments i ON i.obligation_id = o.id
WHERE c.status = 'settled' AND c.closed_org IS NOT NULL AND c.closed_on IS NOT NULL
GROUP BY c.id, i.due_on
UNION ALL
SELECT c.id, c.closed_org, c.closed_on, MAX(i.due_on), 0, 1
FROM cases c JOIN agreements a ON a.case_id = c.id JOIN obligations o ON o.case_id = a.case_id
JOIN instalments i ON i.obligation_id = o.id
WHERE c.status = 'settled' AND c.closed_org IS NOT NULL AND c.closed_on IS NOT NULL
GROUP BY c.id;

CREATE TRIGGER stats_due_case_insert AFTER INSERT ON cases WHEN NEW.status = 'settled' BEGIN
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT org, on_date, due_on, n, last_agreements FROM stats_case_due WHERE case_id = NEW.id;
END;

CREATE TRIGGER stats_due_case_update AFTER UPDATE OF closed_org, closed_on, status ON cases
WHEN (OLD.status = 'settled' OR NEW.status = 'settled')
  AND (OLD.closed_org IS NOT NEW.closed_org OR OLD.closed_on IS NOT NEW.closed_on
       OR OLD.status IS NOT NEW.status)
BEGIN
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT OLD.closed_org, OLD.closed_on, i.due_on, -COUNT(*), 0
    FROM agreements a JOIN obligations o ON o.case_id = a.case_id
    JOIN instalments i ON i.obligation_id = o.id
    WHERE a.case_id = OLD.id AND OLD.status = 'settled' AND OLD.closed_org IS NOT NULL
      AND OLD.closed_on IS NOT NULL
    GROUP BY i.due_on;
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT OLD.closed_org, OLD.closed_on, MAX(i.due_on), 0, -1
    FROM agreements a JOIN obligations o ON o.case_id = a.case_id
    JOIN instalments i ON i.obligation_id = o.id
    WHERE a.case_id = OLD.id AND OLD.status = 'settled' AND OLD.closed_org IS NOT NULL
      AND OLD.closed_on IS NOT NULL
    HAVING COUNT(*) > 0;
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT org, on_date, due_on, n, last_agreements FROM stats_case_due WHERE case_id = NEW.id;
END;

CREATE TRIGGER stats_due_case_delete BEFORE DELETE ON cases WHEN OLD.status = 'settled' BEGIN
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT org, on_date, due_on, -n, -last_agreements FROM stats_case_due WHERE case_id = OLD.id;
END;

CREATE TRIGGER stats_due_agreement_insert AFTER INSERT ON agreements BEGIN
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT org, on_date, due_on, n, last_agreements FROM stats_case_due
    WHERE case_id = NEW.case_id;
END;

CREATE TRIGGER stats_due_agreement_delete BEFORE DELETE ON agreements BEGIN
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT org, on_date, due_on, -n, -last_agreements FROM stats_case_due
    WHERE case_id = OLD.case_id;
END;

-- An obligation or an instalment moves the instalments of its due dates and the agreement's
-- last due date: out with the last date before the change, in with the one after.
CREATE TRIGGER stats_due_obligation_insert AFTER INSERT ON obligations BEGIN
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT c.closed_org, c.closed_on, i.due_on, COUNT(*), 0
    FROM cases c JOIN agreements a ON a.case_id = c.id JOIN instalments i
    ON i.obligation_id = NEW.id
    WHERE c.id = NEW.case_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL
    GROUP BY i.due_on;
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT c.closed_org, c.closed_on, k.due_on, 0, k.sign
    FROM cases c JOIN agreements a ON a.case_id = c.id,
         (SELECT (SELECT MAX(i.due_on) FROM obligations o JOIN instalments i
                  ON i.obligation_id = o.id WHERE o.case_id = NEW.case_id AND o.id <> NEW.id)
                     AS due_on, -1 AS sign
          UNION ALL
          SELECT (SELECT MAX(i.due_on) FROM obligations o JOIN instalments i
                  ON i.obligation_id = o.id WHERE o.case_id = NEW.case_id), 1) k
    WHERE c.id = NEW.case_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL AND k.due_on IS NOT NULL;
END;

CREATE TRIGGER stats_due_obligation_delete BEFORE DELETE ON obligations BEGIN
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT c.closed_org, c.closed_on, i.due_on, -COUNT(*), 0
    FROM cases c JOIN agreements a ON a.case_id = c.id JOIN instalments i
    ON i.obligation_id = OLD.id
    WHERE c.id = OLD.case_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL
    GROUP BY i.due_on;
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT c.closed_org, c.closed_on, k.due_on, 0, k.sign
    FROM cases c JOIN agreements a ON a.case_id = c.id,
         (SELECT (SELECT MAX(i.due_on) FROM obligations o JOIN instalments i
                  ON i.obligation_id = o.id WHERE o.case_id = OLD.case_id) AS due_on, -1 AS sign
          UNION ALL
          SELECT (SELECT MAX(i.due_on) FROM obligations o JOIN instalments i
                  ON i.obligation_id = o.id WHERE o.case_id = OLD.case_id AND o.id <> OLD.id), 1) k
    WHERE c.id = OLD.case_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL AND k.due_on IS NOT NULL;
END;

CREATE TRIGGER stats_due_instalment_insert AFTER INSERT ON instalments BEGIN
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT c.closed_org, c.closed_on, k.due_on, k.n, k.sign
    FROM obligations o JOIN agreements a ON a.case_id = o.case_id JOIN cases c ON c.id = a.case_id,
         (SELECT NEW.due_on AS due_on, 1 AS n, 0 AS sign
          UNION ALL
          SELECT (SELECT MAX(i.due_on) FROM obligations o2 JOIN instalments i
                  ON i.obligation_id = o2.id WHERE o2.case_id = (SELECT case_id FROM obligations
                  WHERE id = NEW.obligation_id) AND i.id <> NEW.id), 0, -1
          UNION ALL
          SELECT (SELECT MAX(i.due_on) FROM obligations o2 JOIN instalments i
                  ON i.obligation_id = o2.id WHERE o2.case_id = (SELECT case_id FROM obligations
                  WHERE id = NEW.obligation_id)), 0, 1) k
    WHERE o.id = NEW.obligation_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL AND k.due_on IS NOT NULL;
END;

CREATE TRIGGER stats_due_instalment_delete BEFORE DELETE ON instalments BEGIN
    INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)
    SELECT c.closed_org, c.closed_on, k.due_on, k.n, k.sign
    FROM obligations o JOIN agreements a ON a.case_id = o.case_id JOIN cases c ON c.id = a.case_id,
         (SELECT OLD.due_on AS due_on, -1 AS n, 0 AS sign
          UNION ALL
          SELECT (SELECT MAX(i.due_on) FROM obligations o2 JOIN instalments i
                  ON i.obligation_id = o2.id WHERE o2.case_id = (SELECT case_id FROM obligations
                  WHERE id = OLD.obligation_id)), 0, -1
          UNION ALL
          SELECT (SELECT MAX(i.due_on) FROM obligations o2 JOIN instalments i
                  ON i.obligation_id = o2.id WHERE o2.case_id = (SELECT case_id FROM obligations
                  WHERE id = OLD.obligation_id) AND i.id <> OLD.id), 0, 1) k
    WHERE o.id = OLD.obligation_id AND c.status = 'settled' AND c.closed_org IS NOT NULL
      AND c.closed_on IS NOT NULL AND k.due_on IS NOT NULL;
END;

INSERT INTO stats_due (org_code, grain, period, due_month, instalments, last_agreements)
SELECT a.code, g.grain, substr(s.on_date, 1, g.len), substr(s.due_on, 1, 7), SUM(s.n),
       SUM(s.last_agreements)
FROM stats_case_due s
JOIN organisations o ON o.code = s.org
JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g
GROUP BY 1, 2, 3, 4;

-- Backfill: the facts of the existing rows per organisation and month first (few rows), then
-- spread over the subtrees, years and dimensions.
CREATE TABLE stats_stage (
    org TEXT, month TEXT, fact TEXT, category TEXT, source TEXT, cases INTEGER,
    amount_fen INTEGER, cycle_days INTEGER, agreements INTEGER, agreement_fen INTEGER,
    instalments INTEGER, inst_agreements INTEGER
);
INSERT INTO stats_stage
SELECT registering_org, substr(received_on, 1, 7), 'registered', category, source, COUNT(*),
       0, 0, 0, 0, 0, 0
FROM cases GROUP BY 1, 2, 4, 5;
INSERT INTO stats_stage
SELECT c.closed_org, substr(c.closed_on, 1, 7), c.status, c.category, c.source, COUNT(*),
       SUM(c.amount_fen), SUM(CAST(julianday(c.closed_on) - julianday(c.received_on) AS INTEGER)),
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
JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g
JOIN (SELECT '' AS dim UNION ALL SELECT 'c' UNION ALL SELECT 's') d
WHERE d.dim = '' OR (d.dim = 'c' AND s.category IS NOT NULL)
   OR (d.dim = 's' AND s.source IS NOT NULL)
GROUP BY 1, 2, 3, 4, 5, 6;
DROP TABLE stats_stage;

INSERT INTO stats_cycle (org_code, grain, period, fact, days, cases)
SELECT a.code, g.grain, substr(s.month, 1, g.len), s.fact, s.days, SUM(s.n)
FROM (SELECT closed_org AS org, substr(closed_on, 1, 7) AS month, status AS fact,
             CAST(julianday(closed_on) - julianday(received_on) AS INTEGER) AS days, COUNT(*) AS n
      FROM cases
      WHERE closed_org IS NOT NULL AND closed_on IS NOT NULL
        AND status IN ('settled', 'failed', 'withdrawn', 'filed', 'not_accepted')
      GROUP BY 1, 2, 3, 4) s
JOIN organisations o ON o.code = s.org
JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g
GROUP BY 1, 2, 3, 4, 5;

-- Partial months at either end of a period are read from the cases by date (covering), open
-- cases ("overdue now") from a partial index over the few open ones, acceptances and transfers
-- by date, and instalments due after the reference day by due date.
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
