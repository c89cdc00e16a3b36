package ch.mailbench.app.ui.task;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.core.task.ProgressMonitor;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The bottom line of the window: a message, and while background work runs, its description,
 * a progress bar and Cancel. Work shorter than {@link #SHOW_AFTER_MILLIS} never flashes the bar.
 */
public final class StatusBar implements BackgroundWork {

    private static final int SHOW_AFTER_MILLIS = 200;

    private final Messages messages;
    private final JPanel panel = new JPanel(new MigLayout("insets 3 8 3 8, hidemode 3", "[grow,fill][]8[][]", "[]"));
    private final JLabel status = Widgets.label("status", "");
    private final JLabel task = Widgets.label("taskDescription", "");
    private final JProgressBar progress = new JProgressBar();
    private final JButton cancel;
    private final Deque<Job<?>> running = new ArrayDeque<>();
    private final Timer reveal = new Timer(SHOW_AFTER_MILLIS, e -> showRunning());

    public StatusBar(Messages messages) {
        this.messages = messages;
        progress.setName("progress");
        cancel = Widgets.button("cancelTask", messages.get("status.cancel"), e -> cancelNewest());
        reveal.setRepeats(false);
        panel.add(status);
        panel.add(task);
        panel.add(progress, "w 160!");
        panel.add(cancel);
        showRunning();
    }

    public JPanel component() {
        return panel;
    }

    /** Shows {@code text} as the window's current state, e.g. "2 customers". EDT only. */
    public void setMessage(String text) {
        status.setText(text);
    }

    public String message() {
        return status.getText();
    }

    public boolean isBusy() {
        return !running.isEmpty();
    }

    @Override
    public <T> void run(String description, Function<ProgressMonitor, T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Job<T> job = new Job<>(description, work, onSuccess, onFailure);
        running.push(job);
        if (!reveal.isRunning()) {
            reveal.restart();
        }
        job.execute();
    }

    private void cancelNewest() {
        if (!running.isEmpty()) {
            running.peek().cancel(true);
        }
    }

    private void finished(Job<?> job) {
        running.remove(job);
        showRunning();
    }

    private void showRunning() {
        boolean visible = !running.isEmpty() && !reveal.isRunning();
        Job<?> newest = running.peek();
        task.setVisible(visible);
        progress.setVisible(visible);
        cancel.setVisible(visible);
        if (visible) {
            task.setText(newest.taskText);
            progress.setIndeterminate(newest.total <= 0);
            progress.setMaximum(Math.max(1, newest.total));
            progress.setValue(newest.done);
        }
    }

    /** One piece of work; its monitor forwards progress to the EDT. */
    private final class Job<T> extends SwingWorker<T, Void> {
        private final Function<ProgressMonitor, T> work;
        private final Consumer<T> onSuccess;
        private final Consumer<Exception> onFailure;
        private String taskText;
        private int total;
        private int done;

        Job(String description, Function<ProgressMonitor, T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            this.taskText = description;
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        @Override
        protected T doInBackground() {
            return work.apply(new Monitor());
        }

        @Override
        protected void done() {
            finished(this);
            if (isCancelled()) {
                setMessage(messages.format("status.cancelled", taskText));
                return;
            }
            try {
                onSuccess.accept(get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (CancellationException e) {
                setMessage(messages.format("status.cancelled", taskText));
            } catch (ExecutionException e) {
                onFailure.accept(e.getCause() instanceof Exception cause ? cause : e);
            }
        }

        /** What the work reports through; thread-safe, as it is called from the worker thread. */
        private final class Monitor implements ProgressMonitor {
            @Override
            public void begin(String taskName, int totalUnits) {
                SwingUtilities.invokeLater(() -> {
                    taskText = taskName;
                    total = totalUnits;
                    done = 0;
                    progress.setStringPainted(false);
                    showRunning();
                });
            }

            @Override
            public void worked(int units) {
                SwingUtilities.invokeLater(() -> {
                    done += units;
                    showRunning();
                });
            }

            @Override
            public void subTask(String description) {
                SwingUtilities.invokeLater(() -> {
                    progress.setStringPainted(true);
                    progress.setString(description);
                });
            }

            @Override
            public boolean isCancelled() {
                return Job.this.isCancelled();
            }

            @Override
            public void done() {
                // Completion is reported by SwingWorker.done() on the EDT.
            }
        }
    }
}
