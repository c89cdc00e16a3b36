package ch.mailbench.persistence;

import ch.mailbench.core.port.DatabaseAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database file lives when the user names none: the per-OS user data folder, unless
 * {@code MAILBENCH_DB} names a file. The environment and system properties are passed in so the
 * rules can be tested for every OS on any OS.
 */
public final class DatabaseLocation {

    static final String FILE_NAME = "mailbench.db";

    private final Map<String, String> environment;
    private final String osName;
    private final Path userHome;
    private final String osUser;

    public DatabaseLocation(Map<String, String> environment, String osName, Path userHome) {
        this(environment, osName, userHome, System.getProperty("user.name", ""));
    }

    /** @param osUser the PostgreSQL user when an address names none, as libpq does */
    public DatabaseLocation(Map<String, String> environment, String osName, Path userHome, String osUser) {
        this.environment = Map.copyOf(environment);
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.userHome = userHome;
        this.osUser = osUser;
    }

    /** The location for this process: its environment, {@code os.name}, {@code user.home} and {@code user.name}. */
    public static DatabaseLocation ofThisMachine() {
        return new DatabaseLocation(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")),
                System.getProperty("user.name", ""));
    }

    /**
     * {@code explicit} (from {@code --db}) wins, then {@code MAILBENCH_DB}, then the data folder; a
     * {@code postgresql://} address names a team database, anything else but another URI a file.
     *
     * @throws IllegalArgumentException for an address Mailbench cannot open, naming where it came from
     */
    public DatabaseAddress resolve(Optional<String> explicit) {
        return chosen(explicit).orElseGet(this::localFile);
    }

    /** The database {@code --db} or else {@code MAILBENCH_DB} names; empty when neither is given. */
    public Optional<DatabaseAddress> chosen(Optional<String> explicit) {
        if (explicit.isPresent()) {
            return Optional.of(parse("--db", explicit.get()));
        }
        return nonBlank("MAILBENCH_DB").map(value -> parse("MAILBENCH_DB", value));
    }

    /** The technician's own database file in the data folder, whatever {@code MAILBENCH_DB} says. */
    public DatabaseAddress.SqliteFile localFile() {
        return new DatabaseAddress.SqliteFile(dataFolder().resolve(FILE_NAME));
    }

    private DatabaseAddress parse(String source, String value) {
        try {
            return DatabaseAddress.parse(value, osUser);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** The per-user data folder: XDG on Linux, %APPDATA% on Windows, Application Support on macOS. */
    public Path dataFolder() {
        if (osName.startsWith("windows")) {
            return nonBlank("APPDATA").map(Path::of).orElse(userHome.resolve("AppData").resolve("Roaming")).resolve("Mailbench");
        }
        if (osName.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Mailbench");
        }
        return nonBlank("XDG_DATA_HOME").map(Path::of).orElse(userHome.resolve(".local").resolve("share")).resolve("mailbench");
    }

    /**
     * The per-user cache folder, for what Mailbench can always make again (SQLite's unpacked library):
     * XDG on Linux, %LOCALAPPDATA% on Windows, Library/Caches on macOS.
     */
    public Path cacheFolder() {
        if (osName.startsWith("windows")) {
            return nonBlank("LOCALAPPDATA").map(Path::of).orElse(userHome.resolve("AppData").resolve("Local"))
                    .resolve("Mailbench").resolve("Cache");
        }
        if (osName.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Caches").resolve("Mailbench");
        }
        return nonBlank("XDG_CACHE_HOME").map(Path::of).orElse(userHome.resolve(".cache")).resolve("mailbench");
    }

    private Optional<String> nonBlank(String variable) {
        return Optional.ofNullable(environment.get(variable)).filter(value -> !value.isBlank());
    }
}
