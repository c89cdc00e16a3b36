package ch.mailbench.app.ui.browse;

import ch.mailbench.core.directory.CheckStatus;
import ch.mailbench.core.model.LastCheck;

import java.util.Optional;

/** The status and time of a mailbox's last check; sorts failing first, then stale, and by time within each. */
record LastCheckCell(CheckStatus status, Optional<LastCheck> check) implements Comparable<LastCheckCell> {

    @Override
    public int compareTo(LastCheckCell other) {
        int byStatus = Integer.compare(rank(status), rank(other.status));
        if (byStatus != 0) {
            return byStatus;
        }
        long mine = check.map(c -> c.at().toEpochMilli()).orElse(Long.MIN_VALUE);
        long theirs = other.check.map(c -> c.at().toEpochMilli()).orElse(Long.MIN_VALUE);
        return Long.compare(mine, theirs);
    }

    private static int rank(CheckStatus status) {
        return switch (status) {
            case FAILING -> 0;
            case STALE -> 1;
            case NEEDS_PASSWORD -> 2;
            case NEVER_CHECKED -> 3;
            case VERIFIED -> 4;
        };
    }
}
