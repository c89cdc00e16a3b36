package ch.mailbench.app.ui.task;

import ch.mailbench.core.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a task's callbacks see, on the same-thread executor: exactly one outcome, after onFinished. */
class BackgroundTaskTest {

    private final TaskExecutor tasks = new SameThreadTaskExecutor();
    private final List<String> calls = new ArrayList<>();

    private <T> BackgroundTask<T> recorded(BackgroundTask.Work<T> work) {
        return BackgroundTask.of(work)
                .onFinished(() -> calls.add("finished"))
                .onSuccess(result -> calls.add("success " + result))
                .onFailure(e -> calls.add("failure " + e.getMessage()))
                .onCancelled(() -> calls.add("cancelled"));
    }

    /** The Cancel button, pressed while the work runs: the monitor the work gets is its task's handle. */
    private static void pressCancel(ProgressMonitor monitor) {
        ((RunningTask) monitor).cancel();
    }

    @Test
    void handsTheResultOrTheFailureToTheCallbacks() {
        recorded(monitor -> 42).executeWith(tasks);
        recorded(monitor -> {
            throw new IllegalStateException("disk full");
        }).executeWith(tasks);

        assertThat(calls).containsExactly("finished", "success 42", "finished", "failure disk full");
    }

    @Test
    void aCancelledTaskDropsWhatItReturnsAndRunsItsHooksAtOnce() {
        recorded(monitor -> {
            pressCancel(monitor);
            return monitor.isCancelled() ? "partial" : "whole";
        }).whenCancelRequested(() -> calls.add("sockets closed")).executeWith(tasks);

        assertThat(calls).containsExactly("sockets closed", "finished", "cancelled");
    }

    @Test
    void aTaskThatKeepsItsResultGetsThePartialOneButNotAFailure() {
        recorded(monitor -> {
            pressCancel(monitor);
            return "partial";
        }).keepsResultWhenCancelled().executeWith(tasks);
        recorded(monitor -> {
            pressCancel(monitor);
            throw new CancellationException("Import cancelled; nothing was written");
        }).keepsResultWhenCancelled().executeWith(tasks);

        assertThat(calls).containsExactly("finished", "success partial", "finished", "cancelled");
    }

    @Test
    void theMonitorReportsProgressToItsListeners() {
        List<String> seen = new ArrayList<>();
        RunningTask[] handle = new RunningTask[1];
        BackgroundTask.of(monitor -> {
            handle[0] = (RunningTask) monitor;
            handle[0].addProgressListener(() -> seen.add(handle[0].title() + " " + handle[0].workedUnits() + "/"
                    + handle[0].totalUnits() + " " + handle[0].subTask()));
            monitor.begin("Importing", 4);
            monitor.subTask("line 2");
            monitor.worked(1);
            return null;
        }).titled("Import").executeWith(tasks);

        assertThat(seen).containsExactly("Importing 0/4 ", "Importing 0/4 line 2", "Importing 1/4 line 2");
    }
}
