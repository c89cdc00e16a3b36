package ch.mailbench.core.history;

import ch.mailbench.core.port.HistoryRepository;

import java.time.Instant;

/**
 * Writes the history entries of one transaction: one author, one time, one operation (the id of
 * its first entry). Lives as long as its transaction, on that transaction's thread.
 */
final class Recorder {

    private final HistoryRepository history;
    private final Instant at;
    private final String by;
    private long operationId;
    private boolean rekeying;

    Recorder(HistoryRepository history, Instant at, String by) {
        this.history = history;
        this.at = at;
        this.by = by;
    }

    HistoryEntry record(HistoryEntry entry) {
        HistoryEntry stored = history.add(entry.stored(0, operationId, at, by));
        if (operationId == 0) {
            operationId = stored.operationId();
        }
        return stored;
    }

    /** The vault's key changes in this transaction: re-sealed passwords are not password changes. */
    void rekeying() {
        rekeying = true;
    }

    boolean isRekeying() {
        return rekeying;
    }
}
