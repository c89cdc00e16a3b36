package ch.mailbench.app.ui.team;

import ch.mailbench.app.ui.ConsoleLauncher;
import ch.mailbench.app.ui.ConsolePreferences;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.port.DatabaseAddress;
import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.core.port.TeamDatabaseProbe;

import javax.swing.JFrame;
import javax.swing.JOptionPane;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * When the team database the console starts on cannot be opened (no server answering, a password missing
 * from ~/.pgpass, login refused …): says why in words over the start window and lets the technician choose —
 * the local database, the connect dialog filled with that address, or quitting. Never silently the local
 * file: working on it by mistake would hide the team's customers. EDT.
 */
public final class TeamStartOffer implements ConsoleLauncher.TeamStartFailure {

    private final Messages messages;
    private final TeamMessages texts;
    private final TeamDatabaseProbe probe;
    private final TaskExecutor tasks;
    private final ConsolePreferences preferences;
    private final String osUser;

    public TeamStartOffer(Messages messages, TeamDatabaseProbe probe, TaskExecutor tasks, ConsolePreferences preferences,
                          String osUser) {
        this.messages = messages;
        this.texts = new TeamMessages(messages.locale());
        this.probe = probe;
        this.tasks = tasks;
        this.preferences = preferences;
        this.osUser = osUser;
    }

    @Override
    public void offer(JFrame frame, PostgresAddress team, Exception failure, DatabaseAddress.SqliteFile local,
                      Consumer<DatabaseAddress> open, Runnable quit) {
        String[] choices = {texts.get("start.local"), texts.get("start.connect"), texts.get("start.quit")};
        int chosen = JOptionPane.showOptionDialog(frame, texts.format("start.failed", team.shortName(),
                        new ErrorTexts(messages).describe(failure)), messages.get("app.title"), JOptionPane.DEFAULT_OPTION,
                JOptionPane.WARNING_MESSAGE, null, choices, choices[0]);
        switch (chosen) {
            // The reopen flag stays on: the server may be down for a moment, and the offer says the next start tries again.
            case 0 -> open.accept(local);
            case 1 -> {
                Optional<PostgresAddress> connected = connect(frame, team);
                if (connected.isPresent()) {
                    open.accept(connected.get());
                } else {
                    // Closed without connecting: the question stands, the start window must not stay empty.
                    offer(frame, team, failure, local, open, quit);
                }
            }
            default -> quit.run();
        }
    }

    /** The connect dialog over the start window, filled with {@code team} (modal): the address it connected to, if any. */
    private Optional<PostgresAddress> connect(JFrame frame, PostgresAddress team) {
        AtomicReference<PostgresAddress> connected = new AtomicReference<>();
        new TeamDatabaseDialog(frame, new TeamDatabaseForm(Optional.of(team), osUser, texts), messages, texts, probe, tasks,
                (model, saved, failed) -> {
                    PostgresAddress address = model.toAddress();
                    preferences.setTeamDatabase(Optional.of(address.shownAs()));
                    preferences.setReopenTeamDatabase(true);
                    connected.set(address);
                    saved.run();
                }).show();
        return Optional.ofNullable(connected.get());
    }
}
