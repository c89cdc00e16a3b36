package ch.mailbench.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The summary of a mailbox's most recent real test, kept on the mailbox so lists need no history
 * join. {@code settings} is the {@link SettingsText} of exactly the settings that were tested, so a
 * later change of servers or user name makes the result stale instead of vouching for untested
 * settings; empty for results recorded before Mailbench kept it (treated as matching).
 */
public record LastCheck(Instant at, Outcome outcome, String settings) {

    public LastCheck {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        settings = settings == null ? "" : settings;
    }

    public LastCheck(Instant at, Outcome outcome) {
        this(at, outcome, "");
    }

    /** Whether this result was obtained with exactly {@code current} (unknown for old results: yes). */
    public boolean tested(ServerSettings current) {
        return settings.isEmpty() || settings.equals(SettingsText.format(current));
    }
}
