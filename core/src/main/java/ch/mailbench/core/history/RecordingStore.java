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
    private final Repositories repositories;
    private final Clock clock;
    private final String technician;

    public RecordingStore(Store inner, Clock clock, String technician) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.technician = Objects.requireNonNull(technician, "technician");
        this.repositories = recording(inner.repositories(), Writes.eachInItsOwnTransaction(inner, clock, technician));
    }

    @Override
    public Repositories repositories() {
        return repositories;
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
