package ch.mailbench.persistence;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what SQLite reports while reading or writing the database (through jOOQ, Flyway or the
 * driver, however deeply wrapped) into one sentence naming the file and the cause. SQLite rolls a
 * failed transaction back, so every sentence can promise that nothing was changed.
 */
public final class StorageFailures {

    private StorageFailures() {
    }

    /** The sentence for {@code failure}, or empty when it is not a storage failure. */
    public static Optional<DatabaseException> describe(Path database, Throwable failure) {
        if (failure instanceof DatabaseException known) {
            return Optional.of(known);
        }
        return sqliteCode(failure).map(code -> new DatabaseException(sentence(database, code), failure));
    }

    private static String sentence(Path database, SQLiteErrorCode code) {
        String name = code.name();
        // A full disk may also surface as a failed write or a shared memory file that cannot grow.
        if (name.startsWith("SQLITE_FULL") || name.startsWith("SQLITE_IOERR") && isFull(database)) {
            return "Cannot write to the database " + database + ": the disk is full. Nothing was changed; free some space and try again.";
        }
        if (name.startsWith("SQLITE_READONLY")) {
            return "Cannot write to the database " + database + ": the file is read-only. Nothing was changed.";
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return "Another program is writing to the database " + database
                    + "; try again when it has finished (another Mailbench, or a backup). Nothing was changed.";
        }
        if (name.startsWith("SQLITE_CANTOPEN")) {
            return "Cannot open the database " + database + ": SQLite cannot open the file or create its journal beside it"
                    + " (is the folder writable?). Nothing was changed.";
        }
        if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT")) {
            return "Cannot open " + database + ": the file is damaged (" + name + "). Restore a backup.";
        }
        if (name.startsWith("SQLITE_IOERR")) {
            return "Cannot read or write the database " + database + ": the disk reported an input/output error (" + name
                    + "). Nothing was changed.";
        }
        return "The database " + database + " reported " + name + ". Nothing was changed.";
    }

    /** SQLite sometimes reports a full disk as a failed write; the free space tells. */
    private static boolean isFull(Path database) {
        try {
            return Files.getFileStore(database.toAbsolutePath().getParent()).getUsableSpace() < 64 * 1024;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * The SQLite result code anywhere in the cause chain or among suppressed exceptions (jOOQ and
     * Flyway wrap the driver's exception; a failed rollback hides the real cause behind a generic
     * SQLITE_ERROR, so a specific code wins over it).
     */
    static Optional<SQLiteErrorCode> sqliteCode(Throwable failure) {
        List<SQLiteErrorCode> codes = new ArrayList<>();
        collect(failure, codes, Collections.newSetFromMap(new IdentityHashMap<>()));
        return codes.stream().filter(code -> code != SQLiteErrorCode.SQLITE_ERROR).findFirst().or(() -> codes.stream().findFirst());
    }

    private static void collect(Throwable failure, List<SQLiteErrorCode> codes, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return;
        }
        if (failure instanceof SQLiteException sqlite) {
            codes.add(sqlite.getResultCode());
        }
        if (failure instanceof SQLException sql) {
            collect(sql.getNextException(), codes, seen);
        }
        collect(failure.getCause(), codes, seen);
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, codes, seen);
        }
    }
}
