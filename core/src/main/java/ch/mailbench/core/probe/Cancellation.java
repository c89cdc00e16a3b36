package ch.mailbench.core.probe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cancel signal of one run. Work in progress registers how to stop itself (closing its
 * sockets); cancelling runs all of that at once, so a blocked read ends immediately.
 */
public final class Cancellation {

    private final Set<Runnable> onCancel = new LinkedHashSet<>();
    private boolean cancelled;

    /** Any thread. */
    public void cancel() {
        List<Runnable> actions;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            actions = new ArrayList<>(onCancel);
            onCancel.clear();
        }
        actions.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} on cancel (at once if already cancelled); closing the result unregisters it. */
    Registration whenCancelled(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                onCancel.add(action);
                return () -> {
                    synchronized (this) {
                        onCancel.remove(action);
                    }
                };
            }
        }
        action.run();
        return () -> { };
    }

    /** Undoes a {@link #whenCancelled} registration; closing never fails. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
