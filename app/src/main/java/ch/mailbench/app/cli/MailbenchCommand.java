package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Version;
import ch.mailbench.app.bench.BenchDiscoverCommand;
import ch.mailbench.app.bench.BenchSheetsCommand;
import ch.mailbench.app.bench.BenchStartupCommand;
import ch.mailbench.app.bench.BenchmarkCommand;
import ch.mailbench.app.ui.ConsoleLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mailbench [--db PATH] [COMMAND]}: without a command, opens the console window. */
@Command(name = "mailbench",
        mixinStandardHelpOptions = true,
        versionProvider = MailbenchCommand.VersionProvider.class,
        description = {
                "Mail settings that work, for every mailbox of every customer.",
                "Without a command, opens the Mailbench console window."},
        footer = {"", "The database is the file given by --db, else $MAILBENCH_DB, else mailbench.db in your data folder."})
public final class MailbenchCommand implements Callable<Integer> {

    /** Exit code meaning "the window is open, do not exit the JVM". */
    public static final int CONSOLE_STARTED = -1;
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The database file (created if missing).")
    private Path database;

    private final AppFactory factory;
    private final ConsoleLauncher console;
    private final CliOutput output;

    public MailbenchCommand(AppFactory factory, ConsoleLauncher console, CliOutput output) {
        this.factory = factory;
        this.console = console;
        this.output = output;
    }

    /** Parses and runs {@code args}; returns the exit code, or {@link #CONSOLE_STARTED}. */
    public int execute(String... args) {
        CommandLine commandLine = new CommandLine(this);
        commandLine.addSubcommand(new InfoCommand(this));
        commandLine.addSubcommand(new VerifyCommand(this));
        commandLine.addSubcommand(new SheetCommand(this));
        commandLine.addSubcommand(new ProfileCommand(this));
        commandLine.addSubcommand(new ShopCommand(this));
        commandLine.addSubcommand(new CustomersCommand(this));
        commandLine.addSubcommand(new ImportCommand(this));
        commandLine.addSubcommand(new ExportCommand(this));
        commandLine.addSubcommand(new BackupCommand(this));
        commandLine.addSubcommand(new ListCommand(this));
        commandLine.addSubcommand(new MigrateCommand(this));
        commandLine.addSubcommand(new SelftestCommand(this));
        commandLine.addSubcommand(new DiscoverCommand(this, System.in));
        commandLine.addSubcommand(new ProvidersCommand(this));
        commandLine.addSubcommand(new LogCommand(this));
        commandLine.addSubcommand(new UndoCommand(this));
        commandLine.addSubcommand(new TechnicianCommand(this));
        // Hidden from --help: they measure the product for its developers, they are not part of it.
        commandLine.addSubcommand(new BenchmarkCommand(factory, this::databasePath, output.out()));
        commandLine.addSubcommand(new BenchSheetsCommand(output.out()));
        commandLine.addSubcommand(new BenchDiscoverCommand(factory, output.out()));
        commandLine.addSubcommand(new BenchStartupCommand(factory, output.out()));
        commandLine.setOut(output.out());
        commandLine.setErr(output.err());
        commandLine.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        commandLine.setExecutionExceptionHandler(new UserErrorHandler(output, this::databasePath));
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        console.launch(databasePath());
        return CONSOLE_STARTED;
    }

    /** The database chosen by {@code --db}, {@code MAILBENCH_DB} or the data folder. */
    Path databasePath() {
        return factory.databasePath(Optional.ofNullable(database));
    }

    AppFactory factory() {
        return factory;
    }

    CliOutput output() {
        return output;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Mailbench " + Version.current(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
