-- Mailbench schema, version 6: truthful statuses and change sets.
-- last_check_settings: the exact settings (SettingsText) the last real check tested, so a later change
-- of servers or user name shows the mailbox as stale instead of "verified" next to untested servers.
-- NULL for checks recorded before version 6 (their settings are unknown; they count as matching).
ALTER TABLE mailbox ADD COLUMN last_check_settings TEXT;

-- The user name format a run found the domain's servers to accept, tried first by the next run.
ALTER TABLE mail_domain ADD COLUMN learned_username_format TEXT;

-- One applied change of servers: who (OS user), when, what; revertible in one step.
CREATE TABLE change_set (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT    NOT NULL,
    created_by   TEXT    NOT NULL,
    description  TEXT    NOT NULL,
    reverted_at  TEXT,
    reverted_by  TEXT
);

-- One changed row: a domain's defaults or a mailbox's own settings, old and new (SettingsText), and
-- the row's version right after the change (a revert is refused if the row was edited since).
CREATE TABLE change_set_entry (
    id              INTEGER PRIMARY KEY,
    change_set_id   INTEGER NOT NULL REFERENCES change_set (id) ON DELETE CASCADE,
    target          TEXT    NOT NULL CHECK (target IN ('DOMAIN', 'MAILBOX')),
    target_id       INTEGER NOT NULL,
    label           TEXT    NOT NULL,
    old_settings    TEXT    NOT NULL,
    new_settings    TEXT    NOT NULL,
    version_after   INTEGER NOT NULL
);
CREATE INDEX change_set_entry_set ON change_set_entry (change_set_id);
