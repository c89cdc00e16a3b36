package ch.mailbench.app;

import ch.mailbench.core.directory.CustomerDirectory;
import ch.mailbench.core.port.Store;
import ch.mailbench.persistence.Database;

import java.time.Clock;

/** Everything that works on one open database, wired once by {@link AppFactory}. */
public record Workbench(Database database, Store store, Clock clock, CustomerDirectory directory) {
}
