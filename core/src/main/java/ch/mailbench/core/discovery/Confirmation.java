package ch.mailbench.core.discovery;

import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.Diagnosis;

import java.util.Objects;

/**
 * The result of the real login that confirmed (or refuted) a candidate: the format that was tried
 * last, and what happened as a {@link Diagnosis} that {@link ch.mailbench.core.probe.OutcomeTexts}
 * words in the reader's language (the console's, the process's, English for JSON).
 */
public record Confirmation(UsernameFormat usernameFormat, long latencyMillis, Diagnosis diagnosis) {

    public Confirmation {
        Objects.requireNonNull(usernameFormat, "usernameFormat");
        Objects.requireNonNull(diagnosis, "diagnosis");
    }

    public Outcome outcome() {
        return diagnosis.outcome();
    }

    public boolean passed() {
        return outcome().passed();
    }
}
