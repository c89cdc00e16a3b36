-- PostgreSQL spelling of sqlite/V4__settings.sql: same tables, columns and constraints; differences: identity ids,
-- BYTEA for BLOB, lower(name) for COLLATE NOCASE. Flags stay INTEGER 0/1 and times TEXT, as the jOOQ classes
-- generated from SQLite expect.
-- The technician's shop as printed on every setup sheet: one row (id 1), written on first save.
-- Kept in the database, not in per-user preferences, so a shared database prints the same header
-- for every technician and a backup of the file keeps it; the logo (up to 1 MB) fits in a BYTEA.
CREATE TABLE shop_settings (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    name     TEXT    NOT NULL DEFAULT '',
    contact  TEXT    NOT NULL DEFAULT '',
    logo     BYTEA,
    paper    TEXT    NOT NULL DEFAULT 'A4' CHECK (paper IN ('A4', 'LETTER'))
);
