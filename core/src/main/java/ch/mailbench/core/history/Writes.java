package ch.mailbench.core.history;

import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.Store;

import java.time.Clock;
import java.util.function.BiFunction;

/**
 * Where a recording repository writes a change and its history entry together: inside the
 * caller's transaction, or — for a single call outside one — in a transaction of its own.
 */
final class Writes {

    private final Store store;
    private final Clock clock;
    private final String by;
    private final Repositories transaction;
    private final Recorder recorder;

    private Writes(Store store, Clock clock, String by, Repositories transaction, Recorder recorder) {
        this.store = store;
        this.clock = clock;
        this.by = by;
        this.transaction = transaction;
        this.recorder = recorder;
    }

    static Writes eachInItsOwnTransaction(Store store, Clock clock, String by) {
        return new Writes(store, clock, by, null, null);
    }

    static Writes within(Repositories transaction, Recorder recorder) {
        return new Writes(null, null, null, transaction, recorder);
    }

    /** Runs {@code work} with the raw repositories of the transaction and its recorder. */
    <T> T run(BiFunction<Repositories, Recorder, T> work) {
        if (transaction != null) {
            return work.apply(transaction, recorder);
        }
        return store.inTransaction(raw -> work.apply(raw, new Recorder(raw.history(), clock.instant(), by)));
    }
}
