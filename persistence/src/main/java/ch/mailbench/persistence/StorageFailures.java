package ch.mailbench.persistence;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;

/**
 * Turns a statement that fails inside SQLite (locked past the busy timeout, disk full, damaged
 * file) into a {@link DatabaseException}, the core {@code StorageException} that the console and
 * the command line explain in words. Constraint violations stay as they are: the repositories turn
 * those into {@code DuplicateException}.
 */
final class StorageFailures implements ExecuteListener {

    private static final long serialVersionUID = 1L;
    private static final int PRIMARY_CODE_MASK = 0xff;

    private final Path file;

    StorageFailures(Path file) {
        this.file = file;
    }

    @Override
    public void exception(ExecuteContext context) {
        if (context.exception() == null || isConstraintViolation(context)) {
            return;
        }
        String reason = context.sqlException() != null ? context.sqlException().getMessage() : context.exception().getMessage();
        context.exception(new DatabaseException("The database " + file + " could not be read or written (" + reason + ")",
                context.exception()));
    }

    private static boolean isConstraintViolation(ExecuteContext context) {
        return context.sqlException() instanceof SQLiteException sqlite
                && (sqlite.getResultCode().code & PRIMARY_CODE_MASK) == SQLiteErrorCode.SQLITE_CONSTRAINT.code;
    }
}
