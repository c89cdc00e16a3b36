package ch.mailbench.core.probe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs network tasks with at most {@code perHost} at a time against one host and {@code global}
 * in all. Workers take the oldest task whose host has room, so tasks queued for a slow or dead
 * host never hold a worker that another host's task could use.
 */
final class HostScheduler {

    /** A unit of network work against one host. */
    record HostTask(String host, Runnable work) {
        HostTask {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(work, "work");
        }
    }

    private final int perHost;
    private final int global;
    private final List<HostTask> queue = new ArrayList<>();
    private final Map<String, Integer> running = new HashMap<>();

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

    /** The next task a host has room for; waits while all queued hosts are busy; null when the queue is empty. */
    private synchronized HostTask next() {
        while (!queue.isEmpty()) {
            for (Iterator<HostTask> it = queue.iterator(); it.hasNext(); ) {
                HostTask candidate = it.next();
                int busy = running.getOrDefault(candidate.host(), 0);
                if (busy < perHost) {
                    it.remove();
                    running.put(candidate.host(), busy + 1);
                    return candidate;
                }
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

    private synchronized void finished(HostTask task) {
        running.merge(task.host(), -1, Integer::sum);
        notifyAll();
    }
}
