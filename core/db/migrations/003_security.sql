-- Tiaojie schema version 3: accounts (password hashes, lock-out, forced change), the security
-- and auditor roles, the hash-chained audit trail and installation settings.

-- SQLite cannot change a CHECK constraint in place: the users table is rebuilt. Nothing refers
-- to users by foreign key, so dropping the old table inside this transaction is safe.
CREATE TABLE users_new (
    login                TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    org_code             TEXT NOT NULL REFERENCES organisations(code),
    role                 TEXT NOT NULL CHECK (role IN ('mediator', 'staff', 'judge', 'admin',
                             'security', 'auditor')),
    active               INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL,
    password_hash        TEXT,             -- libsodium crypto_pwhash_str (Argon2id); NULL: none yet
    must_change_password INTEGER NOT NULL DEFAULT 0,
    password_changed_at  TEXT,
    failed_attempts      INTEGER NOT NULL DEFAULT 0,
    first_failed_at      TEXT,             -- start of the current window of failed sign-ins
    locked_until         TEXT
);
INSERT INTO users_new (login, name, org_code, role, active, created_at)
    SELECT login, name, org_code, role, active, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE INDEX users_org ON users(org_code);

-- Append-only: each entry's hash covers the previous entry's hash and its own canonical content.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
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
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

-- Installation settings (lock-out, idle sign-out, backups) share the `settings` table of 002.
