-- Tiaojie schema version 6: attachments of a case (evidence photos, scans of the signed
-- agreement, receipts), how and whom a follow-up visit reached, and the reasons of a court's
-- confirmation ruling. See docs/attachments.md.

-- File contents, stored once per SHA-256 in the database itself: a file commits or rolls back
-- with the row that names it, and backups (VACUUM INTO), restores and transfer packages carry
-- it without a second store to keep in step.
CREATE TABLE attachment_files (
    sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size       INTEGER NOT NULL CHECK (size >= 0),
    content    BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- One row per file attached to a case; a case holds a given content once.
CREATE TABLE attachments (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('evidence', 'agreement_scan', 'receipt', 'other')),
    file_name  TEXT NOT NULL CHECK (file_name <> ''),
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size >= 0),
    sha256     TEXT NOT NULL REFERENCES attachment_files(sha256),
    note       TEXT NOT NULL DEFAULT '',
    added_by   TEXT,
    added_org  TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    UNIQUE (case_id, sha256)
);
CREATE INDEX attachments_case ON attachments(case_id, added_at);

-- Stored contents never change: a file is replaced by attaching another one.
CREATE TRIGGER attachment_files_immutable BEFORE UPDATE ON attachment_files
BEGIN
    SELECT RAISE(ABORT, 'attachment contents are immutable');
END;

-- Follow-up visits: by telephone or on site, and whom the visitor spoke to.
ALTER TABLE visits ADD COLUMN method TEXT NOT NULL DEFAULT ''
    CHECK (method IN ('', 'phone', 'on_site'));
ALTER TABLE visits ADD COLUMN visited TEXT NOT NULL DEFAULT '';

-- A ruling that rejects the agreement gives its reasons.
ALTER TABLE confirmations ADD COLUMN ruling_reason TEXT;
