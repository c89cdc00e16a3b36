package ch.mailbench.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a Mailbench database lives: a SQLite file on this computer, or a team database on a
 * PostgreSQL server ({@code postgresql://user@host:5432/db?sslmode=verify-full}). {@code --db} and
 * {@code MAILBENCH_DB} are read through {@link #parse}: a file path stays a path whatever characters
 * it holds ({@code ?}, {@code #}), only the PostgreSQL address is read as a URI, and every other URI
 * is refused rather than taken for a file name.
 */
public sealed interface DatabaseAddress permits DatabaseAddress.SqliteFile, PostgresAddress {

    /** {@code scheme://…}, or the {@code file:} and {@code jdbc:} forms a user may paste from elsewhere. */
    Pattern OTHER_URI = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*://|(?i:file|jdbc):).*", Pattern.DOTALL);

    /** How the technician sees it: the absolute file, or the server address without any password. */
    String shownAs();

    /** A short name for a window title: the file's name, or the database's name on its server. */
    String shortName();

    /**
     * Reads {@code --db}/{@code MAILBENCH_DB}; {@code osUser} is the PostgreSQL user when the address names none.
     *
     * @throws IllegalArgumentException naming what is wrong with the address
     */
    static DatabaseAddress parse(String text, String osUser) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return PostgresAddress.parse(text.strip(), osUser);
        }
        if (OTHER_URI.matcher(text).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a database Mailbench can open: give a file path or a"
                    + " postgresql://user@host:5432/database address");
        }
        return new SqliteFile(Path.of(text));
    }

    /** A SQLite database file. */
    record SqliteFile(Path file) implements DatabaseAddress {
        public SqliteFile {
            file = file.toAbsolutePath();
        }

        @Override
        public String shownAs() {
            return file.toString();
        }

        @Override
        public String shortName() {
            return file.getFileName().toString();
        }
    }
}
