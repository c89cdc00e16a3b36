package ch.mailbench.core.port;

import java.nio.file.Path;

/** The file the store lives in, as the technician sees it: where it is, its schema version, and backups. */
public interface StoreFile {

    /** The database file, absolute. */
    Path file();

    /** The newest schema version the file is at. Reads the database: not on the EDT. */
    String schemaVersion();

    /**
     * Writes a consistent copy of the database to {@code target} (replaced if it exists), also while
     * others are writing. Not on the EDT.
     *
     * @throws StorageException when the copy cannot be written; {@code core.io.OutputFileException}
     *                          when {@code target} is not a regular file
     */
    void backUpTo(Path target);
}
