package ch.mailbench.persistence.testing;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The two homes of a Mailbench database, for suites that run against both (they extend
 * {@link BothDialects}): SQLite always, PostgreSQL when the test cluster could start — else its
 * tests are skipped with the reason, never silently.
 */
public enum Backend {
    SQLITE, POSTGRESQL;

    /** The databases one test opens, under its own folder; close them after the test ({@link BothDialects} does both). */
    public TestDatabases databases(Path folder) {
        if (this == SQLITE) {
            return new TestDatabases(folder, Optional.empty());
        }
        return new TestDatabases(folder, Optional.of(PostgresCluster.required()));
    }
}
