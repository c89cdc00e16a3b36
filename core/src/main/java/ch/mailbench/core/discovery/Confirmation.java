package ch.mailbench.core.discovery;

import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.UsernameFormat;

import java.util.Objects;

/** The result of the real login that confirmed (or refuted) a candidate: the format that was tried last. */
public record Confirmation(Outcome outcome, UsernameFormat usernameFormat, long latencyMillis, String message) {

    public Confirmation {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(usernameFormat, "usernameFormat");
        message = message == null ? "" : message;
    }

    public boolean passed() {
        return outcome.passed();
    }
}
