package ch.mailbench.core.sheet;

import java.time.Instant;
import java.util.Objects;

/**
 * The latest check in which the servers printed on the sheet accepted the login: when, and
 * which of the two (incoming, outgoing) it covered.
 */
public record LastSuccess(Instant at, boolean incoming, boolean outgoing) {

    public LastSuccess {
        Objects.requireNonNull(at, "at");
        if (!incoming && !outgoing) {
            throw new IllegalArgumentException("A successful check covers the incoming or the outgoing server");
        }
    }
}
