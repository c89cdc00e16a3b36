-- Mailbench schema, version 3: server certificates a technician explicitly accepted for one host.
-- Revoking sets revoked_at and keeps the row as the record of the decision.

CREATE TABLE trusted_certificate (
    id           INTEGER PRIMARY KEY,
    host         TEXT    NOT NULL,
    sha256       TEXT    NOT NULL,
    subject      TEXT    NOT NULL,
    issuer       TEXT    NOT NULL,
    not_before   TEXT    NOT NULL,
    not_after    TEXT    NOT NULL,
    accepted_at  TEXT    NOT NULL,
    revoked_at   TEXT
);
CREATE UNIQUE INDEX trusted_certificate_active ON trusted_certificate (host, sha256) WHERE revoked_at IS NULL;
