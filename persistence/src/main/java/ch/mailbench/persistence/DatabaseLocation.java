package ch.mailbench.persistence;

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

    public DatabaseLocation(Map<String, String> environment, String osName, Path userHome) {
        this.environment = Map.copyOf(environment);
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.userHome = userHome;
    }

    /** The location for this process: its environment, {@code os.name} and {@code user.home}. */
    public static DatabaseLocation ofThisMachine() {
        return new DatabaseLocation(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** {@code explicit} (from {@code --db}) wins, then {@code MAILBENCH_DB}, then the data folder. */
    public Path resolve(Optional<Path> explicit) {
        return explicit
                .or(() -> nonBlank("MAILBENCH_DB").map(Path::of))
                .orElseGet(() -> dataFolder().resolve(FILE_NAME))
                .toAbsolutePath();
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

    private Optional<String> nonBlank(String variable) {
        return Optional.ofNullable(environment.get(variable)).filter(value -> !value.isBlank());
    }
}
