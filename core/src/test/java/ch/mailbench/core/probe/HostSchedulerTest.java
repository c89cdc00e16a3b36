package ch.mailbench.core.probe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HostSchedulerTest {

    @Test
    void neverExceedsThePerHostOrGlobalLimit() throws InterruptedException {
        Map<String, AtomicInteger> perHost = new ConcurrentHashMap<>();
        Map<String, Integer> perHostPeak = new ConcurrentHashMap<>();
        AtomicInteger global = new AtomicInteger();
        AtomicInteger globalPeak = new AtomicInteger();
        List<HostScheduler.HostTask> tasks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String host = "host" + (i % 4);
            tasks.add(new HostScheduler.HostTask(host, () -> {
                int h = perHost.computeIfAbsent(host, k -> new AtomicInteger()).incrementAndGet();
                perHostPeak.merge(host, h, Math::max);
                globalPeak.accumulateAndGet(global.incrementAndGet(), Math::max);
                sleep(5);
                global.decrementAndGet();
                perHost.get(host).decrementAndGet();
            }));
        }

        new HostScheduler(2, 5).runAll(tasks);

        assertThat(perHostPeak.values()).allSatisfy(peak -> assertThat(peak).isLessThanOrEqualTo(2));
        assertThat(globalPeak.get()).isLessThanOrEqualTo(5).isGreaterThan(2);
    }

    @Test
    void aBlockedHostDoesNotHoldBackOthers() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch othersDone = new CountDownLatch(10);
        List<HostScheduler.HostTask> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tasks.add(new HostScheduler.HostTask("dead", () -> await(release)));
        }
        for (int i = 0; i < 10; i++) {
            tasks.add(new HostScheduler.HostTask("alive" + i, othersDone::countDown));
        }
        Thread run = new Thread(() -> {
            try {
                new HostScheduler(2, 3).runAll(tasks);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        run.start();

        assertThat(othersDone.await(10, TimeUnit.SECONDS)).as("the other hosts finished while the dead one blocks").isTrue();
        release.countDown();
        run.join(10_000);
        assertThat(run.isAlive()).isFalse();
    }

    @Test
    void theFirstTaskOfAPioneerKeyRunsAloneAndTheOthersFollow() throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> seenWhilePioneer = java.util.Collections.synchronizedList(new ArrayList<>());
        List<HostScheduler.HostTask> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int index = i;
            tasks.add(new HostScheduler.HostTask("imap.example.ch", List.of("imap.example.ch:993", "domain-1|imap.example.ch:993"), () -> {
                int now = running.incrementAndGet();
                if (index == 0) {
                    seenWhilePioneer.add(now);
                    sleep(50);
                }
                order.add("task" + index);
                running.decrementAndGet();
            }));
        }

        new HostScheduler(2, 8).runAll(tasks);

        assertThat(seenWhilePioneer).containsExactly(1);
        assertThat(order.get(0)).isEqualTo("task0");
        assertThat(order).hasSize(6);
    }

    @Test
    void hostsNotContactedYetGoFirst() throws InterruptedException {
        List<String> started = java.util.Collections.synchronizedList(new ArrayList<>());
        List<HostScheduler.HostTask> tasks = new ArrayList<>();
        for (String host : List.of("a", "a", "a", "b", "c")) {
            tasks.add(new HostScheduler.HostTask(host, () -> started.add(host)));
        }

        new HostScheduler(2, 1).runAll(tasks);

        assertThat(started).startsWith("a", "b", "c");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
