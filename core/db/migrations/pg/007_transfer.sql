-- Tiaojie schema version 7 (PostgreSQL port of ../007_transfer.sql): signed transfer packages between offline installations
-- (village laptop, township office, court). See docs/transfer.md.
-- Plain SQL; the triggers are short and commented so the PostgreSQL port can follow them.

-- Device keys of other installations this one trusts, per organisation. Only an administrator
-- enrols or revokes them, and only for organisations above or below this installation's own.
CREATE TABLE transfer_trusted_keys (
    device_id   TEXT PRIMARY KEY,
    org_code    TEXT NOT NULL REFERENCES organisations(code),
    public_key  TEXT NOT NULL UNIQUE CHECK (length(public_key) = 64),  -- hex of 32 bytes
    fingerprint TEXT NOT NULL,
    enrolled_by TEXT,
    enrolled_at TEXT NOT NULL,
    revoked_by  TEXT,
    revoked_at  TEXT
);

-- Every package written here ('out') or applied here ('in'); an id applied once is never
-- applied again. delivered_at is set on an outgoing package when its receipt comes back.
CREATE TABLE transfer_packages (
    package_id   TEXT PRIMARY KEY,
    direction    TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    kind         TEXT NOT NULL CHECK (kind IN ('referral', 'delegation', 'return', 'receipt')),
    device_id    TEXT NOT NULL,
    seq          BIGINT NOT NULL,
    sender_org   TEXT NOT NULL,
    recipient_org TEXT NOT NULL,
    cases        TEXT NOT NULL DEFAULT '[]',   -- JSON array of case ids
    file_sha256  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    delivered_at TEXT
);

-- The last sequence number applied per sending device and addressee (gap and order detection:
-- a device numbers its packages to each organisation separately, 1, 2, 3, ...).
CREATE TABLE transfer_sequences (
    device_id     TEXT NOT NULL,
    recipient_org TEXT NOT NULL,
    last_seq      BIGINT NOT NULL,
    PRIMARY KEY (device_id, recipient_org)
);

-- The content hash of a case at its last exchange (sent or received): a case whose current
-- content differs from it was changed here since.
CREATE TABLE transfer_case_state (
    case_id        TEXT PRIMARY KEY,
    content_sha256 TEXT NOT NULL,
    package_id     TEXT NOT NULL,
    exchanged_at   TEXT NOT NULL
);

-- Cases sent away by a package: read-only here until a package brings them back.
CREATE TABLE transfer_custody (
    case_id    TEXT PRIMARY KEY,
    package_id TEXT NOT NULL,
    to_org     TEXT NOT NULL,
    since      TEXT NOT NULL
);

-- Incoming versions of cases changed on both sides: a person keeps this side's or takes theirs.
CREATE TABLE transfer_review (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL,
    package_id     TEXT NOT NULL,
    sender_org     TEXT NOT NULL,
    content        TEXT NOT NULL,              -- the case as it arrived (JSON, files resolved)
    content_sha256 TEXT NOT NULL,
    queued_at      TEXT NOT NULL,
    resolution     TEXT CHECK (resolution IS NULL OR resolution IN ('mine', 'theirs')),
    resolved_by    TEXT,
    resolved_at    TEXT,
    UNIQUE (case_id, package_id)
);

-- Custody: a case sent away cannot change here. Core refuses first with a clear message
-- (Access::mayChange); these triggers hold the rule for any other writer.
CREATE FUNCTION transfer_custody_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    cid TEXT;
BEGIN
    IF TG_TABLE_NAME = 'cases' THEN
        cid := OLD.id;
    ELSE
        cid := NEW.case_id;
    END IF;
    IF EXISTS (SELECT 1 FROM transfer_custody WHERE case_id = cid) THEN
        RAISE EXCEPTION 'case is away in a transfer package and read-only here'
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER transfer_custody_case_update BEFORE UPDATE ON cases
    FOR EACH ROW EXECUTE FUNCTION transfer_custody_guard();

CREATE TRIGGER transfer_custody_event_insert BEFORE INSERT ON case_events
    FOR EACH ROW EXECUTE FUNCTION transfer_custody_guard();
