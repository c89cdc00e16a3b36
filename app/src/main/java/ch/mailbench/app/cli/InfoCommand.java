package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.port.Repositories;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code mailbench info}: which database is used, its schema version and what it holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Shows the database file in use, its schema version and how many customers, domains and mailboxes it holds.")
final class InfoCommand implements Callable<Integer> {

    private final MailbenchCommand parent;

    InfoCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        Workbench workbench = parent.factory().open(parent.databasePath());
        Repositories repositories = workbench.store().repositories();
        PrintWriter out = parent.output().out();
        out.printf("Database:  %s%n", workbench.database().location());
        out.printf("Schema:    version %s%n", workbench.database().schemaVersion());
        out.printf("Customers: %d%n", repositories.customers().count());
        out.printf("Domains:   %d%n", repositories.domains().count());
        out.printf("Mailboxes: %d%n", repositories.mailboxes().count());
        return MailbenchCommand.EXIT_OK;
    }
}
