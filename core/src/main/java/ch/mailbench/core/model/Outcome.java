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
    CANCELLED;

    public boolean passed() {
        return this == OK;
    }
}
