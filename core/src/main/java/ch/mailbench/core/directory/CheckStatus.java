package ch.mailbench.core.directory;

import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.ServerSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one-glance state of a mailbox in lists, derived and never stored: verified (the last real
 * check of exactly its current settings passed), failing (that check failed), stale (its settings
 * changed since, or the check is older than the maximum age), never checked, or needs password
 * (none is stored, so no check can log in).
 */
public enum CheckStatus {
    VERIFIED, FAILING, STALE, NEVER_CHECKED, NEEDS_PASSWORD;

    /** After this long a successful check no longer proves much: providers migrate, passwords change. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(90);

    /** The word used on the command line and in filters: verified, failing, stale, never, needs-password. */
    public String keyword() {
        return switch (this) {
            case VERIFIED -> "verified";
            case FAILING -> "failing";
            case STALE -> "stale";
            case NEVER_CHECKED -> "never";
            case NEEDS_PASSWORD -> "needs-password";
        };
    }

    /** The symbol shown beside the word (colour-blind safe: never colour alone), in the console and on the command line. */
    public String symbol() {
        return switch (this) {
            case VERIFIED -> "✔";
            case FAILING -> "✖";
            case STALE -> "⚠";
            case NEVER_CHECKED -> "○";
            case NEEDS_PASSWORD -> "🔑";
        };
    }

    /** @throws IllegalArgumentException naming the accepted words */
    public static CheckStatus fromKeyword(String word) {
        for (CheckStatus status : values()) {
            if (status.keyword().equalsIgnoreCase(word.strip())) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown status \"" + word + "\": use verified, failing, stale, never or needs-password");
    }

    /** The status from the last check alone, for lists that do not know the current settings. */
    public static CheckStatus of(Optional<LastCheck> lastCheck, Instant now) {
        return lastCheck.map(check -> ofCheck(check, now, DEFAULT_MAX_AGE)).orElse(NEVER_CHECKED);
    }

    /**
     * The truthful status of a mailbox whose effective settings are {@code current}.
     *
     * @param hasPassword whether a password is stored (a mailbox that logs in cannot be checked without one)
     */
    public static CheckStatus of(Optional<LastCheck> lastCheck, ServerSettings current, boolean hasPassword,
                                 Instant now, Duration maxAge) {
        if (!hasPassword) {
            return NEEDS_PASSWORD;
        }
        if (lastCheck.isEmpty()) {
            return NEVER_CHECKED;
        }
        if (!lastCheck.get().tested(current)) {
            return STALE;
        }
        return ofCheck(lastCheck.get(), now, maxAge);
    }

    private static CheckStatus ofCheck(LastCheck check, Instant now, Duration maxAge) {
        if (!check.outcome().passed()) {
            return FAILING;
        }
        return check.at().plus(maxAge).isBefore(now) ? STALE : VERIFIED;
    }
}
