-- PostgreSQL spelling of sqlite/V2__vault.sql: same tables, columns and constraints; differences: identity ids,
-- BYTEA for BLOB, lower(name) for COLLATE NOCASE. Flags stay INTEGER 0/1 and times TEXT, as the jOOQ classes
-- generated from SQLite expect.
-- Mailbench schema, version 2: the password vault.
-- Only ciphertext is stored: AES-256-GCM under a key derived from the master password, which is
-- never stored. The single vault row says how to derive that key and holds a check value sealed
-- with it, so a wrong master password is recognised without touching any secret.

CREATE TABLE vault (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    kdf_algorithm      TEXT    NOT NULL,
    kdf_iterations     INTEGER NOT NULL CHECK (kdf_iterations > 0),
    kdf_salt           BYTEA    NOT NULL,
    check_nonce        BYTEA    NOT NULL,
    check_ciphertext   BYTEA    NOT NULL,
    idle_lock_seconds  INTEGER NOT NULL CHECK (idle_lock_seconds > 0)
);

-- One password per mailbox; it goes with its mailbox.
CREATE TABLE mailbox_secret (
    mailbox_id  INTEGER PRIMARY KEY REFERENCES mailbox (id) ON DELETE CASCADE,
    nonce       BYTEA    NOT NULL,
    ciphertext  BYTEA    NOT NULL
);
