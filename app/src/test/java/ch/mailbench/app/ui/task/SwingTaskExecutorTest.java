package ch.mailbench.app.ui.task;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SwingTaskExecutorTest {

    /** The console's first window holds its own background work back until its list has been painted. */
    @Test
    void tasksStartedWhileHeldBackStartOnlyWhenReleased() throws InterruptedException {
        SwingTaskExecutor tasks = new SwingTaskExecutor();
        TaskExecutor oneAfterTheOther = tasks.inOrder();
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch bothRan = new CountDownLatch(2);

        tasks.holdBack();
        BackgroundTask.of(monitor -> ran.add("undo state")).onSuccess(added -> bothRan.countDown()).executeWith(tasks);
        BackgroundTask.of(monitor -> ran.add("addresses")).onSuccess(added -> bothRan.countDown()).executeWith(oneAfterTheOther);

        assertThat(ran).isEmpty();
        assertThat(tasks.isIdle()).isFalse();
        tasks.releaseHeld();
        assertThat(bothRan.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactlyInAnyOrder("undo state", "addresses");
    }
}
