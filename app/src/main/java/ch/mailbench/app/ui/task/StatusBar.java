package ch.mailbench.app.ui.task;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.Timer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The bottom line of the window: a message, and while work shown to the user runs, its title,
 * a progress bar and Cancel. Work shorter than {@link #SHOW_AFTER_MILLIS} never flashes the bar.
 * Watches the console's {@link SwingTaskExecutor}; EDT only.
 */
public final class StatusBar implements TaskWatcher {

    private static final int SHOW_AFTER_MILLIS = 200;

    private final Messages messages;
    private final JPanel panel = new JPanel(new MigLayout("insets 3 8 3 8, hidemode 3", "[grow,fill][]8[][]", "[]"));
    private final JLabel status = Widgets.label("status", "");
    private final JLabel task = Widgets.label("taskDescription", "");
    private final JProgressBar progress = new JProgressBar();
    private final JButton cancel;
    private final Deque<RunningTask> running = new ArrayDeque<>();
    private final Timer reveal = new Timer(SHOW_AFTER_MILLIS, e -> showRunning());

    public StatusBar(Messages messages) {
        this.messages = messages;
        progress.setName("progress");
        cancel = Widgets.button("cancelTask", messages.get("status.cancel"), e -> cancelNewest());
        reveal.setRepeats(false);
        panel.add(status);
        panel.add(task);
        panel.add(progress, "w 160::480");
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
    public void started(RunningTask job) {
        running.push(job);
        job.addProgressListener(() -> {
            if (job == running.peek()) {
                showRunning();
            }
        });
        if (!reveal.isRunning()) {
            reveal.restart();
        }
        showRunning();
    }

    @Override
    public void ended(RunningTask job) {
        running.remove(job);
        if (job.isCancelled()) {
            setMessage(messages.format("status.cancelled", job.title()));
        }
        showRunning();
    }

    private void cancelNewest() {
        if (!running.isEmpty()) {
            running.peek().cancel();
        }
    }

    private void showRunning() {
        boolean visible = !running.isEmpty() && !reveal.isRunning();
        RunningTask newest = running.peek();
        task.setVisible(visible);
        progress.setVisible(visible);
        cancel.setVisible(visible);
        if (visible) {
            task.setText(newest.title());
            progress.setIndeterminate(newest.totalUnits() <= 0);
            progress.setMaximum(Math.max(1, newest.totalUnits()));
            progress.setValue(newest.workedUnits());
            progress.setStringPainted(!newest.subTask().isEmpty());
            progress.setString(newest.subTask());
            cancel.setEnabled(!newest.isCancelled());
        }
    }
}
