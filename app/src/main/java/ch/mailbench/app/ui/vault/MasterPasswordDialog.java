package ch.mailbench.app.ui.vault;

import java.util.List;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.vault.PasswordStrength;
import ch.mailbench.core.vault.Vault;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.Color;
import java.awt.Dialog;
import java.awt.Window;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Asks for the master password: to set it on first use (twice, with a strength hint), to unlock,
 * to change it, or to replace a forgotten one. Modal; the key derivation runs in the background
 * while a progress bar moves. Build and show on the EDT.
 */
public final class MasterPasswordDialog {

    private final Vault vault;
    private final VaultMessages messages;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;
    private final MasterPasswordModel model;
    private final JDialog dialog;
    private final JLabel explanation = new JLabel();
    private final JLabel currentLabel = new JLabel();
    private final JPasswordField current = new JPasswordField(24);
    private final JLabel passwordLabel = new JLabel();
    private final JPasswordField password = new JPasswordField(24);
    private final JLabel confirmationLabel = new JLabel();
    private final JPasswordField confirmation = new JPasswordField(24);
    private final JLabel strength = new JLabel(" ");
    private final JLabel problem = new JLabel(" ");
    private final JSpinner idleMinutes;
    private final JProgressBar working = new JProgressBar();
    private final JButton ok = new JButton();
    private final JButton cancel;
    private final JButton forgot;
    private boolean succeeded;

    public MasterPasswordDialog(Window owner, Vault vault, MasterPasswordModel model, VaultMessages messages,
                                TaskExecutor tasks, ErrorTexts errors) {
        this.vault = vault;
        this.tasks = tasks;
        this.errors = errors;
        this.model = model;
        this.messages = messages;
        dialog = new JDialog(owner, Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("masterPasswordDialog");
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        idleMinutes = new JSpinner(new SpinnerNumberModel(model.idleMinutes(), 1, 24 * 60, 5));
        cancel = new JButton(messages.get("vault.button.cancel"));
        forgot = new JButton(messages.get("vault.button.forgot"));
        name();
        bind();
        dialog.setContentPane(layout());
        dialog.getRootPane().setDefaultButton(ok);
        Widgets.closeOnEscape(dialog, this::close);
        showMode();
    }

    /** Shows the dialog and waits (modal); true when the vault ended up unlocked by it. */
    public boolean showAndWait() {
        dialog.setVisible(true);
        return succeeded;
    }

    private void name() {
        explanation.setName("explanation");
        current.setName("currentMasterPassword");
        password.setName("masterPassword");
        confirmation.setName("masterPasswordConfirmation");
        strength.setName("strengthHint");
        problem.setName("problem");
        idleMinutes.setName("idleMinutes");
        working.setName("working");
        ok.setName("ok");
        cancel.setName("cancel");
        forgot.setName("forgot");
        currentLabel.setLabelFor(current);
        passwordLabel.setLabelFor(password);
        confirmationLabel.setLabelFor(confirmation);
    }

    private JPanel layout() {
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 2, hidemode 3", "[][grow,fill]"));
        panel.add(explanation, "span 2, gapbottom 8");
        panel.add(currentLabel);
        panel.add(current);
        panel.add(passwordLabel);
        panel.add(password);
        panel.add(confirmationLabel);
        panel.add(confirmation);
        panel.add(strength, "skip 1");
        JLabel idleLabel = new JLabel(messages.get("vault.field.idle"));
        idleLabel.setLabelFor(idleMinutes);
        panel.add(idleLabel);
        panel.add(idleMinutes, "split 2, growx 0, w 70!");
        panel.add(new JLabel(messages.get("vault.field.idleUnit")));
        panel.add(problem, "span 2, gaptop 4");
        panel.add(working, "span 2, h 6!");
        panel.add(Widgets.buttonBar(List.of(forgot), ok, cancel), "span 2, growx, gaptop 8");
        working.setIndeterminate(true);
        working.setVisible(false);
        return panel;
    }

    private void bind() {
        current.getDocument().addDocumentListener(typed(current, model::setCurrent));
        password.getDocument().addDocumentListener(typed(password, model::setPassword));
        confirmation.getDocument().addDocumentListener(typed(confirmation, model::setConfirmation));
        idleMinutes.addChangeListener(e -> model.setIdleMinutes((Integer) idleMinutes.getValue()));
        model.addPropertyChangeListener(event -> {
            switch (event.getPropertyName()) {
                case MasterPasswordModel.CAN_SUBMIT -> ok.setEnabled(model.canSubmit());
                case MasterPasswordModel.STRENGTH -> showStrength();
                case MasterPasswordModel.PROBLEM -> problem.setText(model.problemKey().map(messages::get).orElse(" "));
                case MasterPasswordModel.MODE -> showMode();
                default -> { }
            }
        });
        ok.addActionListener(e -> submit());
        cancel.addActionListener(e -> close());
        forgot.addActionListener(e -> model.setMode(MasterPasswordModel.Mode.RESET));
        problem.setForeground(UIManager.getColor("Actions.Red"));
    }

    /** Hands a copy of the field's characters to the model and clears that copy. */
    private static DocumentListener typed(JPasswordField field, Consumer<char[]> sink) {
        return new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { changed(); }
            @Override public void removeUpdate(DocumentEvent e) { changed(); }
            @Override public void changedUpdate(DocumentEvent e) { changed(); }

            private void changed() {
                char[] chars = field.getPassword();
                sink.accept(chars);
                Arrays.fill(chars, '\0');
            }
        };
    }

    private void showMode() {
        MasterPasswordModel.Mode mode = model.mode();
        String name = mode.name();
        dialog.setTitle(messages.get("vault.title." + name));
        // A fixed HTML width lets the label wrap before pack() measures it, so the dialog is tall enough.
        explanation.setText("<html><body style='width: 330px'>" + messages.get("vault.explain." + name) + "</body></html>");
        ok.setText(messages.get("vault.button." + name));
        boolean changing = mode == MasterPasswordModel.Mode.CHANGE;
        currentLabel.setText(messages.get("vault.field.current"));
        currentLabel.setVisible(changing);
        current.setVisible(changing);
        passwordLabel.setText(messages.get(mode == MasterPasswordModel.Mode.UNLOCK || mode == MasterPasswordModel.Mode.SET_UP
                ? "vault.field.password" : "vault.field.newPassword"));
        confirmationLabel.setText(messages.get("vault.field.confirmation"));
        boolean choosing = mode.choosesNewPassword();
        confirmationLabel.setVisible(choosing);
        confirmation.setVisible(choosing);
        strength.setVisible(choosing);
        forgot.setVisible(mode == MasterPasswordModel.Mode.UNLOCK);
        current.setText("");
        password.setText("");
        confirmation.setText("");
        ok.setEnabled(model.canSubmit());
        showStrength();
        dialog.pack();
        Widgets.placeOnScreen(dialog, dialog.getOwner());
        (changing ? current : password).requestFocusInWindow();
    }

    private void showStrength() {
        strength.setText(model.strength().map(s -> messages.get("vault.strength." + s.name())).orElse(" "));
        strength.setForeground(model.strength().map(MasterPasswordDialog::colour).orElse(UIManager.getColor("Label.foreground")));
    }

    private static Color colour(PasswordStrength value) {
        return switch (value) {
            case TOO_SHORT, WEAK -> UIManager.getColor("Actions.Red");
            case FAIR -> UIManager.getColor("Actions.Yellow");
            case GOOD, STRONG -> UIManager.getColor("Actions.Green");
        };
    }

    private void submit() {
        setWorking(true);
        MasterPasswordModel.Submission submission = model.submit();
        BackgroundTask.of(monitor -> submission.applyTo(vault))
                .onFinished(() -> setWorking(false))
                .onSuccess(outcome -> {
                    model.show(outcome);
                    if (outcome == MasterPasswordModel.Outcome.DONE) {
                        succeeded = true;
                        dialog.dispose();
                    } else {
                        typeAgain();
                    }
                })
                .onFailure(e -> {
                    problem.setText(messages.format("vault.error.failed", errors.describe(e)));
                    typeAgain();
                })
                .executeWith(tasks);
    }

    private void typeAgain() {
        current.setText("");
        password.setText("");
        confirmation.setText("");
        (model.mode() == MasterPasswordModel.Mode.CHANGE ? current : password).requestFocusInWindow();
    }

    private void setWorking(boolean busy) {
        working.setVisible(busy);
        for (JComponent component : new JComponent[] {current, password, confirmation, idleMinutes, ok, forgot}) {
            component.setEnabled(!busy);
        }
        if (!busy) {
            ok.setEnabled(model.canSubmit());
        }
    }

    private void close() {
        if (!working.isVisible()) {
            model.clear();
            dialog.dispose();
        }
    }
}
