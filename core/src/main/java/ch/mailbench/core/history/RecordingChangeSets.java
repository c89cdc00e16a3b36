package ch.mailbench.core.history;

import ch.mailbench.core.change.ChangeSet;
import ch.mailbench.core.history.HistoryEntry.Action;
import ch.mailbench.core.history.HistoryEntry.Target;
import ch.mailbench.core.port.ChangeSetRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Change sets, with an entry when one is applied or reverted; the rows it changes have entries of
 * their own in the same operation.
 */
final class RecordingChangeSets implements ChangeSetRepository {

    private final ChangeSetRepository reads;
    private final Writes writes;

    RecordingChangeSets(ChangeSetRepository reads, Writes writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @Override
    public ChangeSet insert(ChangeSet changeSet) {
        return writes.run((r, recorder) -> {
            ChangeSet stored = r.changeSets().insert(changeSet);
            recorder.record(HistoryEntry.of(Action.CHANGE_SET_APPLIED, Target.CHANGE_SET, stored.id(), Optional.empty(),
                    stored.description(), Map.of(), Map.of("rows", Integer.toString(stored.entries().size())), "", 0));
            return stored;
        });
    }

    @Override
    public Optional<ChangeSet> findById(long id) {
        return reads.findById(id);
    }

    @Override
    public List<ChangeSet> findAll() {
        return reads.findAll();
    }

    @Override
    public void markReverted(long id, Instant at, String by) {
        writes.run((r, recorder) -> {
            String description = r.changeSets().findById(id).map(ChangeSet::description).orElse("change set " + id);
            r.changeSets().markReverted(id, at, by);
            recorder.record(HistoryEntry.of(Action.CHANGE_SET_REVERTED, Target.CHANGE_SET, id, Optional.empty(), description,
                    Map.of(), Map.of(), "", 0));
            return null;
        });
    }
}
