package ch.mailbench.core.port;

import ch.mailbench.core.change.ChangeSet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of change sets, newest first. */
public interface ChangeSetRepository {

    /** Stores a change set with its entries and returns it with its id. */
    ChangeSet insert(ChangeSet changeSet);

    Optional<ChangeSet> findById(long id);

    /** All change sets, newest first. */
    List<ChangeSet> findAll();

    void markReverted(long id, Instant at, String by);
}
