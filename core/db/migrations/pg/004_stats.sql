-- PostgreSQL counterpart of ../004_stats.sql (same tables, columns, constraints and meaning).
-- Tiaojie schema step 4 (statistics and ledgers): prevention records for the MoJ monthly
-- report, and the keys of imported ledger rows so that importing a file twice adds nothing.

-- A dispute whose mediation prevented it from turning into a criminal case or a mass
-- petition (民转刑 / 群体性上访), with the number of persons involved. One row per kind.
CREATE TABLE case_preventions (
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('criminal', 'mass_petition')),
    persons     BIGINT NOT NULL DEFAULT 0 CHECK (persons >= 0),
    recorded_on TEXT NOT NULL,
    recorded_by TEXT,
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, kind)
);
CREATE INDEX case_preventions_on ON case_preventions(recorded_on);

-- Each ledger row that became a case, by a fingerprint of its normalised content.
CREATE TABLE ledger_imports (
    fingerprint TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    source_file TEXT NOT NULL,
    source_row  BIGINT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX ledger_imports_case ON ledger_imports(case_id);

-- The statistics group concluded cases by where and when they closed.
CREATE INDEX cases_closed ON cases(closed_org, closed_on);
CREATE INDEX cases_registering ON cases(registering_org, received_on);
