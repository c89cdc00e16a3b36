package ch.mailbench.app;

import ch.mailbench.persistence.Database;
import ch.mailbench.persistence.DatabaseLocation;
import ch.mailbench.persistence.JooqStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

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
        return new Workbench(database, new JooqStore(database), clock);
    }

    public Clock clock() {
        return clock;
    }
}
