package ch.mailbench.core.model;

/**
 * The closed set of results of one check. Plain-language explanations and hints live in the
 * {@code Outcomes} resource bundle, keyed by the constant name.
 */
public enum Outcome {
    OK,
    AUTH_FAILED,
    HOST_NOT_FOUND,
    CONNECTION_REFUSED,
    TIMEOUT,
    TLS_FAILED,
    CERT_UNTRUSTED,
    CERT_HOSTNAME_MISMATCH,
    CERT_EXPIRED,
    STARTTLS_UNAVAILABLE,
    PLAINTEXT_REFUSED,
    PROTOCOL_ERROR,
    CANCELLED,
    /** No login was tried: no password is stored (or the vault stayed locked). */
    NEEDS_PASSWORD,
    /** No server was reached because this computer itself seems to be offline. */
    NOT_TESTED;

    public boolean passed() {
        return this == OK;
    }

    /**
     * Whether the check said something about the mailbox's settings. Checks that tried no login
     * (no password, offline, cancelled) are recorded in the history but never replace the last real result.
     */
    public boolean real() {
        return this != CANCELLED && this != NEEDS_PASSWORD && this != NOT_TESTED;
    }
}
