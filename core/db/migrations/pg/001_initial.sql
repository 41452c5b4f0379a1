-- PostgreSQL counterpart of ../001_initial.sql (same tables, columns, constraints and meaning).
-- Tiaojie schema version 1: organisations, users, cases, parties, sessions, referrals,
-- agreements and the case history. Money in integer fen, dates ISO text, ids UUID text.

CREATE TABLE organisations (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    tier        TEXT NOT NULL CHECK (tier IN ('court', 'tribunal', 'township', 'village')),
    parent_code TEXT REFERENCES organisations(code),
    path        TEXT NOT NULL UNIQUE,      -- '/ROOT/CHILD/…/CODE/': a subtree is a prefix
    population  BIGINT CHECK (population IS NULL OR population >= 0),
    created_at  TEXT NOT NULL
);
CREATE INDEX organisations_parent ON organisations(parent_code);

CREATE TABLE users (
    login        TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    org_code     TEXT NOT NULL REFERENCES organisations(code),
    role         TEXT NOT NULL CHECK (role IN ('mediator', 'staff', 'judge', 'admin')),
    active       BIGINT NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL
);
CREATE INDEX users_org ON users(org_code);

CREATE TABLE case_number_counters (
    org_code TEXT NOT NULL REFERENCES organisations(code),
    year     BIGINT NOT NULL,
    last_seq BIGINT NOT NULL,
    PRIMARY KEY (org_code, year)
);

CREATE TABLE cases (
    id               TEXT PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,
    registering_org  TEXT NOT NULL REFERENCES organisations(code),
    number_year      BIGINT NOT NULL,
    number_seq       BIGINT NOT NULL,
    handling_org     TEXT NOT NULL REFERENCES organisations(code),
    status           TEXT NOT NULL CHECK (status IN ('registered', 'not_accepted', 'in_mediation',
                         'referred', 'delegated', 'settled', 'failed', 'withdrawn', 'filed')),
    source           TEXT NOT NULL CHECK (source IN ('application', 'initiative', 'transfer',
                         'delegation', 'hotline')),
    category         TEXT NOT NULL,
    subcategory      TEXT,
    title            TEXT NOT NULL,
    facts            TEXT NOT NULL,
    claims           TEXT NOT NULL DEFAULT '',
    amount_fen       BIGINT NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    risk             BIGINT NOT NULL DEFAULT 0,
    received_on      TEXT NOT NULL,
    accepted_on      TEXT,
    closed_on        TEXT,
    closed_org       TEXT REFERENCES organisations(code),
    outcome_reason   TEXT,
    filed_number     TEXT,
    created_by       TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          BIGINT NOT NULL DEFAULT 1,
    UNIQUE (registering_org, number_year, number_seq)
);
CREATE INDEX cases_handling ON cases(handling_org, received_on DESC, id);
CREATE INDEX cases_status ON cases(status, received_on DESC, id);
CREATE INDEX cases_received ON cases(received_on DESC, id);

CREATE TABLE parties (
    id                   TEXT PRIMARY KEY,
    case_id              TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq                  BIGINT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('applicant', 'respondent', 'third_party')),
    kind                 TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    name                 TEXT NOT NULL,
    id_number            TEXT,
    credit_code          TEXT,
    sex                  TEXT,
    birth_date           TEXT,
    ethnicity            TEXT,
    phone                TEXT,
    address              TEXT,
    legal_representative TEXT,
    agent                TEXT,
    claim_amount_fen     BIGINT CHECK (claim_amount_fen IS NULL OR claim_amount_fen >= 0),
    representative       BIGINT NOT NULL DEFAULT 0,
    UNIQUE (case_id, seq)
);
CREATE INDEX parties_id_number ON parties(id_number) WHERE id_number IS NOT NULL;
CREATE INDEX parties_credit_code ON parties(credit_code) WHERE credit_code IS NOT NULL;
CREATE INDEX parties_name ON parties(name);
CREATE INDEX parties_case ON parties(case_id);

CREATE TABLE sessions (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    org_code     TEXT NOT NULL REFERENCES organisations(code),
    held_on      TEXT NOT NULL,
    place        TEXT NOT NULL DEFAULT '',
    mediators    TEXT NOT NULL DEFAULT '[]',   -- JSON array of names
    participants TEXT NOT NULL DEFAULT '[]',   -- JSON array of names
    record       TEXT NOT NULL DEFAULT '',
    created_by   TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX sessions_case ON sessions(case_id, held_on);

CREATE TABLE referrals (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('refer', 'delegate')),
    from_org      TEXT NOT NULL REFERENCES organisations(code),
    to_org        TEXT NOT NULL REFERENCES organisations(code),
    reason        TEXT NOT NULL,
    prev_status   TEXT NOT NULL,
    sent_on       TEXT NOT NULL,
    sent_by       TEXT,
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'returned')),
    answered_on   TEXT,
    answered_by   TEXT,
    return_reason TEXT,
    rowid         BIGSERIAL UNIQUE     -- insertion order, as SQLite's implicit rowid
);
CREATE INDEX referrals_inbox ON referrals(to_org, state);
CREATE INDEX referrals_case ON referrals(case_id);
CREATE UNIQUE INDEX referrals_one_pending ON referrals(case_id) WHERE state = 'pending';

CREATE TABLE agreements (
    case_id          TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('written', 'oral')),
    org_code         TEXT NOT NULL REFERENCES organisations(code),
    facts            TEXT NOT NULL DEFAULT '',
    responsibilities TEXT NOT NULL DEFAULT '',
    content          TEXT NOT NULL,
    manner           TEXT NOT NULL DEFAULT '',
    place            TEXT NOT NULL DEFAULT '',
    amount_fen       BIGINT NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    effective_on     TEXT,
    created_at       TEXT NOT NULL
);

CREATE TABLE obligations (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES agreements(case_id) ON DELETE CASCADE,
    seq        BIGINT NOT NULL,
    debtor     TEXT NOT NULL,
    creditor   TEXT NOT NULL,
    amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0),
    UNIQUE (case_id, seq)
);

CREATE TABLE instalments (
    id            TEXT PRIMARY KEY,
    obligation_id TEXT NOT NULL REFERENCES obligations(id) ON DELETE CASCADE,
    seq           BIGINT NOT NULL,
    due_on        TEXT NOT NULL,
    amount_fen    BIGINT NOT NULL CHECK (amount_fen > 0),
    UNIQUE (obligation_id, seq)
);

CREATE TABLE signatures (
    id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id   TEXT NOT NULL REFERENCES agreements(case_id) ON DELETE CASCADE,
    who       TEXT NOT NULL,
    signed_on TEXT NOT NULL
);
CREATE INDEX signatures_case ON signatures(case_id);

CREATE TABLE case_events (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at            TEXT NOT NULL,       -- when it was recorded (UTC, ISO 8601)
    on_date       TEXT NOT NULL,       -- the business date the user gave
    user_login    TEXT,
    org_code      TEXT REFERENCES organisations(code),
    action        TEXT NOT NULL,
    detail        TEXT NOT NULL DEFAULT '',
    before_status TEXT,
    after_status  TEXT,
    before_org    TEXT,
    after_org     TEXT,
    data          TEXT                 -- JSON with the action's particulars
);
CREATE INDEX case_events_case ON case_events(case_id, id);
