-- PostgreSQL counterpart of ../006_attachments.sql: attachments of a case, how and whom a
-- follow-up visit reached, and the reasons of a court's confirmation ruling.

CREATE TABLE attachment_files (
    sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size       BIGINT NOT NULL CHECK (size >= 0),
    content    BYTEA NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE attachments (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('evidence', 'agreement_scan', 'receipt', 'other')),
    file_name  TEXT NOT NULL CHECK (file_name <> ''),
    mime       TEXT NOT NULL,
    size       BIGINT NOT NULL CHECK (size >= 0),
    sha256     TEXT NOT NULL REFERENCES attachment_files(sha256),
    note       TEXT NOT NULL DEFAULT '',
    added_by   TEXT,
    added_org  TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    UNIQUE (case_id, sha256)
);
CREATE INDEX attachments_case ON attachments(case_id, added_at);

CREATE FUNCTION attachment_files_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'attachment contents are immutable' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER attachment_files_immutable BEFORE UPDATE ON attachment_files
    FOR EACH ROW EXECUTE FUNCTION attachment_files_immutable();

ALTER TABLE visits ADD COLUMN method TEXT NOT NULL DEFAULT ''
    CHECK (method IN ('', 'phone', 'on_site'));
ALTER TABLE visits ADD COLUMN visited TEXT NOT NULL DEFAULT '';

ALTER TABLE confirmations ADD COLUMN ruling_reason TEXT;
