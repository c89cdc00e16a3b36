package ch.mailbench.app.ui.task;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.testing.GuiTest;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JFrame;
import javax.swing.JProgressBar;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

class StatusBarTest extends GuiTest {

    private StatusBar statusBar;
    private final SwingTaskExecutor tasks = new SwingTaskExecutor();
    private FrameFixture window;

    @BeforeEach
    void showStatusBar() {
        window = show(() -> {
            statusBar = new StatusBar(new Messages(Locale.ENGLISH));
            tasks.addWatcher(statusBar);
            JFrame frame = new JFrame();
            frame.setContentPane(statusBar.component());
            frame.setSize(700, 80);
            return frame;
        });
    }

    @Test
    void showsProgressOfLongWorkAndCancelsIt() {
        CountDownLatch working = new CountDownLatch(1);
        AtomicReference<String> outcome = new AtomicReference<>("none");
        GuiActionRunner.execute(() -> BackgroundTask.of(monitor -> {
            monitor.begin("Re-verifying dupont.ch", 10);
            monitor.worked(3);
            working.countDown();
            while (!monitor.isCancelled()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            return "finished";
        }).shownAs("Re-verifying").onSuccess(outcome::set).onFailure(e -> outcome.set("failed"))
                .onCancelled(() -> outcome.set("cancelled")).executeWith(tasks));

        JProgressBar progress = window.robot().finder().findByName("progress", JProgressBar.class, false);
        waitUntil("the progress shows", () -> statusBar.isBusy() && progress.isShowing() && progress.getValue() == 3);
        window.progressBar("progress").requireDeterminate();
        window.label("taskDescription").requireText("Re-verifying dupont.ch");
        press(window.button("cancelTask"));

        waitUntil("the work is cancelled", () -> statusBar.message().equals("Cancelled: Re-verifying dupont.ch"));
        assertThat(outcome.get()).isEqualTo("cancelled");
        assertThat(GuiActionRunner.execute(() -> statusBar.isBusy())).isFalse();
        assertThat(working.getCount()).isZero();
    }

    @Test
    void handsTheResultOrTheFailureBackOnTheEventThread() {
        AtomicReference<Boolean> onEdt = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        GuiActionRunner.execute(() -> BackgroundTask.of(monitor -> "saved").shownAs("Saving")
                .onSuccess(result -> onEdt.set(javax.swing.SwingUtilities.isEventDispatchThread())).executeWith(tasks));
        GuiActionRunner.execute(() -> BackgroundTask.of(monitor -> {
            throw new IllegalStateException("disk full");
        }).shownAs("Saving").onFailure(failure::set).executeWith(tasks));

        waitUntil("both finished", () -> onEdt.get() != null && failure.get() != null);
        assertThat(onEdt.get()).isTrue();
        assertThat(failure.get()).hasMessage("disk full");
    }
}
