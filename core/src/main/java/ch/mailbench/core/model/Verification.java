package ch.mailbench.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded login attempt against one server. {@code username} is what was sent (never the
 * password); {@code usernameFormat} is the format that produced it.
 */
public record Verification(long id, long mailboxId, Instant checkedAt, Protocol protocol, Endpoint endpoint,
                           String username, UsernameFormat usernameFormat, Outcome outcome, long latencyMillis,
                           Optional<CertificateInfo> certificate, String greeting, String message) {

    public Verification {
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(endpoint, "endpoint");
        username = Text.orEmpty(username);
        Objects.requireNonNull(usernameFormat, "usernameFormat");
        Objects.requireNonNull(outcome, "outcome");
        if (latencyMillis < 0) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        Objects.requireNonNull(certificate, "certificate");
        greeting = Text.orEmpty(greeting);
        message = Text.orEmpty(message);
    }
}
