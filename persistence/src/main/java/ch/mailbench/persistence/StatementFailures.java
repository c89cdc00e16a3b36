package ch.mailbench.persistence;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.sqlite.SQLiteErrorCode;

import java.nio.file.Path;

/**
 * Turns a statement that fails inside SQLite (locked past the busy timeout, disk full, read-only or
 * damaged file) into a {@link DatabaseException} (a core {@code StorageException}) with the
 * sentence of {@link StorageFailures}, so the console and the command line explain it in words
 * wherever it happens. Constraint violations stay as they are: the repositories turn those into
 * {@code DuplicateException}.
 */
final class StatementFailures implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    private final Path file;

    StatementFailures(Path file) {
        this.file = file;
    }

    @Override
    public void exception(ExecuteContext context) {
        RuntimeException failure = context.exception();
        if (failure == null || isConstraintViolation(failure)) {
            return;
        }
        StorageFailures.describe(file, failure).ifPresent(context::exception);
    }

    private static boolean isConstraintViolation(RuntimeException failure) {
        return StorageFailures.sqliteCode(failure).filter(code -> code.name().startsWith(SQLiteErrorCode.SQLITE_CONSTRAINT.name())).isPresent();
    }
}
