package ch.mailbench.app.ui.team;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.dialog.FormDialog;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.RunningTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.core.port.TeamDatabaseProbe;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import java.awt.Window;
import java.util.Optional;

/**
 * File → Connect to a team database…: where the server is, how the connection is encrypted,
 * where the password comes from (~/.pgpass, said in the dialog), "Test connection" (in the
 * background, stoppable, the outcome in words) and Connect, which switches the console to it. EDT only.
 */
final class TeamDatabaseDialog extends FormDialog<TeamDatabaseForm> {

    /** The consent's text wraps at about the width of the fields above it. */
    private static final int CONSENT_WIDTH = 300;

    private final TeamMessages texts;
    private final TeamDatabaseProbe probe;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;
    private final JButton test;
    private final JLabel result = Widgets.label("testResult", "");
    private Optional<RunningTask> running = Optional.empty();

    TeamDatabaseDialog(Window owner, TeamDatabaseForm form, Messages messages, TeamMessages texts, TeamDatabaseProbe probe,
                       TaskExecutor tasks, Saver<TeamDatabaseForm> connect) {
        super(owner, "teamDatabaseDialog", texts.get("dialog.title"), form, messages, connect);
        this.texts = texts;
        this.probe = probe;
        this.tasks = tasks;
        this.errors = new ErrorTexts(messages);
        setOkText(texts.get("connect"));
        row(texts.get("label.host"), binder.text(TeamDatabaseForm.HOST, form::setHost, 24), TeamDatabaseForm.HOST);
        row(texts.get("label.port"), binder.text(TeamDatabaseForm.PORT, form::setPort, 6), TeamDatabaseForm.PORT);
        row(texts.get("label.database"), binder.text(TeamDatabaseForm.DATABASE, form::setDatabase, 16), TeamDatabaseForm.DATABASE);
        row(texts.get("label.user"), binder.text(TeamDatabaseForm.USER, form::setUser, 16), TeamDatabaseForm.USER);
        row(texts.get("label.tls"), binder.combo(TeamDatabaseForm.TLS, TeamDatabaseForm.MODES, form::setTls,
                mode -> texts.get("tls." + mode.name())), null);
        // Wrapped, and its room kept while hidden (hidemode 0): choosing "Not encrypted" shows it in a dialog already
        // sized for it — without a window manager to re-size it, a late row pushed Connect out of the window.
        javax.swing.JCheckBox consent = binder.check(TeamDatabaseForm.CONSENT,
                "<html><div style='width:" + CONSENT_WIDTH + "px'>" + texts.get("consent") + "</div></html>", form::setConsent);
        binder.visibleWhen(consent, form::unencrypted);
        rows.add(consent, "skip 1, hidemode 0");
        rows.add(binder.error(TeamDatabaseForm.CONSENT), "skip 1, " + ch.mailbench.app.ui.dialog.Binder.ERROR_CELL);

        JTextArea password = new JTextArea(texts.get("password.hint"));
        password.setName("passwordHint");
        password.setEditable(false);
        password.setOpaque(false);
        password.setLineWrap(true);
        password.setWrapStyleWord(true);
        password.setColumns(40);
        password.setForeground(UIManager.getColor("Label.disabledForeground"));
        rows.add(password, "span 2, growx, wmin 0, gaptop 8");

        test = Widgets.button("testConnection", texts.get("test"), e -> testOrStop());
        binder.enabledWhen(test, () -> form.isValid() || running.isPresent());
        rows.add(test, "span 2, split 2, gaptop 8");
        rows.add(result, "growx, wmin 0, gaptop 8");
    }

    private void testOrStop() {
        if (running.isPresent()) {
            running.get().cancel();
            return;
        }
        PostgresAddress address = model.toAddress();
        say(texts.get("test.running"), "Label.foreground");
        Widgets.applyText(test, texts.get("test.stop"));
        running = Optional.of(BackgroundTask.of(monitor -> probe.probe(address))
                .onFinished(() -> {
                    running = Optional.empty();
                    Widgets.applyText(test, texts.get("test"));
                    test.setEnabled(model.isValid());
                })
                .onSuccess(outcome -> say(texts.format("test." + outcome.verdict().name(), address.host(), address.port(),
                        outcome.detail()), good(outcome.verdict()) ? "Actions.Green" : "Actions.Red"))
                .onCancelled(() -> say(texts.get("test.cancelled"), "Label.foreground"))
                .onFailure(e -> say(texts.format("test.failed", errors.describe(e)), "Actions.Red"))
                .executeWith(tasks));
    }

    private static boolean good(TeamDatabaseProbe.Verdict verdict) {
        return verdict == TeamDatabaseProbe.Verdict.MAILBENCH || verdict == TeamDatabaseProbe.Verdict.EMPTY;
    }

    private void say(String text, String colourKey) {
        result.setForeground(UIManager.getColor(colourKey));
        result.setText("<html><div style='width:300px'>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</div></html>");
        dialog.pack();
    }
}
