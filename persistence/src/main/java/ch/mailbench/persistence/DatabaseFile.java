package ch.mailbench.persistence;

import ch.mailbench.core.io.IoCause;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What is checked before SQLite and Flyway touch a database file (they switch the journal mode and
 * write on open): that it can be written, that its folder can hold the -wal and -shm files, and
 * that an existing file is a Mailbench database at all. A new file is created owner-only, and SQLite
 * gives its -wal and -shm files the same permissions.
 */
final class DatabaseFile {

    private static final String FIRST_MIGRATION = "V1__customers_domains_mailboxes.sql";

    private DatabaseFile() {
    }

    /** Refuses, unchanged and with a sentence, a file that cannot be Mailbench's; creates a missing one. */
    static void prepare(Path file) {
        if (Files.exists(file)) {
            requireUsable(file);
            recognize(file);
        } else {
            create(file);
        }
    }

    private static void requireUsable(Path file) {
        String problem = !Files.isRegularFile(file) ? "it is not a file"
                : !Files.isReadable(file) ? "the file cannot be read (Permission denied)"
                : !Files.isWritable(file.getParent()) ? "its folder " + file.getParent() + " is read-only, and SQLite needs to create "
                        + file.getFileName() + "-wal and " + file.getFileName() + "-shm beside it"
                : !Files.isWritable(file) ? "the file is read-only"
                : null;
        if (problem != null) {
            throw new DatabaseException("Cannot open the database " + file + ": " + problem
                    + ". Nothing was changed; copy it to a writable place or make it writable.");
        }
    }

    /** Reads the header and table names on a read-only connection, which changes nothing. */
    private static void recognize(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection(Database.url(file));
             Statement statement = connection.createStatement()) {
            int applicationId;
            try (ResultSet result = statement.executeQuery("PRAGMA application_id")) {
                applicationId = result.next() ? result.getInt(1) : 0;
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            if (applicationId == Database.APPLICATION_ID || tables.isEmpty() || hasOurHistory(statement, tables)) {
                return;
            }
            throw notOurs(file, applicationId != 0 ? "it belongs to another program (application id " + applicationId + ")"
                    : "its tables are " + String.join(", ", tables.subList(0, Math.min(5, tables.size()))) + (tables.size() > 5 ? ", …" : ""));
        } catch (SQLException e) {
            if (StorageFailures.sqliteCode(e).filter(code -> code == SQLiteErrorCode.SQLITE_NOTADB).isPresent()) {
                throw notOurs(file, "it is not an SQLite database at all");
            }
            // Anything else (a busy or half-written file) is left to the full open, which explains itself.
        }
    }

    /** Databases from before the application id: Flyway's history with Mailbench's first migration. */
    private static boolean hasOurHistory(Statement statement, List<String> tables) throws SQLException {
        if (!tables.contains("flyway_schema_history")) {
            return false;
        }
        try (ResultSet result = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE script = '" + FIRST_MIGRATION + "'")) {
            return result.next() && result.getInt(1) > 0;
        }
    }

    private static DatabaseException notOurs(Path file, String why) {
        return new DatabaseException("Cannot open " + file + ": this is not a Mailbench database (" + why
                + "). Nothing was changed; give a Mailbench database or a new file name with --db.");
    }

    private static void create(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            // Elsewhere SQLite creates the file itself; Windows keeps a user's data folder private anyway.
        } catch (FileAlreadyExistsException e) {
            // Created by another process in the meantime: that one sets it up, this one opens it.
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the database " + file + ": " + IoCause.describe(e), e);
        }
    }
}
