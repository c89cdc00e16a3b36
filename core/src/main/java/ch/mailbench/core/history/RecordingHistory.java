package ch.mailbench.core.history;

import ch.mailbench.core.port.HistoryRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The history as services see it through a {@link RecordingStore}: an entry a service adds itself
 * (an import's summary) joins the operation of its transaction, with its author and time.
 */
final class RecordingHistory implements HistoryRepository {

    private final HistoryRepository reads;
    private final Writes writes;

    RecordingHistory(HistoryRepository reads, Writes writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @Override
    public HistoryEntry add(HistoryEntry entry) {
        return writes.run((r, recorder) -> recorder.record(entry));
    }

    @Override
    public long newestId() {
        return reads.newestId();
    }

    @Override
    public void countChange() {
        writes.run((r, recorder) -> {
            r.history().countChange();
            return null;
        });
    }

    @Override
    public List<HistoryEntry> find(HistoryQuery query) {
        return reads.find(query);
    }

    @Override
    public Optional<Long> lastOperationBy(String by) {
        return reads.lastOperationBy(by);
    }

    @Override
    public List<HistoryEntry> operation(long operationId) {
        return reads.operation(operationId);
    }

    @Override
    public List<HistoryEntry> laterOn(HistoryEntry.Target target, long targetId, long afterId) {
        return reads.laterOn(target, targetId, afterId);
    }

    @Override
    public List<HistoryEntry> laterOnLabel(HistoryEntry.Target target, String label, long afterId) {
        return reads.laterOnLabel(target, label, afterId);
    }

    @Override
    public boolean restoreCertificate(long certificateId, boolean trusted, Instant at) {
        throw new UnsupportedOperationException("Only Undo restores certificate decisions, on the store underneath");
    }

    @Override
    public void markUndone(long operationId, long undoEntryId) {
        throw new UnsupportedOperationException("Only Undo marks entries undone, on the store underneath");
    }

    @Override
    public void restoreRow(HistoryEntry.Target target, long currentId, long originalId, long version) {
        throw new UnsupportedOperationException("Only Undo restores rows, on the store underneath");
    }
}
