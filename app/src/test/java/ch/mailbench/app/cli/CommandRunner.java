package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.testing.MemoryPreferences;
import ch.mailbench.app.ui.ConsoleLauncher;
import ch.mailbench.app.ui.ConsolePreferences;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs {@code mailbench} commands in-process as the command line would — a new factory and command
 * per run, as a new process would have — and keeps what the last run printed. The one harness of
 * every command-line test.
 */
final class CommandRunner {

    private final Supplier<AppFactory> factory;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** @param factory asked once per run, so a test may change the environment it hands over between runs */
    CommandRunner(Supplier<AppFactory> factory) {
        this.factory = factory;
    }

    /** A runner whose commands use {@code home} as the user's home folder, with an empty environment. */
    static CommandRunner inHome(Supplier<Path> home) {
        return new CommandRunner(new CommandLineHome(home)::factory);
    }

    /** Runs {@code args}; {@link #out()} and {@link #err()} then hold what this run printed. */
    int run(String... args) {
        return run(factory.get(), args);
    }

    /** As {@link #run(String...)}, with {@code database} added as {@code --db}. */
    int runOn(Path database, String... args) {
        return run(Stream.concat(Arrays.stream(args), Stream.of("--db", database.toString())).toArray(String[]::new));
    }

    /** As {@link #run(String...)}, with this factory instead of the runner's. */
    int run(AppFactory with, String... args) {
        return run(with, "", args);
    }

    /** As {@link #run(String...)}, with {@code input} (UTF-8) as standard input. */
    int runWithInput(String input, String... args) {
        return run(factory.get(), input, args);
    }

    private int run(AppFactory with, String input, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new MailbenchCommand(with, launcher(with), new CliOutput(new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))).execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** The console launcher a MailbenchCommand needs; command-line tests never open a window. */
    private static ConsoleLauncher launcher(AppFactory factory) {
        return new ConsoleLauncher(factory, new ConsolePreferences(new MemoryPreferences()), Locale.ENGLISH);
    }
}
