package ch.mailbench.app.ui.task;

import ch.mailbench.app.ui.Widgets;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import java.awt.Dialog;
import java.awt.Window;

/**
 * A small modeless window showing one background task's progress with a Cancel button, for work
 * the technician waits for (an import) rather than the status bar's passing work. EDT only.
 */
public final class ProgressDialog {

    private final JDialog dialog;
    private final JButton cancel;
    private final JProgressBar bar = new JProgressBar();
    private boolean closed;

    public ProgressDialog(Window owner, String title, String cancelText) {
        dialog = new JDialog(owner, title, Dialog.ModalityType.MODELESS);
        dialog.setName("progressDialog");
        cancel = Widgets.button("progressCancel", cancelText);
        bar.setName("progressBar");
        bar.setIndeterminate(true);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]"));
        // The task's own title is core's English; the window keeps the localized one it was given.
        panel.add(new JLabel(title), "w 360!");
        panel.add(bar);
        panel.add(Widgets.buttonBar(cancel), "growx");
        dialog.setContentPane(panel);
        dialog.pack();
        Widgets.placeOnScreen(dialog, owner);
    }

    /** Shows {@code task}'s progress, and Cancel cancels it. Does nothing when the task finished before the window could appear. */
    public void follow(RunningTask task) {
        if (closed) {
            return;
        }
        cancel.addActionListener(e -> {
            task.cancel();
            cancel.setEnabled(false);
        });
        task.addProgressListener(() -> {
            bar.setIndeterminate(task.totalUnits() <= 0);
            bar.setMaximum(Math.max(task.totalUnits(), 1));
            bar.setValue(task.workedUnits());
        });
        dialog.setVisible(true);
    }

    public void close() {
        closed = true;
        dialog.dispose();
    }
}
