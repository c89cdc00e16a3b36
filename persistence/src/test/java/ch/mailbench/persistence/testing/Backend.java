package ch.mailbench.persistence.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The two homes of a Mailbench database, for suites that run against both
 * ({@code @ParameterizedClass @EnumSource(Backend.class)}): SQLite always, PostgreSQL when the
 * test cluster could start — else its tests are skipped with the reason, never silently.
 */
public enum Backend {
    SQLITE, POSTGRESQL;

    /** The databases one test opens, under its own folder; close them after the test. */
    public TestDatabases databases(Path folder) {
        if (this == SQLITE) {
            return new TestDatabases(folder, Optional.empty());
        }
        PostgresCluster.Availability available = PostgresCluster.shared();
        Assumptions.assumeTrue(available.cluster().isPresent(), available.reason());
        return new TestDatabases(folder, available.cluster());
    }
}
