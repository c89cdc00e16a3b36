-- Mailbench schema, version 7: the history of who changed what, and what Undo needs (issue 15).
-- Portable SQL, the same on SQLite and PostgreSQL: ids come from history_counter, raised in the
-- writing transaction (a row lock on PostgreSQL, the write lock on SQLite), so no dialect's
-- auto-increment is needed and ids follow commit order per writer.
CREATE TABLE history_counter (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    last_id  BIGINT  NOT NULL
);
INSERT INTO history_counter (id, last_id) VALUES (1, 0);

-- One change of one row. No foreign keys: the history of a deleted customer stays, and Undo
-- brings the rows back under their old ids. customer_id says whose History tab shows the entry.
-- old_values/new_values: field=value lines (java.util.Properties text); restore_data: what Undo
-- needs beyond them (rows a delete took along, a replaced password's ciphertext — never a password).
-- version_after: the row's version right after the change (0 when the row has none).
CREATE TABLE history (
    id             BIGINT  NOT NULL PRIMARY KEY,
    operation_id   BIGINT  NOT NULL,
    changed_at     TEXT    NOT NULL,
    changed_by     TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    target         TEXT    NOT NULL,
    target_id      BIGINT  NOT NULL,
    customer_id    BIGINT,
    label          TEXT    NOT NULL,
    old_values     TEXT    NOT NULL,
    new_values     TEXT    NOT NULL,
    restore_data   TEXT    NOT NULL,
    version_after  BIGINT  NOT NULL,
    undone_by      BIGINT
);
CREATE INDEX history_customer ON history (customer_id, id);
CREATE INDEX history_target ON history (target, target_id, id);
CREATE INDEX history_author ON history (changed_by, id);
CREATE INDEX history_operation ON history (operation_id);
