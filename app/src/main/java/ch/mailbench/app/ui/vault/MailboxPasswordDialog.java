package ch.mailbench.app.ui.vault;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.dialog.Binder;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Window;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Enters, replaces or removes one mailbox's password in the vault, bound to a
 * {@link MailboxPasswordForm}: it says whether a password is stored, shows the typed one on
 * request, and confirms a save in place (the dialog stays open, the field is emptied). The vault
 * is unlocked (or set up on first use) off the EDT when needed; the typed characters are cleared
 * once stored. Build and show on the EDT.
 */
public final class MailboxPasswordDialog {

    private final Vault vault;
    private final UnlockHandler unlock;
    private final Mailbox mailbox;
    private final VaultMessages messages;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;
    private final MailboxPasswordForm model;
    private final Binder binder;
    private final JDialog dialog;
    private final JPasswordField password = new JPasswordField(24);
    private final char echo;
    private final JLabel stored = new JLabel(" ");
    private final JLabel notice = new JLabel(" ");
    private final JButton save;
    private final JButton remove;
    private final JButton close;

    /**
     * @param shown the customer as the console shows it: when it holds the mailbox, the dialog opens
     *              with the password state read with the mailbox rows instead of reading it again
     */
    public MailboxPasswordDialog(Window owner, Vault vault, UnlockHandler unlock, Mailbox mailbox, Optional<CustomerFile> shown,
                                 VaultMessages messages, TaskExecutor tasks, ErrorTexts errors) {
        this.vault = vault;
        this.tasks = tasks;
        this.errors = errors;
        this.unlock = unlock;
        this.mailbox = mailbox;
        this.messages = messages;
        this.model = new MailboxPasswordForm(messages);
        this.binder = new Binder(model);
        dialog = new JDialog(owner, messages.format("password.title", mailbox.address().unicode()), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("mailboxPasswordDialog");
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        save = Widgets.button("savePassword", messages.get("password.save"), e -> store());
        remove = Widgets.button("removePassword", messages.get("password.remove"), e -> removeStored());
        close = Widgets.button("closePassword", messages.get("password.close"), e -> dialog.dispose());
        password.setName("mailboxPassword");
        echo = password.getEchoChar();
        stored.setName("passwordStored");
        notice.setName("passwordNotice");
        dialog.setContentPane(layout());
        bind();
        dialog.getRootPane().setDefaultButton(save);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        dialog.pack();
        Widgets.placeOnScreen(dialog, owner);
        shown.filter(file -> file.mailboxes().stream().anyMatch(m -> m.id() == mailbox.id())).ifPresentOrElse(
                file -> model.showStored(file.hasPassword(mailbox), file.passwordSetAt(mailbox).map(this::day)),
                this::readStored);
    }

    private LocalDate day(java.time.Instant at) {
        return LocalDate.ofInstant(at, ZoneId.systemDefault());
    }

    public void show() {
        dialog.setVisible(true);
    }

    private JPanel layout() {
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 2", "[][grow,fill]"));
        JLabel explanation = new JLabel("<html><div style='width:340px'>" + messages.get("password.explain") + "</div></html>");
        panel.add(explanation, "span 2, gapbottom 8");
        panel.add(stored, "span 2, gapbottom 8");
        panel.add(Widgets.labelFor(password, messages.get("password.field")));
        panel.add(password);
        panel.add(binder.check(MailboxPasswordForm.SHOWN, messages.get("password.show"), model::setShown), "skip 1");
        // One line, always there: a confirmation or a problem replaces the other without moving anything.
        panel.add(notice, "span 2, gaptop 4");
        panel.add(Widgets.buttonBar(List.of(remove), save, close), "span 2, growx, gaptop 8");
        return panel;
    }

    private void bind() {
        password.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { typed(); }
            @Override public void removeUpdate(DocumentEvent e) { typed(); }
            @Override public void changedUpdate(DocumentEvent e) { typed(); }
        });
        binder.enabledWhen(save, model::canSave);
        binder.enabledWhen(remove, model::canRemove);
        binder.enabledWhen(password, () -> !model.isBusy());
        model.addPropertyChangeListener(e -> showState());
        showState();
    }

    private void typed() {
        model.setTyped(password.getDocument().getLength() > 0);
    }

    private void showState() {
        stored.setText(wrapped(model.storedText()));
        password.setEchoChar(model.isShown() ? (char) 0 : echo);
        boolean problem = !model.problem().isEmpty();
        notice.setForeground(UIManager.getColor(problem ? "Actions.Red" : "Actions.Green"));
        notice.setText(problem ? wrapped(model.problem()) : model.notice().isEmpty() ? " " : wrapped(model.notice()));
        // A longer text than the one packed (the state arrives after the dialog opened) grows the dialog, never cuts it.
        Dimension wanted = dialog.getPreferredSize();
        Dimension now = dialog.getSize();
        if (dialog.isShowing() && (wanted.height > now.height || wanted.width > now.width)) {
            dialog.setSize(Math.max(wanted.width, now.width), Math.max(wanted.height, now.height));
        }
    }

    /** As wide as the explanation: a long sentence wraps instead of widening the dialog. */
    private static String wrapped(String text) {
        return "<html><div style='width:340px'>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</div></html>";
    }

    /** Whether a password is stored, and since when: database reads off the EDT. */
    private void readStored() {
        long id = mailbox.id();
        BackgroundTask.of(monitor -> new StoredPassword(vault.hasPassword(id),
                        vault.passwordSetAt(id).map(this::day)))
                .onSuccess(found -> model.showStored(found.stored(), found.on()))
                .onFailure(e -> model.failed(messages.format("vault.error.failed", errors.describe(e))))
                .executeWith(tasks);
    }

    private void store() {
        char[] typed = password.getPassword();
        long id = mailbox.id();
        run(() -> {
            try {
                vault.storePassword(id, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
            return true;
        }, done -> {
            password.setText("");
            model.saved();
            readStored();
        });
    }

    private void removeStored() {
        long id = mailbox.id();
        run(() -> vault.removePassword(id), model::removed);
    }

    /** What a change does off the EDT; its result comes back to {@code shown} on the EDT. */
    private interface Change {
        boolean apply();
    }

    /** Unlocks the vault if needed, then does {@code change}, all off the EDT; the model hears how it ended. */
    private void run(Change change, Consumer<Boolean> shown) {
        model.started();
        BackgroundTask.of(monitor -> {
            if (!vault.isUnlocked() && !unlock.unlock(vault)) {
                return Result.LOCKED;
            }
            return change.apply() ? Result.CHANGED : Result.UNCHANGED;
        }).onSuccess(result -> {
            if (result == Result.LOCKED) {
                model.failed(messages.get("password.locked"));
            } else {
                shown.accept(result == Result.CHANGED);
            }
        }).onFailure(e -> model.failed(messages.format("vault.error.failed", errors.describe(e))))
                .executeWith(tasks);
    }

    private record StoredPassword(boolean stored, Optional<LocalDate> on) {
    }

    /** How a change ended, as the background step returns it. */
    private enum Result { LOCKED, CHANGED, UNCHANGED }
}
