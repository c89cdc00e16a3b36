package ch.mailbench.core.probe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs network tasks with at most {@code perHost} at a time against one host and {@code global}
 * in all. Workers take the oldest task whose host has room, so tasks queued for a slow or dead
 * host never hold a worker that another host's task could use; hosts not contacted yet go first,
 * so the first wave reaches as many different servers as it can.
 *
 * <p>A task may name <em>pioneer keys</em> (a server, a domain on a server): the first task with a
 * key runs alone, and the others with that key wait until it is done. Whatever it learned (the
 * server is silent, the domain wants the other user name format) then spares them a timeout or a
 * refused login.
 */
final class HostScheduler {

    /** A unit of network work against one host. */
    record HostTask(String host, List<String> pioneerKeys, Runnable work) {
        HostTask {
            Objects.requireNonNull(host, "host");
            pioneerKeys = List.copyOf(pioneerKeys);
            Objects.requireNonNull(work, "work");
        }

        HostTask(String host, Runnable work) {
            this(host, List.of(), work);
        }
    }

    private final int perHost;
    private final int global;
    private final List<HostTask> queue = new ArrayList<>();
    private final Map<String, Integer> running = new HashMap<>();
    private final Set<String> contacted = new HashSet<>();
    private final Set<String> pioneering = new HashSet<>();
    private final Set<String> settled = new HashSet<>();

    HostScheduler(int perHost, int global) {
        this.perHost = perHost;
        this.global = global;
    }

    /** Runs every task and returns when all have finished. Task failures are the tasks' business. */
    void runAll(List<HostTask> tasks) throws InterruptedException {
        if (tasks.isEmpty()) {
            return;
        }
        synchronized (this) {
            queue.addAll(tasks);
        }
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < Math.min(global, tasks.size()); i++) {
            Thread worker = new Thread(this::work, "mailbench-check-" + (i + 1));
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void work() {
        HostTask task;
        while ((task = next()) != null) {
            try {
                task.work().run();
            } finally {
                finished(task);
            }
        }
    }

    /** The next task that may start; waits while none may; null when the queue is empty. */
    private synchronized HostTask next() {
        while (!queue.isEmpty()) {
            HostTask chosen = pick(true);
            if (chosen == null) {
                chosen = pick(false);
            }
            if (chosen != null) {
                running.merge(chosen.host(), 1, Integer::sum);
                contacted.add(chosen.host());
                chosen.pioneerKeys().stream().filter(k -> !settled.contains(k)).forEach(pioneering::add);
                return chosen;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private HostTask pick(boolean newHostsOnly) {
        for (Iterator<HostTask> it = queue.iterator(); it.hasNext(); ) {
            HostTask candidate = it.next();
            if (newHostsOnly && contacted.contains(candidate.host())) {
                continue;
            }
            if (running.getOrDefault(candidate.host(), 0) < perHost
                    && candidate.pioneerKeys().stream().noneMatch(pioneering::contains)) {
                it.remove();
                return candidate;
            }
        }
        return null;
    }

    private synchronized void finished(HostTask task) {
        running.merge(task.host(), -1, Integer::sum);
        for (String key : task.pioneerKeys()) {
            pioneering.remove(key);
            settled.add(key);
        }
        notifyAll();
    }
}
