package ch.mailbench.core.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which history to read: about one customer (its own rows, domains and mailboxes, also deleted
 * ones) or one mailbox address, since a time; newest first, at most {@code limit}.
 */
public record HistoryQuery(Optional<Long> customerId, Optional<String> mailboxLabel, Optional<Instant> since, int limit) {

    public HistoryQuery {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(mailboxLabel, "mailboxLabel");
        Objects.requireNonNull(since, "since");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static HistoryQuery all(int limit) {
        return new HistoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    public static HistoryQuery ofCustomer(long customerId, int limit) {
        return new HistoryQuery(Optional.of(customerId), Optional.empty(), Optional.empty(), limit);
    }
}
