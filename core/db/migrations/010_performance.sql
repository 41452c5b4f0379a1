-- Tiaojie schema version 10: the fulfilment and voluntary-performance rates over ten years
-- without reading every instalment and payment of the period. See docs/scale.md, "Dashboards".
--
-- An instalment of a settled case's agreement is performed on the first day the payments on
-- its obligation cover it and every earlier instalment (seq order). It counts as performed on a
-- reference day D when it is due and performed by D: when its "done" day, the later of its due
-- day and that day, is on or before D. An agreement with instalments counts as performed
-- voluntarily on D when its last instalment is due by D, every obligation with an amount is
-- paid off by D (obligations.paid_off_on) and no judicial confirmation was applied for: its
-- done day is the latest of those days, and it has none while an obligation is not paid off or
-- a confirmation exists.
--
-- stats_done_case: what each case adds, per done day, with the closing key (closed_org,
-- closed_on) it was added under. stats_done: the same per subtree root (as stats_counts),
-- closing period (grain 'y' / 'm') and done month. The figures of a reference day are the rows
-- of the months before its month and the few cases done in its month up to the day.
CREATE TABLE stats_done_case (
    case_id     TEXT NOT NULL,
    done_on     TEXT NOT NULL,
    org         TEXT NOT NULL,
    closed_on   TEXT NOT NULL,
    instalments INTEGER NOT NULL,
    agreements  INTEGER NOT NULL,
    PRIMARY KEY (case_id, done_on)
) WITHOUT ROWID;
CREATE INDEX stats_done_case_day ON stats_done_case(done_on, org, closed_on);
CREATE INDEX stats_done_case_closed ON stats_done_case(closed_on, org, done_on);

CREATE TABLE stats_done (
    org_code    TEXT NOT NULL,
    grain       TEXT NOT NULL,
    period      TEXT NOT NULL,
    done_month  TEXT NOT NULL,
    instalments INTEGER NOT NULL,
    agreements  INTEGER NOT NULL,
    PRIMARY KEY (org_code, grain, period, done_month)
) WITHOUT ROWID;

-- What a case adds now: its instalments by done day, and its agreement. SQLite's max() of
-- several arguments is NULL when one is, which leaves out what is not done. The two may share
-- a day: stats_done_case holds their sum.
CREATE VIEW stats_case_done AS
SELECT c.id AS case_id,
       max(i.due_on,
           (SELECT MIN(p.paid_on) FROM payments p
            WHERE p.obligation_id = i.obligation_id
              AND (SELECT SUM(q.amount_fen) FROM payments q
                   WHERE q.obligation_id = i.obligation_id AND q.paid_on <= p.paid_on)
                  >= (SELECT SUM(j.amount_fen) FROM instalments j
                      WHERE j.obligation_id = i.obligation_id AND j.seq <= i.seq))) AS done_on,
       c.closed_org AS org, c.closed_on, COUNT(*) AS instalments, 0 AS agreements
FROM cases c JOIN agreements a ON a.case_id = c.id
JOIN obligations o ON o.case_id = a.case_id JOIN instalments i ON i.obligation_id = o.id
WHERE c.status = 'settled' AND c.closed_org IS NOT NULL AND c.closed_on IS NOT NULL
GROUP BY c.id, 2
HAVING done_on IS NOT NULL
UNION ALL
SELECT case_id, max(last_due, COALESCE(paid_off, last_due)), org, closed_on, 0, 1
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

-- Inserting a case id into this view brings its rows up to date: what it added is taken out
-- of stats_done under the key it was added with, and what it adds now is put in. Every change
-- that can move a done day or a closing key inserts the case here, in its own transaction.
CREATE VIEW stats_done_refresh AS SELECT '' AS case_id WHERE 0;

CREATE TRIGGER stats_done_refresh_apply INSTEAD OF INSERT ON stats_done_refresh
WHEN NEW.case_id IS NOT NULL
BEGIN
    INSERT INTO stats_done (org_code, grain, period, done_month, instalments, agreements)
    SELECT a.code, g.grain, substr(s.closed_on, 1, g.len), substr(s.done_on, 1, 7),
           -s.instalments, -s.agreements
    FROM stats_done_case s
    JOIN organisations o ON o.code = s.org
    JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
    JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g
    WHERE s.case_id = NEW.case_id
    ON CONFLICT DO UPDATE SET instalments = instalments + excluded.instalments,
        agreements = agreements + excluded.agreements;
    DELETE FROM stats_done_case WHERE case_id = NEW.case_id;
    INSERT INTO stats_done_case (case_id, done_on, org, closed_on, instalments, agreements)
    SELECT case_id, done_on, MIN(org), MIN(closed_on), SUM(instalments), SUM(agreements)
    FROM stats_case_done WHERE case_id = NEW.case_id GROUP BY case_id, done_on;
    INSERT INTO stats_done (org_code, grain, period, done_month, instalments, agreements)
    SELECT a.code, g.grain, substr(s.closed_on, 1, g.len), substr(s.done_on, 1, 7),
           s.instalments, s.agreements
    FROM stats_done_case s
    JOIN organisations o ON o.code = s.org
    JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path
    JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g
    WHERE s.case_id = NEW.case_id
    ON CONFLICT DO UPDATE SET instalments = instalments + excluded.instalments,
        agreements = agreements + excluded.agreements;
END;

-- The bulk generator writes a case's children before the case itself.
CREATE TRIGGER stats_done_case_insert AFTER INSERT ON cases WHEN NEW.status = 'settled' BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (NEW.id);
END;

CREATE TRIGGER stats_done_case_update AFTER UPDATE OF closed_org, closed_on, status ON cases
WHEN OLD.closed_org IS NOT NEW.closed_org OR OLD.closed_on IS NOT NEW.closed_on
  OR OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (NEW.id);
END;

CREATE TRIGGER stats_done_case_delete AFTER DELETE ON cases BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (OLD.id);
END;

CREATE TRIGGER stats_done_agreement_insert AFTER INSERT ON agreements BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER stats_done_agreement_delete AFTER DELETE ON agreements BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (OLD.case_id);
END;

CREATE TRIGGER stats_done_obligation_insert AFTER INSERT ON obligations BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER stats_done_obligation_update
AFTER UPDATE OF case_id, amount_fen, paid_off_on ON obligations BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (OLD.case_id);
    INSERT INTO stats_done_refresh (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT OLD.case_id;
END;

CREATE TRIGGER stats_done_obligation_delete AFTER DELETE ON obligations BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (OLD.case_id);
END;

CREATE TRIGGER stats_done_instalment_insert AFTER INSERT ON instalments BEGIN
    INSERT INTO stats_done_refresh (case_id)
    SELECT case_id FROM obligations WHERE id = NEW.obligation_id;
END;

CREATE TRIGGER stats_done_instalment_update
AFTER UPDATE OF obligation_id, seq, due_on, amount_fen ON instalments BEGIN
    INSERT INTO stats_done_refresh (case_id)
    SELECT case_id FROM obligations WHERE id IN (OLD.obligation_id, NEW.obligation_id);
END;

CREATE TRIGGER stats_done_instalment_delete AFTER DELETE ON instalments BEGIN
    INSERT INTO stats_done_refresh (case_id)
    SELECT case_id FROM obligations WHERE id = OLD.obligation_id;
END;

CREATE TRIGGER stats_done_payment_insert AFTER INSERT ON payments BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER stats_done_payment_update
AFTER UPDATE OF case_id, obligation_id, paid_on, amount_fen ON payments BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (OLD.case_id);
    INSERT INTO stats_done_refresh (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT OLD.case_id;
END;

CREATE TRIGGER stats_done_payment_delete AFTER DELETE ON payments BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (OLD.case_id);
END;

CREATE TRIGGER stats_done_confirmation_insert AFTER INSERT ON confirmations BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER stats_done_confirmation_delete AFTER DELETE ON confirmations BEGIN
    INSERT INTO stats_done_refresh (case_id) VALUES (OLD.case_id);
END;

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
JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g
GROUP BY 1, 2, 3, 4;
