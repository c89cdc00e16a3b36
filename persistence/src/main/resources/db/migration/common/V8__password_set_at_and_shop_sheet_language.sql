-- Mailbench schema, version 8 (issue 11). Portable SQL, the same on SQLite and PostgreSQL.
-- When a mailbox's password was stored (ISO-8601 instant, as every time here), so the password
-- dialog and the mailbox view can say "Password stored on 2026-11-30". NULL for passwords stored
-- before this version: that date is not known, and nothing pretends it is.
ALTER TABLE mailbox_secret ADD COLUMN set_at TEXT;

-- The shop's default sheet language (a SheetLanguage code): what new customers and CSV rows
-- without a sheet_language get, whoever imports them. NULL: the language of the technician's UI.
ALTER TABLE shop_settings ADD COLUMN sheet_language TEXT;
