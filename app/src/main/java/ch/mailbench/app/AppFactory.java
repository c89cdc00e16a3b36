package ch.mailbench.app;

import ch.mailbench.core.directory.CustomerDirectory;
import ch.mailbench.persistence.Database;
import ch.mailbench.persistence.DatabaseLocation;
import ch.mailbench.persistence.JooqCustomerSummaries;
import ch.mailbench.persistence.JooqStore;

import ch.mailbench.app.ui.DirectoryEditing;
import ch.mailbench.app.ui.action.ConsoleExtension;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The composition root: the one place that knows concrete classes and wires them together, for
 * the console and for the command line alike.
 */
public final class AppFactory {

    private final DatabaseLocation location;
    private final Clock clock;

    public AppFactory(DatabaseLocation location, Clock clock) {
        this.location = location;
        this.clock = clock;
    }

    /** The database file to use: {@code --db}, else {@code MAILBENCH_DB}, else the user's data folder. */
    public Path databasePath(Optional<Path> explicit) {
        return location.resolve(explicit);
    }

    /** Opens (creating or upgrading) the database and builds the services over it. Not on the EDT. */
    public Workbench open(Path databaseFile) {
        Database database = Database.open(databaseFile, clock);
        JooqStore store = new JooqStore(database);
        return new Workbench(database, store, clock, new CustomerDirectory(store, new JooqCustomerSummaries(database.dsl())));
    }

    /**
     * The features plugged into the console window over {@code workbench}: editing customers,
     * domains and mailboxes; later features add their {@link ConsoleExtension} here.
     */
    public List<ConsoleExtension> consoleExtensions(Workbench workbench) {
        return List.of(new DirectoryEditing(workbench.directory()));
    }

    /** Where the console keeps window layout, theme and language between runs. */
    public static Preferences consolePreferences() {
        return Preferences.userRoot().node("ch/mailbench/console");
    }

    public Clock clock() {
        return clock;
    }
}
