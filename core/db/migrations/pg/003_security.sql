-- PostgreSQL counterpart of ../003_security.sql: accounts (password hashes, lock-out, forced
-- change), the security and auditor roles, the hash-chained audit trail.

-- PostgreSQL changes the role check in place (SQLite rebuilds the table).
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('mediator', 'staff', 'judge', 'admin', 'security', 'auditor'));
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN must_change_password BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN password_changed_at TEXT;
ALTER TABLE users ADD COLUMN failed_attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN first_failed_at TEXT;
ALTER TABLE users ADD COLUMN locked_until TEXT;

-- Append-only: each entry's hash covers the previous entry's hash and its own canonical content.
CREATE TABLE audit_log (
    id          BIGINT PRIMARY KEY,
    at          TEXT NOT NULL,
    user_login  TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    result      TEXT NOT NULL CHECK (result IN ('ok', 'denied', 'failed')),
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id);

-- The highest id ever given, kept in the same transaction as the entry (SQLite keeps it in
-- sqlite_sequence for AUTOINCREMENT; a PostgreSQL sequence would not roll back). Entries
-- appended after the end was cut off leave a visible gap.
CREATE TABLE audit_log_counter (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    seq BIGINT NOT NULL
);
CREATE FUNCTION audit_log_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        INSERT INTO audit_log_counter AS k (one, seq) VALUES (1, 1)
        ON CONFLICT (one) DO UPDATE SET seq = k.seq + 1 RETURNING seq INTO NEW.id;
    ELSE
        INSERT INTO audit_log_counter AS k (one, seq) VALUES (1, NEW.id)
        ON CONFLICT (one) DO UPDATE SET seq = GREATEST(k.seq, excluded.seq);
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_count BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_count();

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
-- TRUNCATE bypasses row triggers: it is refused as well.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
