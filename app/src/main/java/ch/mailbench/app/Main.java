package ch.mailbench.app;

import ch.mailbench.app.bench.StartupProbe;
import ch.mailbench.app.cli.CliOutput;
import ch.mailbench.app.cli.MailbenchCommand;
import ch.mailbench.app.ui.ConsoleLauncher;
import ch.mailbench.app.ui.ConsolePreferences;
import ch.mailbench.persistence.DatabaseLocation;
import ch.mailbench.persistence.SqliteNativeLibrary;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Entry point of the runnable jar: no arguments (or only {@code --db}) opens the console window,
 * anything else runs the command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CliOutput output = CliOutput.standard();
        String probe = System.getenv(StartupProbe.VARIABLE);
        if (probe != null) {
            // Only then: the probe is a repaint manager, and loading it sets up Swing and the toolkit (0.1 s of CPU).
            StartupProbe.installIf(probe, output.out(), () -> System.exit(0));
        }
        DatabaseLocation location = DatabaseLocation.ofThisMachine();
        // Before the first connection, on every start of the jar (not in tests, which own their folders); beside the
        // window's set-up, not before it: it initialises logging and sqlite-jdbc's loader.
        CompletableFuture<?> sqliteLibrary = CompletableFuture.runAsync(
                () -> new SqliteNativeLibrary(location.cacheFolder()).useCachedCopy(System.getProperties()));
        AppFactory factory = new AppFactory(location, Clock.systemDefaultZone());
        ConsoleLauncher console = new ConsoleLauncher(factory, new ConsolePreferences(AppFactory::consolePreferences),
                Locale.getDefault());
        if (args.length == 0) {
            // The console skips the command-line parser, whose set-up reflects over every command: a cold start wants less.
            console.launch(Optional.empty(), sqliteLibrary::join);
            return;
        }
        sqliteLibrary.join();
        MailbenchCommand command = new MailbenchCommand(factory, console, output);
        int exitCode = command.execute(args);
        if (exitCode != MailbenchCommand.CONSOLE_STARTED) {
            System.exit(exitCode);
        }
    }
}
