package ch.mailbench.core.history;

import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.Store;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link Store} that writes a history entry for every change of customers, domains, mailboxes,
 * passwords and change sets, in the transaction of the change: who ({@code technician}), when,
 * old and new values. Reads pass straight through. Every service that changes data gets this
 * store from the composition root, so no change escapes the history; {@link HistoryService}
 * works on the store underneath, so an undo is one entry of its own.
 */
public final class RecordingStore implements Store {

    private final Store inner;
    private final Clock clock;
    private final String technician;
    /**
     * Made on first use, not by the constructor: the inner store's repositories need jOOQ's set-up
     * (some 600 classes), which the console's start-up, reading its customer list with plain JDBC, does without.
     */
    private volatile Repositories repositories;

    public RecordingStore(Store inner, Clock clock, String technician) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.technician = Objects.requireNonNull(technician, "technician");
    }

    @Override
    public Repositories repositories() {
        Repositories made = repositories;
        if (made == null) {
            made = recording(inner.repositories(), Writes.eachInItsOwnTransaction(inner, clock, technician));
            // Two threads may both make them: they hold no state of their own, either set will do.
            repositories = made;
        }
        return made;
    }

    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
        return inner.inTransaction(raw -> work.apply(recording(raw,
                Writes.within(raw, new Recorder(raw.history(), clock.instant(), technician)))));
    }

    private static Repositories recording(Repositories reads, Writes writes) {
        return new Repositories(new RecordingCustomers(reads.customers(), writes), new RecordingDomains(reads.domains(), writes),
                new RecordingMailboxes(reads.mailboxes(), writes), reads.verifications(),
                new RecordingSecrets(reads.secrets(), writes), new RecordingChangeSets(reads.changeSets(), writes),
                new RecordingHistory(reads.history(), writes));
    }
}
