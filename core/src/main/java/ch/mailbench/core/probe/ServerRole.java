package ch.mailbench.core.probe;

/** Which of a mailbox's two servers: where mail is read, or where it is sent. */
public enum ServerRole {
    INCOMING,
    SMTP
}
