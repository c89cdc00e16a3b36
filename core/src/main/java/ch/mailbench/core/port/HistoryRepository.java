package ch.mailbench.core.port;

import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.HistoryQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The history of changes: entries are appended, in the transaction of the change they describe;
 * only Undo marks them. Also restores the ids of rows Undo brings back, so their history, their
 * passwords (sealed for their id) and other references stay attached.
 */
public interface HistoryRepository {

    /**
     * Appends {@code entry} with the next id. {@code entry.operationId()} 0 starts a new operation
     * whose id is the entry's own.
     */
    HistoryEntry add(HistoryEntry entry);

    /**
     * The id of the newest entry, 0 for an empty history, or higher when check results were counted
     * since ({@link #countChange()}): it grows with every change anyone makes and every check result,
     * so a window compares it to see whether others changed something (one row read, cheap to poll).
     */
    long newestId();

    /**
     * Raises the counter {@link #newestId()} reads without writing an entry: for a check result, which
     * windows must show without a reload but which is no change to undo or to list in the history.
     */
    void countChange();

    /** Entries matching the query, newest first. */
    List<HistoryEntry> find(HistoryQuery query);

    /** The newest operation of {@code by} that is not undone and is not itself an undo. */
    Optional<Long> lastOperationBy(String by);

    /** The entries of one operation, oldest first. */
    List<HistoryEntry> operation(long operationId);

    /** Entries after {@code afterId} about the same row, not undone, oldest first. */
    List<HistoryEntry> laterOn(HistoryEntry.Target target, long targetId, long afterId);

    /**
     * Entries after {@code afterId} about any row of {@code target} labelled {@code label} — the accepted
     * certificates of one host — not undone, oldest first.
     */
    List<HistoryEntry> laterOnLabel(HistoryEntry.Target target, String label, long afterId);

    /**
     * Undo of a certificate decision: {@code trusted} trusts the accepted certificate {@code certificateId}
     * again (undo of a revocation), else stops trusting it from {@code at} on (undo of an acceptance).
     *
     * @return false when the certificate is in that state already (nothing changed)
     */
    boolean restoreCertificate(long certificateId, boolean trusted, Instant at);

    /** Marks every entry of the operation as undone by the entry {@code undoEntryId}. */
    void markUndone(long operationId, long undoEntryId);

    /**
     * Gives the customer, domain or mailbox row {@code currentId} the id {@code originalId} and the
     * version {@code version}: for a row Undo inserted again (its old id is free: the caller checked)
     * or set back to its old values (its version goes back too, so an earlier change can be undone next).
     */
    void restoreRow(HistoryEntry.Target target, long currentId, long originalId, long version);
}
