package ch.mailbench.app.ui.vault;

import ch.mailbench.core.task.ProgressMonitor;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import java.awt.Dialog;
import java.awt.Window;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small modeless window showing a background task's progress with a Cancel button; as a
 * {@link ProgressMonitor} it may be called from any thread and forwards to the EDT.
 */
final class ProgressDialog implements ProgressMonitor {

    private final JDialog dialog;
    private final JLabel task;
    private final JProgressBar bar = new JProgressBar();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger worked = new AtomicInteger();
    private boolean closed;

    /** Build on the EDT. */
    ProgressDialog(Window owner, String title, VaultMessages messages) {
        dialog = new JDialog(owner, title, Dialog.ModalityType.MODELESS);
        task = new JLabel(title);
        dialog.setName("progressDialog");
        JButton cancel = new JButton(messages.get("vault.button.cancel"));
        cancel.setName("progressCancel");
        cancel.addActionListener(e -> {
            cancelled.set(true);
            cancel.setEnabled(false);
        });
        bar.setName("progressBar");
        bar.setIndeterminate(true);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]"));
        panel.add(task, "w 360!");
        panel.add(bar);
        panel.add(cancel, "tag cancel, growx 0");
        dialog.setContentPane(panel);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /** On the EDT. Does nothing when the task finished before the window could appear. */
    void show() {
        if (!closed) {
            dialog.setVisible(true);
        }
    }

    /** On the EDT. */
    void close() {
        closed = true;
        dialog.dispose();
    }

    @Override
    public void begin(String description, int totalUnits) {
        // The description is core's English; the window keeps the localized title it was given.
        worked.set(0);
        SwingUtilities.invokeLater(() -> {
            bar.setIndeterminate(totalUnits <= 0);
            bar.setMaximum(Math.max(totalUnits, 1));
            bar.setValue(0);
        });
    }

    @Override
    public void worked(int units) {
        int total = worked.addAndGet(units);
        SwingUtilities.invokeLater(() -> bar.setValue(total));
    }

    @Override
    public void subTask(String description) {
        // The bar is enough here; one label update per mailbox would only flood the EDT.
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void done() {
        // The caller closes the window once the result is on the EDT.
    }
}
