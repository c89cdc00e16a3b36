package ch.mailbench.persistence.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

/**
 * The base of every suite that runs once on SQLite and once on PostgreSQL: each test gets its own
 * folder and its own {@link TestDatabases} on the current {@link #backend}, opened before the
 * subclass's {@code @BeforeEach} methods and closed after its {@code @AfterEach} ones. A test on
 * PostgreSQL is skipped with the reason when the test cluster could not start.
 * <p>
 * A base class rather than an extension because the subclasses need the opened databases in their
 * own {@code @BeforeEach} methods, and JUnit runs a superclass's set-up before theirs.
 */
@ParameterizedClass
@EnumSource(Backend.class)
public abstract class BothDialects {

    @TempDir
    protected Path folder;

    @Parameter
    protected Backend backend;

    protected TestDatabases databases;

    @BeforeEach
    final void openTestDatabases() {
        databases = backend.databases(folder);
    }

    @AfterEach
    final void closeTestDatabases() {
        // null when the backend is not available here and the test was skipped
        if (databases != null) {
            databases.close();
        }
    }
}
