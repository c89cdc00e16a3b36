package ch.mailbench.core.change;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One applied change of servers: who (the operating-system user) applied it when, a one-line
 * description, and every changed row with its old and new settings. Revertible as a whole.
 */
public record ChangeSet(long id, Instant createdAt, String createdBy, String description,
                        Optional<Instant> revertedAt, Optional<String> revertedBy, List<ChangeSetEntry> entries) {

    public ChangeSet {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(revertedAt, "revertedAt");
        Objects.requireNonNull(revertedBy, "revertedBy");
        entries = List.copyOf(entries);
    }

    public boolean reverted() {
        return revertedAt.isPresent();
    }
}
