package ch.mailbench.core.model;

import java.time.Instant;
import java.util.Objects;

/** The summary of a mailbox's most recent test, kept on the mailbox so lists need no history join. */
public record LastCheck(Instant at, Outcome outcome) {

    public LastCheck {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
    }
}
