package ch.mailbench.app.ui.vault;

import java.util.List;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.Dialog;
import java.awt.Window;
import java.util.Arrays;

/**
 * Enters, replaces or removes one mailbox's password in the vault. The vault is unlocked (or set
 * up on first use) off the EDT when needed; the typed characters are cleared once stored.
 * Build and show on the EDT.
 */
public final class MailboxPasswordDialog {

    private final Vault vault;
    private final UnlockHandler unlock;
    private final Mailbox mailbox;
    private final VaultMessages messages;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;
    private final JDialog dialog;
    private final JPasswordField password = new JPasswordField(24);
    private final JLabel problem = new JLabel(" ");
    private final JButton save;
    private final JButton remove;
    private final JButton cancel;

    public MailboxPasswordDialog(Window owner, Vault vault, UnlockHandler unlock, Mailbox mailbox, VaultMessages messages,
                                 TaskExecutor tasks, ErrorTexts errors) {
        this.vault = vault;
        this.tasks = tasks;
        this.errors = errors;
        this.unlock = unlock;
        this.mailbox = mailbox;
        this.messages = messages;
        dialog = new JDialog(owner, messages.format("password.title", mailbox.address().unicode()), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("mailboxPasswordDialog");
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        save = button("savePassword", "password.save");
        remove = button("removePassword", "password.remove");
        cancel = button("cancelPassword", "vault.button.cancel");
        password.setName("mailboxPassword");
        problem.setName("passwordProblem");
        problem.setForeground(UIManager.getColor("Actions.Red"));
        dialog.setContentPane(layout());
        dialog.getRootPane().setDefaultButton(save);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        save.setEnabled(false);
        password.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { save.setEnabled(password.getDocument().getLength() > 0); }
            @Override public void removeUpdate(DocumentEvent e) { save.setEnabled(password.getDocument().getLength() > 0); }
            @Override public void changedUpdate(DocumentEvent e) { save.setEnabled(password.getDocument().getLength() > 0); }
        });
        save.addActionListener(e -> store());
        remove.addActionListener(e -> removeStored());
        cancel.addActionListener(e -> dialog.dispose());
        dialog.pack();
        Widgets.placeOnScreen(dialog, owner);
    }

    public void show() {
        dialog.setVisible(true);
    }

    private JPanel layout() {
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 2", "[][grow,fill]"));
        JLabel explanation = new JLabel("<html><div style='width:340px'>" + messages.get("password.explain") + "</div></html>");
        panel.add(explanation, "span 2, gapbottom 8");
        JLabel label = new JLabel(messages.get("password.field"));
        label.setLabelFor(password);
        panel.add(label);
        panel.add(password);
        panel.add(problem, "span 2, gaptop 4");
        panel.add(Widgets.buttonBar(List.of(remove), save, cancel), "span 2, growx, gaptop 8");
        return panel;
    }

    private JButton button(String name, String key) {
        JButton button = Widgets.button(name, messages.get(key));
        return button;
    }

    private void store() {
        char[] typed = password.getPassword();
        password.setText("");
        run(() -> {
            try {
                vault.storePassword(mailbox.id(), typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        });
    }

    private void removeStored() {
        run(() -> vault.removePassword(mailbox.id()));
    }

    /** Unlocks the vault if needed, then does {@code change}, all off the EDT; closes the dialog when done. */
    private void run(Runnable change) {
        setBusy(true);
        BackgroundTask.of(monitor -> {
            if (!vault.isUnlocked() && !unlock.unlock(vault)) {
                return false;
            }
            change.run();
            return true;
        }).onFinished(() -> setBusy(false))
                .onSuccess(changed -> {
                    if (changed) {
                        dialog.dispose();
                    } else {
                        problem.setText(messages.get("password.locked"));
                    }
                })
                .onFailure(e -> problem.setText(messages.format("vault.error.failed", errors.describe(e))))
                .executeWith(tasks);
    }

    private void setBusy(boolean busy) {
        save.setEnabled(!busy && password.getDocument().getLength() > 0);
        remove.setEnabled(!busy);
        password.setEnabled(!busy);
    }
}
