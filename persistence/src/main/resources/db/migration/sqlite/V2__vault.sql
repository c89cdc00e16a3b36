-- Mailbench schema, version 2: the password vault.
-- Only ciphertext is stored: AES-256-GCM under a key derived from the master password, which is
-- never stored. The single vault row says how to derive that key and holds a check value sealed
-- with it, so a wrong master password is recognised without touching any secret.

CREATE TABLE vault (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    kdf_algorithm      TEXT    NOT NULL,
    kdf_iterations     INTEGER NOT NULL CHECK (kdf_iterations > 0),
    kdf_salt           BLOB    NOT NULL,
    check_nonce        BLOB    NOT NULL,
    check_ciphertext   BLOB    NOT NULL,
    idle_lock_seconds  INTEGER NOT NULL CHECK (idle_lock_seconds > 0)
);

-- One password per mailbox; it goes with its mailbox.
CREATE TABLE mailbox_secret (
    mailbox_id  INTEGER PRIMARY KEY REFERENCES mailbox (id) ON DELETE CASCADE,
    nonce       BLOB    NOT NULL,
    ciphertext  BLOB    NOT NULL
);
