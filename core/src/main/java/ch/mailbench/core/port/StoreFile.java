package ch.mailbench.core.port;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the store lives, as the technician sees it: a file on this computer or a team database on a
 * server; its schema version, and backups.
 */
public interface StoreFile {

    /** The database file, absolute; empty for a team database on a server. */
    Optional<Path> file();

    /** The file's absolute path, or the server address (never a password). */
    String location();

    /** A short name for a window title: the file's name, or the database and its server. */
    String shortName();

    /** The newest schema version the file is at. Reads the database: not on the EDT. */
    String schemaVersion();

    /**
     * Writes a consistent copy of the database to {@code target} (replaced if it exists), also while
     * others are writing. Not on the EDT.
     *
     * @throws StorageException when the copy cannot be written (also for a team database, which its
     *                          server backs up); {@code core.io.OutputFileException} when {@code target}
     *                          is not a regular file
     */
    void backUpTo(Path target);

    /**
     * Lets go of the database: a team database's connection pool is closed (its connections end on the
     * server), a file needs nothing. Called when the console switches to another database; nothing may
     * use the store afterwards. Not on the EDT.
     */
    void close();
}
