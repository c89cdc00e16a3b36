-- Mailbench schema, version 1: customers, their domains and mailboxes, and the check history.
-- Domain names and addresses are stored in ASCII (punycode for IDN).

CREATE TABLE customer (
    id              INTEGER PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 1,
    name            TEXT    NOT NULL,
    contact_person  TEXT    NOT NULL DEFAULT '',
    phone           TEXT    NOT NULL DEFAULT '',
    email           TEXT    NOT NULL DEFAULT '',
    sheet_language  TEXT    NOT NULL DEFAULT 'en' CHECK (sheet_language IN ('fr', 'de', 'en', 'it')),
    notes           TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX customer_name_unique ON customer (name COLLATE NOCASE);

-- Endpoint columns are all NULL (unknown) or all set; security is SSL_TLS, STARTTLS or NONE.
CREATE TABLE mail_domain (
    id                 INTEGER PRIMARY KEY,
    version            INTEGER NOT NULL DEFAULT 1,
    customer_id        INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    name               TEXT    NOT NULL UNIQUE,
    provider           TEXT    NOT NULL DEFAULT '',
    mailbox_type       TEXT    NOT NULL DEFAULT 'IMAP' CHECK (mailbox_type IN ('IMAP', 'POP3', 'EXCHANGE')),
    incoming_host      TEXT,
    incoming_port      INTEGER CHECK (incoming_port BETWEEN 1 AND 65535),
    incoming_security  TEXT    CHECK (incoming_security IN ('SSL_TLS', 'STARTTLS', 'NONE')),
    outgoing_host      TEXT,
    outgoing_port      INTEGER CHECK (outgoing_port BETWEEN 1 AND 65535),
    outgoing_security  TEXT    CHECK (outgoing_security IN ('SSL_TLS', 'STARTTLS', 'NONE')),
    smtp_auth          INTEGER NOT NULL DEFAULT 1 CHECK (smtp_auth IN (0, 1)),
    username_format    TEXT    NOT NULL DEFAULT 'FULL_ADDRESS'
);
CREATE INDEX mail_domain_customer ON mail_domain (customer_id);

-- own_settings = 0: the mailbox uses its domain's settings and the columns below are ignored.
CREATE TABLE mailbox (
    id                     INTEGER PRIMARY KEY,
    version                INTEGER NOT NULL DEFAULT 1,
    domain_id              INTEGER NOT NULL REFERENCES mail_domain (id) ON DELETE CASCADE,
    address                TEXT    NOT NULL UNIQUE,
    display_name           TEXT    NOT NULL DEFAULT '',
    own_settings           INTEGER NOT NULL DEFAULT 0 CHECK (own_settings IN (0, 1)),
    mailbox_type           TEXT    NOT NULL DEFAULT 'IMAP' CHECK (mailbox_type IN ('IMAP', 'POP3', 'EXCHANGE')),
    incoming_host          TEXT,
    incoming_port          INTEGER CHECK (incoming_port BETWEEN 1 AND 65535),
    incoming_security      TEXT    CHECK (incoming_security IN ('SSL_TLS', 'STARTTLS', 'NONE')),
    outgoing_host          TEXT,
    outgoing_port          INTEGER CHECK (outgoing_port BETWEEN 1 AND 65535),
    outgoing_security      TEXT    CHECK (outgoing_security IN ('SSL_TLS', 'STARTTLS', 'NONE')),
    smtp_auth              INTEGER NOT NULL DEFAULT 1 CHECK (smtp_auth IN (0, 1)),
    username_format        TEXT    NOT NULL DEFAULT 'FULL_ADDRESS',
    allow_plaintext_login  INTEGER NOT NULL DEFAULT 0 CHECK (allow_plaintext_login IN (0, 1)),
    notes                  TEXT    NOT NULL DEFAULT '',
    last_check_at          TEXT,
    last_check_outcome     TEXT
);
CREATE INDEX mailbox_domain ON mailbox (domain_id);

CREATE TABLE verification (
    id                  INTEGER PRIMARY KEY,
    mailbox_id          INTEGER NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    checked_at          TEXT    NOT NULL,
    protocol            TEXT    NOT NULL CHECK (protocol IN ('IMAP', 'POP3', 'SMTP')),
    host                TEXT    NOT NULL,
    port                INTEGER NOT NULL,
    security            TEXT    NOT NULL CHECK (security IN ('SSL_TLS', 'STARTTLS', 'NONE')),
    username            TEXT    NOT NULL,
    username_format     TEXT    NOT NULL,
    outcome             TEXT    NOT NULL,
    latency_ms          INTEGER NOT NULL,
    cert_subject        TEXT,
    cert_issuer         TEXT,
    cert_not_before     TEXT,
    cert_not_after      TEXT,
    cert_sha256         TEXT,
    greeting            TEXT    NOT NULL DEFAULT '',
    message             TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX verification_mailbox_time ON verification (mailbox_id, checked_at DESC);
