package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.persistence.DatabaseLocation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A user's home for command-line tests: a test folder as the home, the environment the commands
 * see (nothing of the real one), the database file and input files in it.
 */
final class CommandLineHome {

    private final Supplier<Path> folder;
    private final Map<String, String> environment = new HashMap<>();

    /** @param folder the test's folder, asked when used (JUnit fills a {@code @TempDir} after the test is made) */
    CommandLineHome(Supplier<Path> folder) {
        this.folder = folder;
    }

    /** The environment of the next command; tests put {@code MAILBENCH_MASTER_PASSWORD} here. */
    Map<String, String> environment() {
        return environment;
    }

    /** A factory as a new process would make it, with a cheap key derivation. */
    AppFactory factory() {
        return new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder.get()), Clock.systemUTC(), environment, 1_000);
    }

    Path folder() {
        return folder.get();
    }

    Path resolve(String name) {
        return folder.get().resolve(name);
    }

    /** The database file the tests name with {@code --db}. */
    Path db() {
        return resolve("m.db");
    }

    /** Writes {@code text} (UTF-8) to the file {@code name} in the home. */
    Path write(String name, String text) throws IOException {
        return Files.writeString(resolve(name), text, StandardCharsets.UTF_8);
    }
}
