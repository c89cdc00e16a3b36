package ch.mailbench.core.probe;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.UsernameFormat;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one login attempt against one server. {@code username} is what was sent (never
 * the password); {@code transcript} is the redacted protocol trace when it was asked for.
 */
public record Attempt(String username, UsernameFormat usernameFormat, Diagnosis diagnosis, long latencyMillis,
                      Optional<CertificateInfo> certificate, String greeting, Optional<String> transcript,
                      boolean sentCredentials) {

    public Attempt {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(usernameFormat, "usernameFormat");
        Objects.requireNonNull(diagnosis, "diagnosis");
        Objects.requireNonNull(certificate, "certificate");
        greeting = greeting == null ? "" : greeting;
        Objects.requireNonNull(transcript, "transcript");
    }

    public Outcome outcome() {
        return diagnosis.outcome();
    }

    public boolean passed() {
        return outcome().passed();
    }
}
