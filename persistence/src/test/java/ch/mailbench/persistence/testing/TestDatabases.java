package ch.mailbench.persistence.testing;

import ch.mailbench.persistence.Database;
import ch.mailbench.persistence.DatabaseAddress;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The databases of one test on one {@link Backend}: a name is a file in the test's folder for
 * SQLite, and a database of its own on the test cluster for PostgreSQL; the same name opens the
 * same database again. {@link #close()} closes every database opened through it.
 */
public final class TestDatabases implements AutoCloseable {

    private final Path folder;
    private final Optional<PostgresCluster> cluster;
    private final List<Database> opened = new ArrayList<>();

    TestDatabases(Path folder, Optional<PostgresCluster> cluster) {
        this.folder = folder;
        this.cluster = cluster;
    }

    /** Where the database called {@code name} lives; nothing is created. */
    public DatabaseAddress address(String name) {
        String key = folder.resolve(name).toAbsolutePath().toString();
        return cluster.<DatabaseAddress>map(c -> c.databaseFor(key)).orElseGet(() -> new DatabaseAddress.SqliteFile(folder.resolve(name)));
    }

    public Database open(String name, Clock clock) {
        Database database = Database.open(address(name), clock);
        opened.add(database);
        return database;
    }

    public boolean isPostgres() {
        return cluster.isPresent();
    }

    @Override
    public void close() {
        opened.forEach(Database::close);
        opened.clear();
    }
}
