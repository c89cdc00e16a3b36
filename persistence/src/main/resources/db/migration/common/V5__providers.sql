-- Mailbench schema, version 5: the technician's own mail providers (added by hand or imported from
-- ISPDB). The shipped catalog is not stored here: a row whose id equals a shipped provider's key
-- overrides that entry, and deleting the row brings the shipped entry back.
-- Lists are stored one item per line; servers as "PROTOCOL HOST PORT SECURITY" lines, in order of preference.
CREATE TABLE provider (
    id               TEXT    PRIMARY KEY NOT NULL,
    name             TEXT    NOT NULL,
    domains          TEXT    NOT NULL DEFAULT '',
    mx_patterns      TEXT    NOT NULL DEFAULT '',
    servers          TEXT    NOT NULL,
    username_format  TEXT    NOT NULL DEFAULT 'FULL_ADDRESS',
    modern_auth      INTEGER NOT NULL DEFAULT 0 CHECK (modern_auth IN (0, 1)),
    notes            TEXT    NOT NULL DEFAULT ''
);
