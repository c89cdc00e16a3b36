package ch.mailbench.core.directory;

import ch.mailbench.core.model.LastCheck;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one-glance state of a mailbox in lists: verified, failing, stale (last success too long
 * ago to vouch for today) or never checked.
 */
public enum CheckStatus {
    VERIFIED, FAILING, STALE, NEVER_CHECKED;

    /** After this long a successful check no longer proves much: providers migrate, passwords change. */
    public static final Duration STALE_AFTER = Duration.ofDays(30);

    public static CheckStatus of(Optional<LastCheck> lastCheck, Instant now) {
        if (lastCheck.isEmpty()) {
            return NEVER_CHECKED;
        }
        LastCheck check = lastCheck.get();
        if (!check.outcome().passed()) {
            return FAILING;
        }
        return check.at().plus(STALE_AFTER).isBefore(now) ? STALE : VERIFIED;
    }
}
