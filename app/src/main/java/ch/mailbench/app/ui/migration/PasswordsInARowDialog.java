package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Widgets;
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
import java.awt.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Enter passwords in a row": steps through the mailboxes that need a password, one address at a
 * time (Save &amp; next, Skip), storing each in the vault (unlocked first when locked, off the EDT);
 * at the end it offers to re-verify the mailboxes whose password was just entered. Build and use on the EDT.
 */
final class PasswordsInARowDialog {

    private final Vault vault;
    private final UnlockHandler unlock;
    private final List<Mailbox> mailboxes;
    private final MigrationTexts texts;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;
    private final List<Mailbox> saved = new ArrayList<>();
    private final JDialog dialog;
    private final JLabel step = Widgets.label("passwordStep", " ");
    private final JLabel address = Widgets.heading("passwordAddress", " ");
    private final JPasswordField password = new JPasswordField(24);
    private final JLabel problem = Widgets.label("passwordProblem", " ");
    private final JButton saveNext;
    private final JButton skip;
    private final JButton reverify;
    private final JButton close;
    private int current;

    /** @param reverify re-verifies the mailboxes whose password was saved */
    PasswordsInARowDialog(Window owner, Vault vault, UnlockHandler unlock, List<Mailbox> mailboxes, MigrationTexts texts,
                          TaskExecutor tasks, ErrorTexts errors, Consumer<List<Mailbox>> reverify) {
        this.vault = vault;
        this.unlock = unlock;
        this.mailboxes = List.copyOf(mailboxes);
        this.texts = texts;
        this.tasks = tasks;
        this.errors = errors;
        dialog = new JDialog(owner, texts.get("passwords.title"), JDialog.ModalityType.MODELESS);
        dialog.setName("passwordsInARowDialog");
        password.setName("rowPassword");
        problem.setForeground(UIManager.getColor("Actions.Red"));
        saveNext = Widgets.button("saveNext", texts.get("passwords.saveNext"), e -> save());
        skip = Widgets.button("skipPassword", texts.get("passwords.skip"), e -> next());
        this.reverify = Widgets.button("reverifySaved", texts.get("passwords.reverify"), e -> {
            dialog.dispose();
            reverify.accept(List.copyOf(saved));
        });
        close = Widgets.button("closeButton", texts.get("close"), e -> dialog.dispose());
        password.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { enable(true); }
            @Override public void removeUpdate(DocumentEvent e) { enable(true); }
            @Override public void changedUpdate(DocumentEvent e) { enable(true); }
        });
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 2, hidemode 3", "[][grow,fill]"));
        content.add(step, "span 2");
        content.add(address, "span 2, gapbottom 8");
        content.add(Widgets.labelFor(password, texts.get("passwords.field")));
        content.add(password);
        content.add(problem, "span 2, gaptop 4, wmin 0");
        content.add(Widgets.buttonBar(List.of(skip), saveNext, this.reverify, close), "span 2, growx, gaptop 8");
        dialog.setContentPane(content);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        show(0);
        dialog.setSize(560, dialog.getPreferredSize().height);
        Widgets.placeOnScreen(dialog, owner);
    }

    JDialog dialog() {
        return dialog;
    }

    void show() {
        dialog.setVisible(true);
        password.requestFocusInWindow();
    }

    private void show(int index) {
        current = index;
        password.setText("");
        boolean finished = index >= mailboxes.size();
        password.setVisible(!finished);
        saveNext.setVisible(!finished);
        skip.setVisible(!finished);
        reverify.setVisible(finished && !saved.isEmpty());
        if (finished) {
            step.setText(texts.format("passwords.done", saved.size(), mailboxes.size() - saved.size()));
            address.setText(" ");
            dialog.getRootPane().setDefaultButton(saved.isEmpty() ? close : reverify);
            Widgets.applyText(reverify, texts.format("passwords.reverify", saved.size()));
        } else {
            step.setText(texts.format("passwords.step", index + 1, mailboxes.size()));
            address.setText(mailboxes.get(index).address().unicode());
            dialog.getRootPane().setDefaultButton(saveNext);
            password.requestFocusInWindow();
        }
        enable(true);
    }

    private void next() {
        problem.setText(" ");
        show(current + 1);
    }

    /** Unlocks the vault if needed and stores the password, off the EDT; the typed characters are cleared either way. */
    private void save() {
        Mailbox mailbox = mailboxes.get(current);
        char[] typed = password.getPassword();
        enable(false);
        BackgroundTask.of(monitor -> {
                    try {
                        if (!vault.isUnlocked() && !unlock.unlock(vault)) {
                            return false;
                        }
                        vault.storePassword(mailbox.id(), typed);
                        return true;
                    } finally {
                        Arrays.fill(typed, '\0');
                    }
                })
                .onSuccess(stored -> {
                    if (stored) {
                        saved.add(mailbox);
                        next();
                    } else {
                        problem.setText(texts.get("passwords.locked"));
                        enable(true);
                    }
                })
                .onFailure(e -> {
                    problem.setText(errors.describe(e));
                    enable(true);
                })
                .executeWith(tasks);
    }

    private void enable(boolean enabled) {
        saveNext.setEnabled(enabled && password.getDocument().getLength() > 0);
        skip.setEnabled(enabled);
        password.setEnabled(enabled);
    }
}
