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
import java.util.LinkedHashMap;
import java.util.Map;
import ch.mailbench.core.port.DatabaseAddress;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code mailbench [--db PATH] [COMMAND]}: without a command, opens the console window. */
@Command(name = "mailbench",
        mixinStandardHelpOptions = true,
        versionProvider = MailbenchCommand.VersionProvider.class,
        description = {
                "Mail settings that work, for every mailbox of every customer.",
                "Without a command, opens the Mailbench console window."},
        footer = {"", "The database is the one --db names, else $MAILBENCH_DB, else mailbench.db in your data folder."})
public final class MailbenchCommand implements Callable<Integer> {

    /** Exit code meaning "the window is open, do not exit the JVM". */
    public static final int CONSOLE_STARTED = -1;
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @Option(names = "--db", paramLabel = "PATH|URI", scope = ScopeType.INHERIT,
            description = {"The database file (created if missing), or a team database on PostgreSQL:",
                    "postgresql://user@host:5432/database (TLS verified: sslmode=verify-full unless the address says otherwise;",
                    "the password comes from ~/.pgpass or PGPASSFILE)."})
    private String database;

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
        Map<String, Supplier<Object>> subcommands = subcommands();
        // Picocli reflects over every command it is given (most of a command's start-up): a run of one
        // command registers only that one; help, errors and the command list still see them all.
        Optional<String> requested = requestedSubcommand(args).filter(subcommands::containsKey);
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        if (requested.isPresent()) {
            commandLine.addSubcommand(requested.get(), subcommands.get(requested.get()).get());
        } else if (!versionOnly) {
            subcommands.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        commandLine.setOut(output.out());
        commandLine.setErr(output.err());
        commandLine.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        commandLine.setExecutionExceptionHandler(new UserErrorHandler(output, this::databaseAddress));
        return commandLine.execute(args);
    }

    /** Every command by its name, in the order of the command list; made only when registered. */
    private Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("info", () -> new InfoCommand(this));
        commands.put("verify", () -> new VerifyCommand(this));
        commands.put("sheet", () -> new SheetCommand(this));
        commands.put("profile", () -> new ProfileCommand(this));
        commands.put("shop", () -> new ShopCommand(this));
        commands.put("customers", () -> new CustomersCommand(this));
        commands.put("import", () -> new ImportCommand(this));
        commands.put("export", () -> new ExportCommand(this));
        commands.put("backup", () -> new BackupCommand(this));
        commands.put("list", () -> new ListCommand(this));
        commands.put("migrate", () -> new MigrateCommand(this));
        commands.put("selftest", () -> new SelftestCommand(this));
        commands.put("discover", () -> new DiscoverCommand(this, output.in()));
        commands.put("providers", () -> new ProvidersCommand(this));
        commands.put("copy-db", () -> new CopyDbCommand(this));
        commands.put("log", () -> new LogCommand(this));
        commands.put("undo", () -> new UndoCommand(this));
        commands.put("technician", () -> new TechnicianCommand(this));
        // Hidden from --help: they measure the product for its developers, they are not part of it.
        commands.put("benchmark", () -> new BenchmarkCommand(factory, this::databaseAddress, output.out()));
        commands.put("bench-sheets", () -> new BenchSheetsCommand(output.out()));
        commands.put("bench-discover", () -> new BenchDiscoverCommand(factory, output.out()));
        commands.put("bench-startup", () -> new BenchStartupCommand(factory, output.out()));
        return commands;
    }

    /** The first word that is not an option or the value of {@code --db}: the command being run, if any. */
    static Optional<String> requestedSubcommand(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return Optional.of(args[i]);
            }
        }
        return Optional.empty();
    }

    @Override
    public Integer call() {
        // The console's own choice: without --db and MAILBENCH_DB it reopens the team database it was connected to.
        console.launch(Optional.ofNullable(database), () -> { });
        return CONSOLE_STARTED;
    }

    /** The database chosen by {@code --db}, {@code MAILBENCH_DB} or the data folder: a file or a team database. */
    DatabaseAddress databaseAddress() {
        return factory.databaseAddress(Optional.ofNullable(database));
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
