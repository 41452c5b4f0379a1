-- Tiaojie schema version 2: settings, the holiday calendar, fulfilment of agreements (payments
-- with proofs, follow-up visits), judicial confirmation, case codes and feedback.

-- Who signed as what: a party (or its representative/agent), a mediator, the organisation's seal.
ALTER TABLE signatures ADD COLUMN role TEXT NOT NULL DEFAULT 'party'
    CHECK (role IN ('party', 'mediator', 'seal'));

-- Time limits and other values an administrator may change; absent keys take the code's defaults.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- State Council holiday notices: rest days and adjusted working weekends (调休上班).
-- A year with no row is not covered and deadlines falling in it are not computable.
CREATE TABLE holidays (
    day        TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('rest', 'work')),
    name       TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT 'builtin' CHECK (source IN ('builtin', 'admin')),
    created_at TEXT NOT NULL
);

-- Proof files, stored once per content hash.
CREATE TABLE payment_proofs (
    sha256     TEXT PRIMARY KEY,
    size       INTEGER NOT NULL CHECK (size >= 0),
    content    BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE payments (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES agreements(case_id) ON DELETE CASCADE,
    obligation_id TEXT NOT NULL REFERENCES obligations(id) ON DELETE CASCADE,
    paid_on       TEXT NOT NULL,
    amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
    proof_name    TEXT,
    proof_sha256  TEXT REFERENCES payment_proofs(sha256),
    note          TEXT NOT NULL DEFAULT '',
    created_by    TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX payments_case ON payments(case_id, paid_on);

-- Follow-up visits (回访).
CREATE TABLE visits (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES agreements(case_id) ON DELETE CASCADE,
    visited_on   TEXT NOT NULL,
    performance  TEXT NOT NULL CHECK (performance IN ('performed', 'partly', 'not_performed')),
    satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    risks        TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    visitor      TEXT NOT NULL DEFAULT '',
    created_by   TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX visits_case ON visits(case_id, visited_on);

-- Judicial confirmation (司法确认): one application per agreement.
CREATE TABLE confirmations (
    case_id        TEXT PRIMARY KEY REFERENCES agreements(case_id) ON DELETE CASCADE,
    court_org      TEXT NOT NULL REFERENCES organisations(code),
    applied_on     TEXT NOT NULL,
    documents      TEXT NOT NULL DEFAULT '[]',  -- JSON array of checklist item codes supplied
    accepted_on    TEXT,
    refused_on     TEXT,
    refusal_reason TEXT,
    extended_on    TEXT,
    ruled_on       TEXT,
    result         TEXT CHECK (result IS NULL OR result IN ('valid', 'rejected')),
    ruling_number  TEXT,
    created_at     TEXT NOT NULL
);
CREATE INDEX confirmations_court ON confirmations(court_org);

-- One code per case (一案一码), printed as a QR code on its documents.
CREATE TABLE case_codes (
    case_id    TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    code       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE feedback (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('consult', 'complaint', 'rating')),
    text        TEXT NOT NULL DEFAULT '',
    rating      INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    received_on TEXT NOT NULL,
    answer      TEXT,
    answered_on TEXT,
    answered_by TEXT,
    callback_on TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX feedback_case ON feedback(case_id);
CREATE INDEX feedback_open ON feedback(answered_on) WHERE answered_on IS NULL;
