package ch.mailbench.app.ui.team;

import ch.mailbench.app.ui.ConsolePreferences;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.core.port.DatabaseAddress;
import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.core.port.TeamDatabaseProbe;

import javax.swing.JOptionPane;
import java.util.Optional;

/**
 * File → Connect to a team database… and File → Use the local database: the console switches
 * between the technician's own file and a shared PostgreSQL database. The address is remembered
 * in the preferences to fill the dialog next time and to reopen it at the next start (until the
 * technician goes back to the local database) — never a password, which the driver reads from
 * ~/.pgpass (the vault cannot keep it: the vault lives inside that very database).
 */
public final class TeamExtension implements ConsoleExtension {

    private final TeamDatabaseProbe probe;
    private final ConsolePreferences preferences;
    private final boolean onTeamDatabase;
    private final DatabaseAddress.SqliteFile localDatabase;
    private final String osUser;

    /**
     * @param onTeamDatabase whether the window shows a team database now (then "Use the local database" is offered)
     * @param localDatabase  the technician's own file, in the data folder
     */
    public TeamExtension(TeamDatabaseProbe probe, ConsolePreferences preferences, boolean onTeamDatabase,
                         DatabaseAddress.SqliteFile localDatabase, String osUser) {
        this.probe = probe;
        this.preferences = preferences;
        this.onTeamDatabase = onTeamDatabase;
        this.localDatabase = localDatabase;
        this.osUser = osUser;
    }

    @Override
    public void install(ConsoleContext context) {
        TeamMessages texts = new TeamMessages(context.messages().locale());
        context.menus().add(MenuId.FILE, new ConsoleAction("connectTeamDatabase", texts.get("menu.connect"), null,
                () -> connect(context, texts), () -> context.hooks().databaseSwitcher().isPresent()));
        context.menus().add(MenuId.FILE, new ConsoleAction("useLocalDatabase", texts.get("menu.local"), null,
                () -> useLocal(context), () -> onTeamDatabase && context.hooks().databaseSwitcher().isPresent()));
    }

    private void connect(ConsoleContext context, TeamMessages texts) {
        TeamDatabaseForm form = new TeamDatabaseForm(remembered(), osUser, texts);
        new TeamDatabaseDialog(context.frame(), form, context.messages(), texts, probe, context.tasks(), (model, saved, failed) -> {
            PostgresAddress address = model.toAddress();
            context.hooks().databaseSwitcher().orElseThrow().switchTo(address, () -> {
                preferences.setTeamDatabase(Optional.of(address.shownAs()));
                preferences.setReopenTeamDatabase(true);
                saved.run();
            }, failed);
        }).show();
    }

    private void useLocal(ConsoleContext context) {
        ErrorTexts errors = new ErrorTexts(context.messages());
        context.hooks().databaseSwitcher().orElseThrow().switchTo(localDatabase, () -> preferences.setReopenTeamDatabase(false),
                e -> JOptionPane.showMessageDialog(context.frame(), errors.describe(e), context.messages().get("app.title"),
                        JOptionPane.ERROR_MESSAGE));
    }

    /** The address connected to last time; one the preferences hold but Mailbench cannot read is forgotten. */
    private Optional<PostgresAddress> remembered() {
        return preferences.teamDatabase().flatMap(text -> {
            try {
                return DatabaseAddress.parse(text, osUser) instanceof PostgresAddress address ? Optional.of(address) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
