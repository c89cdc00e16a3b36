package ch.mailbench.app.cli;

import ch.mailbench.core.port.DatabaseAddress;
import ch.mailbench.persistence.DatabaseCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mailbench copy-db --from SOURCE --to TARGET [--replace]}: a whole database, SQLite ↔ PostgreSQL. */
@Command(name = "copy-db", mixinStandardHelpOptions = true,
        description = {"Copies a whole database into another: a file into a team database on PostgreSQL, or back.",
                "Everything is copied: customers, domains, mailboxes, check history, change sets, providers, settings,",
                "accepted certificates, and the stored passwords, still encrypted (the master password stays the same).",
                "A target that holds anything is refused unless --replace is given; the row counts are compared at the end."})
final class CopyDbCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "PATH|URI", description = "The database to copy (a file or postgresql://…).")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "PATH|URI", description = "The database to write (created if missing).")
    private String to;

    @Option(names = "--replace", description = "Delete what the target holds before copying.")
    private boolean replace;

    private final MailbenchCommand parent;

    CopyDbCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        DatabaseAddress source = parent.factory().databaseAddress(Optional.of(from));
        DatabaseAddress target = parent.factory().databaseAddress(Optional.of(to));
        if (!source.exists()) {
            throw new IllegalArgumentException("--from: there is no database at " + source);
        }
        if (source.equals(target)) {
            throw new IllegalArgumentException("--from and --to name the same database (" + source + ")");
        }
        DatabaseCopy.Report report = parent.factory().copyDatabase(source, target, replace);
        PrintWriter out = parent.output().out();
        out.printf("Copied %s to %s:%n", source, target);
        report.rows().forEach((table, rows) -> out.printf("  %-22s %,9d%n", table, rows));
        out.printf("%,d rows; the counts match.%n", report.total());
        return MailbenchCommand.EXIT_OK;
    }
}
