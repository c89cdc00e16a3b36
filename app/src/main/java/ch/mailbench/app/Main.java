package ch.mailbench.app;

import ch.mailbench.app.bench.StartupProbe;
import ch.mailbench.app.cli.CliOutput;
import ch.mailbench.app.cli.MailbenchCommand;
import ch.mailbench.app.ui.ConsoleLauncher;
import ch.mailbench.app.ui.ConsolePreferences;
import ch.mailbench.persistence.DatabaseLocation;
import ch.mailbench.persistence.SqliteNativeLibrary;

import java.awt.Toolkit;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Entry point of the runnable jar: no arguments (or only {@code --db}) opens the console window,
 * anything else runs the command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CliOutput output = CliOutput.standard();
        if (args.length == 0) {
            // The composition root, the preferences and the texts are made and read while this thread starts the
            // toolkit: the start window needs all of them.
            CompletableFuture<Console> console = CompletableFuture.supplyAsync(Main::console);
            startToolkit(output);
            Console ready = joined(console);
            // The console skips the command-line parser, whose set-up reflects over every command: a cold start wants less.
            ready.launcher().launch(ready.start(), ready.sqliteLibrary()::join);
            return;
        }
        DatabaseLocation location = DatabaseLocation.ofThisMachine();
        AppFactory factory = new AppFactory(location, Clock.systemDefaultZone());
        prepareSqlite(location).join();
        MailbenchCommand command = new MailbenchCommand(factory, launcher(factory), output);
        int exitCode = command.execute(args);
        if (exitCode != MailbenchCommand.CONSOLE_STARTED) {
            System.exit(exitCode);
        }
    }

    private static ConsoleLauncher launcher(AppFactory factory) {
        return new ConsoleLauncher(factory, new ConsolePreferences(AppFactory::consolePreferences), Locale.getDefault());
    }

    private static Console console() {
        DatabaseLocation location = DatabaseLocation.ofThisMachine();
        ConsoleLauncher launcher = launcher(new AppFactory(location, Clock.systemDefaultZone()));
        ConsoleLauncher.Start start = launcher.prepare(Optional.empty());
        return new Console(launcher, start, prepareSqlite(location));
    }

    /**
     * Before the first connection, on every start of the jar (not in tests, which own their folders), beside the
     * window's set-up, not before it: it initialises logging and sqlite-jdbc's loader.
     */
    private static CompletableFuture<?> prepareSqlite(DatabaseLocation location) {
        return CompletableFuture.runAsync(() -> new SqliteNativeLibrary(location.cacheFolder()).useCachedCopy(System.getProperties()));
    }

    private static void startToolkit(CliOutput output) {
        String probe = System.getenv(StartupProbe.VARIABLE);
        if (probe != null) {
            // Only then: the probe is a repaint manager, and loading it sets up Swing and the toolkit (0.1 s of CPU).
            StartupProbe.installIf(probe, output.out(), () -> System.exit(0));
        } else {
            Toolkit.getDefaultToolkit();
        }
    }

    /** The value, or what went wrong as it was thrown (an address that cannot be read). */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** What the console starts with, made beside the toolkit's start. */
    private record Console(ConsoleLauncher launcher, ConsoleLauncher.Start start, CompletableFuture<?> sqliteLibrary) {
    }
}
